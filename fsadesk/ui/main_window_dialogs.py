"""The main window's menu actions that open dialogs: help, export, keys, cycles, sign-off, about.

The dialogs are handed the application layer's view of the workspace (fsadesk.app.workspace), never
the store: what they read and the use cases they run are the ones the command line uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QWidget

from fsadesk.assessment.fiscal import cycle_display_label

if TYPE_CHECKING:
    from fsadesk.app.answering import AssessmentSession
    from fsadesk.ui.i18n import LanguageManager
    from fsadesk.ui.prompts import Prompts


class _Page(Protocol):
    def can_leave(self) -> bool: ...


class Window(Protocol):
    """What the actions use of the main window (which this is mixed into): a Protocol rather than
    MainWindow itself, so this module does not depend on the window it serves."""

    session: AssessmentSession
    lang: LanguageManager
    prompts: Prompts
    _help: QWidget | None  # the help window, made when first asked for

    @property
    def page(self) -> _Page: ...
    @property
    def cycle_changed(self) -> SignalInstance: ...
    def window(self) -> QWidget: ...  # the main window itself: the dialogs' parent
    def tr(self, source_text: str, /) -> str: ...
    def go_to(self, item_id: str) -> bool: ...
    def _apply_lock(self) -> None: ...
    def _next_cycle(self) -> None: ...


class DialogActions:
    """Mixed into MainWindow; each dialog module is imported when first used (faster start-up)."""

    _help: QWidget | None = None

    def show_help(self: Window, topic: str = "") -> None:
        from fsadesk.ui.help_dialog import HelpDialog

        help_dialog = self._help
        if not isinstance(help_dialog, HelpDialog):
            help_dialog = self._help = HelpDialog(self.lang, self.window())
        if topic:
            help_dialog.show_topic(topic)
        help_dialog.show()
        help_dialog.raise_()

    def export_bundle(self: Window) -> None:
        from fsadesk.ui.export_dialog import ExportDialog

        if self.page.can_leave():
            ExportDialog(self.session, self.lang, self.prompts, self.window()).exec()

    def _export_history(self: Window) -> None:
        """The current cycle's exports: when, which files, their SHA-256, and whether they changed."""
        from fsadesk.ui.export_history_dialog import ExportHistoryDialog

        workspace = self.session.assessment_workspace
        try:
            dialog = ExportHistoryDialog(workspace, self.session.cycle, self.lang.lang, self.window())
        except _refusals() as exc:  # the workspace cannot be read just now (busy, unreadable)
            _say_refused(self, self.tr("Export history"), exc)
            return
        dialog.exec()

    def _edit_profile(self: Window) -> None:
        """Change the institution profile (scope, answers about the systems); the window then
        reopens, so the items, the tree and the figures follow the new profile."""
        from fsadesk.ui.profile_wizard import ProfileWizard

        if not self.page.can_leave():
            return
        workspace = self.session.assessment_workspace
        current = workspace.profile()
        if current is None:
            return
        cycles = workspace.cycles()
        latest = cycles[-1] if cycles else None
        wizard = ProfileWizard(
            self.session.catalogue,
            self.lang,
            self.session.folder,
            self.prompts,
            current,
            self.window(),
            finalised=latest if latest is not None and not latest.is_open else None,
        )
        wizard.exec()
        changed = wizard.result_profile()
        if changed is None:
            return
        try:
            workspace.change_profile(self.session.catalogue, changed)
        except _refusals() as exc:
            _say_refused(self, self.tr("Change the institution profile"), exc)
            return
        self.cycle_changed.emit(self.session.cycle.id)

    def _new_key(self: Window) -> None:
        from fsadesk.ui.key_dialog import KeyDialog

        KeyDialog(self.session.folder, self.session.profile, self.prompts, self.window()).exec()

    def _write_enrolment_file(self: Window) -> None:
        from fsadesk.ui.enrolment import HandOver

        HandOver(self.session.folder, self.session.profile, self.lang.lang, self.prompts, self.window()).write_file()

    def _write_enrolment_sheet(self: Window) -> None:
        from fsadesk.ui.enrolment import HandOver

        HandOver(self.session.folder, self.session.profile, self.lang.lang, self.prompts, self.window()).write_sheet()

    def _next_cycle(self: Window) -> None:
        from fsadesk.ui.new_cycle_dialog import NewCycleDialog

        if not self.page.can_leave():
            return
        workspace = self.session.assessment_workspace
        dialog = NewCycleDialog(workspace, self.session.catalogue, self.lang, self.prompts, self.window())
        created = dialog.created_cycle_id() if dialog.exec() else None
        if created is not None:
            self.cycle_changed.emit(created)

    def _compare(self: Window) -> None:
        from fsadesk.ui.compare_dialog import CompareDialog

        if not self.page.can_leave():
            return
        workspace = self.session.assessment_workspace
        dialog = CompareDialog(workspace, self.session.catalogue, self.session.profile, self.lang, self.window())
        dialog.item_requested.connect(self.go_to)
        # Deferred so the new-cycle dialog opens after the comparison has closed, not on top of it.
        dialog.new_cycle_requested.connect(lambda: QTimer.singleShot(0, self._next_cycle))
        dialog.new_cycle_requested.connect(dialog.reject)
        dialog.exec()

    def _sign_off(self: Window) -> None:
        from fsadesk.ui.signoff_dialog import SignOffDialog

        if not self.page.can_leave():
            return
        dialog = SignOffDialog(
            self.session.assessment_workspace,
            self.session.catalogue,
            self.session.cycle.id,
            self.prompts,
            parent=self.window(),
            lang=self.lang.lang,
        )
        # An open point chosen in the readiness list: the dialog closes, the item opens.
        dialog.item_requested.connect(self.go_to)
        if dialog.exec() and dialog.finalised is not None:
            self.session.refresh()  # the session reads the locked cycle itself
            self._apply_lock()
            _hand_on_focus(self.window())

    def _start_revision(self: Window) -> None:

        cycle = self.session.cycle
        if cycle.is_open or not self.prompts.confirm(
            self.tr("Start a revision"),
            self.tr("Start revision %1 of %2? The finalised version stays as it is.")
            .replace("%1", str(cycle.revision + 1))
            .replace("%2", cycle_display_label(cycle.label, cycle.fiscal_year, self.lang.lang)),
        ):
            return
        # The new revision and its copied answers: one transaction, stored whole or not at all.
        try:
            new = self.session.assessment_workspace.start_revision(self.session.catalogue, cycle.id)
        except _refusals() as exc:
            _say_refused(self, self.tr("Start a revision"), exc)
            return
        self.cycle_changed.emit(new.id)

    def _about(self: Window) -> None:
        """Version, catalogue, engine, where the data lives, and the licences (fsadesk.ui.about_dialog)."""
        from fsadesk.paths import data_location
        from fsadesk.ui.about_dialog import AboutDialog
        from fsadesk.ui.key_dialog import current_fingerprint

        fingerprint = current_fingerprint(self.session.folder)
        AboutDialog(self.session.catalogue, self.lang.lang, data_location(), fingerprint, self.window()).exec()


def _hand_on_focus(window: QWidget) -> None:
    """The button that had the keyboard (the summary's "Sign off and finalise…") is hidden once the
    cycle is locked: hand the focus on to the next widget that can take it (the banner's export
    button, the next step), instead of leaving it on nothing."""
    from PySide6.QtCore import Qt

    focused = window.focusWidget()
    if focused is None or focused.isVisible():
        return
    candidate = focused.nextInFocusChain()
    while candidate is not None and candidate is not focused:
        if (
            candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.window() is window
        ):
            candidate.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        candidate = candidate.nextInFocusChain()


def _refusals() -> tuple[type[Exception], ...]:
    """What a use case raises when it stored nothing: a broken rule, a locked cycle, a workspace
    that refused the write (locked, full, read-only). Anything else is a bug, for the crash log."""
    from fsadesk.app.errors import ActionRefused
    from fsadesk.store.errors import CycleLocked, SaveFailed, WorkspaceError

    return (ActionRefused, CycleLocked, SaveFailed, WorkspaceError)


def _say_refused(window: Window, title: str, exc: BaseException) -> None:
    """Why nothing was stored, in the user's language; the window stays as it was."""
    from fsadesk.ui.errors import user_message

    window.prompts.error(title, user_message(exc))

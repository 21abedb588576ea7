"""The main window's menu actions that open dialogs: help, export, keys, cycles, sign-off, about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

import fsadesk

if TYPE_CHECKING:
    from fsadesk.ui.main_window import MainWindow


class DialogActions:
    """Mixed into MainWindow; each dialog module is imported when first used (faster start-up)."""

    _help: QWidget | None = None

    def show_help(self: MainWindow, topic: str = "") -> None:
        from fsadesk.ui.help_dialog import HelpDialog

        if self._help is None:
            self._help = HelpDialog(self.lang, self)
        if topic:
            self._help.show_topic(topic)  # type: ignore[attr-defined]
        self._help.show()
        self._help.raise_()

    def export_bundle(self: MainWindow) -> None:
        from fsadesk.ui.export_dialog import ExportDialog

        if self.page.can_leave():
            ExportDialog(self.session, self.lang, self.prompts, self).exec()

    def _edit_profile(self: MainWindow) -> None:
        """Change the institution profile (scope, answers about the systems); the window then
        reopens, so the items, the tree and the figures follow the new profile."""
        from fsadesk.app.cycles import change_profile
        from fsadesk.ui.profile_wizard import ProfileWizard

        if not self.page.can_leave():
            return
        workspace = self.session.workspace
        current = workspace.institution.get()
        if current is None:
            return
        wizard = ProfileWizard(self.session.catalogue, self.lang, self.session.folder, self.prompts, current, self)
        wizard.exec()
        changed = wizard.result_profile()
        if changed is None:
            return
        change_profile(workspace, self.session.catalogue, changed)
        self.cycle_changed.emit(self.session.cycle.id)

    def _new_key(self: MainWindow) -> None:
        from fsadesk.ui.key_dialog import KeyDialog

        KeyDialog(self.session.folder, self.session.profile, self.prompts, self).exec()

    def _next_cycle(self: MainWindow) -> None:
        from fsadesk.ui.new_cycle_dialog import NewCycleDialog

        if not self.page.can_leave():
            return
        dialog = NewCycleDialog(self.session.workspace, self.session.catalogue, self.lang, self.prompts, self)
        if dialog.exec() and dialog.created_cycle_id() is not None:
            self.cycle_changed.emit(dialog.created_cycle_id())

    def _compare(self: MainWindow) -> None:
        from fsadesk.ui.compare_dialog import CompareDialog

        if not self.page.can_leave():
            return
        dialog = CompareDialog(self.session.workspace, self.session.catalogue, self.session.profile, self.lang, self)
        dialog.item_requested.connect(self.go_to)
        # Deferred so the new-cycle dialog opens after the comparison has closed, not on top of it.
        dialog.new_cycle_requested.connect(lambda: QTimer.singleShot(0, self._next_cycle))
        dialog.new_cycle_requested.connect(dialog.reject)
        dialog.exec()

    def _sign_off(self: MainWindow) -> None:
        from fsadesk.store.clock import current_user
        from fsadesk.ui.signoff_dialog import SignOffDialog

        if not self.page.can_leave():
            return
        dialog = SignOffDialog(self.session.workspace, self.session.cycle.id, self.prompts, current_user(), self)
        if dialog.exec() and dialog.finalised:
            self.session.cycle = self.session.workspace.cycles.get(self.session.cycle.id)
            self._apply_lock()

    def _start_revision(self: MainWindow) -> None:
        from fsadesk.app.cycles import start_revision

        cycle = self.session.cycle
        if cycle.is_open or not self.prompts.confirm(
            self.tr("Start a revision"),
            self.tr("Start revision %1 of %2? The finalised version stays as it is.")
            .replace("%1", str(cycle.revision + 1))
            .replace("%2", cycle.label),
        ):
            return
        # The new revision and its copied answers: one transaction, stored whole or not at all.
        new = start_revision(self.session.workspace, self.session.catalogue, cycle.id)
        self.cycle_changed.emit(new.id)

    def _about(self: MainWindow) -> None:
        from fsadesk.ui.key_dialog import current_fingerprint

        cat = self.session.catalogue
        fp = current_fingerprint(self.session.folder) or self.tr("none yet")
        self.prompts.info(
            self.tr("About fsadesk"),
            self.tr(
                "fsadesk %1\nGuideline catalogue %2 (%3)\nSigning key fingerprint: %4\n\nEverything stays on this PC."
            )
            .replace("%1", fsadesk.__version__)
            .replace("%2", cat.version)
            .replace("%3", cat.header.source.title.get(self.lang.lang))
            .replace("%4", fp),
        )

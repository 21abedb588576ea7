"""The member registry: a searchable table of the members and their keys, and the actions on
them (enrol, edit, rotate a key, revoke). Each action is one call to a use case of
fsadesk.central.members (one transaction); the table is read again afterwards."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fsadesk.bundle.errors import BundleError
from fsadesk.central.member_records import EnrolOutcome, EnrolResult, Member
from fsadesk.central.members import (
    BadFile,
    PendingEnrolment,
    accept_enrolment,
    edit_member,
    list_members,
    read_enrolment,
    read_enrolments,
)
from fsadesk.central.members import revoke_member as revoke_member_keys
from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.errors import CentralError
from fsadesk.shown import shown_path
from fsadesk.terms import size_band_name
from fsadesk.ui.central.member_dialogs import EditMemberDialog, EnrolConfirmDialog, RevokeDialog, fingerprint_groups
from fsadesk.ui.central.words import central_message
from fsadesk.ui.errors import user_message
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.workers import Worker, start

COLUMNS = 8
LISTED = 20  # names listed in the message after a bulk enrolment


def key_state(member: Member) -> str:
    """active, retired (replaced, none active) or revoked, from the member's newest key."""
    if member.active_key is not None:
        return "active"
    newest = member.keys[-1] if member.keys else None
    return "revoked" if newest is not None and newest.revoked_at else "retired"


class MembersView(QWidget):
    """The 会員 tab. `exec_dialog` and `choose_files` are the two places a modal question is asked
    besides `prompts`, so that tests can answer them like a user."""

    def __init__(
        self,
        db: CentralDatabase,
        lang_manager: LanguageManager,
        prompts: Prompts,
        categories: Callable[[], dict[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.lang_manager = lang_manager
        self.prompts = prompts
        self.categories = categories
        self.exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.choose_files: Callable[[str], list[Path]] = self._choose_files
        self.members: list[Member] = []
        self.worker: Worker | None = None
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.search.textChanged.connect(lambda _text: self.refresh())
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.enrol_files_button = QPushButton()
        self.enrol_folder_button = QPushButton()
        self.edit_button = QPushButton()
        self.rotate_button = QPushButton()
        self.revoke_button = QPushButton()
        self.enrol_files_button.clicked.connect(self.enrol_files)
        self.enrol_folder_button.clicked.connect(self.enrol_folder)
        self.edit_button.clicked.connect(self.edit_selected)
        self.rotate_button.clicked.connect(self.rotate_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Each column as wide as what it shows (set in _fill); the spare width goes to the last one,
        # so that the key state and fingerprint stay next to the member's name.
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for button in (self.enrol_files_button, self.enrol_folder_button, self.edit_button, self.rotate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Institution ID, name, category or region (Ctrl+F)"))
        self.enrol_files_button.setText(self.tr("&Enrol from files…"))
        self.enrol_folder_button.setText(self.tr("Enrol from a f&older…"))
        self.edit_button.setText(self.tr("E&dit…"))
        self.rotate_button.setText(self.tr("Rotate &key…"))
        self.revoke_button.setText(self.tr("Re&voke…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Institution ID"),
                self.tr("Name"),
                self.tr("Category"),
                self.tr("Size"),
                self.tr("Region"),
                self.tr("Key"),
                self.tr("Fingerprint"),
                self.tr("Enrolled on"),
            ]
        )
        self._fill()

    def changeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if isinstance(event, QEvent) and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[arg-type]

    # --- the table -------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.members = list_members(self.db, self.search.text().strip() or None)
        except CentralError as exc:
            self.prompts.error(self.tr("Members"), central_message(exc))
            return
        self._fill()

    def _state_word(self, state: str) -> str:
        return {"active": self.tr("active"), "retired": self.tr("retired"), "revoked": self.tr("revoked")}[state]

    def _fill(self) -> None:
        lang = self.lang_manager.lang
        names = self.categories()
        self.table.setRowCount(len(self.members))
        for row, m in enumerate(self.members):
            active = m.active_key
            shown_key = active or (m.keys[-1] if m.keys else None)
            fp = shown_key.fingerprint if shown_key else ""
            cells = [
                m.institution_id,
                m.name,
                names.get(m.category, m.category),
                size_band_name(m.size_band, lang) if m.size_band else "",
                m.region,
                self._state_word(key_state(m)),
                " ".join(fp.split()[:4]) + (" …" if fp else ""),
                m.created_at[:10].replace("-", "/"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 6:
                    item.setToolTip(fingerprint_groups(fp))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("Members shown: %1").replace("%1", str(len(self.members))))
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in (self.edit_button, self.rotate_button, self.revoke_button):
            button.setEnabled(chosen)

    def selected(self) -> Member | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.members[rows[0].row()] if rows and rows[0].row() < len(self.members) else None

    def select(self, institution_id: str) -> None:
        for row, m in enumerate(self.members):
            if m.institution_id == institution_id:
                self.table.selectRow(row)

    # --- enrol -----------------------------------------------------------------------------------

    def _choose_files(self, title: str) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(self, title, str(Path.home()), self.tr("Enrolment file (*.json)"))
        return [Path(p) for p in paths]

    def enrol_files(self) -> None:
        paths = self.choose_files(self.tr("Choose enrolment files"))
        if paths:
            self.enrol_paths(paths)

    def enrol_folder(self) -> None:
        folder = self.prompts.open_dir(self.tr("Choose the folder of enrolment files"), Path.home())
        if folder is not None:
            self.enrol_paths([folder])

    def enrol_paths(self, paths: list[Path]) -> None:
        """Read the files, show them for confirmation, enrol the ticked ones (each its own
        transaction: one refused key does not stop the others), then say what happened."""
        good, bad = self.read_files(paths)
        if not good:
            reasons = "\n\n".join(b.reason for b in bad)
            self.prompts.error(self.tr("Enrol members"), self.tr("No enrolment file could be read.") + "\n\n" + reasons)
            return
        dialog = EnrolConfirmDialog(good, bad, self)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        ticked = dialog.ticked()
        by = getpass.getuser()

        def job(report: Callable[[int, int], None]) -> list[tuple[PendingEnrolment, EnrolResult | CentralError]]:
            # Each file its own transaction: one refused key does not stop the others.
            outcomes: list[tuple[PendingEnrolment, EnrolResult | CentralError]] = []
            for n, pending in enumerate(ticked, start=1):
                try:
                    outcomes.append((pending, accept_enrolment(self.db, pending, confirmed_by=by)))
                except CentralError as exc:
                    outcomes.append((pending, exc))
                report(n, len(ticked))
            return outcomes

        self.worker = Worker(job)  # hundreds of files on a server take a while: the window stays responsive
        self.worker.signals.progress.connect(self._enrol_progress)
        self.worker.signals.finished.connect(self._enrolled)
        self.worker.signals.error.connect(self._enrol_failed)
        self._set_busy(True)
        start(self.worker)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.enrol_files_button, self.enrol_folder_button):
            button.setEnabled(not busy)
        self.table.setEnabled(not busy)
        if not busy:
            self._enable()
        else:
            for button in (self.edit_button, self.rotate_button, self.revoke_button):
                button.setEnabled(False)

    def _enrol_progress(self, done: int, total: int) -> None:
        self.count.setText(self.tr("Enrolling… %1 of %2").replace("%1", str(done)).replace("%2", str(total)))

    def _enrolled(self, outcomes: list[tuple[PendingEnrolment, EnrolResult | CentralError]]) -> None:
        self._set_busy(False)
        self.worker = None
        self.refresh()
        done: list[str] = []
        refused: list[str] = []
        for pending, outcome in outcomes:
            if isinstance(outcome, CentralError):
                refused.append(f"{pending.institution_id} {pending.name}: {central_message(outcome)}")
                continue
            word = (
                self.tr("already enrolled with this key")
                if outcome.outcome is EnrolOutcome.ALREADY_ENROLLED
                else self.tr("enrolled")
            )
            done.append(f"{pending.institution_id} {pending.name}: {word}")
        # A long list would not fit on the screen: its count, then the first names.
        shown = done[:LISTED] + (
            [self.tr("… and %1 more").replace("%1", str(len(done) - LISTED))] if len(done) > LISTED else []
        )
        text = "\n".join(shown)
        if refused:
            text += "\n\n" + self.tr("Not enrolled:") + "\n" + "\n\n".join(refused)
        self.prompts.info(self.tr("Enrol members"), text)

    def _enrol_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.worker = None
        self.refresh()  # what was enrolled before the problem stays enrolled, and is shown
        self.prompts.error(self.tr("Enrol members"), central_message(exc))

    def read_files(self, paths: list[Path]) -> tuple[list[PendingEnrolment], list[BadFile]]:
        """read_enrolments, with each bad file's reason in the user's words after its name."""
        good, bad = read_enrolments(paths)
        worded: list[BadFile] = []
        for item in bad:
            if item.source.is_dir():
                reason = self.tr("%1: this folder holds no enrolment files (*.json).")
            else:
                try:
                    read_enrolment(item.source)
                except BundleError as exc:
                    reason = "%1: " + user_message(exc)
                else:  # pragma: no cover - it could not be read a moment ago
                    reason = "%1: " + item.reason
            worded.append(BadFile(item.source, reason.replace("%1", shown_path(item.source))))
        return good, worded

    # --- edit, rotate, revoke ----------------------------------------------------------------------

    def edit_selected(self) -> None:
        member = self.selected()
        if member is None:
            return
        names = self.categories()
        dialog = EditMemberDialog(member, names, self.lang_manager.lang, self)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        category, size_band, region = dialog.values()
        try:
            edit_member(
                self.db, member.institution_id, category=category, size_band=size_band, region=region,
                known_categories=set(names) | ({member.category} if member.category else set()) | {""},
            )  # fmt: skip
        except CentralError as exc:
            self.prompts.error(self.tr("Edit member"), central_message(exc))
            return
        self.refresh()
        self.select(member.institution_id)

    def rotate_selected(self) -> None:
        """A new enrolment file for the chosen member: its fingerprint confirmed explicitly, then the
        old key kept as retired."""
        member = self.selected()
        if member is None:
            return
        paths = self.choose_files(self.tr("Choose the new enrolment file of %1").replace("%1", member.name))
        if not paths:
            return
        title = self.tr("Rotate key")
        try:
            pending = read_enrolment(paths[0])
        except BundleError as exc:
            self.prompts.error(title, central_message(exc))
            return
        if pending.institution_id != member.institution_id:
            self.prompts.error(
                title,
                self.tr("This enrolment file is for %1 (%2), not for %3 (%4). Nothing was changed.")
                .replace("%1", pending.name)
                .replace("%2", pending.institution_id)
                .replace("%3", member.name)
                .replace("%4", member.institution_id),
            )
            return
        question = (
            self.tr(
                "Replace the key of %1 (%2) with this new key? Confirm the fingerprint with the member by "
                "telephone or on the printed enrolment sheet first:"
            )
            .replace("%1", member.name)
            .replace("%2", member.institution_id)
            + "\n\n"
            + fingerprint_groups(pending.fingerprint)
            + "\n\n"
            + self.tr("The old key is kept as retired: bundles it signed before today can still be checked.")
        )
        if not self.prompts.confirm(title, question):
            return
        try:
            accept_enrolment(self.db, pending, rotate=True, confirmed_by=getpass.getuser())
        except CentralError as exc:
            self.prompts.error(title, central_message(exc))
            return
        self.refresh()
        self.select(member.institution_id)

    def revoke_selected(self) -> None:
        member = self.selected()
        if member is None:
            return
        dialog = RevokeDialog(member, self)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            revoke_member_keys(self.db, member.institution_id, dialog.reason_text())
        except CentralError as exc:
            self.prompts.error(self.tr("Revoke keys"), central_message(exc))
            return
        self.refresh()
        self.select(member.institution_id)

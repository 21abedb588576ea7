"""The central organisation's intake: drop members' submission files (or a folder of them), watch
the batch go by with a Cancel button, and read the summary (counts per result, a row per file with
its reason in plain words), which can be saved as XLSX or CSV.

The batch runs on a worker (fsadesk.central.intake.import_files, one transaction per file), so the
window stays responsive; Cancel lets the file being imported finish, and lists the rest as not
imported. The organisation's passphrase is asked once, before the batch, when it is needed: to
open an encrypted file or to sign receipts (only for a campaign's submissions).
"""

from __future__ import annotations

import getpass
import re
import threading
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fsadesk.central.intake import expand_paths, import_files
from fsadesk.central.intake_report import REPORT_SUFFIXES
from fsadesk.central.intake_rows import member_names, submissions_shown
from fsadesk.central.intake_types import IntakeStatus, UnlockedOrganisation
from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.errors import CentralError
from fsadesk.terms import date_text
from fsadesk.ui.central.drop_area import DropArea, is_encrypted
from fsadesk.ui.central.intake_export import write_summary
from fsadesk.ui.central.intake_folders import IntakeFolders, default_folders, remember, remembered
from fsadesk.ui.central.intake_model import NOT_IMPORTED, Batch, IntakeFilter, IntakeModel, rows_of, status_words
from fsadesk.ui.central.passphrase import Ask, dialog_ask, unlock_with
from fsadesk.ui.central.words import central_message
from fsadesk.ui.errors import detailed_message
from fsadesk.ui.i18n import LanguageManager, Retranslatable
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.workers import Worker, start


class _Signals(QObject):
    file_done = Signal(int, int, str)  # done, total, the name of the file just handled


class IntakeView(Retranslatable, QWidget):
    def __init__(
        self,
        db: CentralDatabase,
        keys_folder: Path,
        lang: LanguageManager,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.keys_folder, self.lang, self.prompts = db, keys_folder, lang, prompts
        # How the passphrase is asked: a masked dialog, unless a test (or the window) gives its own.
        self.ask_passphrase: Ask | None = None
        self.batch: Batch | None = None
        self._cancel = threading.Event()
        self._worker: Worker | None = None
        self._signals = _Signals(self)
        self._signals.file_done.connect(self._file_done)
        documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        self.folders = remembered(db.shown, default_folders(db.shown, db.is_sqlite, documents))

        self.drop = DropArea()
        self.choose_files, self.choose_folder = QPushButton(), QPushButton()
        self.campaign = QComboBox()
        self.campaign_note = QLabel()
        self.campaign_note.setWordWrap(True)
        self.quarantine, self.outbox = QLineEdit(str(self.folders.quarantine)), QLineEdit(str(self.folders.outbox))
        for field in (self.quarantine, self.outbox):
            field.setReadOnly(True)
        self.change_quarantine, self.change_outbox = QPushButton(), QPushButton()
        self.open_quarantine, self.open_outbox = QPushButton(), QPushButton()
        self.progress = QProgressBar()
        self.progress.setFormat("%v / %m")  # files, not a percentage
        self.progress_label = QLabel()
        self.cancel = QPushButton()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.filter = QComboBox()
        self.save = QPushButton()
        self.model = IntakeModel(self)
        self.proxy = IntakeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # as the files lie in the folder
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the reason: the most to read
        self.table.verticalHeader().setVisible(False)
        self._layout()
        self._connect()
        self._set_running(False)
        self.save.setEnabled(False)
        self.retranslate()

    # --- building --------------------------------------------------------------------------------

    def _layout(self) -> None:
        choose = QHBoxLayout()
        choose.addWidget(self.choose_files)
        choose.addWidget(self.choose_folder)
        choose.addStretch(1)
        self.form = QFormLayout()
        self.campaign_label, self.quarantine_label, self.outbox_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.campaign_label, self.campaign)
        self.form.addRow("", self.campaign_note)
        for label, field, change, opener in (
            (self.quarantine_label, self.quarantine, self.change_quarantine, self.open_quarantine),
            (self.outbox_label, self.outbox, self.change_outbox, self.open_outbox),
        ):
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(change)
            row.addWidget(opener)
            self.form.addRow(label, row)
            label.setBuddy(field)
        self.campaign_label.setBuddy(self.campaign)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel)
        tools = QHBoxLayout()
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        tools.addWidget(self.filter_label)
        tools.addWidget(self.filter)
        tools.addStretch(1)
        tools.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop)
        layout.addLayout(choose)
        layout.addLayout(self.form)
        layout.addLayout(running)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.summary)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.drop.dropped.connect(self.start_import)
        self.choose_files.clicked.connect(self._choose_files)
        self.choose_folder.clicked.connect(self._choose_folder)
        self.campaign.currentIndexChanged.connect(self._refresh_campaign_note)
        self.change_quarantine.clicked.connect(lambda: self._change_folder("quarantine"))
        self.change_outbox.clicked.connect(lambda: self._change_folder("outbox"))
        self.open_quarantine.clicked.connect(lambda: self.open_folder(self.folders.quarantine))
        self.open_outbox.clicked.connect(lambda: self.open_folder(self.folders.outbox))
        self.cancel.clicked.connect(self.request_cancel)
        self.filter.currentIndexChanged.connect(lambda: self.proxy.set_status(self.filter.currentData()))
        self.save.clicked.connect(self.save_summary)

    def retranslate(self) -> None:
        self.drop.setText(self.tr("Drop bundle files or a folder here"))
        self.choose_files.setText(self.tr("Choose files…"))
        self.choose_folder.setText(self.tr("Choose folder…"))
        self.campaign_label.setText(self.tr("&Campaign:"))
        self.quarantine_label.setText(self.tr("&Quarantine folder (copies of rejected files):"))
        self.outbox_label.setText(self.tr("&Outbox (receipts for members):"))
        self.change_quarantine.setText(self.tr("Change…"))
        self.change_outbox.setText(self.tr("Change…"))
        self.open_quarantine.setText(self.tr("Open quarantine folder"))
        self.open_outbox.setText(self.tr("Open outbox"))
        self.cancel.setText(self.tr("Cancel"))
        self.filter_label.setText(self.tr("&Show:"))
        self.save.setText(self.tr("Save summary…"))
        self.reload_campaigns()  # their deadlines are written in the language's way
        self._refresh_filter()
        self.model.retranslate()
        self._show_summary()

    def reload_campaigns(self) -> None:
        """The campaigns held (the newest first), chosen one kept; called again after one is created."""
        from fsadesk.central.campaigns import list_campaigns

        try:
            held = list_campaigns(self.db)
        except CentralError:
            held = []  # the database cannot be read now: the intake itself will say why when used
        chosen = self.campaign.currentData()
        self.campaign.blockSignals(True)
        self.campaign.clear()
        self.campaign.addItem(self.tr("No campaign (no receipts are made)"), None)
        for c in held:
            # One template, so Japanese gets its own brackets and comma: 題名（2026年度、締切 2027/06/30）
            template = self.tr("%1 (%2, deadline %3)")
            shown = _filled(template, c.title, c.cycle_label, date_text(c.deadline, self.lang.lang))
            self.campaign.addItem(shown, c.campaign_id)
        index = self.campaign.findData(chosen) if chosen is not None else -1
        self.campaign.setCurrentIndex(index if index > 0 else (1 if self.campaign.count() > 1 else 0))
        self.campaign.blockSignals(False)
        self._refresh_campaign_note()

    def _refresh_campaign_note(self) -> None:
        self.campaign_note.setText(
            self.tr(
                "Each file must answer this campaign; accepted members get a signed receipt in the outbox.",
            )
            if self.campaign.currentData() is not None
            else self.tr("Without a campaign, files are checked and stored, but no receipts are made for members.")
        )

    def _refresh_filter(self) -> None:
        chosen = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All files"), None)
        for status, words in status_words().items():
            self.filter.addItem(words, status)
        self.filter.setCurrentIndex(max(0, self.filter.findData(chosen)) if chosen is not None else 0)
        self.filter.blockSignals(False)

    # --- choosing files and folders --------------------------------------------------------------

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose submission files"),
            "",
            self.tr("Submission files (*.fsab *.age);;All files (*)"),
        )
        if names:
            self.start_import([Path(n) for n in names])

    def _choose_folder(self) -> None:
        folder = self.prompts.open_dir(self.tr("Choose a folder of submission files"), Path.home())
        if folder is not None:
            self.start_import([folder])

    def _change_folder(self, which: str) -> None:
        current = self.folders.quarantine if which == "quarantine" else self.folders.outbox
        title = (
            self.tr("Choose the quarantine folder") if which == "quarantine" else self.tr("Choose the outbox folder")
        )
        chosen = self.prompts.open_dir(title, current if current.exists() else current.parent)
        if chosen is None:
            return
        if which == "quarantine":
            self.folders = IntakeFolders(chosen, self.folders.outbox)
        else:
            self.folders = IntakeFolders(self.folders.quarantine, chosen)
        self.quarantine.setText(str(self.folders.quarantine))
        self.outbox.setText(str(self.folders.outbox))
        remember(self.db.shown, self.folders)

    def open_folder(self, folder: Path) -> None:
        if not folder.is_dir():
            self.prompts.info(
                self.tr("Nothing there yet"),
                self.tr("The folder %1 does not exist yet: nothing has been put there so far.").replace(
                    "%1", str(folder)
                ),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- the batch -------------------------------------------------------------------------------

    def start_import(self, paths: list[Path]) -> None:
        if self._worker is not None:
            return  # one batch at a time; the drop area is disabled meanwhile
        files = expand_paths(paths)
        if not files:
            self.prompts.error(
                self.tr("No files to import"),
                self.tr("The folder is empty: there is no submission file in it to import."),
            )
            return
        campaign_id = self.campaign.currentData()
        go, unlocked = self._unlock_if_needed(files, campaign_id)
        if not go:
            return  # the user cancelled the passphrase: nothing imported
        unlock = None if unlocked is None else (lambda: unlocked)
        folders = self.folders
        remember(self.db.shown, folders)
        self._cancel.clear()
        db, signals, cancel = self.db, self._signals, self._cancel

        def job(_report: object) -> Batch:
            from fsadesk.catalogue import load_catalogue
            from fsadesk.catalogue.history import by_digest

            catalogue = load_catalogue()
            outcomes = import_files(
                db, files, catalogue_for=by_digest(catalogue), unlock=unlock,
                campaign_id=campaign_id, quarantine=folders.quarantine, outbox=folders.outbox,
                imported_by=getpass.getuser(), cancelled=cancel.is_set,
                progress=lambda done, total, o: signals.file_done.emit(done, total, o.path.name),
            )  # fmt: skip
            ids = [o.submission_id for o in outcomes if o.submission_id is not None]
            rejected_of = [o.institution_id for o in outcomes if o.submission_id is None and o.institution_id]
            return Batch(files, outcomes, submissions_shown(db, ids), member_names(db, rejected_of))

        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("0 of %1 files").replace("%1", str(len(files))))
        self._set_running(True)
        self._worker = worker = Worker(job)
        worker.signals.finished.connect(self._finished)
        worker.signals.error.connect(self._failed)
        start(worker)

    def _unlock_if_needed(self, files: list[Path], campaign_id: str | None) -> tuple[bool, UnlockedOrganisation | None]:
        """Whether to go on, and the organisation's keys when this batch needs them."""
        from fsadesk.central.keys import has_organisation_keys

        if not has_organisation_keys(self.keys_folder):
            return True, None  # encrypted files are then rejected with their reason; no receipts
        if campaign_id is None and not any(is_encrypted(f) for f in files):
            return True, None
        ask = self.ask_passphrase or dialog_ask(
            self,
            self.tr(
                "Type the central organisation's passphrase. It is needed once for this batch, to open encrypted "
                "files and to sign the receipts for members.",
            ),
        )
        unlocked = unlock_with(ask, self.keys_folder)
        return unlocked is not None, unlocked

    def request_cancel(self) -> None:
        self._cancel.set()
        self.cancel.setEnabled(False)
        self.progress_label.setText(self.tr("Stopping after the file being imported…"))

    def _file_done(self, done: int, total: int, name: str) -> None:
        self.progress.setValue(done)
        if not self._cancel.is_set():
            self.progress_label.setText(
                self.tr("%1 of %2 files (last: %3)")
                .replace("%1", str(done))
                .replace("%2", str(total))
                .replace("%3", name)
            )

    def _set_running(self, running: bool) -> None:
        for widget in (self.drop, self.choose_files, self.choose_folder, self.campaign,
                       self.change_quarantine, self.change_outbox, self.save):  # fmt: skip
            widget.setEnabled(not running)
        self.cancel.setEnabled(running)
        if running:
            self.summary.setText(self.tr("Importing… Each file is checked and stored as it comes."))
        self.progress.setVisible(running)
        self.cancel.setVisible(running)

    def _finished(self, batch: Batch) -> None:
        self._worker = None
        self._set_running(False)
        self.batch = batch
        self.progress_label.setText("")
        self.model.set_rows(rows_of(batch))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.save.setEnabled(True)
        self._show_summary()

    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        self._set_running(False)
        self.progress_label.setText("")
        self.prompts.error(self.tr("The import stopped"), central_message(exc))

    def _show_summary(self) -> None:
        if self._worker is not None:
            return  # running: the progress says where it is
        if self.batch is None:
            self.summary.setText(self.tr("No files imported yet in this window."))
            return
        tally = Counter(r.status for r in self.model.rows)
        words = status_words()
        parts = [f"{words[s]}: {tally[s]}" for s in words if tally[s]]
        text = self.tr("%1 files: ").replace("%1", str(len(self.model.rows))) + " · ".join(parts)
        replaced = sum(1 for o in self.batch.outcomes if o.replaced_id is not None)
        if replaced:
            text += "\n" + self.tr(
                "%1 of them replace an earlier submission of the same member and cycle (kept in the history).",
            ).replace("%1", str(replaced))
        if tally[NOT_IMPORTED]:
            text += "\n" + self.tr(
                "The import was cancelled: the files already imported stay; import the others again later.",
            )
        if tally[IntakeStatus.REJECTED.value]:
            text += "\n" + self.tr("Rejected files were copied to the quarantine folder, each with a note of why.")
        self.summary.setText(text)

    def save_summary(self) -> None:
        if self.batch is None:
            return
        suggested = self.folders.quarantine.parent / self.tr("intake-summary.xlsx")
        target = self.prompts.save_path(
            self.tr("Save summary"),
            suggested,
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if target is None:
            return
        if target.suffix.lower() not in REPORT_SUFFIXES:
            target = target.with_name(target.name + ".xlsx")
        try:
            write_summary(self.model, target)
        except OSError as exc:
            self.prompts.error(self.tr("The summary was not saved"), detailed_message(exc))
            return
        self.prompts.info(
            self.tr("Summary saved"),
            self.tr("The summary was saved to %1.").replace("%1", str(target)),
        )


def _filled(template: str, *values: str) -> str:
    """%1, %2… of a translated template filled in one pass, so a title holding "%2" stays as typed."""
    return re.sub(r"%([1-9])", lambda m: values[int(m.group(1)) - 1], template)

"""File ▸ Export history…: every export of the current cycle, newest first — when, in which
language, with or without notes, which files, their SHA-256 (short, the full one in the tooltip
and copyable), and whether each file on disk is still the one written. The list is read through
the application layer (AssessmentWorkspace.exports); the files are only read, never changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fsadesk import terms
from fsadesk.app.export_history import ExportRecord, FileState, file_state, local_time
from fsadesk.app.workspace import AssessmentWorkspace, Cycle
from fsadesk.assessment.fiscal import cycle_display_label
from fsadesk.lang import Lang

SHORT_SHA = 12  # characters of the SHA-256 shown in the table; enough to tell exports apart by eye
BAD = QColor("#b3261e")
COLUMNS = 6


class ExportHistoryDialog(QDialog):
    def __init__(self, workspace: AssessmentWorkspace, cycle: Cycle, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.cycle = cycle
        self.records: list[ExportRecord] = workspace.exports(cycle.id)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(self.records), COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.open_folder = QPushButton()
        self.copy_sha = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.copy_sha, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.open_folder.clicked.connect(self.open_selected_folder)
        self.copy_sha.clicked.connect(self.copy_selected_sha)
        self.table.itemSelectionChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 420)  # fits a 1366×768 screen with the window's frame and the taskbar
        self._fill()
        if self.records:
            self.table.selectRow(0)
        self._enable()

    def _fill(self) -> None:
        self.setWindowTitle(self.tr("Export history"))
        label = cycle_display_label(self.cycle.label, self.cycle.fiscal_year, self.lang)
        self.intro.setText(
            self.tr("Every export of %1, newest first. “On disk” says whether the bundle is still as written.").replace(
                "%1", label
            )
            if self.records
            else self.tr("%1 has not been exported yet.").replace("%1", label)
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Exported"), self.tr("Language"), self.tr("Notes"), self.tr("Files"), self.tr("SHA-256"),
             self.tr("On disk")]
        )  # fmt: skip
        states = {
            FileState.SAME: self.tr("Same as exported"),
            FileState.CHANGED: self.tr("Changed since the export"),
            FileState.MISSING: self.tr("Not found (moved or deleted)"),
        }
        for row, record in enumerate(self.records):
            when = local_time(record.exported_at)
            state = file_state(record.bundle_path, record.bundle_sha256)
            files = [Path(record.bundle_path).name] + ([Path(record.pdf_path).name] if record.pdf_path else [])
            cells = [
                f"{terms.date_text(when.date(), self.lang)} {when:%H:%M}",
                "日本語" if record.language == "ja" else "English",
                self.tr("With notes") if record.include_notes else self.tr("Without notes"),
                "\n".join(files),
                record.bundle_sha256[:SHORT_SHA] + "…",
                states[state],
            ]
            made = [QTableWidgetItem(text) for text in cells]
            made[3].setToolTip("\n".join(p for p in (record.bundle_path, record.pdf_path) if p))  # full paths
            made[4].setToolTip(record.bundle_sha256)  # the whole SHA-256 (Copy SHA-256 copies it)
            if state is not FileState.SAME:
                made[5].setForeground(QBrush(BAD))
            for column, cell in enumerate(made):
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.open_folder.setText(self.tr("Open &folder"))
        self.copy_sha.setText(self.tr("&Copy SHA-256"))

    def selected(self) -> ExportRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.open_folder.setEnabled(chosen)
        self.copy_sha.setEnabled(chosen)

    def open_selected_folder(self) -> None:
        record = self.selected()
        if record is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(record.bundle_path).parent)))

    def copy_selected_sha(self) -> None:
        """The whole SHA-256, to paste into an e-mail or compare with what the central organisation received."""
        record = self.selected()
        if record is not None:
            QGuiApplication.clipboard().setText(record.bundle_sha256)

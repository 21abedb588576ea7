"""The dashboard's Export…: a small dialog to write what the dashboard shows as an Excel workbook,
CSV files or a PDF summary for the board, in Japanese or English, with the filters chosen on the
dashboard written at the top of every sheet and page.

The file is made on a worker (fsadesk.ui.workers) by the same code as `fsadesk central report`
(fsadesk.central.dashboard.export_run), so the window and the command write the same file. Where it
goes starts in the user's Documents folder, named after the campaign; a file already there is
replaced only when the user says so. Afterwards the user can open the file or its folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.export_run import FORMATS, Format, default_stem, write_export
from fsadesk.central.dashboard.export_tables import category_name, size_name
from fsadesk.central.dashboard.rates import Tier
from fsadesk.central.dashboard.snapshot import CampaignData
from fsadesk.central.store.database import CentralDatabase
from fsadesk.lang import Lang
from fsadesk.ui.central.words import central_message
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.workers import Worker, start

LANGS: tuple[Lang, ...] = ("ja", "en")
OPEN_FILE, OPEN_FOLDER = 0, 1


def documents_folder() -> Path:
    """Where staff look for files: Documents (or home), never a hidden data folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ExportDialogView(QDialog):
    """The widgets only; ExportDialog connects them."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the dashboard"))
        self.filters = QLabel()
        self.filters.setWordWrap(True)
        self.format = QComboBox()
        self.format.addItems([self.tr("Excel workbook (.xlsx), a sheet per view"),
                              self.tr("CSV files (.csv), a file per view"),
                              self.tr("PDF summary for the board (.pdf)")])  # fmt: skip
        self.language = QComboBox()
        self.language.addItems(["日本語", "English"])  # each language in its own words
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix("%")
        self.threshold.setValue(50)
        self.threshold.setToolTip(
            self.tr("Members below this rate in the same domain for two or more campaigns in a row are listed.")
        )
        self.path = QLineEdit()
        self.browse = QPushButton(self.tr("&Choose…"))
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        for text, field in ((self.tr("&Format:"), self.format), (self.tr("&Language:"), self.language),
                            (self.tr("&Threshold:"), self.threshold), (self.tr("&Save as:"), self.path)):  # fmt: skip
            label = QLabel(text)
            label.setBuddy(field)  # Alt+letter moves to the field
            form.addRow(label, where if field is self.path else field)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the writers report no steps
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())


class ExportDialog(ExportDialogView):
    def __init__(
        self, parent: QWidget | None, db: CentralDatabase, data: CampaignData, catalogue: Catalogue, tier: Tier,
        lang_manager: LanguageManager, prompts: Prompts,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.db, self.data, self.catalogue, self.tier = db, data, catalogue, tier
        self.prompts = prompts
        self.worker: Worker | None = None
        self.written: list[Path] = []
        self.language.setCurrentIndex(LANGS.index(lang_manager.lang))
        self.filters.setText(self._filters_text(lang_manager.lang))
        self.path.setText(str(documents_folder() / f"{default_stem(data)}.xlsx"))
        self.format.currentIndexChanged.connect(self._format_chosen)
        self.browse.clicked.connect(self._browse)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)

    @property
    def chosen_format(self) -> Format:
        return FORMATS[self.format.currentIndex()]

    def _filters_text(self, lang: Lang) -> str:
        f, c = self.data.filters, self.data.campaign
        every = self.tr("All")
        category = every if f.category is None else category_name(self.catalogue, f.category, lang)
        size = every if f.size_band is None else size_name(f.size_band, lang)
        campaign = self.tr("Campaign %1 (%2), as the dashboard shows it.")
        filters = self.tr("Category: %1 · Size band: %2").replace("%1", category).replace("%2", size)
        return campaign.replace("%1", c.campaign_id).replace("%2", c.title) + "\n" + filters

    def _format_chosen(self) -> None:
        """The file name follows the format: report.xlsx becomes report.pdf (CSV: report-status.csv …)."""
        current = Path(self.path.text().strip() or default_stem(self.data))
        self.path.setText(str(current.with_suffix(f".{self.chosen_format}")))

    def _browse(self) -> None:
        filters = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "csv": self.tr("CSV files (*.csv)"),
                   "pdf": self.tr("PDF (*.pdf)")}  # fmt: skip
        chosen = self.prompts.save_path(self.tr("Save the export as"), Path(self.path.text()),
                                        filters[self.chosen_format])  # fmt: skip
        if chosen is not None:
            self.path.setText(str(chosen))

    def _targets(self, out: Path) -> list[Path]:
        if self.chosen_format != "csv":
            return [out]
        from fsadesk.central.dashboard.export_csv import csv_paths

        return csv_paths(out, default_stem(self.data))

    def export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.prompts.error(self.tr("Choose where to save"), self.tr("Type a file name or choose one."))
            return
        out = Path(text)
        existing = [p for p in self._targets(out) if p.exists()]
        if existing and not self.prompts.confirm(
            self.tr("Replace files?"),
            self.tr("These files are already there:\n%1\n\nReplace them?").replace(
                "%1", "\n".join(p.name for p in existing)
            ),
        ):
            return
        fmt, lang, threshold = self.chosen_format, LANGS[self.language.currentIndex()], self.threshold.value() / 100
        db, data, catalogue, tier = self.db, self.data, self.catalogue, self.tier

        def job(_progress: object) -> list[Path]:
            from fsadesk.central.setup import organisation

            org = organisation(db)
            return write_export(data, catalogue, fmt, out, tier=tier, threshold=threshold, lang=lang,
                                organisation=org.name if org else "", force=True)  # fmt: skip

        self._busy(True)
        self.worker = Worker(job)
        self.worker.signals.finished.connect(self._done)
        self.worker.signals.error.connect(self._failed)
        start(self.worker)

    def reject(self) -> None:
        """Esc or the window's close button do nothing while the file is being written: the user
        then sees where it went (or why it was not written)."""
        if not self.progress.isVisible():
            super().reject()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.buttons, self.format, self.language, self.threshold, self.path, self.browse):
            widget.setEnabled(not busy)

    def _done(self, written: list[Path]) -> None:
        self._busy(False)
        self.written = written
        text = self.tr("Saved:") + "\n" + "\n".join(str(p) for p in written)
        buttons = [self.tr("Open &file"), self.tr("Open f&older"), self.tr("Close")]
        if len(written) > 1:  # CSV: a file per view, so the folder is what to open
            buttons = [self.tr("Open f&older"), self.tr("Close")]
        choice = self.prompts.choose(self.tr("Export finished"), text, buttons)
        if len(written) > 1:
            choice += 1
        if choice == OPEN_FILE:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[0])))
        elif choice == OPEN_FOLDER:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[0].parent)))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.prompts.error(self.tr("The export was not written"), central_message(exc))


def export_dashboard(
    parent: QWidget | None, db: CentralDatabase, data: CampaignData, catalogue: Catalogue, tier: Tier,
    lang_manager: LanguageManager, prompts: Prompts,
) -> None:  # fmt: skip
    """Open the export dialog for the dashboard's (already filtered) snapshot; it closes itself
    once the file is written or the user cancels."""
    dialog = ExportDialog(parent, db, data, catalogue, tier, lang_manager, prompts)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # each Export… makes a new one
    dialog.open()

"""Help ▸ About: what this copy of fsadesk is (version, guideline catalogue and its digest, scoring
engine), where its data lives (portable or the per-user folder, with the settings and the log), and
the third-party licence notices (fsadesk.licences) as text that can be selected and copied.

Read-only and offline: nothing here opens a network connection (Qt's source address is text).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fsadesk.catalogue import Catalogue
from fsadesk.lang import Lang
from fsadesk.paths import DataLocation
from fsadesk.ui.settings import FILE as SETTINGS_FILE
from fsadesk.ui.settings import QT_SETTINGS


def app_version() -> str:
    """The installed distribution's version; the package's own constant where there is no
    metadata (a frozen build may carry none). Both come from fsadesk/__init__.py."""
    import importlib.metadata

    import fsadesk

    try:
        return importlib.metadata.version("fsadesk")
    except importlib.metadata.PackageNotFoundError:
        return fsadesk.__version__


class AboutDialog(QDialog):
    """Built in the language in force; closed with Close, Esc or Enter."""

    def __init__(
        self,
        catalogue: Catalogue,
        lang: Lang,
        location: DataLocation,
        fingerprint: str | None,
        parent: QWidget | None = None,
    ) -> None:
        from fsadesk.assessment.scoring import ENGINE_VERSION
        from fsadesk.errorlog import LOG_FOLDER, LOG_NAME
        from fsadesk.licences import notices
        from fsadesk.shown import shown_path

        super().__init__(parent)
        self.setWindowTitle(self.tr("About fsadesk"))
        header = catalogue.header
        kinds = {
            "portable": self.tr("portable: beside the program, in its fsadesk-data folder"),
            "per-user": self.tr("per-user: in your own user folder on this PC"),
            "given": self.tr("the folder chosen when fsadesk was started"),
        }
        folder = location.folder

        def value(text: str) -> QLabel:
            label = QLabel(text)
            flags = Qt.TextInteractionFlag
            label.setTextInteractionFlags(flags.TextSelectableByMouse | flags.TextSelectableByKeyboard)
            label.setWordWrap(True)
            return label

        self.version = value(app_version())
        self.catalogue = value(f"{header.source.title.get(lang)}\n{catalogue.id} {catalogue.version}")
        self.digest = value(f"sha256:{catalogue.digest}")
        self.engine = value(ENGINE_VERSION)
        self.key = value(fingerprint or self.tr("none yet"))
        self.data_kind = value(kinds[location.kind])
        self.data_folder = value(shown_path(folder))
        self.settings_file = value(shown_path(folder / SETTINGS_FILE))
        self.qt_settings = value(shown_path(folder / QT_SETTINGS)) if location.kind == "portable" else None
        self.log_file = value(shown_path(folder / LOG_FOLDER / LOG_NAME))

        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Guideline catalogue:"), self.catalogue)
        form.addRow(self.tr("Catalogue digest:"), self.digest)
        form.addRow(self.tr("Scoring engine:"), self.engine)
        form.addRow(self.tr("Signing key fingerprint:"), self.key)
        form.addRow(self.tr("Where your data lives:"), self.data_kind)
        form.addRow(self.tr("Data folder:"), self.data_folder)
        form.addRow(self.tr("Settings file:"), self.settings_file)
        if self.qt_settings is not None:
            form.addRow(self.tr("Window settings:"), self.qt_settings)
        form.addRow(self.tr("Log file:"), self.log_file)

        self.offline = QLabel(self.tr("Everything stays on this PC: fsadesk never connects to the internet."))
        self.offline.setWordWrap(True)
        self.licences_label = QLabel(self.tr("&Licences of the software and fonts included in fsadesk:"))
        self.licences = QPlainTextEdit()
        self.licences.setReadOnly(True)  # still selectable and copyable (Ctrl+A, Ctrl+C)
        self.licences.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licences.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licences.setPlainText(notices())
        self.licences_label.setBuddy(self.licences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.offline)
        layout.addWidget(self.licences_label)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)  # inside a 1366×768 screen with the taskbar and title bar

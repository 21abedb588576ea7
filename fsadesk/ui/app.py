"""Start-up of the desktop app, kept light: a window appears before the heavy libraries load.

QApplication, the Japanese font and the language come first and a start window is shown at once;
SQLAlchemy, the catalogue and the workspace are then loaded off the GUI thread (see
fsadesk.ui.controller), and the main window replaces the start window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QThreadPool, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from fsadesk.lang import Lang
from fsadesk.paths import DataLocation, data_location, resources_dir
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.settings import QT_SETTINGS, AppSettings, keep_qt_settings_in

JAPANESE_FONT = "ipaexg.ttf"


def load_japanese_font(app: QApplication) -> str | None:
    """Bundle IPAexGothic so Japanese renders on PCs without a CJK font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / JAPANESE_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = QFont(app.font())
    font.setFamilies([app.font().family(), families[0]])  # system UI font first, Japanese fallback
    app.setFont(font)
    return families[0]


def set_app_icon(app: QApplication) -> None:
    """fsadesk's icon on every window. PNGs, not the SVG: no SVG module to load (or to package)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):  # resources/icons/, made by packaging/make_icons.py
        icon.addFile(str(resources_dir() / "icons" / f"fsadesk-{size}.png"))
    app.setWindowIcon(icon)


def install_qt_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """Qt's own strings (QWizard buttons, dialogs); loaded explicitly as CI locales are 'C'."""
    translators: list[QTranslator] = []
    if lang != "ja":
        return translators
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    tr = QTranslator(app)
    if tr.load(QLocale(QLocale.Language.Japanese), "qtbase", "_", qt_dir):
        app.installTranslator(tr)
        translators.append(tr)
    return translators


class StartWindow(QWidget):
    """Shown at once while the workspace opens; replaced by the main window or the wizard."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("fsadesk")
        title = QLabel("fsadesk")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        self.message = QLabel(self.tr("Opening your assessment…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the time depends on the workspace
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        # Centred between two stretches, not with Qt.AlignmentFlag: naming Qt's namespace costs about
        # 13 ms, and nothing on the way to the resumed item page needs it (tests/test_app_start.py).
        # Laid out right to left, so that an odd pixel left over goes to the right, as centring does.
        for label in (title, self.message):
            row = QBoxLayout(QBoxLayout.Direction.RightToLeft)
            row.addStretch(1)
            row.addWidget(label)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.progress)
        self.resize(460, 180)


def portable_folder_usable(location: DataLocation, lang: Lang | None) -> bool:
    """Portable mode: the data folder beside the program can be written, and Qt's own settings go
    there too (INI files). On a read-only folder a message says what to do and nothing is written."""
    from fsadesk.paths import PortableFolderReadOnly, check_writable

    try:
        check_writable(location)
    except PortableFolderReadOnly as exc:
        from PySide6.QtWidgets import QMessageBox  # only on this rare path

        # The language: --lang, else Japanese (the settings that would say otherwise cannot be read
        # from a folder fsadesk may not use).
        locale = QLocale()
        manager = LanguageManager(QApplication.instance(), lang or "ja")  # type: ignore[arg-type]
        text = QApplication.translate(
            "Portable",
            "fsadesk is set to keep its data beside the program (the file %1 is in its folder), "
            "but that folder is read-only, so nothing can be saved there.\n\n"
            "Copy the whole fsadesk folder to a place you can write to (for example your Documents "
            "folder) and start it from there, or delete %1 to keep your data in your own user folder.\n\n"
            "Nothing was written.\n\nFolder: %2",
        )
        from fsadesk.paths import PORTABLE_MARKER
        from fsadesk.shown import shown_path

        text = text.replace("%1", PORTABLE_MARKER).replace("%2", shown_path(exc.program_folder))
        QMessageBox.critical(None, "fsadesk", text)
        manager.set_language("en")  # its translators out again: the application may live on (a test)
        manager.deleteLater()
        QLocale.setDefault(locale)
        return False
    keep_qt_settings_in(location.folder / QT_SETTINGS)
    return True


def run_gui(data_dir_override: str | None = None, lang: Lang | None = None, central_db: str | None = None) -> int:
    """The app's window. `central_db` (from `fsadesk central open`): the central organisation's
    window on that database, which may carry a server password the settings never hold."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("fsadesk")
    set_app_icon(app)
    load_japanese_font(app)
    if data_dir_override:
        import os

        from fsadesk.paths import ENV_DATA_DIR

        # What the windows ask later (the export dialog's last folder, Help ▸ About, the crash log)
        # then names the same folder, as --catalogue does for the catalogue (fsadesk.__main__).
        os.environ[ENV_DATA_DIR] = str(data_dir_override)
    location = data_location(data_dir_override)
    if location.kind == "portable" and not portable_folder_usable(location, lang):
        return 1
    base = location.folder
    base.mkdir(parents=True, exist_ok=True)
    settings = AppSettings.load(base)
    if central_db is not None:
        settings.role, settings.central_db = "central", central_db
    manager = LanguageManager(app, lang or settings.lang)
    from fsadesk.ui.crash_handler import install_crash_handler  # light: logs and one message box

    install_crash_handler(app, base)  # any unexpected error: logged, one plain message, never a traceback
    from fsadesk.ui.launch import is_first_run, launch  # light itself; the heavy imports happen in its worker

    # A first run opens on the set-up wizard itself; only a reopening needs a start window.
    splash = None if is_first_run(settings) else StartWindow()
    if splash is not None:
        splash.show()
    launch(app, base, settings, manager, splash)
    code = app.exec()
    # A worker may still be finishing (opening the workspace, writing an export): let it, rather
    # than pull the objects it reports to from under it while the interpreter shuts down.
    QThreadPool.globalInstance().waitForDone()
    return code

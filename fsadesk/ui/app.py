"""Start-up of the desktop app: font, language, first-run wizard or last workspace, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from fsadesk import __version__
from fsadesk.catalogue import Catalogue, CatalogueError, load_catalogue
from fsadesk.catalogue.model import Lang
from fsadesk.paths import data_dir, resources_dir, workspaces_dir
from fsadesk.session import AssessmentSession
from fsadesk.store import is_workspace, open_workspace
from fsadesk.store.errors import WorkspaceError
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.main_window import MainWindow
from fsadesk.ui.prompts import QtPrompts
from fsadesk.ui.settings import AppSettings
from fsadesk.ui.workers import Worker, start

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


class AppController:
    """Decides which window is shown: the set-up wizard or the main window of a workspace."""

    def __init__(self, app: QApplication, base: Path, catalogue: Catalogue, lang: LanguageManager) -> None:
        self.app = app
        self.base = base
        self.catalogue = catalogue
        self.lang = lang
        self.settings = AppSettings.load(base)
        self.window: MainWindow | None = None
        self.prompts = QtPrompts()

    def start(self) -> None:
        last = self.settings.last_workspace
        if last and is_workspace(Path(last)):
            self.open_folder(Path(last))
        else:
            self.run_setup()

    def run_setup(self) -> None:
        from fsadesk.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(self.catalogue, self.lang, self.base, self.prompts, self.window)
        wizard.exec()
        folder = wizard.result_folder()
        if folder is not None:
            self.open_folder(folder)
        elif self.window is None:
            self.app.quit()

    def choose_and_open(self) -> None:
        folder = self.prompts.open_dir(self.tr("Open workspace"), workspaces_dir(self.base))
        if folder is None:
            return
        if not is_workspace(folder):
            self.prompts.error(self.tr("Open workspace"), self.tr("This folder does not hold an fsadesk workspace."))
            return
        self.open_folder(folder)

    def open_folder(self, folder: Path, cycle_id: int | None = None) -> None:
        """Open (and if needed migrate) off the GUI thread, with a progress dialog."""
        progress = QProgressDialog(self.tr("Opening the workspace…"), "", 0, 0, self.window)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(400)

        def job(_report: object) -> AssessmentSession:
            ws = open_workspace(folder)
            try:
                cid = cycle_id if cycle_id is not None else (ws.cycles.latest() or _no_cycle(folder)).id
                return AssessmentSession(ws, self.catalogue, cid)
            except Exception:
                ws.close()
                raise

        worker = Worker(job)
        worker.signals.finished.connect(lambda session: (progress.close(), self.show_main(session)))
        worker.signals.error.connect(lambda message: (progress.close(), self._open_failed(message)))
        self._worker = worker  # keep a reference until it reports
        start(worker)

    def _open_failed(self, message: str) -> None:
        self.prompts.error(self.tr("The workspace cannot be opened"), message)
        if self.window is None:
            self.run_setup()

    def show_main(self, session: AssessmentSession) -> None:
        old = self.window
        window = MainWindow(session, self.lang, QtPrompts())
        window.prompts = QtPrompts(window)
        window.new_requested.connect(self.run_setup)
        window.open_requested.connect(self.choose_and_open)
        window.cycle_changed.connect(lambda cid: self.open_folder(session.workspace.folder, cid))
        window.destroyed.connect(session.workspace.close)
        self.window = window
        self.prompts = QtPrompts(window)
        self.settings.last_workspace = str(session.workspace.folder)
        self.settings.lang = self.lang.lang
        self.settings.save(self.base)
        self.lang.changed.connect(self._remember_language)
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()

    def _remember_language(self, lang: str) -> None:
        self.settings.lang = "en" if lang == "en" else "ja"
        self.settings.save(self.base)

    def tr(self, text: str) -> str:
        return QApplication.translate("AppController", text)


def _no_cycle(folder: Path) -> AssessmentSession:
    raise WorkspaceError(folder, f"The workspace in {folder} has no assessment cycle.")


def run_gui(data_dir_override: str | None = None, lang: Lang | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("fsadesk")
    app.setApplicationVersion(__version__)
    load_japanese_font(app)
    base = data_dir(data_dir_override)
    base.mkdir(parents=True, exist_ok=True)
    settings = AppSettings.load(base)
    manager = LanguageManager(app, lang or settings.lang)
    try:
        catalogue = load_catalogue()
    except CatalogueError as exc:
        QMessageBox.critical(None, "fsadesk", "The guideline catalogue cannot be loaded:\n\n" + str(exc))
        return 1
    controller = AppController(app, base, catalogue, manager)
    controller.start()
    return app.exec()

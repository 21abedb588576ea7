"""Which window is shown: the set-up wizard or the main window of a workspace.

Reopening the last workspace is the common start: its main window is built from a read-only
snapshot (fsadesk.store.snapshot) and shown at once, and the workspace itself, with SQLAlchemy,
opens in the background once the window has painted. SQLAlchemy is therefore imported only inside
functions here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

import fsadesk
from fsadesk.app.answering import AssessmentSession
from fsadesk.app.workspace import PendingWorkspace, open_behind, open_session, pending_workspace
from fsadesk.catalogue import Catalogue, load_catalogue
from fsadesk.paths import workspaces_dir
from fsadesk.store.errors import WorkspaceError
from fsadesk.store.files import is_workspace
from fsadesk.store.snapshot import Snapshot, read_snapshot
from fsadesk.ui.errors import detailed_message
from fsadesk.ui.first_paint import Once, after_first_paint
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.main_window import MainWindow
from fsadesk.ui.prompts import QtPrompts
from fsadesk.ui.settings import AppSettings
from fsadesk.ui.window_placement import Placement, placement_of, remember, show_placed
from fsadesk.ui.workers import Worker, start


class AppController:
    """Decides which window is shown: the set-up wizard or the main window of a workspace."""

    def __init__(
        self,
        app: QApplication,
        base: Path,
        catalogue: Catalogue,
        lang: LanguageManager,
        settings: AppSettings,
        splash: QWidget | None = None,
    ) -> None:
        self.app = app
        app.setApplicationVersion(fsadesk.__version__)
        # The app ends when the user closes the main window or cancels the set-up, not when no
        # window happens to be on screen: between the wizard closing and the main window opening
        # there is none, and Qt's default once made fsadesk vanish after the wizard's Finish.
        app.setQuitOnLastWindowClosed(False)
        self.base = base
        self.catalogue = catalogue
        self.lang = lang
        self.settings = settings
        self.splash = splash
        self.window: MainWindow | None = None
        self.prompts = QtPrompts()

    def start(self, prepared: Prepared) -> None:
        if prepared.snapshot is not None:
            self.resume(prepared.snapshot)
            return
        if prepared.session is not None:
            self.show_main(prepared.session)
            return
        self._close_splash()
        if prepared.error is not None:
            self.prompts.error(self.tr("The workspace cannot be opened"), detailed_message(prepared.error))
        self.run_setup()

    def _close_splash(self) -> None:
        if self.splash is not None:
            self.splash.close()
            self.splash = None

    def run_setup(self) -> None:
        from fsadesk.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(self.catalogue, self.lang, self.base, self.prompts, self.window)
        wizard.exec()
        folder = wizard.result_folder()
        if folder is not None:
            self.open_folder(folder)
        elif self.window is None:
            self.app.quit()  # set-up cancelled and nothing else open

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
        # QtCore.Qt named here, not at import: its 93 enums (~13 ms) would delay the resumed page.
        progress.setWindowModality(QtCore.Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(400)

        def job(_report: object) -> AssessmentSession:
            return open_session(folder, self.catalogue, cycle_id)

        worker = Worker(job)

        def opened(session: AssessmentSession) -> None:
            progress.close()
            self.show_main(session)

        def failed(exc: BaseException) -> None:
            progress.close()
            self._open_failed(exc)

        worker.signals.finished.connect(opened)
        worker.signals.error.connect(failed)
        self._worker = worker  # keep a reference until it reports
        start(worker)

    def resume(self, snapshot: Snapshot) -> None:
        """Show the last workspace from its snapshot now; open it for writing right after."""
        opened = pending_workspace()
        begin = Once(lambda: self._open_behind(snapshot, opened, session))
        session = AssessmentSession.from_snapshot(snapshot, self.catalogue, opened, begin)
        self.show_main(session)
        # Started once the window has painted (or after a second in any case, e.g. minimised):
        # importing SQLAlchemy holds the interpreter, and would otherwise delay the page the user
        # is waiting for. A save before then starts it.
        if self.window is not None:
            after_first_paint(self.window, begin)
        else:
            begin()

    def _open_behind(self, snapshot: Snapshot, opened: PendingWorkspace, session: AssessmentSession) -> None:
        def showing() -> MainWindow | None:
            """The window of this session, if it is still the one shown."""
            return self.window if self.window is not None and self.window.session is session else None

        def job(_report: object) -> bool:
            return open_behind(snapshot, opened)

        def done(current: bool) -> None:
            if not current and showing() is not None:
                # Changed between the snapshot and the open (fsadesk running twice on it): show
                # what a fresh start would. Saves made meanwhile went to the workspace: none is lost.
                self.open_folder(snapshot.folder)

        def failed(exc: BaseException) -> None:
            window = showing()
            if window is None:
                return
            self.prompts.error(self.tr("The workspace cannot be opened"), detailed_message(exc))
            self.window = None
            self.prompts = QtPrompts()
            window.discard()
            window.deleteLater()
            self.run_setup()

        worker = Worker(job)
        worker.signals.finished.connect(done)
        worker.signals.error.connect(failed)
        self._opening = worker  # keep a reference until it reports
        start(worker)

    def _open_failed(self, exc: BaseException) -> None:
        self.prompts.error(self.tr("The workspace cannot be opened"), detailed_message(exc))
        if self.window is None:
            self.run_setup()

    def show_main(self, session: AssessmentSession) -> None:
        old = self.window
        window = MainWindow(session, self.lang, QtPrompts())
        window.prompts = QtPrompts(window)
        window.new_requested.connect(self.run_setup)
        window.open_requested.connect(self.choose_and_open)
        window.cycle_changed.connect(lambda cid: self.open_folder(session.folder, cid))
        window.destroyed.connect(session.close)
        window.closed.connect(lambda: remember(window, self.settings, self.base))
        window.closed.connect(lambda: self._main_closed(window))
        self.window = window
        self.prompts = QtPrompts(window)
        self.settings.last_workspace = str(session.folder)
        self.settings.lang = self.lang.lang
        self.settings.save(self.base)
        self.lang.changed.connect(self._remember_language)
        if old is not None:  # another cycle or workspace: the new window takes the old one's place
            self.settings.window = placement_of(old).to_json()
        show_placed(window, Placement.from_json(self.settings.window))
        self._close_splash()
        if old is not None:
            old.close()
            old.deleteLater()

    def _main_closed(self, window: MainWindow) -> None:
        if self.window is window:  # closed by the user, not replaced by another window
            self.window = None
            self.app.quit()

    def _remember_language(self, lang: str) -> None:
        self.settings.lang = "en" if lang == "en" else "ja"
        self.settings.save(self.base)

    def tr(self, text: str) -> str:
        return QApplication.translate("AppController", text)


def explain(exc: WorkspaceError) -> str:
    """The problem in the user's language, with the technical detail kept underneath."""
    return detailed_message(exc)


@dataclass
class Prepared:
    """What the start-up worker loaded: the catalogue, and the last workspace if it reopens."""

    catalogue: Catalogue
    snapshot: Snapshot | None = None  # the usual case: shown at once, opened right after
    session: AssessmentSession | None = None  # a workspace that needed the full open (a migration)
    error: WorkspaceError | None = None  # why the last workspace could not be opened, shown on start


def prepare(settings: AppSettings) -> Prepared:
    """Runs on a worker thread: load the catalogue and look at the last workspace."""
    catalogue = load_catalogue()
    last = settings.last_workspace
    if not last or not is_workspace(Path(last)):
        return Prepared(catalogue)
    snapshot = read_snapshot(Path(last))
    if snapshot is not None:
        return Prepared(catalogue, snapshot=snapshot)
    # Older schema, damage, no cycle…: the full open migrates it or names the problem.
    try:
        return Prepared(catalogue, session=open_session(Path(last), catalogue))
    except WorkspaceError as exc:
        return Prepared(catalogue, error=exc)

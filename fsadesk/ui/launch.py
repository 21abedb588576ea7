"""Hands start-up work to a worker thread and builds the app controller when it is done.

Two starts: reopening the last workspace (a start window at once, then its main window), and a
first run, where the set-up wizard itself is the first window. Either way nothing heavy is
imported on the GUI thread before that first window has been painted: the catalogue, the main
window's modules and SQLAlchemy load on a worker (docs/performance.md).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fsadesk.store.files import is_workspace
from fsadesk.ui.first_paint import Once, after_first_paint
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.settings import AppSettings
from fsadesk.ui.workers import Worker, start

if TYPE_CHECKING:
    from fsadesk.catalogue.model import Catalogue


def is_first_run(settings: AppSettings) -> bool:
    """No workspace to reopen: the set-up wizard is the first window."""
    return not settings.last_workspace or not is_workspace(Path(settings.last_workspace))


def launch(
    app: QApplication, base: Path, settings: AppSettings, lang: LanguageManager, splash: QWidget | None
) -> Worker:
    """Start the app. Without a start window (`splash` None), a first run shows the wizard at once."""
    if settings.role == "central" and settings.central_db:
        return _launch_central(app, base, settings, lang, splash)
    if splash is None:
        return _launch_setup(app, base, settings, lang)

    def job(_report: object) -> Any:
        from fsadesk.ui.controller import prepare  # SQLAlchemy, pydantic, catalogue: not on the GUI thread

        return prepare(settings)

    def done(prepared: Any) -> None:
        from fsadesk.ui.controller import AppController

        controller = AppController(app, base, prepared.catalogue, lang, settings, splash)
        app._fsadesk_controller = controller  # type: ignore[attr-defined]  # lives as long as the app
        controller.start(prepared)

    def failed(exc: BaseException) -> None:
        splash.close()
        _cannot_start(app, exc)

    worker = Worker(job)
    worker.signals.finished.connect(done)
    worker.signals.error.connect(failed)
    app._fsadesk_launch = worker  # type: ignore[attr-defined]  # keep the worker until it reports
    start(worker)
    return worker


def _launch_central(
    app: QApplication, base: Path, settings: AppSettings, lang: LanguageManager, splash: QWidget | None
) -> Worker:
    """This PC is a central organisation's: its window on the remembered database. Should that
    database not open, the problem is said and the first-run choice is offered again."""
    from fsadesk.ui.central.start import cannot_open_text, open_window, with_server_password

    target = with_server_password(settings.central_db or "")
    if target is None:  # the server's password was not given: nothing to open
        app.quit()
        return Worker(lambda _report: None)
    app.setQuitOnLastWindowClosed(False)  # a message about the database must not end the app

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(None, "fsadesk", cannot_open_text(exc, target))
        _launch_setup(app, base, settings, lang)

    keys = Path(settings.central_keys) if settings.central_keys else None
    return open_window(app, base, settings, lang, target, keys, failed, splash)


def _cannot_start(app: QApplication, exc: BaseException) -> None:
    from fsadesk.ui.errors import UnexpectedError, user_message, with_details  # only when it fails

    lead = QApplication.translate(
        "Launch",
        "fsadesk cannot start because its guideline data could not be read. Nothing has been changed. "
        "Reinstalling fsadesk restores the data.",
    )
    # The catalogue's own (English) words stay underneath; an unexpected error names its log.
    text = lead + "\n\n" + user_message(exc) if isinstance(exc, UnexpectedError) else with_details(lead, exc)
    QMessageBox.critical(None, "fsadesk", text)
    app.exit(1)


def _launch_setup(app: QApplication, base: Path, settings: AppSettings, lang: LanguageManager) -> Worker:
    """First run: the wizard's welcome page first. Once it is painted a worker loads the catalogue
    (the later pages need it), then the main window's modules and SQLAlchemy (Finish needs them)."""
    from concurrent.futures import Future  # here: a reopening, with its start window, needs none

    from fsadesk.ui.prompts import QtPrompts
    from fsadesk.ui.setup_wizard import SetupWizard

    # Between the wizard closing and the main window opening no window is on screen: the app
    # must not end there (the controller keeps this setting once it exists).
    app.setQuitOnLastWindowClosed(False)
    loaded: Future[Catalogue] = Future()

    def job(report: Any) -> Catalogue:
        from fsadesk.catalogue import load_catalogue

        try:
            catalogue = load_catalogue()
        except BaseException as exc:
            loaded.set_exception(exc)  # a page waiting for the catalogue gets the problem, not a hang
            raise
        loaded.set_result(catalogue)
        report(1, 2)  # the wizard builds its other pages now, while the rest loads
        # Loaded now, while the user reads, so that Finish does not wait for them: SQLAlchemy and
        # the store (creating the workspace), and the main window that follows the wizard.
        for module in ("fsadesk.app.onboarding", "fsadesk.ui.controller"):
            importlib.import_module(module)

        return catalogue

    worker = Worker(job)
    begin = Once(lambda: start(worker))

    def catalogue() -> Catalogue:
        """For the wizard's later pages: waits for the load, starting it if it has not begun."""
        begin()
        return loaded.result()

    wizard = SetupWizard(catalogue, lang, base, QtPrompts())
    after_first_paint(wizard, begin)
    worker.signals.progress.connect(lambda _done, _total: wizard.build_pages())

    def failed(exc: BaseException) -> None:
        wizard.reject()
        _cannot_start(app, exc)

    worker.signals.error.connect(failed)
    app._fsadesk_launch = worker  # type: ignore[attr-defined]  # keep the worker until it reports

    def run() -> None:
        wizard.exec()
        if wizard.central_chosen():
            from fsadesk.ui.central.start import run_setup  # the central side loads only when chosen

            if run_setup(app, base, settings, lang) is None:
                # Cancelled (perhaps chosen by mistake): the welcome page asks again, as the app
                # has nothing else to show; only the wizard's own Cancel ends it.
                wizard.choose_again()
                QTimer.singleShot(0, run)
            return
        if loaded.done() and loaded.exception() is not None:
            return  # the guideline data could not be read: explained, and the app ends with 1
        folder = wizard.result_folder()
        if folder is None:
            app.quit()  # set-up cancelled
            return
        try:
            ready = catalogue()  # loaded already: the later pages needed it (opening needs none)
        except Exception:  # the worker's error signal explains it and ends the app
            return
        from fsadesk.ui.controller import AppController

        controller = AppController(app, base, ready, lang, settings)
        app._fsadesk_controller = controller  # type: ignore[attr-defined]  # lives as long as the app
        controller.open_folder(folder)

    QTimer.singleShot(0, run)  # exec() inside the application's event loop, as for any dialog
    return worker

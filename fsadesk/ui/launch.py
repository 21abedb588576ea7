"""Hands start-up work to a worker thread and builds the app controller when it is done."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.settings import AppSettings
from fsadesk.ui.workers import Worker, start


def launch(app: QApplication, base: Path, settings: AppSettings, lang: LanguageManager, splash: QWidget) -> Worker:
    def job(_report: object) -> Any:
        from fsadesk.ui.controller import prepare  # SQLAlchemy, pydantic, catalogue: not on the GUI thread

        return prepare(settings)

    def done(prepared: Any) -> None:
        from fsadesk.ui.controller import AppController

        controller = AppController(app, base, prepared.catalogue, lang, settings, splash)
        app._fsadesk_controller = controller  # type: ignore[attr-defined]  # lives as long as the app
        controller.start(prepared)

    def failed(message: str) -> None:
        splash.close()
        lead = QApplication.translate(
            "Launch",
            "fsadesk cannot start because its guideline data could not be read. Nothing has been changed. "
            "Reinstalling fsadesk restores the data.",
        )
        QMessageBox.critical(None, "fsadesk", lead + "\n\n" + message)
        app.exit(1)

    worker = Worker(job)
    worker.signals.finished.connect(done)
    worker.signals.error.connect(failed)
    app._fsadesk_launch = worker  # type: ignore[attr-defined]  # keep the worker until it reports
    start(worker)
    return worker

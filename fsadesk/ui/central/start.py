"""Opening the central window: after the set-up, at a start on a PC remembered as a central
organisation's, and from `fsadesk central open DB`. The database opens on a worker (a server may
take a moment to answer); a database that cannot be opened is said in words."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from fsadesk.central.setup import default_keys_folder
from fsadesk.central.store.database import CentralDatabase, open_central
from fsadesk.ui.central.setup import CentralSetupDialog
from fsadesk.ui.central.window import CentralWindow
from fsadesk.ui.central.words import central_message
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.prompts import QtPrompts
from fsadesk.ui.settings import AppSettings
from fsadesk.ui.workers import Worker, start


def without_password(target: str) -> str:
    """A server address as it may be shown or remembered: user@host, no password."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1@", target)


def remember_central(settings: AppSettings, base: Path, target: str, keys: Path | None) -> None:
    """This PC is a central organisation's: the next start opens this database's window."""
    settings.role = "central"
    settings.central_keys = str(keys) if keys is not None else None
    settings.central_db = without_password(target)  # a password is never written to the settings file
    with contextlib.suppress(OSError):  # a read-only data folder: only the next start asks again
        settings.save(base)


def show_window(
    app: QApplication, base: Path, settings: AppSettings, lang: LanguageManager, db: CentralDatabase, keys: Path | None
) -> CentralWindow:
    window = CentralWindow(db, keys, lang, QtPrompts(), settings, base)
    window.members.prompts = QtPrompts(window)
    app._fsadesk_central_window = window  # type: ignore[attr-defined]  # lives as long as the app
    app.setQuitOnLastWindowClosed(True)
    window.show_placed()
    return window


def run_setup(app: QApplication, base: Path, settings: AppSettings, lang: LanguageManager) -> CentralWindow | None:
    """The central set-up, then its window; None when the set-up was cancelled."""
    dialog = CentralSetupDialog()
    app._fsadesk_central_setup = dialog  # type: ignore[attr-defined]  # tests reach it there
    dialog.exec()
    if dialog.db is None or dialog.target is None:
        return None
    remember_central(settings, base, dialog.target, dialog.keys_folder)
    return show_window(app, base, settings, lang, dialog.db, dialog.keys_folder)


def open_window(
    app: QApplication,
    base: Path,
    settings: AppSettings,
    lang: LanguageManager,
    target: str,
    keys: Path | None,
    on_failure: Callable[[BaseException], None],
    splash: QWidget | None = None,
) -> Worker:
    """Open `target` on a worker, then its window (the settings remember it)."""
    keys = keys or default_keys_folder(target)

    def job(_report: object) -> CentralDatabase:
        return open_central(target)

    def done(db: CentralDatabase) -> None:
        if splash is not None:
            splash.close()
        remember_central(settings, base, target, keys)
        show_window(app, base, settings, lang, db, keys)

    def failed(exc: BaseException) -> None:
        if splash is not None:
            splash.close()
        on_failure(exc)

    worker = Worker(job)
    worker.signals.finished.connect(done)
    worker.signals.error.connect(failed)
    app._fsadesk_central_open = worker  # type: ignore[attr-defined]  # keep the worker until it reports
    start(worker)
    return worker


def with_server_password(target: str) -> str | None:
    """A remembered server address has no password (it is never written down): ask for it, hidden
    as it is typed. An empty answer tries the address as it is (a server that trusts this PC);
    None when the user cancels. A file, or an address given with its password, is returned as is."""
    if "://" not in target or without_password(target) != target:
        return target
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from fsadesk.ui.central.setup import server_target

    password, ok = QInputDialog.getText(
        None,
        "fsadesk",
        QApplication.translate("CentralStart", "Password for the database server %1:").replace("%1", target),
        QLineEdit.EchoMode.Password,
    )
    return server_target(target, password) if ok else None


def cannot_open_text(exc: BaseException, target: str) -> str:
    lead = QApplication.translate("CentralStart", "The central database %1 could not be opened.").replace(
        "%1", without_password(target)
    )
    return lead + "\n\n" + central_message(exc)

"""The app's single top-level handler: an error nobody planned for never ends the session in a
traceback on a console nobody sees.

sys.excepthook (errors in slots, event handlers and timers on the GUI thread) and
threading.excepthook (errors in worker threads) both write the traceback to the error log in the
data folder (fsadesk.errorlog, the same log as the command line's) and show one plain, translated
message that says where the log is. The window stays open: answers are saved as they are typed,
so what was saved stays saved.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6 import QtCore
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from fsadesk.errorlog import log_exception
from fsadesk.shown import shown_path

_data_dir: Path | str | None = None  # the app's data folder, once install_crash_handler has run


def unexpected_text(log: str) -> str:
    """The plain, translated words for an error nobody planned for; `log` is where its details
    are ("" when they could not be written). Also what a window shows when its own work fails so."""
    # QApplication.translate spelled out (not a helper) so that lupdate files each under CrashReporter.
    text = QApplication.translate(
        "CrashReporter",
        "Something went wrong inside fsadesk. Your answers are saved as you type them, so what was "
        "saved before stays saved; please check the last thing you changed.",
    )
    if not log:
        return (
            text + "\n\n" + QApplication.translate("CrashReporter", "The details could not be written to a log file.")
        )
    where = QApplication.translate(
        "CrashReporter",
        "The details are in this file. If it happens again, please send it to whoever helps you with fsadesk:\n%1",
    )
    return text + "\n\n" + where.replace("%1", shown_path(log))


def log_unexpected(exc: BaseException, where: str = "fsadesk window") -> Path | None:
    """Write `exc`'s traceback to the app's error log (the data folder the app started with)."""
    return log_exception(type(exc), exc, exc.__traceback__, context=where, data_dir_override=_data_dir)


class CrashReporter(QObject):
    """Logs an unexpected error and shows one message about it (one at a time: errors that follow
    while the message is open are logged only, never a cascade of boxes)."""

    _report = Signal(str)  # the log's path, "" when it could not be written

    def __init__(self, app: QApplication, data_dir: Path | str | None) -> None:
        super().__init__(app)
        self._data_dir = data_dir
        self.box: QMessageBox | None = None
        # Emitted from any thread; the message is always built on the GUI thread, after the call
        # that failed (a worker's signal is queued to this thread, and _later waits a turn). Not
        # Qt.ConnectionType.QueuedConnection: naming the Qt namespace makes PySide6 build its 93
        # enums (about 13 ms), which the first-run wizard's first page must not wait for (#9).
        self._report.connect(self._later)

    def _later(self, log: str) -> None:
        QTimer.singleShot(0, self, lambda: self._show(log))

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str = ""
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in the terminal that started the app
            QApplication.quit()
            return
        log = log_exception(exc_type, exc, tb, context=where or "fsadesk window", data_dir_override=self._data_dir)
        self._report.emit(str(log) if log else "")

    def _excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self.handle(exc_type, exc, tb)

    def _threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            name = args.thread.name if args.thread else "a worker"
            self.handle(args.exc_type, args.exc_value, args.exc_traceback, where=f"fsadesk window ({name})")

    def message(self, log: str) -> str:
        return unexpected_text(log)

    def _show(self, log: str) -> None:
        if self.box is not None and self.box.isVisible():
            return
        self.box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("fsadesk: something went wrong"), self.message(log),
            QMessageBox.StandardButton.Ok, QApplication.activeWindow(),
        )  # fmt: skip
        self.box.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
        self.box.setWindowModality(QtCore.Qt.WindowModality.ApplicationModal)
        self.box.open()  # not exec(): no nested event loop inside whatever just failed


def install_crash_handler(app: QApplication, data_dir: Path | str | None) -> CrashReporter:
    """Route every unexpected error of the app to the log and one plain message."""
    global _data_dir
    _data_dir = data_dir  # the log of errors that a window catches itself (fsadesk.ui.errors)
    reporter = CrashReporter(app, data_dir)
    sys.excepthook = reporter._excepthook
    threading.excepthook = reporter._threading_hook
    return reporter

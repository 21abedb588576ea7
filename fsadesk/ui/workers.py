"""Slow work off the GUI thread: a QRunnable-style worker with progress, finished and error signals.

`error` carries the exception itself, never its English text: the receiver words it in the user's
language with fsadesk.ui.errors.user_message. An exception that is none of fsadesk's typed errors
is a programming error: it is logged with its traceback here, on the worker's thread, and arrives
as an UnexpectedError naming the log."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the job's result
    error = Signal(object)  # the exception: a typed error of fsadesk, or an UnexpectedError


class Worker(QRunnable):
    """Runs `job(report)` on the thread pool; `report(done, total)` emits progress."""

    def __init__(self, job: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit)
        except Exception as exc:  # the receiver tells the user; nothing may crash the app
            from fsadesk.ui.errors import typed  # here: the first-run wizard's first page must not wait for it

            self.signals.error.emit(typed(exc, where=f"fsadesk worker ({getattr(self.job, '__qualname__', 'job')})"))
        else:
            self.signals.finished.emit(result)


def start(worker: Worker) -> None:
    QThreadPool.globalInstance().start(worker)

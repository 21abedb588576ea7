"""Slow work off the GUI thread: a QRunnable-style worker with progress, finished and error signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the job's result
    error = Signal(str)  # a message for the user


class Worker(QRunnable):
    """Runs `job(report)` on the thread pool; `report(done, total)` emits progress."""

    def __init__(self, job: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit)
        except Exception as exc:  # the message goes to the user; nothing may crash the app
            self.signals.error.emit(str(exc))
        else:
            self.signals.finished.emit(result)


def start(worker: Worker) -> None:
    QThreadPool.globalInstance().start(worker)

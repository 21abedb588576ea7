"""Work that must wait until a window is on screen: `AfterFirstPaint`.

Start-up defers its heavy imports (SQLAlchemy, the store) until the window the user is waiting for
has been painted; importing them holds the interpreter and would otherwise delay that paint. Kept
in a module of its own, light to import, for the first-run wizard and the resumed main window alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000  # a window that is never painted (minimised, hidden) must not hold the work back


class AfterFirstPaint(QObject):
    """Calls `then` (once) right after `widget` has first been painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after the paint that is under way has finished
        return False


class Once:
    """A callable that runs `job` the first time it is called and does nothing after."""

    def __init__(self, job: Callable[[], None]) -> None:
        self._job: Callable[[], None] | None = job

    def __call__(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job()


def after_first_paint(widget: QWidget, job: Once) -> None:
    """Run `job` once `widget` has painted, or after FALLBACK_MS in any case. Whatever cannot
    wait (a click that needs what `job` loads) calls `job` itself, sooner: it runs only once."""
    AfterFirstPaint(widget, job)
    QTimer.singleShot(FALLBACK_MS, widget, job)

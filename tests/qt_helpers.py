"""Helpers for driving Qt widgets like a Japanese user."""

from __future__ import annotations

import warnings

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type text as a user would. Japanese arrives from the input method (IME) as a committed
    string, which is what this sends; QTest.keyClicks can only type Latin-1 and aborts on kana."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def activate(qtbot, window: QWidget) -> None:
    """Make a shown window the active one, so its shortcuts (Ctrl+Z, Alt+Right…) fire. The
    offscreen platform does not activate windows on show()."""
    qtbot.waitExposed(window)
    handle = window.windowHandle()
    if handle is not None:
        handle.requestActivate()
    with warnings.catch_warnings():
        # Deprecated in Qt 6, but the offscreen platform ignores requestActivate() alone.
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)

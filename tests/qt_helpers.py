"""Helpers for driving Qt widgets like a Japanese user."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from fsadesk.app.answering import AssessmentSession
    from fsadesk.store.workspace import Workspace


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


def demo_session(folder, catalogue):  # -> AssessmentSession
    """A fresh demo workspace in `folder`, opened as the app would, on its latest cycle."""
    from fsadesk.app.answering import AssessmentSession
    from fsadesk.cli import run
    from fsadesk.store import open_workspace

    run(["demo", str(folder)])
    ws = open_workspace(folder)
    return AssessmentSession(ws, catalogue, ws.cycles.latest().id)


def start_app(qtbot, data, lang):  # -> (StartWindow, AppController)
    """Start the app as `fsadesk` does, minus the event loop: the start window, then the
    launch worker. Returns the start window and the app controller once the worker reported."""
    from fsadesk.ui.app import StartWindow
    from fsadesk.ui.launch import launch
    from fsadesk.ui.settings import AppSettings

    app = QApplication.instance()
    splash = StartWindow()
    qtbot.addWidget(splash)
    splash.show()
    launch(app, data, AppSettings.load(data), lang, splash)
    qtbot.waitUntil(lambda: getattr(app, "_fsadesk_controller", None) is not None, timeout=20000)
    return splash, app._fsadesk_controller


def main_window_of(qtbot, controller):  # -> MainWindow
    """Wait for the controller's main window to be on screen, and hand it to qtbot."""
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=20000)
    window = controller.window
    qtbot.addWidget(window)
    return window


def store_of(session: AssessmentSession) -> Workspace:
    """The workspace a session writes to, for a test to look at what is stored (the windows
    never get it: they use session.assessment_workspace)."""
    return session._workspace()

"""The dashboard as the central window shows it, for bench/dashboard.py: from asking for the
Dashboard tab to its first paint with the figures, and from a filter change to the repaint.

The real window (`fsadesk.ui.central.window.CentralWindow`, in Japanese, at 1366 × 768, under
QT_QPA_PLATFORM=offscreen) on a database already open. Each run opens a new window and asks for its
Dashboard tab, as a person clicking the tab does: the snapshot is read on a worker (the window's
own `load_job`: load_campaign and the catalogue the campaign was answered against), then the
figures are laid into the views and the window is painted. The clock stops when that paint has
ended. A filter change (the category, then the size band within it, chosen as from the list)
recomputes every view in memory and repaints, on the GUI thread.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

WIDTH, HEIGHT = 1366, 768


def available() -> bool:
    """Whether this fsadesk has the dashboard's window (another part of issue #14)."""
    import importlib.util

    return importlib.util.find_spec("fsadesk.ui.central.dashboard.frame") is not None


def _choose(combo: Any, index: int) -> None:
    """Choose an entry as a person picking it from the list does."""
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _application() -> Any:
    """The QApplication as fsadesk's start sets it up for the window: the bundled Japanese font
    (without it, Japanese would be drawn as empty boxes, and faster than it really is)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from fsadesk.ui.app import load_japanese_font

    app = QApplication.instance()
    if app is None:
        app = QApplication([])
        load_japanese_font(app)
    return app


def measure_window(db: Any, keys: Path | None, runs: int) -> dict[str, list[float]]:
    """Seconds for each run: the tab's first paint with figures, and each filter change's repaint."""
    from PySide6.QtCore import QEventLoop, QTimer

    from fsadesk.ui.central.window import CentralWindow
    from fsadesk.ui.i18n import LanguageManager
    from fsadesk.ui.prompts import QtPrompts
    from fsadesk.ui.settings import AppSettings

    app = _application()
    lang = LanguageManager(app, "ja")
    out: dict[str, list[float]] = {"window_open": [], "window_filter": []}
    with tempfile.TemporaryDirectory(prefix="fsadesk-bench-window-") as data_dir:
        for run in range(runs + 1):  # the first round warms Qt's fonts and the modules: not counted
            window = CentralWindow(db, keys, lang, QtPrompts(), AppSettings(), Path(data_dir))
            window.resize(WIDTH, HEIGHT)
            window.show()
            app.processEvents()
            dashboard = window.dashboard
            loop = QEventLoop()
            dashboard.loaded.connect(loop.quit)
            QTimer.singleShot(60_000, loop.quit)  # a stuck load ends the run instead of the bench
            start = time.perf_counter()
            window.tabs.setCurrentWidget(dashboard)
            loop.exec()
            window.repaint()
            opened = time.perf_counter() - start
            if dashboard.data is None or dashboard.grid is None or not dashboard.grid.members:
                raise SystemExit("the dashboard's window showed no figures")
            changes = []
            for combo in (dashboard.category, dashboard.size_band):
                start = time.perf_counter()
                _choose(combo, combo.count() - 1)
                window.repaint()
                changes.append(time.perf_counter() - start)
            if run:
                out["window_open"].append(opened)
                out["window_filter"] += changes
            window.close()
            window.deleteLater()
            app.processEvents()
    lang.deleteLater()
    return out


def snapshot_png(db: Any, keys: Path | None, path: Path, tab: int = 1) -> None:
    """The dashboard's window once loaded, saved as a picture (to look at what was timed)."""
    from PySide6.QtCore import QEventLoop

    from fsadesk.ui.central.window import CentralWindow
    from fsadesk.ui.i18n import LanguageManager
    from fsadesk.ui.prompts import QtPrompts
    from fsadesk.ui.settings import AppSettings

    app = _application()
    lang = LanguageManager(app, "ja")
    with tempfile.TemporaryDirectory(prefix="fsadesk-bench-window-") as data_dir:
        window = CentralWindow(db, keys, lang, QtPrompts(), AppSettings(), Path(data_dir))
        window.resize(WIDTH, HEIGHT)
        window.show()
        loop = QEventLoop()
        window.dashboard.loaded.connect(loop.quit)
        window.tabs.setCurrentWidget(window.dashboard)
        loop.exec()
        window.dashboard.views.setCurrentIndex(tab)
        app.processEvents()
        window.grab().save(str(path))
        window.close()
        window.deleteLater()
        app.processEvents()

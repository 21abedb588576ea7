"""The main window fits the screens offices have (1366×768, 1280×720), and comes back where,
how big and as maximised as the user left it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from fsadesk.cli import run
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.settings import AppSettings
from fsadesk.ui.window_placement import FRAME_HEIGHT, FRAME_WIDTH, Placement, fitted, initial_geometry
from tests.conftest import REPO
from tests.qt_helpers import demo_session, main_window_of, start_app
from tests.test_main_window import FakePrompts

OFFICE_SCREENS = [QRect(0, 0, 1366, 768), QRect(0, 0, 1366, 728), QRect(0, 0, 1280, 720), QRect(0, 0, 1280, 680)]


def _fits_with_frame(window: QRect, screen: QRect) -> bool:
    framed = window.adjusted(-FRAME_WIDTH // 2, -(FRAME_HEIGHT - FRAME_WIDTH // 2), FRAME_WIDTH // 2, FRAME_WIDTH // 2)
    return screen.contains(framed)


@pytest.mark.parametrize("screen", OFFICE_SCREENS, ids=lambda r: f"{r.width()}x{r.height()}")
def test_first_window_fits_office_screens(screen):
    """With its title bar and borders, the first window is on the screen, not below its edge."""
    geometry = initial_geometry(screen)
    assert _fits_with_frame(geometry, screen), geometry
    assert geometry.width() >= 1200 and geometry.height() >= 600  # still a comfortable window


def test_first_window_keeps_its_size_on_a_large_screen():
    geometry = initial_geometry(QRect(0, 0, 1920, 1040))
    assert (geometry.width(), geometry.height()) == (1280, 820)


@pytest.mark.parametrize(
    "remembered",
    [QRect(2000, 100, 1280, 820), QRect(-900, -300, 1280, 820), QRect(100, 100, 1900, 1100)],
    ids=["on a monitor gone", "above and left", "bigger than the screen"],
)
def test_remembered_place_that_no_longer_fits_is_brought_back(remembered):
    screen = QRect(0, 0, 1366, 728)
    assert _fits_with_frame(fitted(remembered, screen), screen)


def test_remembered_place_that_fits_is_kept():
    assert fitted(QRect(40, 60, 900, 600), QRect(0, 0, 1366, 728)) == QRect(40, 60, 900, 600)


def test_damaged_placement_in_settings_is_ignored(tmp_path):
    damaged = ("x", {"x": 1}, {"x": 0, "y": 0, "width": -5, "height": 10}, {"x": True, "y": 0, "width": 5, "height": 5})
    for raw in damaged:
        assert Placement.from_json(raw) is None
    (tmp_path / "settings.json").write_text(json.dumps({"lang": "en", "window": [1, 2]}), encoding="utf-8")
    assert AppSettings.load(tmp_path).window is None


@pytest.mark.parametrize("lang_code", ["ja", "en"])
def test_window_can_shrink_to_the_smallest_office_screen(lang_code, tmp_path, catalogue, qtbot):
    """Nothing in the window (labels, status bar, toolbar) forces it wider or taller than 1280×720."""
    from fsadesk.ui.main_window import MainWindow

    lang = LanguageManager(QApplication.instance(), lang_code)
    try:
        window = MainWindow(demo_session(tmp_path / "demo", catalogue), lang, FakePrompts())
        qtbot.addWidget(window)
        window.show()
        for summary in (False, True):  # the item page, then the summary
            window.show_summary(summary)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1280 - FRAME_WIDTH and hint.height() <= 720 - FRAME_HEIGHT, (summary, hint)
        window.close()
    finally:
        lang.set_language("en")


# Run in a fresh process: the offscreen screen's size is chosen when Qt starts.
_ON_SCREEN = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from fsadesk.catalogue import load_catalogue
    from fsadesk.ui.app import load_japanese_font
    from fsadesk.ui.i18n import LanguageManager
    from fsadesk.ui.main_window import MainWindow
    from tests.conftest import CATALOGUE_DIR
    from tests.qt_helpers import demo_session
    from tests.test_main_window import FakePrompts
    load_japanese_font(app)
    catalogue = load_catalogue(CATALOGUE_DIR)
    session = demo_session(Path(sys.argv[1]), catalogue)
    screen = app.primaryScreen().availableGeometry()
    out = {}
    for code in ("ja", "en"):
        lang = LanguageManager(app, code)
        window = MainWindow(session, lang, FakePrompts())
        window.show()
        app.processEvents()
        def bottom(w):
            return w.mapToGlobal(w.rect().bottomRight()).y()
        out[code] = {
            "screen_bottom": screen.bottom(),
            "window_bottom": window.geometry().bottom(),
            "nav_bar_bottom": bottom(window.page.nav_bar),
            "nav_bar_visible": window.page.nav_bar.isVisible(),
            "progress_bottom": bottom(window.progress),
            "progress_visible": window.progress.isVisible(),
            "window_right": window.geometry().right(),
            "screen_right": screen.right(),
        }
        window.close()
    print(json.dumps(out))
    """
)


@pytest.mark.parametrize("size", ["1366x768", "1280x720"])
def test_previous_next_and_progress_are_on_an_office_screen(size, tmp_path):
    """Started on a laptop screen, the Previous/Next bar and the progress bar are above its edge."""
    width, height = (int(n) for n in size.split("x"))
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", LANG="C.UTF-8", PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, "-c", _ON_SCREEN, str(tmp_path / "demo")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    for code in ("ja", "en"):
        seen = result[code]
        assert seen["screen_bottom"] == height - 1  # the screen asked for
        assert seen["nav_bar_visible"] and seen["progress_visible"]
        assert seen["window_bottom"] <= seen["screen_bottom"], (code, seen)
        assert seen["nav_bar_bottom"] <= seen["screen_bottom"], (code, seen)
        assert seen["progress_bottom"] <= seen["screen_bottom"], (code, seen)
        assert seen["window_right"] <= seen["screen_right"], (code, seen)


def _remembered_start(tmp_path: Path, window_settings: dict[str, object] | None = None) -> Path:
    if not (tmp_path / "demo").exists():
        run(["demo", str(tmp_path / "demo")])
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    settings = {"lang": "ja", "last_workspace": str(tmp_path / "demo")}
    if window_settings is not None:
        settings["window"] = window_settings
    (data / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    return data


def _start(qtbot, data: Path, lang: LanguageManager):  # -> MainWindow
    _splash, controller = start_app(qtbot, data, lang)
    return main_window_of(qtbot, controller)


def test_maximised_window_is_maximised_next_time(tmp_path, qtbot):
    app = QApplication.instance()
    lang = LanguageManager(app, "ja")
    try:
        data = _remembered_start(tmp_path)
        window = _start(qtbot, data, lang)
        assert not window.isMaximized()
        window.showMaximized()
        qtbot.waitUntil(window.isMaximized)
        window.close()
        app._fsadesk_controller = None
        assert AppSettings.load(data).window["maximised"] is True

        again = _start(qtbot, data, lang)
        qtbot.waitUntil(again.isMaximized)
        again.close()
        app._fsadesk_controller = None
        assert AppSettings.load(data).window["maximised"] is True
    finally:
        lang.set_language("en")


def test_size_and_position_come_back(tmp_path, qtbot):
    app = QApplication.instance()
    lang = LanguageManager(app, "ja")
    try:
        data = _remembered_start(tmp_path)
        window = _start(qtbot, data, lang)
        window.setGeometry(QRect(30, 50, 700, 500))
        window.close()
        app._fsadesk_controller = None
        again = _start(qtbot, data, lang)
        assert again.geometry() == QRect(30, 50, 700, 500)
        assert not again.isMaximized()
        again.close()
        app._fsadesk_controller = None
    finally:
        lang.set_language("en")


def test_remembered_window_too_big_for_this_screen_is_made_to_fit(tmp_path, qtbot):
    """A window remembered from a large monitor opens on this (800×800 test) screen, whole."""
    app = QApplication.instance()
    lang = LanguageManager(app, "ja")
    try:
        data = _remembered_start(tmp_path, {"x": 1500, "y": 900, "width": 1900, "height": 1100, "maximised": False})
        window = _start(qtbot, data, lang)
        screen = window.screen().availableGeometry()
        assert _fits_with_frame(window.geometry(), screen), (window.geometry(), screen)
        window.close()
        app._fsadesk_controller = None
    finally:
        lang.set_language("en")

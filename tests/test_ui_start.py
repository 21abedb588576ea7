"""The app starts: a window with Japanese text rendered in the bundled font."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from fsadesk.ui.app import PlaceholderWindow, install_qt_translations, load_japanese_font


def test_window_shows_japanese(qtbot):
    """The first window opens with Japanese text, and IPAexGothic is loaded for it."""
    app = QApplication.instance()
    family = load_japanese_font(app)
    assert family is not None and "IPAex" in family
    assert family in QFontDatabase.families()
    window = PlaceholderWindow("ja")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "自己評価" in window.message.text()
    assert window.message.isVisible()


def test_qt_buttons_translated(qtbot):
    """Qt's own strings come in Japanese (QWizard's 次へ), loaded explicitly."""
    app = QApplication.instance()
    translators = install_qt_translations(app, "ja")
    assert translators, "qtbase_ja.qm not found in the PySide6 wheel"
    assert app.translate("QWizard", "&Next") != "&Next"
    for tr in translators:
        app.removeTranslator(tr)

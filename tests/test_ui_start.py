"""The app starts: a window with Japanese text rendered in the bundled font."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from fsadesk.ui.app import install_qt_translations, load_japanese_font


def test_japanese_font_is_bundled(qtbot):
    """IPAexGothic is loaded from resources/ and becomes a fallback family of the app font."""
    app = QApplication.instance()
    family = load_japanese_font(app)
    assert family is not None and "IPAex" in family
    assert family in QFontDatabase.families()
    assert family in app.font().families()


def test_qt_buttons_translated(qtbot):
    """Qt's own strings come in Japanese (QWizard's 次へ), loaded explicitly."""
    app = QApplication.instance()
    translators = install_qt_translations(app, "ja")
    assert translators, "qtbase_ja.qm not found in the PySide6 wheel"
    assert app.translate("QWizard", "&Next") != "&Next"
    for tr in translators:
        app.removeTranslator(tr)

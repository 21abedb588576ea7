"""The app starts: a window with Japanese text rendered in the bundled font."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel

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


# What start-up sets by name rather than through Qt's namespace (fsadesk.ui.by_name): the windows
# must look and behave as with the enums named. The tests name Qt freely; the app does not.


def test_status_dots_are_the_pixels_drawellipse_draws(qtbot):
    """The tree's and legend's status dots, drawn without naming Qt's namespace, are pixel for pixel
    the dots QPainter.drawEllipse made with the same pen and brush."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPainter, QPixmap

    from fsadesk.assessment.answers import Status
    from fsadesk.ui.status_style import COLOURS, ICON_SIZE, status_icon

    for status in Status:
        expected = QPixmap(ICON_SIZE, ICON_SIZE)
        expected.fill(Qt.GlobalColor.transparent)
        painter = QPainter(expected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#555555"))
        painter.setBrush(QColor(COLOURS[status]))
        painter.drawEllipse(1, 1, 12, 12)
        painter.end()
        drawn = status_icon(status).pixmap(ICON_SIZE, ICON_SIZE).toImage()
        assert drawn == expected.toImage(), status


def test_set_by_name_refuses_a_misspelt_value(qtbot):
    """Qt ignores an unknown enum name in silence; set_by_name says so at once."""
    import pytest
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton

    from fsadesk.ui.by_name import set_by_name

    button = QToolButton()
    qtbot.addWidget(button)
    set_by_name(button, "arrowType", "DownArrow")
    assert button.arrowType() == Qt.ArrowType.DownArrow
    with pytest.raises(ValueError, match="arrowType"):
        set_by_name(button, "arrowType", "DownwardArrow")


def test_main_window_keeps_what_is_set_by_name(tmp_path, qtbot, catalogue):
    """Toolbar text, the splitter's direction, the expanders' arrows, selectable and rich text on
    the item page, and answer keys that work anywhere in the window, as when Qt's enums were named."""
    from PySide6.QtCore import Qt

    from fsadesk.ui.i18n import LanguageManager
    from fsadesk.ui.main_window import MainWindow
    from fsadesk.ui.prompts import QtPrompts
    from tests.qt_helpers import demo_session

    lang = LanguageManager(QApplication.instance(), "ja")
    try:
        window = MainWindow(demo_session(tmp_path / "demo", catalogue), lang, QtPrompts())
        qtbot.addWidget(window)
        window.show()
        page = window.page
        assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
        assert window.splitter.orientation() == Qt.Orientation.Horizontal
        assert page.explanation.toggle.arrowType() == Qt.ArrowType.DownArrow
        assert page.explanation.toggle.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        assert page.evidence_examples.toggle.arrowType() == Qt.ArrowType.RightArrow
        page.evidence_examples.toggle.click()
        assert page.evidence_examples.toggle.arrowType() == Qt.ArrowType.DownArrow
        assert page.title.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
        assert page.badges.textFormat() == Qt.TextFormat.RichText
        from PySide6.QtGui import QShortcut

        keys = [s for s in page.findChildren(QShortcut) if s.key().toString().startswith("Ctrl+")]
        assert len(keys) == 6 and all(s.context() == Qt.ShortcutContext.WindowShortcut for s in keys)
        from PySide6.QtGui import QKeySequence

        assert window.act_open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
        assert window.act_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
        assert window.act_redo.shortcuts()[0].toString() == "Ctrl+Shift+Z"
        assert window.act_list.shortcut().toString() == "Ctrl+L"
        window.close()
    finally:
        lang.set_language("en")


def test_start_window_centres_its_texts(qtbot):
    """The start window's title and message sit in the middle, an odd pixel to the right as
    Qt's centring puts it, without naming Qt.AlignmentFlag."""
    from fsadesk.ui.app import StartWindow

    splash = StartWindow()
    qtbot.addWidget(splash)
    splash.show()
    qtbot.waitExposed(splash)
    for label in splash.findChildren(QLabel):
        spare = splash.width() - label.width()
        assert label.width() == label.sizeHint().width()
        assert label.x() == spare // 2, (label.text(), label.x(), spare)

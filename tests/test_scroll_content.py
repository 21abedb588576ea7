"""Scrolling pages are as tall as their wrapped text: no empty band after the last question of
the set-up or after the item page's last field; the item page's Previous / Next always in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from fsadesk.ui.app import load_japanese_font
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.main_window import MainWindow
from fsadesk.ui.scroll_content import ScrollContent
from fsadesk.ui.setup_pages import QuestionBox
from tests.qt_helpers import demo_session


@pytest.fixture
def lang_ja():
    app = QApplication.instance()
    load_japanese_font(app)
    manager = LanguageManager(app, "ja")
    yield manager
    manager.set_language("en")


def _bottom(widget: QWidget, within: QWidget) -> int:
    return widget.mapTo(within, QPoint(0, widget.height())).y()


def _questions_in_scroll_area(qtbot, content: QWidget) -> tuple[QScrollArea, QWidget]:
    """Ten wrapped Japanese questions, as on the set-up's applicability page."""
    layout = QVBoxLayout(content)
    last = QWidget()
    for n in range(10):
        box = QuestionBox(n + 1)  # the set-up's own question widget: number, question, help, yes/no
        box.question.setText("経済安全保障推進法の「特定社会基盤事業者」に指定されていますか。" * 2)
        box.help.setText("指定を受けていれば国から通知があります。分からない場合は中央機関に確認してください。" * 2)
        layout.addWidget(box)
        last = box
    layout.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(content)
    area.resize(700, 400)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area, last


def test_wrapped_questions_leave_no_empty_band(qtbot, lang_ja):
    """A plain widget gets an empty band after the last question (Qt sizes it by a narrow-width
    estimate); ScrollContent ends where the last question ends."""
    area, last = _questions_in_scroll_area(qtbot, QWidget())
    plain_band = area.widget().height() - _bottom(last, area.widget())
    area, last = _questions_in_scroll_area(qtbot, ScrollContent())
    body = area.widget()
    qtbot.waitUntil(lambda: body.height() - _bottom(last, body) < 40, timeout=2000)
    assert body.height() > area.viewport().height()  # it does scroll
    assert plain_band > 100  # the problem this guards against is real here


def test_item_page_ends_at_its_last_field_and_keeps_next_in_view(qtbot, catalogue, lang_ja, tmp_path):
    session = demo_session(tmp_path / "demo", catalogue)
    window = MainWindow(session, lang_ja, prompts=None)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tall = 0
    for item in session.items[:30]:
        window.go_to(item.id)
        QApplication.processEvents()
        page = window.page
        if page.height() <= window.item_scroll.viewport().height():
            continue  # fits on screen: the space below is the viewport's, not the page's
        tall += 1
        # once laid out (a moment of the event loop), the page ends with its last field
        qtbot.waitUntil(lambda p=page: p.height() - _bottom(p.review, p) < 40, timeout=2000)
        # and Next is on screen without scrolling
        assert window.item_scroll.verticalScrollBar().value() == 0
        assert not page.next_button.visibleRegion().isEmpty()
    assert tall  # some pages were long enough to scroll
    window.close()

"""Rough edges of the main window met in the walkthrough (#11 point 8): the status bar's word
on saving, Alt+letter onto a field below the fold."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fsadesk.assessment.answers import Status
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.ui.i18n import LanguageManager
from tests.test_main_window import _open

NOT_SAVED = {"ja": "まだ保存されていません", "en": "Not saved yet"}


@pytest.fixture(params=["ja", "en"])
def lang(request):
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")  # removes the translators: later tests start from plain Qt


@pytest.fixture
def demo(tmp_path) -> Path:
    run(["demo", str(tmp_path / "demo")])
    return tmp_path / "demo"


def _answered(window, status: Status) -> str:
    item = next(it.id for it in window.session.items if window.session.answer(it.id).status is status)
    assert window.go_to(item)
    return item


def test_not_saved_warning_goes_once_the_reason_is_no_longer_needed(demo, catalogue, lang, qtbot):
    """N/A without a reason says "not saved"; going back to the stored answer needs no reason,
    so the status bar must stop saying something is unsaved (it kept saying so)."""
    window = _open(demo, catalogue, lang, qtbot)
    item = _answered(window, Status.IMPLEMENTED)
    qtbot.mouseClick(window.page.status_buttons[Status.NOT_APPLICABLE], Qt.MouseButton.LeftButton)
    assert window.saved_label.text().startswith(NOT_SAVED[lang.lang])
    qtbot.mouseClick(window.page.status_buttons[Status.IMPLEMENTED], Qt.MouseButton.LeftButton)
    assert not window.page.message.isVisible()
    assert NOT_SAVED[lang.lang] not in window.saved_label.text()
    assert window.saved_label.text().startswith("✓")
    with open_workspace(demo) as ws:
        assert ws.answers.get(ws.cycles.latest().id, item).status is Status.IMPLEMENTED  # nothing changed
    window.close()


def _in_view(window, field) -> bool:
    """The field's top edge is in the scroll area's viewport, with most of the field below it."""
    viewport = window.item_scroll.viewport()
    top_left = field.mapTo(viewport, field.rect().topLeft())
    return viewport.rect().contains(top_left) and field.visibleRegion().boundingRect().height() >= field.height() // 2


@pytest.mark.parametrize(
    ("field_name", "letter"),
    [("evidence", Qt.Key.Key_D), ("notes", Qt.Key.Key_N)],
)
def test_alt_letter_scrolls_the_field_into_view(demo, catalogue, lang, qtbot, field_name, letter):
    """On a short window the field is below the fold; Alt+its letter puts the keyboard there and
    the page scrolls it into view (it used to stay out of sight, typing into nowhere visible)."""
    window = _open(demo, catalogue, lang, qtbot)
    window.resize(760, 420)
    _answered(window, Status.IMPLEMENTED)
    qtbot.waitUntil(lambda: window.item_scroll.verticalScrollBar().maximum() > 0)
    field = getattr(window.page, field_name)
    window.item_scroll.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    assert not _in_view(window, field)  # the test means something only if it starts out of view
    qtbot.keyClick(QApplication.focusWidget(), letter, modifier=Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is field
    qtbot.waitUntil(lambda: _in_view(window, field), timeout=2000)
    window.close()


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_summary_figure_captions_are_not_broken_mid_word(demo, catalogue, lang, qtbot, size):
    """The captions over the three figures keep each of their lines whole (基本的な対応事項 came
    out as 基本的な対応事 / 項の / 実施率), on the screens offices have, in both languages."""
    window = _open(demo, catalogue, lang, qtbot)
    window.resize(*size)
    window.show_summary(True)
    summary = window._summary
    qtbot.waitUntil(lambda: summary is not None and summary.isVisible())
    QApplication.processEvents()
    for caption in (summary.basic_caption, summary.desirable_caption, summary.gaps_caption):
        metrics = caption.fontMetrics()
        lines = caption.text().split("\n")
        assert len(lines) == 2, caption.text()  # the translation breaks it where it reads right
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        assert caption.contentsRect().width() >= widest, (caption.text(), caption.width(), widest)
        assert caption.height() <= metrics.lineSpacing() * len(lines) + metrics.leading() + 8
    window.close()


@pytest.mark.parametrize("size", [(1264, 680), (1350, 728)])
def test_summary_chart_names_every_domain_in_full(demo, catalogue, lang, qtbot, size):
    """Left of the bars, each domain's name is written out (a too-short chart showed only "…"):
    the writing left of the plot area spans more than an ellipsis' width."""
    window = _open(demo, catalogue, lang, qtbot)
    window.resize(*size)
    window.show_summary(True)
    summary = window._summary
    qtbot.waitUntil(lambda: summary is not None and summary.isVisible())
    QApplication.processEvents()
    picture = summary.chart_view.grab().toImage()
    left = int(summary.chart.mapToScene(summary.chart.plotArea().topLeft()).x()) - 6
    written = [x for x in range(left) for y in range(picture.height()) if picture.pixelColor(x, y).lightness() < 110]
    assert written and max(written) - min(written) > 3 * summary.fontMetrics().horizontalAdvance("…"), written
    window.close()

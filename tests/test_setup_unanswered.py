"""The set-up wizard's "a question is still unanswered" points to that question (#11 point 8):
it names it, scrolls to it and puts the keyboard on it, however far the user has scrolled."""

from __future__ import annotations

import pytest

from fsadesk.ui.setup_pages import ApplicabilityPage
from tests.test_setup_wizard import NEXT, answer, lang_manager, make_wizard, press, to_applicability

__all__ = ["lang_manager"]  # the fixture, used by name below

NAMES = {"ja": "質問{n}", "en": "Question {n}"}


def _in_view(page: ApplicabilityPage, qid: str) -> bool:
    viewport = page.scroll_area.viewport()
    box = page.boxes[qid]
    top = box.mapTo(viewport, box.rect().topLeft()).y()
    bottom = box.mapTo(viewport, box.rect().bottomLeft()).y()
    return top >= 0 and bottom <= viewport.height()


@pytest.mark.parametrize("code", ["ja", "en"])
def test_skipped_question_is_named_shown_and_focused(qtbot, catalogue, lang_manager, isolated_data_dir, code):
    lang_manager.set_language(code)
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir)
    wizard.resize(760, 560)  # a laptop-sized wizard: the questions do not all fit
    page = to_applicability(qtbot, wizard)
    ids = [q.id for q in catalogue.questions]
    skipped_number = 2
    skipped = ids[skipped_number - 1]
    answer(qtbot, page, {qid: False for qid in ids if qid != skipped})
    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out
    bar.setValue(bar.maximum())  # the user is at the end of the list, where Next is
    assert bar.maximum() > 0 and not _in_view(page, skipped)  # else the test proves nothing
    press(qtbot, wizard, NEXT)
    assert wizard.currentPage() is page
    qtbot.waitUntil(lambda: _in_view(page, skipped), timeout=2000)
    assert page.focusWidget() is page.boxes[skipped].yes
    text = page.message.text()
    assert NAMES[code].format(n=skipped_number) in text, text  # which question, by its number on the page

"""The assessment session the UI drives: save-through, undo/redo, navigation, filters, search."""

from __future__ import annotations

import pytest

from fsadesk.app.answering import AssessmentSession, Filter
from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.demo import DEMO_PROFILE
from fsadesk.store import create_workspace, open_workspace
from fsadesk.store.errors import AnswerRejected
from tests.qt_helpers import store_of


@pytest.fixture
def session(tmp_path, catalogue):
    ws = create_workspace(tmp_path / "ws")
    ws.institution.save(DEMO_PROFILE)
    cycle = ws.cycles.create("2026年度", 2026, catalogue)
    yield AssessmentSession(ws, catalogue, cycle.id, user="tester")
    ws.close()


def test_set_answer_is_saved_before_returning(session, tmp_path, catalogue):
    """An answer set through the session is in the database as soon as the call returns."""
    first = session.items[0].id
    session.set_answer(Answer(first, Status.IMPLEMENTED, notes="済"))
    with open_workspace(tmp_path / "ws") as other:  # a second connection sees it
        assert other.answers.load(session.cycle.id)[first].notes == "済"


def test_undo_and_redo(session):
    """Undo puts back the previous answer (and saves it); redo re-applies the edit."""
    item = session.items[0].id
    session.set_answer(Answer(item, Status.PARTIAL))
    session.set_answer(Answer(item, Status.IMPLEMENTED))
    assert session.undo() == item
    assert session.answer(item).status is Status.PARTIAL
    assert store_of(session).answers.get(session.cycle.id, item).status is Status.PARTIAL
    assert session.undo() == item
    assert session.answer(item).status is Status.UNANSWERED
    assert not session.can_undo
    assert session.redo() == item and session.answer(item).status is Status.PARTIAL
    session.set_answer(Answer(item, Status.NOT_IMPLEMENTED))
    assert not session.can_redo  # a new edit clears redo


def test_rejected_answer_changes_nothing(session):
    """N/A without a reason is refused; the stored answer and the undo stack stay as they were."""
    item = session.items[0].id
    with pytest.raises(AnswerRejected):
        session.set_answer(Answer(item, Status.NOT_APPLICABLE))
    assert session.answer(item).status is Status.UNANSWERED
    assert not session.can_undo


def test_navigation_and_next_unanswered(session):
    """Next/previous walk the applicable items; 'next unanswered' skips answered ones and wraps."""
    ids = [it.id for it in session.items]
    assert session.neighbour(ids[0], 1) == ids[1]
    assert session.neighbour(ids[0], -1) is None
    session.set_answer(Answer(ids[1], Status.IMPLEMENTED))
    assert session.next_unanswered(ids[0]) == ids[2]
    assert session.next_unanswered(ids[-1]) == ids[0]


def test_resume_position(session, tmp_path, catalogue):
    """The remembered item comes back in a new session on the same workspace."""
    target = session.items[10].id
    session.remember_position(target)
    with open_workspace(tmp_path / "ws") as ws:
        assert AssessmentSession(ws, catalogue, session.cycle.id).resume_item() == target


def test_filters(session):
    """Each filter selects what its name says."""
    a, b, c = (it.id for it in session.items[:3])
    session.set_answer(Answer(a, Status.NOT_IMPLEMENTED))
    session.set_answer(Answer(b, Status.IMPLEMENTED, marked_for_review=True))
    unanswered = {it.id for it in session.search("", Filter.UNANSWERED)}
    assert a not in unanswered and b not in unanswered and c in unanswered
    assert [it.id for it in session.search("", Filter.REVIEW)] == [b]
    assert [it.id for it in session.search("", Filter.GAPS_WITHOUT_PLAN)] == [a]
    assert all(it.is_basic for it in session.search("", Filter.BASIC))
    assert all(not it.is_basic for it in session.search("", Filter.DESIRABLE))


def test_search_both_languages(session, catalogue):
    """Search finds items by Japanese or English words and by id, and combines with filters."""
    cloud_ja = {it.id for it in session.search("クラウド")}
    cloud_en = {it.id for it in session.search("cloud")}
    assert "2.3.4.5-B1" in cloud_ja and "2.3.4.5-B1" in cloud_en
    assert [it.id for it in session.search("2.3.1-B5")] == ["2.3.1-B5"]
    hits = session.search("MFA remote")
    assert hits
    assert all("mfa" in (it.title.en + it.requirement.en + it.explanation.en).casefold() for it in hits)
    assert session.search("zzzz-nothing") == []


def test_progress_per_node(session):
    """Progress counts answered over applicable items under a node."""
    first = session.items[0]
    answered, total = session.progress("2.1")
    assert answered == 0 and total > 0
    session.set_answer(Answer(first.id, Status.IMPLEMENTED))
    assert session.progress("2.1") == (1, total)
    assert session.progress()[0] == 1


def test_search_finds_a_section_by_its_name(session, catalogue):
    """Searching 検知 (or "detect") lists every applicable item of 2.4 Detect, not only the items
    whose own text has the word."""
    detect = [it.id for it in session.items if catalogue.domain_of(it.node) == "2.4"]
    assert detect
    for word in ("検知", catalogue.node("2.4").title.en.split()[0]):
        found = {it.id for it in session.search(word)}
        assert set(detect) <= found, word

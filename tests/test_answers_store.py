"""Saving answers: every status round-trips, history is written and cannot be rewritten."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, RiskAcceptance, Status
from fsadesk.store import create_workspace, open_workspace
from fsadesk.store.errors import AnswerRejected


@pytest.fixture
def ws_cycle(tmp_path, catalogue):
    ws = create_workspace(tmp_path / "ws")
    cycle = ws.cycles.create("2026年度", 2026, catalogue)
    yield ws, cycle.id
    ws.close()


FULL = {
    Status.IMPLEMENTED: Answer("2.1.1-B1", Status.IMPLEMENTED, notes="理事会で決議", evidence="議事録 2026-04"),
    Status.PARTIAL: Answer(
        "2.1.1-B1",
        Status.PARTIAL,
        notes="本部のみ",
        plan=RemediationPlan("総務部", dt.date(2027, 3, 31), Priority.HIGH),
    ),
    Status.NOT_IMPLEMENTED: Answer(
        "2.1.1-B1",
        Status.NOT_IMPLEMENTED,
        acceptance=RiskAcceptance("理事長", "影響が限定的", dt.date(2026, 6, 20)),
    ),
    Status.ALTERNATIVE: Answer("2.1.1-B1", Status.ALTERNATIVE, justification="共同センターの監視で代替"),
    Status.NOT_APPLICABLE: Answer("2.1.1-B1", Status.NOT_APPLICABLE, justification="該当業務なし"),
    Status.UNANSWERED: Answer("2.1.1-B1", Status.UNANSWERED, notes="確認中", marked_for_review=True),
}


@pytest.mark.parametrize("status", list(Status), ids=lambda s: s.value)
def test_every_status_round_trips(tmp_path, catalogue, status):
    """Each of the six statuses, with its notes, plan or acceptance, reads back exactly after reopening."""
    folder = tmp_path / "ws"
    with create_workspace(folder) as ws:
        cycle = ws.cycles.create("2026年度", 2026, catalogue)
        assert ws.answers.save(cycle.id, FULL[status], by="suzuki") is True
    with open_workspace(folder) as ws:
        assert ws.answers.load(cycle.id)["2.1.1-B1"] == FULL[status]


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        (Answer("2.1.1-B1", Status.NOT_APPLICABLE), "na_needs_reason"),
        (Answer("2.1.1-B1", Status.NOT_APPLICABLE, justification="   "), "na_needs_reason"),
        (Answer("2.1.1-B1", Status.ALTERNATIVE), "alternative_needs_justification"),
    ],
)
def test_required_justification_blocks_saving(ws_cycle, answer, problem):
    """Not applicable without a reason, or Alternative without a justification, is refused and not stored."""
    ws, cycle_id = ws_cycle
    with pytest.raises(AnswerRejected) as info:
        ws.answers.save(cycle_id, answer)
    assert info.value.problems == [problem]
    assert ws.answers.load(cycle_id) == {}
    assert ws.answers.history(cycle_id) == []


def test_half_typed_plan_is_kept_but_gap_stays_open(ws_cycle):
    """A plan with an owner but no date yet is saved as typed, and still counts as an open gap."""
    ws, cycle_id = ws_cycle
    answer = Answer("2.1.1-B1", Status.NOT_IMPLEMENTED, plan=RemediationPlan("総務部", None))
    ws.answers.save(cycle_id, answer)
    stored = ws.answers.load(cycle_id)["2.1.1-B1"]
    assert stored.plan == RemediationPlan("総務部", None)
    assert stored.is_gap and not stored.is_addressed_gap
    assert [w.value for w in stored.warnings()] == ["plan_incomplete"]


def test_history_records_old_new_when_and_who(ws_cycle):
    """Each real change adds one history row with the old and new answer, the time and the user."""
    ws, cycle_id = ws_cycle
    first = Answer("2.2.3-B1", Status.PARTIAL, notes="手順書は作成中")
    second = Answer("2.2.3-B1", Status.IMPLEMENTED, notes="手順書を制定")
    ws.answers.save(cycle_id, first, by="sato")
    ws.answers.save(cycle_id, second, by="kato")
    history = ws.answers.history(cycle_id, "2.2.3-B1")
    assert [(h.old, h.new, h.changed_by) for h in history] == [(None, first, "sato"), (first, second, "kato")]
    assert history[0].changed_at <= history[1].changed_at
    assert dt.datetime.fromisoformat(history[1].changed_at).tzinfo is not None


def test_saving_the_same_answer_writes_nothing(ws_cycle):
    """An unchanged answer is not written again and adds no history row."""
    ws, cycle_id = ws_cycle
    a = Answer("2.1.1-B1", Status.IMPLEMENTED)
    assert ws.answers.save(cycle_id, a) is True
    assert ws.answers.save(cycle_id, a) is False
    assert ws.answers.save(cycle_id, Answer("2.1.1-B2")) is False  # blank answer for a new item
    assert len(ws.answers.history(cycle_id)) == 1


def test_history_is_append_only(ws_cycle):
    """The database itself refuses to change or delete a history row."""
    ws, cycle_id = ws_cycle
    ws.answers.save(cycle_id, Answer("2.1.1-B1", Status.IMPLEMENTED))
    with pytest.raises(DBAPIError, match="append-only"), ws.engine.begin() as c:
        c.execute(text("UPDATE answer_history SET changed_by = 'mallory'"))
    with pytest.raises(DBAPIError, match="append-only"), ws.engine.begin() as c:
        c.execute(text("DELETE FROM answer_history"))
    assert ws.answers.history(cycle_id)[0].changed_by != "mallory"


def test_orphan_answers_are_named_not_deleted(ws_cycle, catalogue):
    """Answers for item ids the catalogue no longer has are reported and kept."""
    ws, cycle_id = ws_cycle
    ws.answers.save(cycle_id, Answer("2.1.1-B1", Status.IMPLEMENTED))
    ws.answers.save(cycle_id, Answer("2.9.9-B1", Status.IMPLEMENTED))
    assert ws.answers.orphans(cycle_id, catalogue.item_ids()) == ["2.9.9-B1"]
    assert "2.9.9-B1" in ws.answers.load(cycle_id)


def test_resume_position_is_stored(ws_cycle):
    """The last item a user looked at is remembered per cycle."""
    ws, cycle_id = ws_cycle
    ws.cycles.set_last_item(cycle_id, "2.3.1-B5")
    assert ws.cycles.get(cycle_id).last_item_id == "2.3.1-B5"

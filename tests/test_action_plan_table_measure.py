"""The action-plan table says what will be done (issue #11 point 5): a column edited in place like
the owner, saved through the same path with the same limit handling; no priority for a risk that
management accepted instead of planning."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from fsadesk import limits, terms
from fsadesk.app.answering import AssessmentSession
from fsadesk.assessment.answers import Answer, RemediationPlan, RiskAcceptance, Status
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.ui.action_plan_model import ActionPlanModel, Column
from fsadesk.ui.i18n import LanguageManager
from tests.qt_helpers import store_of

LONG = "持ち出し台帳を作り、毎月点検する。" * 10


@pytest.fixture(params=["ja", "en"])
def lang(request, qapp):
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")


@pytest.fixture
def session(tmp_path, catalogue):
    assert run(["demo", str(tmp_path / "ws")]) == 0
    ws = open_workspace(tmp_path / "ws")
    yield AssessmentSession(ws, catalogue, ws.cycles.latest().id, user="tester")
    ws.close()


def _stored(session: AssessmentSession, item_id: str) -> Answer:
    with open_workspace(store_of(session).folder) as ws:
        return ws.answers.get(session.cycle.id, item_id)


def test_measure_column_is_shown_editable_and_saved(session, lang):
    model = ActionPlanModel(session, lang.lang)
    header = model.headerData(Column.MEASURE, Qt.Orientation.Horizontal)
    assert header == terms.word("plan_measure", lang.lang)  # the same word as the item page, PDF and Excel
    assert Column.MEASURE < Column.OWNER  # what, before who and when
    row = model.row_of(next(r.item_id for r in model.rows if not r.accepts_risk))
    index = model.index(row, Column.MEASURE)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, LONG + "\n二行目")
    stored = _stored(session, model.rows[row].item_id)
    assert stored.plan is not None and stored.plan.measure == LONG + "\n二行目"
    assert index.data(Qt.ItemDataRole.EditRole) == LONG + "\n二行目"
    assert "\n" not in index.data()  # one line in the cell, elided by the view
    assert LONG in index.data(Qt.ItemDataRole.ToolTipRole)


def test_measure_over_the_limit_is_refused_with_a_message(session, lang, qtbot):
    model = ActionPlanModel(session, lang.lang)
    item_id = model.rows[0].item_id
    before = _stored(session, item_id)
    with qtbot.waitSignal(model.save_failed) as said:
        assert not model.setData(model.index(0, Column.MEASURE), "対" * (limits.MEASURE.max_chars + 1))
    assert "2,000" in said.args[0]
    assert ("実施する対策" if lang.lang == "ja" else "What will be done") in said.args[0]
    assert _stored(session, item_id) == before


def test_clearing_an_empty_measure_creates_no_plan(session):
    model = ActionPlanModel(session, "en")
    row = next(i for i, r in enumerate(model.rows) if r.is_open_gap and not r.owner and r.target_date is None)
    item_id = model.rows[row].item_id
    history = len(store_of(session).answers.history(session.cycle.id, item_id))
    assert model.setData(model.index(row, Column.MEASURE), "   ")
    assert session.answer(item_id).plan is None
    assert len(store_of(session).answers.history(session.cycle.id, item_id)) == history


def test_accepted_risk_has_no_priority_to_show_or_edit(session, lang):
    model = ActionPlanModel(session, lang.lang)
    accepted = next(r for r in model.rows if r.has_acceptance)
    assert accepted.accepts_risk
    row = model.row_of(accepted.item_id)
    index = model.index(row, Column.PRIORITY)
    assert index.data() == ""
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "high")
    assert _stored(session, accepted.item_id).plan is None
    # A planned row still has its priority.
    planned = next(r for r in model.rows if r.has_plan)
    assert model.index(model.row_of(planned.item_id), Column.PRIORITY).data()
    assert model.flags(model.index(model.row_of(planned.item_id), Column.PRIORITY)) & Qt.ItemFlag.ItemIsEditable


def test_measure_is_edited_in_the_summary_table(session, lang, qtbot):
    from fsadesk.ui.summary_page import SummaryPage
    from tests.test_limits_ui import FakePrompts

    page = SummaryPage(session, lang, FakePrompts())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    em = page.table.fontMetrics().horizontalAdvance("M")
    assert page.table.columnWidth(Column.MEASURE) >= 15 * em  # wide enough to read
    item_id = page.model.rows[0].item_id
    index = page.proxy.mapFromSource(page.model.index(page.model.row_of(item_id), Column.MEASURE))
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.indexWidget(index)
    assert isinstance(editor, QPlainTextEdit)
    editor.selectAll()
    editor.insertPlainText("Buy a shredder")
    page.table.commitData(editor)
    page.table.closeEditor(editor, page.table.itemDelegate().EndEditHint.NoHint)
    qtbot.waitUntil(lambda: page.model.rows[page.model.row_of(item_id)].measure == "Buy a shredder")
    assert _stored(session, item_id).plan.measure == "Buy a shredder"


def test_a_planned_measure_keeps_owner_date_and_priority(session):
    model = ActionPlanModel(session, "en")
    planned = next(r for r in model.rows if r.has_plan)
    before = session.answer(planned.item_id).plan
    assert model.setData(model.index(model.row_of(planned.item_id), Column.MEASURE), "Train staff")
    after = _stored(session, planned.item_id).plan
    assert after is not None and after.measure == "Train staff"
    assert (after.owner, after.target_date, after.priority) == (before.owner, before.target_date, before.priority)


def test_accepted_risk_answer_in_session(session):
    """The rule the table follows is the item page's: an acceptance and no plan."""
    item = next(r for r in ActionPlanModel(session, "en").rows if r.is_open_gap).item_id
    session.set_answer(
        Answer(item, Status.NOT_IMPLEMENTED, acceptance=RiskAcceptance("理事長", "", dt.date(2026, 6, 1)))
    )
    model = ActionPlanModel(session, "en")
    assert model.index(model.row_of(item), Column.PRIORITY).data() == ""
    session.set_answer(Answer(item, Status.NOT_IMPLEMENTED, plan=RemediationPlan("", None, measure="x")))
    model = ActionPlanModel(session, "en")
    assert model.index(model.row_of(item), Column.PRIORITY).data() == "Medium"

"""The action plan: which rows, in which order, the CSV/XLSX exports, and the editable Qt model."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from fsadesk.app.answering import AssessmentSession
from fsadesk.assessment.action_plan import ActionRow, action_plan, sort_key
from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, Status
from fsadesk.assessment.demo import DEMO_PROFILE
from fsadesk.assessment.profile import Scope
from fsadesk.assessment.scope import applicable_items
from fsadesk.cli import run
from fsadesk.report.action_plan_export import HEADERS, export_action_plan, row_cells
from fsadesk.store import open_workspace
from fsadesk.ui.action_plan_model import ActionPlanModel, ActionPlanSortProxy, Column
from tests.qt_helpers import store_of

D = dt.date


@pytest.fixture
def demo(tmp_path, catalogue):
    path = tmp_path / "ws"
    assert run(["demo", str(path)]) == 0
    ws = open_workspace(path)
    yield AssessmentSession(ws, catalogue, ws.cycles.latest().id, user="tester")
    ws.close()


def _plan_rows(session: AssessmentSession) -> list[ActionRow]:
    return action_plan(session.catalogue, session.profile, {it.id: session.answer(it.id) for it in session.items})


def _reopened(tmp_path, session: AssessmentSession, item_id: str) -> Answer:
    with open_workspace(tmp_path / "ws") as ws:
        return ws.answers.load(session.cycle.id)[item_id]


# Rows and order --------------------------------------------------------------------------------
def test_demo_rows_are_exactly_the_gaps(demo):
    """Every applicable Partial/Not implemented answer is a row, of both tiers, and nothing else."""
    rows = _plan_rows(demo)
    expected = {it.id for it in demo.items if demo.answer(it.id).status in (Status.PARTIAL, Status.NOT_IMPLEMENTED)}
    assert {r.item_id for r in rows} == expected and len(rows) == len(expected)
    assert {r.tier for r in rows} == {"basic", "desirable"}
    assert sum(r.is_open_gap for r in rows) == demo.scores().overall.open_gaps > 0
    assert [sort_key(r) for r in rows] == sorted(sort_key(r) for r in rows)


def test_rows_carry_plan_and_acceptance(demo):
    """A row shows the plan's owner, date and priority, and the acceptance's approver and date."""
    rows = _plan_rows(demo)
    planned = next(r for r in rows if r.has_plan)
    plan = demo.answer(planned.item_id).plan
    assert (planned.owner, planned.target_date, planned.priority) == (plan.owner, plan.target_date, plan.priority)
    accepted = next(r for r in rows if r.has_acceptance)
    assert (accepted.accepted_by, accepted.accepted_on) == ("理事長", D(2026, 6, 20))
    assert not accepted.is_open_gap and accepted.priority is None


def test_order_gaps_then_priority_then_date_then_guideline(catalogue):
    """Open gaps first; then High before Medium before Low; earlier dates first, undated last; then guideline order."""
    ids = [it.id for it in applicable_items(catalogue, DEMO_PROFILE)][:7]
    gap = Status.NOT_IMPLEMENTED

    def planned(i: int, priority: Priority, day: D | None) -> Answer:
        return Answer(ids[i], gap, plan=RemediationPlan("課長", day, priority))

    answers = [
        planned(0, Priority.LOW, D(2026, 1, 1)),
        Answer(ids[1], gap),  # no plan at all
        planned(2, Priority.HIGH, None),
        planned(3, Priority.HIGH, D(2027, 3, 31)),
        planned(4, Priority.HIGH, D(2026, 9, 30)),
        planned(5, Priority.HIGH, D(2027, 3, 31)),
        Answer(ids[6], Status.IMPLEMENTED),  # not a gap: not listed
    ]
    rows = action_plan(catalogue, DEMO_PROFILE, {a.item_id: a for a in answers})
    # ids[2] has a plan without a date: still an open gap, and High, so it leads.
    assert [r.item_id for r in rows] == [ids[2], ids[1], ids[4], ids[3], ids[5], ids[0]]


def test_items_that_do_not_apply_are_left_out(catalogue):
    """A gap on an item outside the profile's scope (desirable, basic-only profile) is not listed."""
    basic_only = replace(DEMO_PROFILE, scope=Scope.BASIC)
    desirable = next(it for it in catalogue.items if not it.is_basic)
    basic = next(it for it in catalogue.items if it.is_basic and not it.applies_if)
    answers = {i: Answer(i, Status.PARTIAL) for i in (desirable.id, basic.id)}
    assert [r.item_id for r in action_plan(catalogue, basic_only, answers)] == [basic.id]
    assert {r.item_id for r in action_plan(catalogue, DEMO_PROFILE, answers)} == {basic.id, desirable.id}


# Export ----------------------------------------------------------------------------------------
def test_csv_export_matches_rows(demo, tmp_path):
    """The CSV starts with a BOM, has the Japanese header, and one line per row with its cells."""
    rows = _plan_rows(demo)
    out = tmp_path / "plan.csv"
    assert export_action_plan(rows, "ja", "csv", out) == len(rows)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert tuple(lines[0]) == HEADERS["ja"]
    expected = [[v.isoformat() if isinstance(v, D) else v for v in row_cells(r, "ja")] for r in rows]
    assert lines[1:] == expected
    first = rows[0]
    assert lines[1][0] == first.item_id and lines[1][2] == f"{first.label} {first.title.ja}"


def test_csv_keeps_typed_formulas_as_text(catalogue, tmp_path):
    """An owner typed as '=…' gets a leading apostrophe so Excel does not run it."""
    item = applicable_items(catalogue, DEMO_PROFILE)[0]
    answer = Answer(item.id, Status.PARTIAL, plan=RemediationPlan("=HYPERLINK(1)", None))
    rows = action_plan(catalogue, DEMO_PROFILE, {item.id: answer})
    export_action_plan(rows, "en", "csv", tmp_path / "p.csv")
    with (tmp_path / "p.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh))[1][HEADERS["en"].index("Owner")] == "'=HYPERLINK(1)"


def test_xlsx_export_matches_rows(demo, tmp_path):
    """The workbook names institution and cycle above a bold, frozen, filtered header and holds the rows."""
    rows = _plan_rows(demo)
    out = tmp_path / "plan.xlsx"
    count = export_action_plan(
        rows, "en", "xlsx", out, institution="みなと信用組合", cycle="2026年度", prepared_on=D(2026, 11, 1)
    )
    assert count == len(rows)
    ws = load_workbook(out).active
    assert ws.title == "Action plan"
    assert "みなと信用組合" in ws["A1"].value and "2026年度" in ws["A1"].value and "2026-11-01" in ws["A1"].value
    header = [c.value for c in ws[3]]
    assert tuple(header) == HEADERS["en"] and all(c.font.bold for c in ws[3])
    assert ws.freeze_panes == "B4"
    assert ws.auto_filter.ref == f"A3:K{3 + len(rows)}"
    assert ws.column_dimensions["C"].width >= 40 and ws["C4"].alignment.wrap_text
    for line, row in zip(ws.iter_rows(min_row=4, values_only=True), rows, strict=True):
        cells = [v.date() if isinstance(v, dt.datetime) else (v or "") for v in line]
        assert cells == row_cells(row, "en")
    assert ws.max_row == 3 + len(rows)


def test_xlsx_is_deterministic(demo, tmp_path):
    """The same rows and date give the same bytes, so re-exports do not look changed."""
    rows = _plan_rows(demo)
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for out in (a, b):
        export_action_plan(rows, "ja", "xlsx", out, institution="X", prepared_on=D(2026, 11, 1))
    assert a.read_bytes() == b.read_bytes()


def test_unknown_format_is_refused(tmp_path):
    """Only csv and xlsx are written."""
    with pytest.raises(ValueError, match="pdf"):
        export_action_plan([], "ja", "pdf", tmp_path / "x.pdf")  # type: ignore[arg-type]


# The Qt model ----------------------------------------------------------------------------------
def test_model_passes_qt_model_tester(demo, qapp, qtmodeltester):
    """The table model keeps Qt's model contract (rows, columns, roles, parents)."""
    model = ActionPlanModel(demo, "ja")
    qtmodeltester.check(model)


def test_model_shows_rows_in_the_chosen_language(demo):
    """Titles and statuses follow set_lang; only what will be done, owner, target date and priority
    are editable."""
    model = ActionPlanModel(demo, "ja")
    rows = model.rows
    assert model.rowCount() == len(rows) == len(_plan_rows(demo))
    title = model.index(0, Column.TITLE)
    assert title.data() == f"{rows[0].label} {rows[0].title.ja}"
    model.set_lang("en")
    assert title.data() == f"{rows[0].label} {rows[0].title.en}"
    assert model.headerData(Column.TARGET_DATE, Qt.Orientation.Horizontal) == "Target date"
    editable = {c for c in Column if model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable}
    assert editable == {Column.MEASURE, Column.OWNER, Column.TARGET_DATE, Column.PRIORITY}


def test_editing_owner_saves_it(demo, tmp_path):
    """An owner typed into the model is saved through the session and is there after reopening."""
    model = ActionPlanModel(demo, "en")
    row = model.row_of(model.rows[0].item_id)
    item_id = model.rows[row].item_id
    assert model.setData(model.index(row, Column.OWNER), "  情報システム課   佐藤 ")
    assert model.index(row, Column.OWNER).data() == "情報システム課 佐藤"
    assert _reopened(tmp_path, demo, item_id).plan.owner == "情報システム課 佐藤"


def test_owner_and_date_close_an_open_gap(demo, tmp_path):
    """Owner plus target date make a complete plan: the row is no longer an open gap, nor is the score."""
    model = ActionPlanModel(demo, "en")
    gap = next(r for r in model.rows if r.is_open_gap)
    before = demo.scores().overall.open_gaps
    row = model.row_of(gap.item_id)
    assert model.setData(model.index(row, Column.OWNER), "総務部")
    assert model.rows[row].is_open_gap  # half a plan does not close it
    assert model.setData(model.index(row, Column.TARGET_DATE), QDate(2027, 3, 31))
    assert not model.rows[row].is_open_gap
    assert demo.scores().overall.open_gaps == before - 1
    assert _reopened(tmp_path, demo, gap.item_id).plan == RemediationPlan("総務部", D(2027, 3, 31))


@pytest.mark.parametrize(
    ("column", "value"),
    [
        (Column.TARGET_DATE, "next spring"),
        (Column.TARGET_DATE, QDate()),
        (Column.TARGET_DATE, 20270331),
        (Column.PRIORITY, "urgent"),
        (Column.PRIORITY, None),
        (Column.OWNER, 42),
        (Column.TITLE, "a new title"),
    ],
)
def test_invalid_edit_is_refused(demo, column, value):
    """A value of the wrong kind, or an edit to a read-only column, is refused and nothing is saved."""
    model = ActionPlanModel(demo, "en")
    item_id = model.rows[0].item_id
    before = demo.answer(item_id)
    history = len(store_of(demo).answers.history(demo.cycle.id, item_id))
    assert not model.setData(model.index(0, column), value)
    assert demo.answer(item_id) == before
    assert len(store_of(demo).answers.history(demo.cycle.id, item_id)) == history


def test_finalised_cycle_is_read_only(demo):
    """When the cycle is no longer open, no cell of the plan can be edited."""
    demo.cycle = replace(demo.cycle, state="final")
    model = ActionPlanModel(demo, "en")
    assert not any(model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable for c in Column)
    assert not model.setData(model.index(0, Column.OWNER), "総務部")


def test_proxy_sorts_dates_and_priorities(demo):
    """Through a sort proxy, dates sort by day (undated last); by priority, open gaps lead, then High →
    Medium → Low → none."""
    model = ActionPlanModel(demo, "en")
    rows = model.rows
    plans = {rows[0].item_id: (D(2027, 12, 1), "low"), rows[1].item_id: (D(2026, 4, 2), "medium")}
    for item_id, (day, priority) in plans.items():
        row = model.row_of(item_id)
        assert model.setData(model.index(row, Column.TARGET_DATE), QDate(day))
        assert model.setData(model.index(row, Column.PRIORITY), priority)
    proxy = ActionPlanSortProxy(model)

    def ordered() -> list[ActionRow]:
        return [model.rows[proxy.mapToSource(proxy.index(r, 0)).row()] for r in range(proxy.rowCount())]

    proxy.sort(Column.TARGET_DATE, Qt.SortOrder.AscendingOrder)
    dates = [r.target_date for r in ordered()]
    dated = [d for d in dates if d is not None]
    assert dates[0] == D(2026, 4, 2) and dated == sorted(dated) and dates[: len(dated)] == dated
    proxy.sort(Column.PRIORITY, Qt.SortOrder.AscendingOrder)
    keys = [
        (not r.is_open_gap, r.priority is None, [*Priority].index(r.priority) if r.priority else 0) for r in ordered()
    ]
    assert keys == sorted(keys)
    gaps = sum(r.is_open_gap for r in ordered())
    assert gaps and all(r.is_open_gap for r in ordered()[:gaps])
    shown = [proxy.index(r, Column.PRIORITY).data() for r in range(gaps, proxy.rowCount())]
    assert shown.index("High") < shown.index("Medium") < shown.index("Low")


def test_accepted_risk_is_shown(demo):
    """The risk acceptance column names the approver and the date."""
    model = ActionPlanModel(demo, "en")
    row = next(i for i, r in enumerate(model.rows) if r.has_acceptance)
    assert model.index(row, Column.ACCEPTANCE).data() == "理事長 (2026-06-20)"


def test_model_reports_a_refused_save(demo, monkeypatch):
    """If the database refuses the write, the edit is not shown as saved and the page is told why."""
    from fsadesk.store.answers import AnswerRepository
    from fsadesk.store.errors import DiskFull, SaveFailed

    model = ActionPlanModel(demo, "en")
    messages: list[str] = []
    model.save_failed.connect(messages.append)
    row = model.rows[0]
    failure: SaveFailed = DiskFull(store_of(demo).db_path, "database or disk is full")

    def refuse(self, *args, **kwargs):
        raise failure

    monkeypatch.setattr(AnswerRepository, "save_many", refuse)
    assert not model.setData(model.index(model.row_of(row.item_id), Column.OWNER), "Kato")
    assert messages and "The disk holding" in messages[0] and "is full" in messages[0]
    failure = SaveFailed("some failure nobody foresaw")  # no known kind: the general advice
    assert not model.setData(model.index(model.row_of(row.item_id), Column.OWNER), "Kato")
    assert "Check that the disk is not full" in messages[-1]
    assert demo.answer(row.item_id).plan is None or demo.answer(row.item_id).plan.owner != "Kato"


@pytest.mark.parametrize(("lang", "shown"), [("ja", "総務部長（2027/03/31）"), ("en", "総務部長 (2027-03-31)")])
def test_the_acceptance_date_reads_as_offices_write_it(lang, shown):
    """The risk acceptance's day in the action-plan table and the spreadsheets: 2027/03/31 in
    Japanese, as the report and the date fields show it (issue #11 point 8)."""
    from fsadesk.catalogue.model import Text
    from fsadesk.report.action_plan_export import acceptance_text

    row = ActionRow(
        "2.1.1-B1", 0, "2.1", Text("ガバナンス", "Govern"), "①", Text("方針", "Policy"), "basic",
        Status.PARTIAL, accepted_by="総務部長", accepted_on=dt.date(2027, 3, 31),
    )  # fmt: skip
    assert acceptance_text(row, lang) == shown

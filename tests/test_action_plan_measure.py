"""The action plan says what will be done (issue #11 point 5): the measure, the notes and the
risk acceptance's reason reach the Excel/CSV files; a risk accepted instead of a plan has no
priority there."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from fsadesk import terms
from fsadesk.assessment.action_plan import action_plan
from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, RiskAcceptance, Status
from fsadesk.assessment.demo import DEMO_PROFILE
from fsadesk.assessment.scope import applicable_items
from fsadesk.report.action_plan_export import HEADERS, export_action_plan

D = dt.date
MEASURE = "USBメモリの利用を禁止し、\n持ち出し台帳を作る"


def _rows(catalogue):
    ids = [it.id for it in applicable_items(catalogue, DEMO_PROFILE) if it.is_basic][:3]
    answers = [
        Answer(
            ids[0],
            Status.PARTIAL,
            notes="今は口頭で注意",
            plan=RemediationPlan("課長", D(2027, 3, 31), Priority.HIGH, MEASURE),
        ),
        Answer(
            ids[1],
            Status.NOT_IMPLEMENTED,
            notes="=cmd|' /C calc'!A0",
            acceptance=RiskAcceptance("理事長", "費用に見合わない", D(2026, 6, 20)),
        ),
        Answer(ids[2], Status.NOT_IMPLEMENTED, plan=RemediationPlan("係長", None, Priority.LOW, "+SUM(1)")),
    ]
    return ids, action_plan(catalogue, DEMO_PROFILE, {a.item_id: a for a in answers})


def _table(path, fmt):
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            lines = list(csv.reader(fh))
        return lines[0], {line[0]: dict(zip(lines[0], line, strict=True)) for line in lines[1:]}
    ws = load_workbook(path).active
    body = list(ws.iter_rows(values_only=True))
    header = [str(v) for v in body[2]]
    return header, {line[0]: dict(zip(header, line, strict=True)) for line in body[3:]}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_measure_notes_and_reason_are_in_the_file(catalogue, tmp_path, lang, fmt):
    ids, rows = _rows(catalogue)
    out = tmp_path / f"plan.{fmt}"
    export_action_plan(rows, lang, fmt, out, institution="みなと信用組合", cycle="2026年度")
    header, by_id = _table(out, fmt)
    measure = terms.word("plan_measure", lang)
    notes, reason = {"ja": ("メモ", "リスクの受容の理由"), "en": ("Notes", "Reason for accepting the risk")}[lang]
    priority = {"ja": "優先度", "en": "Priority"}[lang]
    assert {measure, notes, reason, priority} <= set(header) and list(header) == list(HEADERS[lang])
    planned, accepted, undated = by_id[ids[0]], by_id[ids[1]], by_id[ids[2]]
    assert planned[measure].replace("\r\n", "\n") == MEASURE and planned[notes] == "今は口頭で注意"
    assert planned[priority] == terms.priority_name("high", lang)
    assert accepted[reason] == "費用に見合わない" and "理事長" in accepted[header[header.index(reason) - 1]]
    assert accepted[priority] in ("", None)  # a risk accepted instead of a plan has no priority
    # Formula-looking text stays text: an apostrophe in CSV, a string cell in XLSX.
    if fmt == "csv":
        assert accepted[notes] == "'=cmd|' /C calc'!A0" and undated[measure] == "'+SUM(1)"
    else:
        assert accepted[notes] == "=cmd|' /C calc'!A0" and undated[measure] == "+SUM(1)"


def test_xlsx_with_measure_stays_deterministic(catalogue, tmp_path):
    _ids, rows = _rows(catalogue)
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for out in (a, b):
        export_action_plan(rows, "ja", "xlsx", out, institution="X", prepared_on=D(2026, 11, 1))
    assert a.read_bytes() == b.read_bytes()
    ws = load_workbook(a).active
    measure_col = HEADERS["ja"].index(terms.word("plan_measure", "ja"))
    assert ws.cell(row=3, column=measure_col + 1).value == "実施する対策"
    assert ws.column_dimensions[chr(ord("A") + measure_col)].width >= 40  # wide enough to read
    assert ws.auto_filter.ref.startswith("A3:" + chr(ord("A") + len(HEADERS["ja"]) - 1))


def test_rows_carry_measure_notes_reason_and_whether_risk_is_accepted(catalogue):
    ids, rows = _rows(catalogue)
    by_id = {r.item_id: r for r in rows}
    assert by_id[ids[0]].measure == MEASURE and by_id[ids[0]].notes == "今は口頭で注意"
    assert by_id[ids[1]].acceptance_reason == "費用に見合わない"
    assert by_id[ids[1]].accepts_risk and not by_id[ids[0]].accepts_risk and not by_id[ids[2]].accepts_risk

"""Results as Excel and CSV: every applicable item with its answer, and scores per domain."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from fsadesk.assessment.demo import DEMO_PROFILE, demo_answers
from fsadesk.assessment.scope import applicable_items
from fsadesk.assessment.scoring import score
from fsadesk.cli import run
from fsadesk.report.results_export import export_results


@pytest.fixture
def answers(catalogue):
    return {a.item_id: a for a in demo_answers(catalogue)}


def test_xlsx_has_every_item_and_the_scores(tmp_path, catalogue, answers):
    """The workbook lists each applicable item with its answer, and a Scores sheet with the overall rate."""
    out = tmp_path / "r.xlsx"
    n = export_results(catalogue, DEMO_PROFILE, answers, "en", "xlsx", out, heading="Demo")
    items = applicable_items(catalogue, DEMO_PROFILE)
    assert n == len(items)
    wb = openpyxl.load_workbook(out)
    rows = list(wb["Answers"].iter_rows(values_only=True))
    header = rows[2]
    assert header[0] == "Item" and header[6] == "Answer"
    body = {r[0]: r for r in rows[3:]}
    assert set(body) == {it.id for it in items}
    some = next(a for a in answers.values() if a.plan and a.plan.target_date)
    assert body[some.item_id][10] == some.plan.owner
    assert body[some.item_id][11].date() == some.plan.target_date
    overall = score(catalogue, DEMO_PROFILE, answers).overall
    scores = list(wb["Scores"].iter_rows(values_only=True))
    assert scores[-1][0] == "Overall" and scores[-1][4] == round(overall.basic.rate * 100, 1)


def test_csv_in_japanese_and_deterministic_xlsx(tmp_path, catalogue, answers):
    """The Japanese CSV reads back with Japanese headers and titles; two XLSX exports are identical."""
    out = tmp_path / "r.csv"
    export_results(catalogue, DEMO_PROFILE, answers, "ja", "csv", out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    first = applicable_items(catalogue, DEMO_PROFILE)[0]
    assert rows[0][:2] == ["項目", "分野"]
    assert rows[1][0] == first.id and rows[1][5] == first.title.ja
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    for path in (a, b):
        export_results(catalogue, DEMO_PROFILE, answers, "ja", "xlsx", path)
    assert a.read_bytes() == b.read_bytes()


def test_cli_results(tmp_path, capsys):
    """`fsadesk results WORKSPACE --format xlsx OUT` writes the workbook."""
    run(["demo", str(tmp_path / "d")])
    assert run(["results", str(tmp_path / "d"), "--format", "xlsx", str(tmp_path / "r.xlsx")]) == 0
    assert "Wrote" in capsys.readouterr().out
    assert openpyxl.load_workbook(tmp_path / "r.xlsx")["回答"].max_row > 100

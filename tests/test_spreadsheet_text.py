"""Spreadsheets write any text a user could paste (issue #9, defect 7): control characters,
lone surrogates, U+FFFE/U+FFFF. XLSX shows them visibly replaced; CSV keeps control characters as
typed."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt

import openpyxl
import pytest

from fsadesk.assessment.action_plan import ActionRow
from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.demo import DEMO_PROFILE
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue.model import Text
from fsadesk.report.action_plan_export import export_action_plan
from fsadesk.report.results_export import export_results
from fsadesk.spreadsheet import sheet_text

C0 = "".join(chr(c) for c in range(0x20))
PASTED = f"before{C0}\x7f\ufffe\uffff{{lone \ud800 and \udcff}}after 𠮷田"


def test_sheet_text_replaces_exactly_what_xml_cannot_hold():
    fixed = sheet_text(PASTED)
    assert fixed.startswith("before") and fixed.endswith("after 𠮷田")
    assert "␀" in fixed and "␛" in fixed and "␋" in fixed  # \x00, \x1b, \x0b as their control pictures
    assert all(c in fixed for c in "\t\n\r")  # XML holds these: kept
    assert not any(0xD800 <= ord(c) < 0xE000 for c in fixed)
    assert "\ufffe" not in fixed and "\uffff" not in fixed and fixed.count("\ufffd") == 4
    assert sheet_text("ふつうの文 plain\ttext\n") == "ふつうの文 plain\ttext\n"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_results_with_every_control_character(tmp_path, catalogue, lang):
    """A note, evidence and reason holding every C0 control character (and a broken surrogate)
    export to XLSX and CSV; the XLSX shows the rest of the text unchanged, the CSV keeps the
    control characters as typed."""
    item = applicable_items(catalogue, DEMO_PROFILE)[0]
    answer = Answer(item.id, Status.IMPLEMENTED, notes=PASTED, evidence=C0, justification="\x0b\x0c")
    profile = dataclasses.replace(DEMO_PROFILE, name="信組\x01テスト")
    xlsx, csv_path = tmp_path / "r.xlsx", tmp_path / "r.csv"
    export_results(catalogue, profile, {item.id: answer}, lang, "xlsx", xlsx, heading=f"{profile.name} · \x1b")
    export_results(catalogue, profile, {item.id: answer}, lang, "csv", csv_path)
    rows = list(openpyxl.load_workbook(xlsx).worksheets[0].iter_rows(values_only=True))
    assert rows[0][0] == "信組␁テスト · ␛"
    row = next(r for r in rows if r[0] == item.id)
    # XML reads a carriage return back as a line feed, as Excel shows it anyway.
    assert row[7] == sheet_text(PASTED).replace("\r", "\n") and "after 𠮷田" in row[7]
    assert row[8] == sheet_text(C0).replace("\r", "\n")
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        body = {r[0]: r for r in csv.reader(fh)}
    assert body[item.id][8] == C0  # faithful
    assert body[item.id][7] == PASTED.replace("\ud800", "\ufffd").replace("\udcff", "\ufffd")


def test_action_plan_xlsx_with_a_vertical_tab_in_the_owner(tmp_path):
    """The defect as reported: \\x0b in a plan owner stopped the action plan export."""
    row = ActionRow(
        item_id="2.1.1-B1",
        order=0,
        domain="2.1",
        domain_name=Text(ja="ガバナンス", en="Governance"),
        label="①",
        title=Text(ja="題", en="Title"),
        tier="basic",
        status=Status.NOT_IMPLEMENTED,
        owner="田中\x0b太郎",
        target_date=dt.date(2027, 3, 31),
        accepted_by="承認\x00者",
        accepted_on=dt.date(2027, 1, 1),
    )
    out = tmp_path / "plan.xlsx"
    assert export_action_plan([row], "ja", "xlsx", out, institution="信組\x1b", cycle="2026年度") == 1
    cells = [c for r in openpyxl.load_workbook(out).active.iter_rows(values_only=True) for c in r if c]
    assert "田中␋太郎" in cells and any("承認␀者" in str(c) for c in cells)
    assert any(str(c).startswith("改善計画 — 信組␛") for c in cells)
    out_csv = tmp_path / "plan.csv"
    export_action_plan([row], "ja", "csv", out_csv)
    assert "田中\x0b太郎" in out_csv.read_text(encoding="utf-8-sig")

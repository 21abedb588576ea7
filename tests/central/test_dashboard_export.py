"""The dashboard's consolidated XLSX export (`fsadesk central report --format xlsx`), on SQLite and
PostgreSQL: every sheet read back with openpyxl and its figures checked against values worked out
here from the answers sent, the filter lines at the top of each sheet, and a filtered export that
holds only the members asked for."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest

from fsadesk.catalogue import Catalogue
from tests.central.dashboard_export_support import (  # noqa: F401 (the world fixture)
    CATEGORY,
    FILTER_LINES,
    HEADER_ROW,
    ORGANISATION,
    STATES_2026,
    below,
    domain_of_heading,
    export_world_fixture,
    gaps,
    peers_all,
    rates,
    report,
    sheet_table,
    weakest,
)
from tests.central.dashboard_support import World
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    Org,
    base_fixture,
    catalogue_fixture,
    demo_fixture,
    make_org,
)

SHEETS_EN = ["Submission status", "Rates by domain", "Weakest items", "Peer groups", "Trends", "Below threshold",
             "Open gaps"]  # fmt: skip


def test_every_sheet_holds_the_figures_of_the_answers_sent(
    central_target: str, world: World, catalogue: Catalogue, tmp_path: Path
) -> None:
    """Status, heatmap, weakest items, peer groups, trends, members below the threshold and open gaps
    all match what the answers in the members' bundles give; each sheet opens with the filters."""
    out = tmp_path / "board.xlsx"
    code, text = report(central_target, out, "--format", "xlsx", "--language", "en", "--threshold", "60")
    assert code == 0 and text == f"Wrote {out}\n"
    assert os.stat(out).st_mode & 0o777 == 0o600
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == SHEETS_EN
    for ws in book.worksheets:
        lines = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, FILTER_LINES + 1)}
        assert lines["Central organisation"] == ORGANISATION
        assert lines["Campaign"] == "fy2026 2026年度 自己評価" and lines["Assessment cycle"] == "FY2026"
        assert lines["Deadline"] == "2027-06-30" and lines["Tier"] == "Basic response items"
        assert lines["Category"] == "All" and lines["Size band"] == "All" and lines["Threshold"] == "60%"
        assert ws.cell(FILTER_LINES + 1, 1).value is None  # the blank row
        assert ws.freeze_panes == f"A{HEADER_ROW + 1}" and ws.auto_filter.ref.startswith(f"A{HEADER_ROW}:")

    _, rows = sheet_table(book["Submission status"])
    assert {r[0]: r[4] for r in rows} == {i: s.replace("flagged", "accepted with a flag").capitalize()
                                          for i, s in STATES_2026.items()}  # fmt: skip
    assert {r[0]: r[2] for r in rows}["C-0003"] == "Insurance companies"
    made = {r[0]: r[5] for r in rows}
    assert made["B-0002"] == "2027-06-03 09:00" and not made["E-0005"]  # the resubmission counts
    flags = {r[0]: r[7] for r in rows}
    assert flags["C-0003"] == "scores differ from the answers" and flags["D-0004"] == "made after the deadline"

    header, rows = sheet_table(book["Rates by domain"])
    domains = [domain_of_heading(h, catalogue) for h in header[4:]]
    expected = rates(world, "fy2026")
    got = {(r[0], d): v for r in rows for d, v in zip(domains, r[4:], strict=True)}
    assert got == pytest.approx({(i, d): v for i, per in expected.items() for d, v in per.items()})
    ws = book["Rates by domain"]
    assert ws.cell(HEADER_ROW + 1, 5).number_format == "0%"
    assert len(ws.conditional_formatting) == 1  # the colour scale over the rates

    _, rows = sheet_table(book["Weakest items"])
    assert [(r[0], r[2], r[3]) for r in rows] == [(i, {"basic": "Basic", "desirable": "Desirable"}[t], n)
                                                  for i, t, n in weakest(world, "fy2026")]  # fmt: skip
    assert rows[0][3] == 4  # the two items every member answers Not implemented: the 4 that submitted

    _, rows = sheet_table(book["Peer groups"])
    every = {(domain_of_heading(r[2], catalogue), n): v for r in rows if r[0] == "All members"
             for n, v in enumerate((r[3], r[4], r[6], r[8], r[9]))}  # fmt: skip
    assert every == pytest.approx({(d, n): v for d, t in peers_all(world, "fy2026").items() for n, v in enumerate(t)})
    by_category = {(r[1], domain_of_heading(r[2], catalogue)): r[3] for r in rows if r[0] == "Category"}
    assert by_category[("Insurance companies", "2.1")] == 2  # C-0003 and D-0004

    _, rows = sheet_table(book["Trends"])
    old = rates(world, "fy2025")
    got = {(r[0], domain_of_heading(r[6], catalogue)): r[7] for r in rows if r[4] == "fy2025"}
    assert got == pytest.approx({(i, d): v for i, per in old.items() for d, v in per.items()})
    assert {r[0] for r in rows if r[4] == "fy2025"} == {"A-0001", "B-0002", "C-0003", "E-0005"}

    _, rows = sheet_table(book["Below threshold"])
    expected_below = below(world, 0.6)
    assert expected_below  # the world has some, or this check proves nothing
    assert {(r[0], domain_of_heading(r[4], catalogue)) for r in rows} == expected_below
    assert all(r[5] == 2 and r[6] == "fy2025, fy2026" for r in rows)

    _, rows = sheet_table(book["Open gaps"])
    assert {r[0]: r[3] for r in rows} == gaps(world, "fy2026")


def test_filtered_export_holds_only_those_members(central_target: str, world: World, tmp_path: Path) -> None:
    """--category insurance: only C-0003 and D-0004 in every sheet, and the filter says so (in Japanese)."""
    out = tmp_path / "insurance.xlsx"
    code, _ = report(central_target, out, "--format", "xlsx", "--category", "insurance", "--tier", "basic")
    assert code == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "提出状況"
    for ws in book.worksheets:
        lines = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, FILTER_LINES + 1)}
        assert lines["業態"] == "保険会社" and lines["規模"] == "すべて" and lines["評価年度"] == "2026年度"
        header, rows = sheet_table(ws)
        if ws.title in ("提出状況", "分野別の実施率", "推移", "対応未定の不足"):
            assert header[0] == "金融機関コード"
            assert {r[0] for r in rows} <= {"C-0003", "D-0004"} and rows
    _, rows = sheet_table(book["提出状況"])
    assert {r[0]: r[4] for r in rows} == {"C-0003": "注記つきで受付", "D-0004": "期限後に提出"}
    insurance = {i for i, c in CATEGORY.items() if c == "insurance"}
    _, rows = sheet_table(book["「未実施」の回答が多い項目"])
    assert [(r[0], r[3]) for r in rows] == [(i, n) for i, _, n in weakest(world, "fy2026", insurance)]
    assert all("保険会社" in r[4] and "中小" not in r[4] for r in rows)

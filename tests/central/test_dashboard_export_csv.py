"""The dashboard's CSV files (`fsadesk central report --format csv`), on SQLite and PostgreSQL: a
file per view named after --out, read back with `csv` (BOM, CRLF, the filter block first) holding
the same figures as the answers give; and a member name typed to attack a spreadsheet (a formula,
control characters) is made harmless in the CSV files and the XLSX workbook alike, and printed in
the PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl

from fsadesk import terms
from fsadesk.assessment.record import CycleRecord
from fsadesk.catalogue import Catalogue
from tests.central.dashboard_export_support import (  # noqa: F401 (the world fixture)
    ORGANISATION,
    STATES_2026,
    domain_of_heading,
    export_world_fixture,
    gaps,
    rates,
    read_csv,
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
    enrol,
    make_member,
    make_org,
)

VIEWS = ("status", "heatmap", "weakest", "peers", "trends", "below", "gaps")
HOSTILE = '=HYPERLINK("http://evil.example/","見てください")\x07\x1b'


def test_csv_files_hold_the_figures_of_the_answers_sent(
    central_target: str, world: World, catalogue: Catalogue, tmp_path: Path
) -> None:
    """--out report.csv writes report-status.csv … report-gaps.csv, lists them, and each opens with
    the filter block; the rates read as the app shows them."""
    code, text = report(central_target, tmp_path / "report.csv", "--format", "csv")
    paths = [tmp_path / f"report-{v}.csv" for v in VIEWS]
    assert code == 0 and text.splitlines() == [f"Wrote {p}" for p in paths]
    assert not (tmp_path / "report.csv").exists()
    for path in paths:
        filters, header, _ = read_csv(path)
        lines = dict(filters)
        assert lines["中央機関"] == ORGANISATION and lines["提出依頼"] == "fy2026 2026年度 自己評価"
        assert lines["提出期限"] == "2027/06/30" and lines["基準の実施率"] == "50%" and lines["業態"] == "すべて"
        assert header

    _, header, rows = read_csv(tmp_path / "report-status.csv")
    assert header[:5] == ["金融機関コード", "名称", "業態", "規模", "提出状況"]
    words = {"received": "受付済み", "flagged": "注記つきで受付", "late": "期限後に提出", "missing": "未提出"}
    assert {r[0]: r[4] for r in rows} == {i: words[s] for i, s in STATES_2026.items()}

    _, header, rows = read_csv(tmp_path / "report-heatmap.csv")
    domains = [domain_of_heading(h, catalogue) for h in header[4:]]
    expected = rates(world, "fy2026")
    assert {r[0]: dict(zip(domains, r[4:], strict=True)) for r in rows} == {
        i: {d: terms.percent(v) for d, v in per.items()} for i, per in expected.items()
    }

    _, _, rows = read_csv(tmp_path / "report-weakest.csv")
    assert [(r[0], int(r[3])) for r in rows] == [(i, n) for i, _, n in weakest(world, "fy2026")]
    _, _, rows = read_csv(tmp_path / "report-gaps.csv")
    assert {r[0]: int(r[3]) for r in rows} == gaps(world, "fy2026")


def test_csv_into_a_folder_uses_the_campaign_name(central_target: str, world: World, tmp_path: Path) -> None:
    """--out FOLDER: the files go in it, named after the campaign; --campaign picks an older one."""
    folder = tmp_path / "exports"
    folder.mkdir()
    code, text = report(central_target, folder, "--format", "csv", "--campaign", "fy2025", "--language", "en")
    assert code == 0
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f"fsadesk-fy2025-summary-{v}.csv" for v in VIEWS)
    assert len(text.splitlines()) == len(VIEWS)
    _, _, rows = read_csv(folder / "fsadesk-fy2025-summary-status.csv")
    assert {r[0]: r[4] for r in rows}["D-0004"] == "Missing"


def test_a_hostile_member_name_is_neutralised(
    central_target: str, world: World, base: CycleRecord, tmp_path: Path
) -> None:
    """A name that is a formula with control characters: text in XLSX (never a formula, the control
    characters shown as marks), and behind an apostrophe in CSV."""
    enrol(world.org, make_member(base, "Z-0099", name=HOSTILE), tmp_path / "hostile")
    code, _ = report(central_target, tmp_path / "h.csv", "--format", "csv")
    assert code == 0
    _, _, rows = read_csv(tmp_path / "h-status.csv")
    shown = {r[0]: r[1] for r in rows}["Z-0099"]
    assert shown == "'" + HOSTILE
    code, _ = report(central_target, tmp_path / "h.xlsx", "--format", "xlsx")
    assert code == 0
    ws = openpyxl.load_workbook(tmp_path / "h.xlsx")["提出状況"]
    _, rows = sheet_table(ws)
    row = next(n for n, r in enumerate(rows) if r[0] == "Z-0099")
    cell = ws.cell(12 + row, 2)
    assert cell.data_type == "s" and cell.value == HOSTILE.replace("\x07", "␇").replace("\x1b", "␛")
    # No sheet of the workbook holds a formula at all.
    book = openpyxl.load_workbook(tmp_path / "h.xlsx")
    assert not [c.coordinate for s in book.worksheets for r in s.iter_rows() for c in r if c.data_type == "f"]
    # The board's PDF prints the name as typed (its font shows what it can), never failing on it.
    code, _ = report(central_target, tmp_path / "h.pdf", "--format", "pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "h.pdf"), "-"], capture_output=True, text=True, check=True)
    assert code == 0 and '=HYPERLINK("http://evil.example/",' in text.stdout

"""What the dashboard's exports should hold, worked out here from the answers put into the world's
bundles (tests/central/dashboard_support.py), never from the dashboard's own functions; and small
readers for the files the exports write. No tests here."""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from fsadesk.assessment.answers import Status
from fsadesk.assessment.record import CycleRecord
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue import Catalogue
from fsadesk.cli import run
from tests.central.dashboard_support import World, build_world, expected_gaps, expected_rates
from tests.central.intake_support import make_org

FILTER_LINES = 9  # organisation, campaign, cycle, deadline, tier, category, size band, threshold, made
HEADER_ROW = FILTER_LINES + 2  # after the filters and one blank row
ORGANISATION = "全国テスト信用組合連合会"
# F-0006 is revoked: not expected, so in no state.
STATES_2026 = {"A-0001": "received", "B-0002": "received", "C-0003": "flagged", "D-0004": "late",
               "E-0005": "missing"}  # fmt: skip
CATEGORY = {"A-0001": "regional", "B-0002": "regional", "C-0003": "insurance", "D-0004": "insurance",
            "E-0005": "securities"}  # fmt: skip


def rates(world: World, campaign: str, tier: str = "basic") -> dict[str, dict[str, float | None]]:
    """institution → domain → rate, for the members whose current submission counts."""
    return {iid: expected_rates(world.catalogue, world.profiles[iid], answers, tier)
            for (cid, iid), answers in world.current.items() if cid == campaign}  # fmt: skip


def weakest(world: World, campaign: str, members: set[str] | None = None) -> list[tuple[str, str, int]]:
    """(item, tier, members answering it Not implemented), basic first, most members first."""
    counts: Counter[str] = Counter()
    for (cid, iid), answers in world.current.items():
        if cid != campaign or (members is not None and iid not in members):
            continue
        applicable = {i.id for i in applicable_items(world.catalogue, world.profiles[iid])}
        counts.update(i for i, a in answers.items() if a.status is Status.NOT_IMPLEMENTED and i in applicable)
    rows = [(i, world.catalogue.item(i).tier, n) for i, n in counts.items()]
    return sorted(rows, key=lambda r: (r[1] != "basic", -r[2], r[0]))


def peers_all(world: World, campaign: str) -> dict[str, tuple[int, float, float, float, float]]:
    """domain → (count, min, median, max, mean) over every member that submitted."""
    per: dict[str, list[float]] = {}
    for member in rates(world, campaign).values():
        for domain, rate in member.items():
            if rate is not None:
                per.setdefault(domain, []).append(rate)
    return {d: (len(v), min(v), statistics.median(v), max(v), statistics.fmean(v)) for d, v in per.items()}


def below(world: World, threshold: float) -> set[tuple[str, str]]:
    """(institution, domain) below the threshold in both fy2025 and fy2026 (the only two campaigns)."""
    old, new = rates(world, "fy2025"), rates(world, "fy2026")
    return {(iid, d) for iid in old.keys() & new.keys() for d, r in new[iid].items()
            if r is not None and r < threshold and (o := old[iid].get(d)) is not None and o < threshold}  # fmt: skip


def gaps(world: World, campaign: str) -> dict[str, int]:
    return {iid: n for (cid, iid), answers in world.current.items()
            if cid == campaign and (n := len(expected_gaps(world.catalogue, answers)))}  # fmt: skip


def domain_of_heading(heading: str, catalogue: Catalogue) -> str:
    """'2.1 Governance' → '2.1'."""
    number = heading.split(" ", 1)[0]
    assert number in {d.number for d in catalogue.domains()}, heading
    return number


def sheet_table(ws: openpyxl.worksheet.worksheet.Worksheet) -> tuple[list[str], list[list[object]]]:
    """The table under a sheet's filter lines: its header and rows."""
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    return [str(h) for h in values[HEADER_ROW - 1]], values[HEADER_ROW:]


def read_csv(path: Path) -> tuple[list[list[str]], list[str], list[list[str]]]:
    """A view's CSV file: the filter block, the header and the rows (checked: BOM, CRLF, one blank row)."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    blank = rows.index([])
    return rows[:blank], rows[blank + 1], rows[blank + 2 :]


@pytest.fixture(name="world")
def export_world_fixture(
    central_target: str, base: CycleRecord, catalogue: Catalogue, tmp_path: Path
) -> Iterator[World]:
    """The dashboard's small world on the database under test (SQLite or PostgreSQL)."""
    org = make_org(central_target, tmp_path)
    yield build_world(org, base, catalogue, tmp_path)
    org.db.close()


def report(target: str, out: Path, *extra: str) -> tuple[int, str]:
    """`fsadesk central report` as a script runs it: its exit code and what it printed."""
    text = io.StringIO()
    code = run(["central", "report", "--db", target, "--out", str(out), *extra], text)
    return code, text.getvalue()

"""`fsadesk central status` as a user runs it, on SQLite and PostgreSQL: the counts, the deadline
and a line per expected member; --json for scripts; a plain line for a campaign that is not there."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from fsadesk.assessment.record import CycleRecord
from fsadesk.catalogue import Catalogue
from fsadesk.cli import run
from tests.central.dashboard_support import World, build_world
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    Org,
    base_fixture,
    catalogue_fixture,
    demo_fixture,
    make_org,
)


@pytest.fixture
def world(central_target: str, base: CycleRecord, catalogue: Catalogue, tmp_path: Path) -> Iterator[World]:
    org = make_org(central_target, tmp_path)
    yield build_world(org, base, catalogue, tmp_path)
    org.db.close()


def _status(target: str, *extra: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run(["central", "status", "--db", target, *extra], out)
    return code, out.getvalue()


def test_status_prints_counts_deadline_and_members(central_target: str, world: World) -> None:
    code, text = _status(central_target)
    assert code == 0
    lines = text.splitlines()
    assert lines[0].startswith("Campaign fy2026:") and "deadline 2027-06-30" in lines[0]
    assert lines[1] == "5 members expected: received 2, accepted with flag 1, late 1, missing 1."
    members = {line.split()[0]: line for line in lines[2:]}
    assert set(members) == {"A-0001", "B-0002", "C-0003", "D-0004", "E-0005"}  # F-0006 revoked
    assert "accepted with flag" in members["C-0003"] and "insurance" in members["C-0003"]
    assert "late" in members["D-0004"] and "2027-07-03" in members["D-0004"]
    assert members["E-0005"].endswith("missing  -")
    assert "2027-06-03" in members["B-0002"]  # the resubmission is the one that counts

    code, text = _status(central_target, "--campaign", "fy2025", "--json")
    doc = json.loads(text)
    assert code == 0 and doc["campaign"]["deadline"] == "2026-06-30"
    assert doc["counts"] == {"received": 4, "flagged": 0, "late": 0, "missing": 1}
    assert {m["institution_id"]: m["status"] for m in doc["members"]}["D-0004"] == "missing"


def test_unknown_campaign_is_one_plain_line(
    central_target: str, world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    code, text = _status(central_target, "--campaign", "fy1999")
    err = capsys.readouterr().err
    assert code == 1 and text == ""
    assert err == "There is no campaign 'fy1999'.\n"

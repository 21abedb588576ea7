"""Finalising with points still open records why, and how many were open (issue #11 point 1):
stored with the lock in one transaction, read back by the store and the start-up snapshot, and
carried through the schema migration 0005 of older workspaces."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from fsadesk.app import cycles as app_cycles
from fsadesk.app.errors import SignOffIncomplete
from fsadesk.app.workspace import AssessmentWorkspace
from fsadesk.assessment.readiness import FinaliseNote, OpenKind
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.store.snapshot import read_snapshot
from tests.workspace_support import dump

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "workspace-schema-0001"
ALL = [SignOff(role, name, "", dt.date(2027, 5, 20)) for role, name in zip(Role, ("佐藤", "鈴木", "田中"), strict=True)]
REASON = "理事会の日程に合わせるため。未回答の項目は来年度に評価する。"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    run(["demo", str(tmp_path / "demo")])
    return tmp_path / "demo"


def test_the_reason_and_open_counts_are_stored_with_the_lock(demo, catalogue):
    with open_workspace(demo) as ws:
        view = AssessmentWorkspace.of(ws)
        cycle_id = ws.cycles.latest().id
        note = FinaliseNote.of(view.readiness(catalogue, cycle_id), REASON)
        view.finalise(cycle_id, ALL, by="sato", note=note)
    with open_workspace(demo) as ws:
        stored = ws.cycles.get(cycle_id).finalise_note
    assert stored is not None and stored.reason == REASON
    assert stored.open_counts[OpenKind.UNANSWERED] == 57 and stored.open_total == 57 + 24 + 24
    snapshot = read_snapshot(demo)
    assert snapshot is not None and snapshot.cycle.finalise_note == stored  # the fast start-up read agrees


def test_a_blank_reason_is_refused_and_nothing_is_stored(demo, catalogue):
    before = dump(demo)
    with open_workspace(demo) as ws:
        view = AssessmentWorkspace.of(ws)
        cycle_id = ws.cycles.latest().id
        with pytest.raises(SignOffIncomplete, match="reason"):
            app_cycles.finalise(
                ws, cycle_id, ALL, by="sato", note=FinaliseNote.of(view.readiness(catalogue, cycle_id), "  ")
            )
    assert dump(demo) == before


def test_finalising_with_nothing_open_records_no_note(demo):
    with open_workspace(demo) as ws:
        cycle_id = ws.cycles.latest().id
        final = app_cycles.finalise(ws, cycle_id, ALL, by="sato")
    assert final.finalise_note is None and not final.is_open


def test_an_older_workspace_migrates_to_0005_and_can_record_a_note(tmp_path, catalogue):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    with open_workspace(folder) as ws:
        assert ws.backup_made is not None  # backed up before the migration, as every migration
        cycle = ws.cycles.latest()
        assert cycle is not None and cycle.finalise_note is None
        note = FinaliseNote.of(AssessmentWorkspace.of(ws).readiness(catalogue, cycle.id), "期限のため")
        final = app_cycles.finalise(ws, cycle.id, ALL, by="sato", note=note)
    assert final.finalise_note == note

"""The start-up snapshot: the latest cycle read with sqlite3 alone, equal to what the store reads,
never writing, and stepping aside (None) whenever the ordinary open has something to decide."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
import sys
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest

from fsadesk.app.answering import AssessmentSession
from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, RiskAcceptance, Status
from fsadesk.assessment.demo import DEMO_PROFILE
from fsadesk.store import create_workspace, open_workspace
from fsadesk.store.errors import SaveFailed
from fsadesk.store.snapshot import read_snapshot

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _unchanged(before: dict[str, str], folder: Path) -> bool:
    """Every file that was there is byte-identical. (A read-only SQLite connection may add an
    empty -wal and a -shm index beside a WAL database; the data files themselves never change.)"""
    after = _digest(folder) if folder.exists() else {}
    return all(after.get(name) == digest for name, digest in before.items())


@pytest.fixture
def workspace(tmp_path, catalogue):
    """Two cycles; the later one has answers of every shape and a resume position."""
    folder = tmp_path / "ws"
    with create_workspace(folder) as ws:
        ws.institution.save(DEMO_PROFILE)
        old = ws.cycles.create("2025年度", 2025, catalogue)
        ws.answers.save(old.id, Answer(catalogue.items[0].id, Status.PARTIAL))
        cycle = ws.cycles.create("2026年度", 2026, catalogue, copied_from=old.id)
        ids = [it.id for it in catalogue.items]
        ws.answers.save_many(
            cycle.id,
            [
                Answer(ids[0], Status.IMPLEMENTED, notes="規程あり", evidence="規程集 p.3"),
                Answer(
                    ids[1],
                    Status.NOT_IMPLEMENTED,
                    plan=RemediationPlan("情報システム課", dt.date(2027, 3, 31), Priority.HIGH),
                    marked_for_review=True,
                ),
                Answer(ids[2], Status.NOT_APPLICABLE, justification="該当する業務がない"),
                Answer(
                    ids[3],
                    Status.PARTIAL,
                    acceptance=RiskAcceptance("理事長", "費用対効果", dt.date(2026, 12, 1)),
                ),
            ],
        )
        ws.cycles.set_last_item(cycle.id, ids[3])
    return folder


def test_snapshot_equals_what_the_store_reads(workspace):
    """Profile, latest cycle and its answers: the same objects the repositories give."""
    snap = read_snapshot(workspace)
    assert snap is not None
    with open_workspace(workspace) as ws:
        latest = ws.cycles.latest()
        assert latest is not None
        assert snap.cycle == latest and snap.cycle.label == "2026年度" and snap.cycle.last_item_id
        assert snap.profile == ws.institution.get()
        assert snap.answers == ws.answers.load(latest.id) and len(snap.answers) == 4
        assert snap.still_current(ws)


def test_snapshot_never_writes(workspace):
    before = _digest(workspace)
    assert read_snapshot(workspace) is not None
    assert _unchanged(before, workspace)


def test_a_change_after_the_snapshot_is_noticed(workspace, catalogue):
    """Another writer between the snapshot and the open (fsadesk running twice): not current."""
    snap = read_snapshot(workspace)
    assert snap is not None
    with open_workspace(workspace) as ws:
        ws.answers.save(snap.cycle.id, Answer(catalogue.items[5].id, Status.IMPLEMENTED))
        assert not snap.still_current(ws)


@pytest.mark.parametrize(
    "damage",
    ["missing", "empty", "not_sqlite", "truncated", "older_schema", "newer_schema", "no_cycle", "no_profile"],
)
def test_snapshot_steps_aside_when_the_open_must_decide(tmp_path, workspace, catalogue, damage):
    """Anything unusual gives None (the ordinary open then migrates or explains), and the file
    is left exactly as it was."""
    db = workspace / "workspace.sqlite"
    if damage == "missing":
        db.unlink()
    elif damage == "empty":
        db.write_bytes(b"")
    elif damage == "not_sqlite":
        db.write_bytes(b"PK\x03\x04 a zip file, not a database" * 100)
    elif damage == "truncated":
        db.write_bytes(db.read_bytes()[:3000])
    elif damage == "older_schema":
        shutil.rmtree(workspace)
        shutil.copytree(FIXTURES / "workspace-schema-0001", workspace)
    else:
        import sqlite3

        con = sqlite3.connect(db)
        statement = {
            "newer_schema": "UPDATE alembic_version SET version_num = '9999'",
            "no_cycle": "DELETE FROM answer; DELETE FROM answer_history; DELETE FROM cycle",
            "no_profile": "DELETE FROM institution",
        }[damage]
        con.execute("DROP TRIGGER IF EXISTS answer_history_no_delete") if damage == "no_cycle" else None
        con.executescript(statement)
        con.commit()
        con.close()
    before = _digest(workspace) if workspace.exists() else {}
    assert read_snapshot(workspace) is None
    assert _unchanged(before, workspace)


def test_snapshot_modules_do_not_load_sqlalchemy(workspace):
    """The point of the snapshot: the resumed page is shown before SQLAlchemy (≈0.3 s) loads."""
    code = (
        "import sys; from pathlib import Path; from fsadesk.store.snapshot import read_snapshot;"
        "import fsadesk.app.answering;"
        f"assert read_snapshot(Path({str(workspace)!r})) is not None;"
        "print('sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False"]


# A session shown from a snapshot while its workspace opens in the background ----------------


def test_session_from_snapshot_reads_at_once_and_saves_once_opened(workspace, catalogue):
    snap = read_snapshot(workspace)
    assert snap is not None
    opened: Future = Future()
    session = AssessmentSession.from_snapshot(snap, catalogue, opened)
    assert session.resume_item() == snap.cycle.last_item_id
    assert session.answer(catalogue.items[0].id).notes == "規程あり"
    assert session.folder == workspace

    # A save made before the workspace has opened waits for it, then goes to the database.
    item = catalogue.items[6].id
    saved: list[bool] = []
    saver = threading.Thread(target=lambda: saved.append(session.set_answer(Answer(item, Status.IMPLEMENTED))))
    saver.start()
    saver.join(0.2)
    assert saver.is_alive() and not saved  # still waiting: nothing bypasses the store
    ws = open_workspace(workspace)
    opened.set_result(ws)
    saver.join(10)
    assert saved == [True]
    with open_workspace(workspace) as other:
        assert other.answers.load(snap.cycle.id)[item].status is Status.IMPLEMENTED
    session.close()


def test_a_failed_background_open_is_reported_by_the_save(workspace, catalogue):
    """If the workspace cannot be opened after all, a save says why; nothing is written."""
    snap = read_snapshot(workspace)
    assert snap is not None
    opened: Future = Future()
    session = AssessmentSession.from_snapshot(snap, catalogue, opened)
    opened.set_exception(RuntimeError("The workspace file is damaged"))
    with pytest.raises(SaveFailed, match="damaged"):
        session.set_answer(Answer(catalogue.items[6].id, Status.IMPLEMENTED))
    assert session.answer(catalogue.items[6].id).status is Status.UNANSWERED
    session.close()  # nothing to close, and no error


def test_closing_before_the_open_finishes_still_closes_the_workspace(workspace, catalogue):
    snap = read_snapshot(workspace)
    assert snap is not None
    opened: Future = Future()
    session = AssessmentSession.from_snapshot(snap, catalogue, opened)
    session.close()
    ws = open_workspace(workspace)
    closed: list[bool] = []
    dispose = ws.engine.dispose
    ws.engine.dispose = lambda *a, **k: (closed.append(True), dispose(*a, **k))  # type: ignore[method-assign]
    opened.set_result(ws)
    assert closed == [True]

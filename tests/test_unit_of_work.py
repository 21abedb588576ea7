"""The store's unit of work: several repository calls, one transaction, committed once or not at all."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.exc import IntegrityError

from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.store.errors import CycleLocked, DiskFull, SaveFailed, WorkspaceBusy
from tests.workspace_support import dump


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    assert run(["demo", str(tmp_path / "demo")]) == 0
    return tmp_path / "demo"


def test_steps_commit_together(demo, catalogue):
    """A cycle made and answered in one unit of work is stored whole, and seen by a new connection."""
    with open_workspace(demo) as ws, ws.unit_of_work() as uow:
        cycle = uow.cycles.create("2027年度", 2027, catalogue)
        uow.answers.save(cycle.id, Answer("2.1.1-B1", Status.PARTIAL, notes="一緒に"))
        # Inside the unit, its own reads see its writes.
        assert uow.answers.get(cycle.id, "2.1.1-B1").notes == "一緒に"
    with open_workspace(demo) as ws:
        assert ws.answers.get(cycle.id, "2.1.1-B1").notes == "一緒に"
        assert len(ws.answers.history(cycle.id)) == 1


def test_an_error_in_the_last_step_leaves_nothing(demo, catalogue):
    """A refusal in the last step (a finalised cycle) rolls back the earlier steps too."""
    before = dump(demo)
    with open_workspace(demo) as ws, pytest.raises(CycleLocked), ws.unit_of_work() as uow:
        cycle = uow.cycles.create("2027年度", 2027, catalogue)
        uow.institution.save(uow.institution.get())  # type: ignore[arg-type]
        uow.answers.save(cycle.id, Answer("2.1.1-B1", Status.IMPLEMENTED))
        raise CycleLocked("the last step refused")
    assert dump(demo) == before


def test_a_full_disk_in_the_last_step_is_typed_and_leaves_nothing(demo, catalogue):
    """A real SQLITE_FULL (max_page_count) in the last step: DiskFull, a SaveFailed, and nothing stored."""
    before = dump(demo)

    def limit(dbapi_conn: Any, _record: Any) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + 2}")  # room for the first steps only

    event.listen(Engine, "connect", limit)
    try:
        with open_workspace(demo) as ws:
            with pytest.raises(DiskFull) as caught, ws.unit_of_work() as uow:
                cycle = uow.cycles.create("2027年度", 2027, catalogue)
                big = [Answer(i, Status.PARTIAL, notes="メ" * 4000) for i in sorted(catalogue.item_ids())]
                uow.answers.save_many(cycle.id, big)
            assert isinstance(caught.value, SaveFailed)
            assert "is full" in str(caught.value)
    finally:
        event.remove(Engine, "connect", limit)
    assert dump(demo) == before


def test_a_refused_commit_is_typed_and_leaves_nothing(demo, catalogue, monkeypatch):
    """When COMMIT itself is refused (here: SQLite's own 'database is locked'), the unit of work
    raises the same WorkspaceBusy a single save would, and nothing is stored."""
    before = dump(demo)
    with open_workspace(demo) as ws:
        dialect = ws.engine.dialect

        def refuse(_dbapi_conn: Any) -> None:
            raise sqlite3.OperationalError("database is locked")

        monkeypatch.setattr(dialect, "do_commit", refuse)
        with pytest.raises(WorkspaceBusy) as caught, ws.unit_of_work() as uow:
            cycle = uow.cycles.create("2027年度", 2027, catalogue)
            uow.answers.save(cycle.id, Answer("2.1.1-B1", Status.IMPLEMENTED))
        assert "is in use" in str(caught.value)
        monkeypatch.undo()
    assert dump(demo) == before


def test_the_write_lock_is_taken_as_the_unit_begins(demo, catalogue):
    """While a unit of work is open, another writer waits (BEGIN IMMEDIATE), so the reads the unit's
    steps decide on cannot change under it; the other writer proceeds after the commit."""
    with open_workspace(demo) as ws, open_workspace(demo) as other:
        cycle = ws.cycles.latest()
        assert cycle is not None
        done = threading.Event()

        def write_elsewhere() -> None:
            other.answers.save(cycle.id, Answer("2.1.1-B2", Status.PARTIAL, notes="後から"))
            done.set()

        with ws.unit_of_work() as uow:
            uow.answers.save(cycle.id, Answer("2.1.1-B1", Status.PARTIAL, notes="先に"))
            thread = threading.Thread(target=write_elsewhere)
            thread.start()
            assert not done.wait(0.5)  # blocked by the unit's lock
        thread.join(5)
        assert done.is_set()
        history = [h.item_id for h in ws.answers.history(cycle.id)][-2:]
        assert history == ["2.1.1-B1", "2.1.1-B2"]


def test_a_trigger_refusing_the_last_step_leaves_nothing(demo, catalogue):
    """A real refusal by the database in the last step (a trigger raising, as the append-only
    history's do) rolls back the cycle made in the first step."""
    con = sqlite3.connect(demo / "workspace.sqlite")
    con.execute("CREATE TRIGGER refuse BEFORE INSERT ON signoff BEGIN SELECT RAISE(ABORT, 'refused'); END")
    con.commit()
    con.close()
    before = dump(demo)
    with open_workspace(demo) as ws:
        with pytest.raises(IntegrityError, match="refused"), ws.unit_of_work() as uow:
            cycle = uow.cycles.create("2027年度", 2027, catalogue)
            uow.cycles.set_signoff(cycle.id, SignOff(Role.PREPARER, "佐藤", "", None))
        assert [c.label for c in ws.cycles.all()] == ["2026年度"]
    assert dump(demo) == before

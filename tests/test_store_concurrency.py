"""Two processes on one workspace (issue #9, defect 2).

Another process holding the write lock (a second fsadesk, a backup tool, a sqlite3 shell in a
transaction) must not stop anyone reading, and a write that cannot get the lock must say so in
one plain line instead of a traceback, changing nothing.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fsadesk.assessment.answers import Answer, Status
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.store.engine import BUSY_TIMEOUT_MS
from fsadesk.store.errors import SaveFailed, WorkspaceBusy, WorkspaceError
from tests.workspace_support import dump

REPO = Path(__file__).resolve().parents[1]
BUSY_LINE = "fsadesk is open in another window or program; close it and try again."


def _fsadesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-m", "fsadesk", *args], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    assert run(["demo", str(folder)]) == 0
    return folder


@pytest.fixture
def write_lock(demo: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the workspace's write lock, as a second fsadesk saving would."""
    con = sqlite3.connect(demo / "workspace.sqlite", isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    yield con
    con.execute("ROLLBACK")
    con.close()


def test_scores_reads_while_another_process_writes(demo, write_lock):
    """`fsadesk scores` is read-only: it works while another process holds the write lock."""
    started = time.monotonic()
    result = _fsadesk("scores", str(demo), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Governance" in result.stdout
    assert time.monotonic() - started < 20  # it did not wait for the lock


def test_answer_while_locked_says_so_and_changes_nothing(demo, write_lock):
    """A save that cannot get the lock prints one plain line, exits 1, and stores nothing."""
    db = demo / "workspace.sqlite"
    before = dump(db)
    result = _fsadesk("answer", str(demo), "2.1.1-B1", "partial", "--notes", "後で")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert BUSY_LINE in lines[0]
    assert result.stdout == ""
    assert dump(db) == before


def test_save_while_locked_raises_a_typed_error(demo, write_lock, catalogue):
    """In-process: the store raises WorkspaceBusy, which is also a SaveFailed (the UI keeps the
    typed text) and a WorkspaceError (the CLI prints it); reads still work."""
    with open_workspace(demo) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        before = ws.answers.load(cycle.id)  # a read beside the writer
        started = time.monotonic()
        with pytest.raises(WorkspaceBusy) as caught:
            ws.answers.save(cycle.id, Answer("2.1.1-B1", Status.PARTIAL, notes="x"))
        waited = time.monotonic() - started
        assert isinstance(caught.value, SaveFailed) and isinstance(caught.value, WorkspaceError)
        assert caught.value.kind == "busy"
        assert str(demo) in str(caught.value) and BUSY_LINE in str(caught.value)
        assert BUSY_TIMEOUT_MS / 1000 * 0.8 <= waited < 10  # it waited for a normal save to finish first
        assert ws.answers.load(cycle.id) == before


def test_a_short_concurrent_save_is_waited_for(demo, catalogue):
    """A lock held only as long as a normal save lasts does not make the save fail."""
    locker = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(demo / "workspace.sqlite"), "0.5"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        with open_workspace(demo) as ws:
            cycle = ws.cycles.latest()
            assert cycle is not None
            assert ws.answers.save(cycle.id, Answer("2.1.1-B1", Status.PARTIAL, notes="待った"))
            assert ws.answers.get(cycle.id, "2.1.1-B1").notes == "待った"
    finally:
        locker.wait(timeout=30)


_HOLD_LOCK = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
"""

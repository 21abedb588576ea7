"""Workspace faults of the file system (issue #9, defect 3): each gets its own true message, typed,
with no traceback, and nothing stored changes.

We run as root here and in CI, and permission bits do not stop root. So: the immutable attribute
(chattr +i, which stops root too) stands for a read-only folder or file; a read-only bind mount
and a tiny tmpfs (a real full disk) are used where mounting is allowed; SQLite's max_page_count
makes a write fail with SQLITE_FULL anywhere; and the permission cases run the CLI as the
unprivileged user `nobody`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from fsadesk.assessment.answers import Answer, Status
from fsadesk.cli import run
from fsadesk.limits import NOTES
from fsadesk.store import open_workspace
from fsadesk.store.errors import DiskFull, NotAFile, ReadOnlyFolder, SaveFailed
from tests.workspace_support import dump

REPO = Path(__file__).resolve().parents[1]


def _fsadesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-m", "fsadesk", *args], capture_output=True, text=True, cwd="/", env=env, timeout=120
    )


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def _chattr(flag: str, *paths: Path) -> None:
    subprocess.run(["chattr", flag, *map(str, paths)], check=True, capture_output=True)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    assert run(["demo", str(folder)]) == 0
    return folder


@pytest.fixture
def immutable() -> Iterator[Callable[[Path], None]]:
    """Make paths immutable (chattr +i) for one test; skipped where the file system refuses."""
    done: list[Path] = []

    def make(path: Path) -> None:
        try:
            _chattr("+i", path)
        except (OSError, subprocess.CalledProcessError) as exc:
            pytest.skip(f"chattr +i is not possible here: {exc}")
        done.append(path)

    yield make
    for path in reversed(done):
        _chattr("-i", path)


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Callable[[Path], Path]]:
    """A read-only bind mount of a folder (needs mount privileges; skipped without them)."""
    mounts: list[Path] = []

    def make(folder: Path) -> Path:
        target = tmp_path / "ro-view"
        target.mkdir()
        if subprocess.run(["mount", "--bind", str(folder), str(target)], capture_output=True).returncode:
            pytest.skip("bind mounts are not allowed here")
        mounts.append(target)
        remount = subprocess.run(["mount", "-o", "remount,ro,bind", str(target)], capture_output=True)
        if remount.returncode:
            pytest.skip("read-only remounts are not allowed here")
        return target

    yield make
    for target in mounts:
        subprocess.run(["umount", str(target)], check=True)


def test_read_only_folder_reads_and_refuses_saves(demo, immutable):
    """A healthy workspace in a read-only folder is not 'damaged': scores work, a save says the
    folder is read-only, and nothing changes."""
    db = demo / "workspace.sqlite"
    before = dump(db, immutable=True)
    immutable(demo)
    scores = _fsadesk("scores", str(demo), "--lang", "en")
    assert scores.returncode == 0, scores.stderr
    assert "Governance" in scores.stdout
    line = _one_line(_fsadesk("answer", str(demo), "2.1.1-B1", "partial", "--notes", "x"))
    assert f"The folder {demo} is read-only" in line and "damaged" not in line
    assert sorted(p.name for p in demo.iterdir()) == ["workspace.sqlite"]
    assert dump(db, immutable=True) == before


def test_read_only_mount_reads_and_refuses_saves(demo, read_only_mount):
    """The same on a read-only medium (a bind mount remounted read-only)."""
    db = demo / "workspace.sqlite"
    before = dump(db, immutable=True)
    view = read_only_mount(demo)
    assert _fsadesk("scores", str(view)).returncode == 0
    line = _one_line(_fsadesk("answer", str(view), "2.1.1-B1", "partial"))
    assert f"The folder {view} is read-only" in line
    assert dump(db, immutable=True) == before


def test_read_only_file_reads_and_refuses_saves(demo, immutable):
    """A read-only database file: scores work; `answer` says the file is read-only (it ended in an
    uncaught SaveFailed before), exit 1, nothing changes."""
    db = demo / "workspace.sqlite"
    before = dump(db, immutable=True)
    immutable(db)
    assert _fsadesk("scores", str(demo)).returncode == 0
    line = _one_line(_fsadesk("answer", str(demo), "2.1.1-B1", "partial"))
    assert f"The workspace file {db} is read-only" in line
    assert dump(db, immutable=True) == before


def test_creating_in_a_read_only_folder(tmp_path, immutable):
    """`fsadesk demo` where nothing can be created: one line naming the read-only folder."""
    parent = tmp_path / "parent"
    parent.mkdir()
    immutable(parent)
    line = _one_line(_fsadesk("demo", str(parent)))
    assert f"The folder {parent} is read-only" in line
    line = _one_line(_fsadesk("demo", str(parent / "new")))
    assert "is read-only" in line
    assert list(parent.iterdir()) == []


def test_read_only_folder_in_process_is_a_save_failure(demo, immutable):
    """The app's view: the workspace opens, answers load, and a save raises ReadOnlyFolder, a
    SaveFailed, so the item page keeps the typed text."""
    immutable(demo)
    with open_workspace(demo) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        before = ws.answers.load(cycle.id)
        with pytest.raises(ReadOnlyFolder) as caught:
            ws.answers.save(cycle.id, Answer("2.1.1-B1", Status.PARTIAL, notes="書いた"))
        assert isinstance(caught.value, SaveFailed)
        assert ws.answers.load(cycle.id) == before


@pytest.fixture
def full_disk() -> Iterator[None]:
    """Every new workspace connection may not grow the file: writes fail with SQLITE_FULL, as on
    a full disk (SQLite's own limit, no mocking of the store)."""

    def limit(dbapi_conn: Any, _record: Any) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(Engine, "connect", limit)
    yield
    event.remove(Engine, "connect", limit)


def test_full_disk_on_answer_says_so(demo, full_disk, capsys):
    """`fsadesk answer` on a full disk: one line naming the full disk, exit 1, nothing changes."""
    db = demo / "workspace.sqlite"
    before = dump(db, immutable=True)
    capsys.readouterr()
    assert run(["answer", str(demo), "2.1.1-B1", "partial", "--notes", "メ" * NOTES.max_chars]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert f"The disk holding {db} is full" in err
    assert dump(db, immutable=True) == before


def test_full_disk_is_a_typed_save_failure(demo, full_disk):
    with open_workspace(demo) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        with pytest.raises(DiskFull) as caught:
            ws.answers.save(cycle.id, Answer("2.1.1-B1", Status.PARTIAL, notes="x" * NOTES.max_chars))
        assert caught.value.kind == "disk_full" and isinstance(caught.value, SaveFailed)


def test_really_full_disk(tmp_path):
    """A real full file system (a 1 MiB tmpfs; needs mount privileges): `demo` and `answer` name
    the full disk and leave what was stored as it was."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        folder = mnt / "ws"
        assert run(["demo", str(folder)]) == 0
        db = folder / "workspace.sqlite"
        before = dump(db, immutable=True)
        filler = mnt / "filler"
        with open(filler, "wb") as fh:  # fill the rest of the disk
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        result = _fsadesk("answer", str(folder), "2.1.1-B1", "partial", "--notes", "メ" * NOTES.max_chars)
        assert "is full" in _one_line(result)
        assert dump(db, immutable=True) == before
        result = _fsadesk("demo", str(mnt / "second"))
        assert "is full" in _one_line(result)
        assert not (mnt / "second").exists()  # no empty workspace left to be called damaged later
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=True)


def test_workspace_file_that_is_a_folder(tmp_path):
    """workspace.sqlite being a directory is named as such, for reading and writing commands."""
    folder = tmp_path / "ws"
    (folder / "workspace.sqlite").mkdir(parents=True)
    for args in (["scores", str(folder)], ["answer", str(folder), "2.1.1-B1", "partial"]):
        line = _one_line(_fsadesk(*args))
        assert f"{folder / 'workspace.sqlite'} is a folder" in line
    with pytest.raises(NotAFile):
        open_workspace(folder)


# Permissions ----------------------------------------------------------------------------------
# Root ignores permission bits through its capabilities. Run as root without CAP_DAC_OVERRIDE,
# CAP_DAC_READ_SEARCH and CAP_FOWNER (setpriv), the bits apply to root as to any file owner.
UNPRIVILEGED = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def _as_user(*args: str) -> subprocess.CompletedProcess[str]:
    """The CLI as an ordinary user would meet permissions."""
    if os.geteuid() != 0:
        return _fsadesk(*args)  # already an ordinary user
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is needed to drop root's permission override")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run(
        [*UNPRIVILEGED, sys.executable, "-m", "fsadesk", *args],
        capture_output=True,
        text=True,
        cwd="/",
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("target", "mode", "command", "words"),
    [
        ("file", 0o000, "scores", "You do not have permission to open the workspace file"),
        ("folder", 0o000, "scores", "You do not have permission to open the workspace folder"),
        ("file", 0o000, "answer", "You do not have permission to open the workspace file"),
        ("folder", 0o000, "answer", "You do not have permission to open the workspace folder"),
        ("file", 0o400, "answer", "is read-only"),
        ("folder", 0o500, "answer", "is read-only"),
    ],
    ids=["file-0000-scores", "folder-0000-scores", "file-0000-answer", "folder-0000-answer", "file-0400-answer",
         "folder-0500-answer"],
)  # fmt: skip
def test_permissions(demo, target, mode, command, words):
    """Mode 0000 on the file or the folder, a 0400 file, a 0500 folder: each named as it is."""
    db = demo / "workspace.sqlite"
    before = dump(db, immutable=True)
    path = db if target == "file" else demo
    path.chmod(mode)
    try:
        args = [command, str(demo)] + (["2.1.1-B1", "partial"] if command == "answer" else [])
        line = _one_line(_as_user(*args))
    finally:
        path.chmod(0o600 if target == "file" else 0o700)
    assert words in line
    assert "damaged" not in line
    assert dump(db, immutable=True) == before


def test_read_only_folder_by_permissions_still_reads(demo):
    demo.chmod(0o500)
    try:
        result = _as_user("scores", str(demo))
    finally:
        demo.chmod(0o700)
    assert result.returncode == 0, result.stderr

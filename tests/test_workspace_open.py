"""Opening workspaces: migration with backup, refusal of newer/corrupt/foreign files, file modes."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from fsadesk.assessment.answers import Status
from fsadesk.store import create_workspace, open_workspace
from fsadesk.store.errors import CorruptWorkspace, NewerWorkspace, NotAWorkspace, WorkspaceNotFound
from fsadesk.store.schema import HEAD_REVISION, head_revision

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "workspace-schema-0001"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _dump(db: Path) -> list[str]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def _old_workspace(tmp_path: Path) -> Path:
    target = tmp_path / "old"
    shutil.copytree(FIXTURE, target)
    return target


def test_old_schema_is_migrated_after_a_backup(tmp_path):
    """A schema-0001 workspace opens at the current schema, keeps its data, and leaves a 0600 backup
    holding exactly the old database."""
    folder = _old_workspace(tmp_path)
    with open_workspace(folder) as ws:
        assert ws.backup_made is not None
        assert ws.backup_made.parent == folder / "backups"
        assert "schema0001" in ws.backup_made.name
        profile = ws.institution.get()
        assert profile is not None and profile.name == "ひかり信用金庫"
        cycle = ws.cycles.latest()
        assert cycle is not None and cycle.last_item_id is None  # column added by 0002
        answers = ws.answers.load(cycle.id)
        assert answers["2.1.1-B2"].status is Status.PARTIAL
        assert answers["2.1.1-B2"].plan is not None and answers["2.1.1-B2"].plan.owner == "総務部"
        assert answers["2.3.4.5-B1"].justification == "クラウドは利用していない"
        assert answers["2.1.1-B1"].marked_for_review is False
        assert len(ws.answers.history(cycle.id)) == 3
        backup = ws.backup_made
    assert _mode(backup) == 0o600
    con = sqlite3.connect(backup)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    finally:
        con.close()
    pristine = tmp_path / "pristine.sqlite"  # read a copy: opening the fixture itself leaves -wal files
    shutil.copyfile(FIXTURE / "workspace.sqlite", pristine)
    assert _dump(backup) == _dump(pristine)  # the backup is the old data, whole
    with open_workspace(folder) as again:
        assert again.backup_made is None  # already current: no second backup


def test_newer_schema_is_refused_and_file_untouched(tmp_path):
    """A workspace written by a newer fsadesk is refused with a clear message; not a byte changes."""
    folder = tmp_path / "ws"
    create_workspace(folder).close()
    db = folder / "workspace.sqlite"
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = _digest(db)
    with pytest.raises(NewerWorkspace, match=r"newer version of fsadesk.*Please update"):
        open_workspace(folder)
    assert _digest(db) == before
    assert not (folder / "backups").exists()


@pytest.mark.parametrize(
    ("content", "error", "words"),
    [
        (b"", CorruptWorkspace, "is empty"),
        (b"PK\x03\x04 this is a zip file, not a database", NotAWorkspace, "not a SQLite database"),
        (b"hello, I am a text file\n" * 100, NotAWorkspace, "not a SQLite database"),
    ],
    ids=["empty", "zip", "text"],
)
def test_files_that_are_not_workspaces(tmp_path, content, error, words):
    """Empty and foreign files get a message naming the problem, and stay as they were."""
    folder = tmp_path / "ws"
    folder.mkdir()
    db = folder / "workspace.sqlite"
    db.write_bytes(content)
    with pytest.raises(error, match=words):
        open_workspace(folder)
    assert db.read_bytes() == content


def test_truncated_database_is_refused(tmp_path, catalogue):
    """A database cut short (e.g. a copy interrupted on a USB stick) is reported as damaged."""
    folder = tmp_path / "ws"
    with create_workspace(folder) as ws:
        cycle = ws.cycles.create("2026", 2026, catalogue)
        from fsadesk.assessment.demo import demo_answers

        ws.answers.save_many(cycle.id, demo_answers(catalogue))
    db = folder / "workspace.sqlite"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    before = _digest(db)
    with pytest.raises(CorruptWorkspace, match="damaged"):
        open_workspace(folder)
    assert _digest(db) == before


def test_corrupted_pages_are_refused(tmp_path, catalogue):
    """Garbage written over the middle of the file is caught by the integrity check."""
    folder = tmp_path / "ws"
    with create_workspace(folder) as ws:
        cycle = ws.cycles.create("2026", 2026, catalogue)
        from fsadesk.assessment.demo import demo_answers

        ws.answers.save_many(cycle.id, demo_answers(catalogue))
    db = folder / "workspace.sqlite"
    data = bytearray(db.read_bytes())
    page = 4096
    for p in range(2, len(data) // page):
        data[p * page + 100 : p * page + 300] = b"\xa5" * 200
    db.write_bytes(bytes(data))
    with pytest.raises(CorruptWorkspace, match="damaged"):
        open_workspace(folder)


def test_sqlite_file_from_another_program(tmp_path):
    """A SQLite database that fsadesk did not write is named as such."""
    folder = tmp_path / "ws"
    folder.mkdir()
    con = sqlite3.connect(folder / "workspace.sqlite")
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(NotAWorkspace, match="not an fsadesk workspace"):
        open_workspace(folder)


def test_missing_workspace(tmp_path):
    """Opening a folder without a workspace says so."""
    with pytest.raises(WorkspaceNotFound, match="No fsadesk workspace"):
        open_workspace(tmp_path / "nowhere")


def test_new_workspace_files_are_private(tmp_path, catalogue):
    """The workspace folder is 0700 and the database and its WAL files are 0600."""
    folder = tmp_path / "ws"
    with create_workspace(folder) as ws:
        cycle = ws.cycles.create("2026", 2026, catalogue)
        from fsadesk.assessment.answers import Answer

        ws.answers.save(cycle.id, Answer("2.1.1-B1", Status.IMPLEMENTED))
        assert _mode(folder) == 0o700
        for name in ("workspace.sqlite", "workspace.sqlite-wal", "workspace.sqlite-shm"):
            path = folder / name
            assert path.exists(), name
            assert _mode(path) == 0o600, name


def test_new_workspace_is_at_head(tmp_path):
    """A new workspace starts at the newest schema."""
    folder = tmp_path / "ws"
    create_workspace(folder).close()
    con = sqlite3.connect(folder / "workspace.sqlite")
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    con.close()
    assert head_revision() == HEAD_REVISION  # the fast path on open relies on this constant

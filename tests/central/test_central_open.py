"""Opening and creating the central database, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from fsadesk.central.store import schema
from fsadesk.central.store.database import open_central
from fsadesk.central.store.errors import (
    BadDatabaseTarget,
    CentralExists,
    CentralNotFound,
    NewerCentral,
    NotACentralDatabase,
)
from fsadesk.store.workspace import create_workspace


def test_head_revision_is_alembics_head() -> None:
    assert schema.head_revision() == schema.HEAD_REVISION


def test_create_then_reopen(central_target: str) -> None:
    with open_central(central_target, create=True) as db:
        tables = set(inspect(db.engine).get_table_names())
    assert {"organisation", "member", "member_key", "central_alembic_version"} <= tables
    assert "alembic_version" not in tables  # never the member workspace's version table
    with open_central(central_target) as db:
        assert db.backup_made is None
    with pytest.raises(CentralExists):
        open_central(central_target, create=True)


def test_missing_database_is_not_created_by_opening(tmp_path: Path) -> None:
    target = tmp_path / "typo.sqlite"
    with pytest.raises(CentralNotFound, match="fsadesk central init"):
        open_central(target)
    assert not target.exists()


def test_empty_server_database_is_not_created_by_opening(postgres_url: str) -> None:
    with pytest.raises(CentralNotFound, match="is empty"):
        open_central(postgres_url)


def _set_revision(target: str, revision: str) -> None:
    engine = create_engine(f"sqlite:///{target}" if "://" not in target else target)
    with engine.begin() as conn:
        conn.execute(text(f"UPDATE {schema.VERSION_TABLE} SET version_num = :r"), {"r": revision})
    engine.dispose()


def test_newer_database_is_refused_unchanged(central_target: str) -> None:
    open_central(central_target, create=True).close()
    _set_revision(central_target, "c9999")
    before = Path(central_target).read_bytes() if "://" not in central_target else None
    with pytest.raises(NewerCentral, match="newer version of fsadesk") as caught:
        open_central(central_target)
    assert caught.value.kind == "newer"
    if before is not None:
        assert Path(central_target).read_bytes() == before
        assert list(Path(central_target).parent.glob("*schema*")) == []  # no backup for a refused file


def test_member_workspace_is_refused_by_name(tmp_path: Path) -> None:
    create_workspace(tmp_path / "ws").close()
    for target in (tmp_path / "ws", tmp_path / "ws" / "workspace.sqlite"):
        with pytest.raises(NotACentralDatabase, match="member institution's workspace"):
            open_central(target)


def test_member_schema_on_the_server_is_refused(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('0006')"))
    engine.dispose()
    with pytest.raises(NotACentralDatabase, match="member institution's workspace"):
        open_central(postgres_url)


def test_text_file_and_foreign_sqlite_are_refused(tmp_path: Path) -> None:
    note = tmp_path / "notes.txt"
    note.write_text("hello\n")
    with pytest.raises(NotACentralDatabase, match="not a SQLite database"):
        open_central(note)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(NotACentralDatabase, match="not an fsadesk central database"):
        open_central(other)


@pytest.mark.parametrize("target", ["mysql://u@h/db", "sqlite://", "   "])
def test_unusable_targets_are_named(target: str) -> None:
    with pytest.raises(BadDatabaseTarget):
        open_central(target)

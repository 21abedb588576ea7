"""An older central database is migrated when opened: a SQLite file after a dated backup beside
it, PostgreSQL in one transaction; a migration that fails leaves the database as it was.

These tests play a next revision: a copy of the real
migrations folder with an extra revision c9999 (real Alembic, real files, real server)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from fsadesk.central.store import schema
from fsadesk.central.store.database import open_central
from fsadesk.central.store.errors import CentralMigrationFailed

NEXT = '''
import sqlalchemy as sa
from alembic import op

revision = "c9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("probe", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO probe (id) VALUES (1)")
    if {fail}:
        raise RuntimeError("half-way")
'''


def _next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, fail: bool) -> None:
    migrations = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    head = schema.HEAD_REVISION
    (migrations / "versions" / "9999_probe.py").write_text(NEXT.format(head=head, fail=fail), encoding="utf-8")
    monkeypatch.setattr(schema, "MIGRATIONS", migrations)
    monkeypatch.setattr(schema, "HEAD_REVISION", "c9999")


def _revision_and_tables(target: str) -> tuple[str, set[str]]:
    engine = create_engine(target if "://" in target else f"sqlite:///{target}")
    try:
        with engine.connect() as conn:
            revision = conn.execute(text(f"SELECT version_num FROM {schema.VERSION_TABLE}")).scalar_one()
            return revision, set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_an_older_database_is_migrated(central_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_central(central_target, create=True).close()
    old_revision = schema.HEAD_REVISION
    _next_revision(tmp_path, monkeypatch, fail=False)
    with open_central(central_target) as db:
        backup = db.backup_made
    revision, tables = _revision_and_tables(central_target)
    assert revision == "c9999" and "probe" in tables
    if "://" in central_target:
        assert backup is None  # PostgreSQL: one transaction instead of a file copy
    else:
        assert backup is not None and backup.parent == Path(central_target).parent
        assert backup.name.startswith(f"central-schema{old_revision}-") and backup.suffix == ".sqlite"
        con = sqlite3.connect(backup)
        assert con.execute(f"SELECT version_num FROM {schema.VERSION_TABLE}").fetchone() == (old_revision,)
        con.close()


def test_a_failed_migration_changes_nothing(
    central_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_central(central_target, create=True).close()
    old_revision = schema.HEAD_REVISION
    _next_revision(tmp_path, monkeypatch, fail=True)
    with pytest.raises(CentralMigrationFailed, match="half-way"):
        open_central(central_target)
    revision, tables = _revision_and_tables(central_target)
    assert revision == old_revision and "probe" not in tables  # the half-done step was rolled back

"""Central schema versions: what a database has, what this fsadesk knows, and upgrading.

The central schema has its own Alembic script location and its own version table, so its
revisions ("c0001"…) never mix with the member workspace's ("0001"…), and a database of one kind
is recognised as not being of the other.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fsadesk.store import migration_scripts

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "central_alembic_version"
MEMBER_VERSION_TABLE = "alembic_version"  # what a member workspace has instead
HEAD_REVISION = "c0003"  # must equal Alembic's head; tests/central/test_central_open.py checks it


def alembic_config() -> Config:
    return migration_scripts.alembic_config(MIGRATIONS)


def known_revisions() -> list[str]:
    """Every revision this version of fsadesk can read, oldest first."""
    return migration_scripts.known_revisions(MIGRATIONS)


def head_revision() -> str:
    return migration_scripts.head_revision(MIGRATIONS)


def upgrade(conn: Connection, target: str = "head") -> None:
    """Upgrade on a connection inside the caller's transaction: all of it, or (on PostgreSQL,
    whose DDL is transactional, and on SQLite) none of it."""
    migration_scripts.upgrade(MIGRATIONS, conn, target)

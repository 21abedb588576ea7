"""Schema versions: what a file has, what this fsadesk knows, and upgrading with Alembic.

Alembic is imported only when a file needs creating or upgrading: it costs ~0.3 s at start-up,
and an up-to-date workspace (the usual case) is recognised from HEAD_REVISION alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fsadesk.store import migration_scripts

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0008"  # must equal Alembic's head; tests/test_workspace_open.py checks it


def alembic_config() -> Config:
    return migration_scripts.alembic_config(MIGRATIONS)


def known_revisions() -> list[str]:
    """Every revision this version of fsadesk can read, oldest first."""
    return migration_scripts.known_revisions(MIGRATIONS)


def head_revision() -> str:
    return migration_scripts.head_revision(MIGRATIONS)


def upgrade(engine: Engine, target: str = "head") -> None:
    with engine.begin() as conn:
        migration_scripts.upgrade(MIGRATIONS, conn, target)

"""Schema versions: what a file has, what this fsadesk knows, and upgrading with Alembic.

Alembic is imported only when a file needs creating or upgrading: it costs ~0.3 s at start-up,
and an up-to-date workspace (the usual case) is recognised from HEAD_REVISION alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0007"  # must equal Alembic's head; tests/test_workspace_open.py checks it


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def known_revisions() -> list[str]:
    """Every revision this version of fsadesk can read, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)

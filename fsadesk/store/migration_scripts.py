"""One Alembic script folder: its configuration, the revisions it knows, its head, and upgrading.

The member workspace (fsadesk/store/migrations) and the central database
(fsadesk/central/store/migrations) each have their own folder; this is the code both use on theirs.
Alembic is imported only inside these functions: it costs ~0.3 s, and an up-to-date database (the
usual case) is recognised from its HEAD_REVISION constant without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection


def alembic_config(location: Path) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(location))
    return cfg


def known_revisions(location: Path) -> list[str]:
    """Every revision of the folder, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(location))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision(location: Path) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(location)).get_current_head()
    assert head is not None
    return head


def upgrade(location: Path, conn: Connection, target: str = "head") -> None:
    """Upgrade on `conn` inside the caller's transaction."""
    from alembic import command

    cfg = alembic_config(location)
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)

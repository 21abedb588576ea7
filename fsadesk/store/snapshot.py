"""A read-only look at a workspace with the sqlite3 module alone, for showing the app quickly.

Reopening the app should put the user back on their item at once. Opening the workspace properly
(fsadesk.store.open_workspace) needs SQLAlchemy, whose import alone costs about 0.3 s, so the app
first reads what the main window shows from here, and opens the workspace for writing in the
background while the user reads. Nothing is written here, and nothing here decides anything about
a file: a file that is missing, damaged, or at another schema version gives None, and the caller
then takes the ordinary path, which explains the problem or migrates the file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from fsadesk.assessment.answers import Answer
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.store.files import DB_NAME, SQLITE_MAGIC, read_magic
from fsadesk.store.records import CYCLE_COLUMNS, Cycle, answer_from_row, cycle_from_row, profile_from_row
from fsadesk.store.schema import HEAD_REVISION

if TYPE_CHECKING:
    from fsadesk.store.workspace import Workspace


@dataclass(frozen=True)
class Snapshot:
    """What the main window needs of a workspace's latest cycle, as it was when read."""

    folder: Path
    profile: InstitutionProfile
    cycle: Cycle
    answers: dict[str, Answer]

    def still_current(self, workspace: Workspace) -> bool:
        """Whether the opened workspace still holds exactly what this snapshot showed."""
        latest = workspace.cycles.latest()
        return (
            latest == self.cycle
            and workspace.profile_for(self.cycle) == self.profile
            and workspace.answers.load(self.cycle.id) == self.answers
        )


def _namespace_row(cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> SimpleNamespace:
    return SimpleNamespace(**{col[0]: value for col, value in zip(cursor.description, values, strict=True)})


def read_snapshot(folder: Path) -> Snapshot | None:
    """The latest cycle of an up-to-date workspace, or None when the ordinary open must decide."""
    db = Path(folder) / DB_NAME
    try:
        if read_magic(db) != SQLITE_MAGIC:
            return None
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        con.isolation_level = None
        con.row_factory = _namespace_row
        con.execute("BEGIN")  # one read transaction: the rows below belong together
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version.version_num != HEAD_REVISION:
            return None
        institution = con.execute("SELECT * FROM institution WHERE id = 1").fetchone()
        # the same order as CycleRepository.latest(): the last by fiscal year, then by creation
        cycle_row = con.execute(
            f"SELECT {', '.join(CYCLE_COLUMNS)} FROM cycle ORDER BY fiscal_year DESC, id DESC LIMIT 1"
        ).fetchone()
        if institution is None or cycle_row is None:
            return None
        answers = con.execute("SELECT * FROM answer WHERE cycle_id = ?", (cycle_row.id,)).fetchall()
        cycle = cycle_from_row(cycle_row)
        return Snapshot(
            folder=Path(folder),
            profile=cycle.profile or profile_from_row(institution),  # as Workspace.profile_for
            cycle=cycle,
            answers={row.item_id: answer_from_row(row) for row in answers},
        )
    except (sqlite3.Error, ValueError, KeyError, TypeError, AttributeError):
        return None  # damaged or unexpected content: the ordinary open explains it
    finally:
        con.close()

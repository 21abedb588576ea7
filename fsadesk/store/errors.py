"""Typed errors from opening and writing a workspace. Each carries a plain-language message;
the UI and CLI show `str(error)`, and `kind` lets them choose an icon or exit code."""

from __future__ import annotations

from pathlib import Path


class WorkspaceError(Exception):
    kind = "workspace"

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        super().__init__(message)


class WorkspaceNotFound(WorkspaceError):
    kind = "not_found"


class NotAWorkspace(WorkspaceError):
    kind = "not_a_workspace"


class CorruptWorkspace(WorkspaceError):
    kind = "corrupt"


class NewerWorkspace(WorkspaceError):
    kind = "newer"


class MigrationFailed(WorkspaceError):
    kind = "migration_failed"


class AnswerRejected(Exception):
    """An answer broke a rule (see fsadesk.assessment.answers.Problem); nothing was written."""

    def __init__(self, item_id: str, problems: list[str]) -> None:
        self.item_id = item_id
        self.problems = problems
        super().__init__(f"answer to {item_id} not saved: {', '.join(problems)}")


class CycleLocked(Exception):
    """The cycle is finalised and read-only."""


class SaveFailed(Exception):
    """The database refused the write (disk full, file locked by another program, read-only
    medium…). Nothing of this save was stored; the caller keeps what the user typed and retries."""

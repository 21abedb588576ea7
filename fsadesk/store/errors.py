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


# Faults of the file or its surroundings, found on opening or on a write. Each is a WorkspaceError
# (the CLI prints it and exits 1) and a SaveFailed (the app keeps what was typed and says why), and
# its message says what is wrong and what to do, in words for people without IT staff.


class WorkspaceFault(WorkspaceError, SaveFailed):
    kind = "save_failed"


class WorkspaceBusy(WorkspaceFault):
    """Another process holds the write lock for longer than a save lasts."""

    kind = "busy"


class ReadOnlyFolder(WorkspaceFault):
    """The folder does not let fsadesk create files (SQLite's -wal and -shm files live beside the
    database): a read-only USB stick, share or folder. Reading still works."""

    kind = "read_only_folder"


class ReadOnlyFile(WorkspaceFault):
    """The database file itself cannot be written (read-only attribute or permissions)."""

    kind = "read_only_file"


class NoPermission(WorkspaceFault):
    """This user may not read the workspace file or its folder."""

    kind = "no_permission"


class DiskFull(WorkspaceFault):
    kind = "disk_full"


class NotAFile(WorkspaceFault):
    """workspace.sqlite is a folder or a device, not a file."""

    kind = "not_a_file"

"""Naming what is wrong with a workspace file or its folder, from the file system and from SQLite.

SQLite says little ("unable to open database file", "attempt to write a readonly database"), and the
same words cover a read-only USB stick, a read-only file and a missing permission, which call for
different advice. So the file system is asked too, and each case gets its own typed error
(fsadesk.store.errors) whose message says what is wrong and what to do.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
from pathlib import Path

from fsadesk.store.errors import (
    DiskFull,
    NoPermission,
    NotAFile,
    ReadOnlyFile,
    ReadOnlyFolder,
    WorkspaceBusy,
    WorkspaceFault,
    WorkspaceNotFound,
)

_PERMISSION = (errno.EACCES, errno.EPERM)
# Less free space than this beside the workspace means "the disk is full": one save writes a few
# pages of 4 KiB to the -wal file.
_NEARLY_FULL = 1024 * 1024


def busy(db: Path) -> WorkspaceBusy:
    return WorkspaceBusy(
        db,
        f"The workspace {db.parent} is in use: fsadesk is open in another window or program; "
        "close it and try again. Nothing was saved.",
    )


def read_only_folder(db: Path, folder: Path | None = None) -> ReadOnlyFolder:
    return ReadOnlyFolder(
        db,
        f"The folder {folder or db.parent} is read-only, so nothing can be saved in the workspace there "
        "(it can still be read). Copy the folder to a place you can write to, or make it writable, "
        "and try again.",
    )


def read_only_file(db: Path) -> ReadOnlyFile:
    return ReadOnlyFile(
        db,
        f"The workspace file {db} is read-only, so nothing can be saved in it (it can still be read). "
        "Make the file writable (or copy the workspace folder) and try again.",
    )


def disk_full(db: Path) -> DiskFull:
    return DiskFull(
        db,
        f"The disk holding {db} is full, so nothing was saved. Free some space on it and try again.",
    )


def no_permission(path: Path, db: Path) -> NoPermission:
    what = "folder" if path != db else "file"
    return NoPermission(
        db,
        f"You do not have permission to open the workspace {what} {path}. Ask whoever manages this "
        "PC to give your user access to it, or open a copy of the workspace.",
    )


def not_a_file(db: Path) -> NotAFile:
    return NotAFile(
        db,
        f"{db} is a folder (or a device), not a workspace file, so the workspace cannot be opened. "
        "Choose the folder that contains workspace.sqlite, or restore the file from a backup.",
    )


def check_readable(db: Path) -> None:
    """Raise the matching fault when the workspace file cannot be read as a file at all."""
    try:
        st = db.stat()
    except FileNotFoundError as exc:
        raise WorkspaceNotFound(db.parent, f"No fsadesk workspace in {db.parent} (there is no {db.name}).") from exc
    except PermissionError as exc:
        raise no_permission(db.parent, db) from exc
    if not stat.S_ISREG(st.st_mode):
        raise not_a_file(db)
    try:
        with open(db, "rb"):
            pass
    except PermissionError as exc:
        raise no_permission(db, db) from exc


def folder_writable(db: Path) -> bool:
    """Whether files can be created beside the database (SQLite needs to, for -wal and -shm).
    os.access sees read-only mounts and the immutable attribute even for root."""
    return _writable_dir(db.parent)


def _writable_dir(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def file_writable(db: Path) -> bool:
    return os.access(db, os.W_OK)


def _nearly_full(db: Path) -> bool:
    try:
        return shutil.disk_usage(db.parent).free < _NEARLY_FULL
    except OSError:
        return False


def write_problem(db: Path) -> WorkspaceFault | None:
    """Why a write to the workspace cannot succeed, as far as the file system tells; else None."""
    if not folder_writable(db):
        return read_only_folder(db)
    if not file_writable(db):
        return read_only_file(db)
    return None


def from_sqlite(exc: BaseException, db: Path) -> WorkspaceFault | None:
    """The fault behind a sqlite3 error, or None when it is not a fault of the file or its place
    (a bug, a constraint): those keep their own exception."""
    if not isinstance(exc, sqlite3.Error):
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in str(exc):
        return busy(db)
    if name == "SQLITE_FULL" or "disk is full" in str(exc):
        return disk_full(db)
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_IOERR", "SQLITE_AUTH")):
        try:
            check_readable(db)
        except WorkspaceFault as fault:
            return fault
        except Exception:
            pass
        problem = write_problem(db)
        if problem is not None:
            return problem
        if name.startswith("SQLITE_IOERR") and _nearly_full(db):
            # A write that runs out of space while growing the -wal or -shm file comes back as a
            # "disk I/O error", not SQLITE_FULL.
            return disk_full(db)
    if isinstance(exc, sqlite3.OperationalError):
        return WorkspaceFault(db, f"The workspace {db} could not be used ({exc}). Nothing was saved.")
    return None


def from_os_error(exc: OSError, path: Path, db: Path) -> WorkspaceFault:
    """The fault behind an OSError met while creating or copying workspace files."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full(db)
    # The folder the failed call wanted to create something in.
    where = Path(exc.filename).parent if exc.filename else path
    if exc.errno == errno.EROFS or (exc.errno in _PERMISSION and where.is_dir() and not _writable_dir(where)):
        return read_only_folder(db, where)
    if exc.errno in _PERMISSION:
        return no_permission(path, db)
    return WorkspaceFault(db, f"The workspace {db} could not be written ({exc.strerror or exc}). Nothing was saved.")

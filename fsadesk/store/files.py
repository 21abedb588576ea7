"""File-level helpers: private file modes and consistent SQLite copies."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
SQLITE_MAGIC = b"SQLite format 3\x00"
DB_NAME = "workspace.sqlite"  # the database file inside a workspace folder


def make_private_dir(path: Path) -> list[Path]:
    """Make a folder (and any missing parents) readable only by its owner. A folder that already
    exists keeps its mode and owner: it may be shared (a 1777 folder like /tmp, a team share), and
    it is not fsadesk's to change. Returns the folders created, outermost first."""
    missing: list[Path] = []
    for folder in (path, *path.parents):
        if os.path.lexists(folder):
            break
        missing.append(folder)
    created: list[Path] = []
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue  # made by someone else meanwhile: theirs, left as it is
        created.append(folder)
        os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is filtered by umask; make it exact
    if not path.is_dir():
        path.mkdir()  # not a folder (a file is in the way): raises the OSError that says so
    return created


def create_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner (set on the file, not via umask)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE)  # O_CREAT's mode is filtered by umask; make it exact


def read_magic(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(len(SQLITE_MAGIC))


def backup_sqlite(source: Path, dest: Path) -> None:
    """A consistent copy (including anything still in the WAL) to a new 0600 file."""
    import sqlite3  # here: the app's first window asks is_workspace() before anything needs SQLite

    create_private_file(dest)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    for suffix in ("-wal", "-shm"):
        extra = Path(str(dest) + suffix)
        if extra.exists():
            os.chmod(extra, PRIVATE_FILE)


def is_workspace(folder: Path) -> bool:
    """Whether a folder holds a workspace database (whatever its state; opening it checks that)."""
    return (Path(folder) / DB_NAME).is_file()

"""File-level helpers: private file modes and consistent SQLite copies."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
SQLITE_MAGIC = b"SQLite format 3\x00"
DB_NAME = "workspace.sqlite"  # the database file inside a workspace folder


def make_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, PRIVATE_DIR)


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

"""File-level helpers: private file modes and consistent SQLite copies."""

from __future__ import annotations

import os
from pathlib import Path

# The private-file helpers live in a leaf module the bundle code can use without the store.
from fsadesk.files import PRIVATE_DIR, PRIVATE_FILE, create_private_file, make_private_dir

__all__ = [
    "DB_NAME", "PRIVATE_DIR", "PRIVATE_FILE", "SQLITE_MAGIC", "backup_sqlite", "create_private_file",
    "is_workspace", "make_private_dir", "read_magic",
]  # fmt: skip

SQLITE_MAGIC = b"SQLite format 3\x00"
DB_NAME = "workspace.sqlite"  # the database file inside a workspace folder


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

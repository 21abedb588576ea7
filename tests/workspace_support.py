"""Looking at a workspace file from outside, as the tests that prove "nothing stored changed" do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fsadesk.store.files import DB_NAME


def dump(place: Path, *, immutable: bool = False) -> str:
    """Every table's content, schema and triggers, read from the file as it is on disk. `place` is
    a workspace folder or its database file; `immutable` reads a file SQLite may not lock (in a
    read-only folder, or made immutable) without creating -wal/-shm files beside it."""
    db = place / DB_NAME if place.is_dir() else place
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    con = sqlite3.connect(f"{db.as_uri()}?{flags}", uri=True)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()

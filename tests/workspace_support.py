"""Looking at a workspace file from outside, as the tests that prove "nothing stored changed" do."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from fsadesk.assessment.signoff import Role, SignOff
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


SIGNED_ON = dt.date(2027, 5, 20)
# The three sign-offs a finalised cycle needs (preparer, reviewer, senior management).
ALL_SIGNOFFS = [
    SignOff(Role.PREPARER, "佐藤 花子", "リスク管理課長", SIGNED_ON),
    SignOff(Role.REVIEWER, "鈴木 一郎", "総務部長", SIGNED_ON),
    SignOff(Role.APPROVER, "田中 太郎", "常務理事", SIGNED_ON),
]


def make_demo(tmp_path: Path) -> Path:
    """The demo workspace (`fsadesk demo`) in tmp_path/demo."""
    from fsadesk.cli import run

    assert run(["demo", str(tmp_path / "demo")]) == 0
    return tmp_path / "demo"

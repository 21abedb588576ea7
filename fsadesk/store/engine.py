"""The one place a workspace database engine is made."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when a transaction begins (see _on_begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    # WAL + synchronous=FULL: a commit is on disk when it returns, so a crash or power cut after
    # "saved" loses nothing; readers never block the writer.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _on_begin(conn: Any) -> None:
    # sqlite3 would otherwise send BEGIN only before the first write, so the reads that decide a
    # save (is the cycle open? what was the old answer?) ran outside the transaction, and a second
    # writer could slip in between. IMMEDIATE takes the write lock up front; migrations also become
    # one atomic transaction.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(db_path: Path) -> Engine:
    """Engine for a workspace file. The default pool keeps one connection open, so an answer save
    does not pay for reconnecting; Workspace.close() disposes it, releasing file locks."""
    url = URL.create(drivername="sqlite", database=str(db_path))
    engine = create_engine(url, pool_size=1, max_overflow=2)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine

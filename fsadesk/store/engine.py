"""The one place a workspace database engine is made.

Reads and writes begin differently. A read begins a deferred transaction: under WAL it takes no
lock that a writer needs, so `fsadesk scores` or the app's pages keep working while another process
saves. A write begins with BEGIN IMMEDIATE (see for_writing), so the reads that decide a save run
inside the same locked transaction. SQLite errors about the file or its place (locked, full,
read-only…) come out as the typed faults of fsadesk.store.errors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext

from fsadesk.store.faults import from_sqlite

# How long a write waits for another process's write to finish before giving up with
# WorkspaceBusy. A save holds the lock for milliseconds, so 3 s covers any normal overlap, and a
# lock held longer (another window in the middle of a migration, a tool left in a transaction)
# is reported soon instead of freezing the window.
BUSY_TIMEOUT_MS = 3000
_WRITE = "fsadesk_write"  # execution option marking a connection that writes


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when a transaction begins (see _on_begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    # busy_timeout first: the statements below may have to wait for another process too.
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # WAL + synchronous=FULL: a commit is on disk when it returns, so a crash or power cut after
    # "saved" loses nothing; readers never block the writer.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _on_connect_read_only(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None
    dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _on_begin(conn: Any) -> None:
    if conn.get_execution_options().get(_WRITE):
        # sqlite3 would otherwise send BEGIN only before the first write, so the reads that decide
        # a save (is the cycle open? what was the old answer?) ran outside the transaction, and a
        # second writer could slip in between. IMMEDIATE takes the write lock up front; migrations
        # also become one atomic transaction.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        # Deferred: the reads of one transaction see one consistent state, and take no write lock.
        conn.exec_driver_sql("BEGIN")


def for_writing(engine: Engine) -> Engine:
    """The same engine (same pool), whose transactions take the write lock as they begin."""
    return engine.execution_options(**{_WRITE: True})


def _url(db: Path, read_only: bool, immutable: bool) -> URL:
    if not read_only:
        return URL.create(drivername="sqlite", database=str(db))
    query = {"mode": "ro", "uri": "true"} | ({"immutable": "1"} if immutable else {})
    return URL.create(drivername="sqlite", database=db.resolve().as_uri(), query=query)


def make_engine(db_path: Path, read_only: bool = False, immutable: bool = False) -> Engine:
    """Engine for a workspace file. The default pool keeps one connection open, so an answer save
    does not pay for reconnecting; Workspace.close() disposes it, releasing file locks.

    read_only opens the file with SQLite's mode=ro (a write is refused, and reported as the
    read-only folder or file it is); immutable also tells SQLite nobody changes the file, which
    is how a WAL database in a folder where its -shm file cannot be created is read."""
    engine = create_engine(_url(db_path, read_only, immutable), pool_size=1, max_overflow=2)
    event.listen(engine, "connect", _on_connect_read_only if read_only else _on_connect)
    event.listen(engine, "begin", _on_begin)

    def on_error(context: ExceptionContext) -> BaseException | None:
        return from_sqlite(context.original_exception, db_path)

    event.listen(engine, "handle_error", on_error)
    return engine

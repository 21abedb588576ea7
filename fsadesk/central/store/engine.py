"""The one place a central database engine is made: a SQLite file or a PostgreSQL server.

SQLite is set up as the member workspace is (fsadesk/store/engine.py): WAL, synchronous=FULL,
foreign keys on, a busy timeout, and BEGIN IMMEDIATE for a writing transaction so what a use case
reads to decide a write cannot change under it. On PostgreSQL the unique constraints decide races.
A database that cannot be reached or written comes out as CentralUnavailable, in plain words.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import URL, ExceptionContext

from fsadesk.central.store.errors import CentralUnavailable

BUSY_TIMEOUT_MS = 3000  # as the member workspace: a write holds the lock for milliseconds
CONNECT_TIMEOUT_S = 10  # a server that does not answer is reported, not waited for forever
_WRITE = "fsadesk_central_write"


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # SQLAlchemy's begin event decides when a transaction begins
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")


def for_writing(engine: Engine) -> Engine:
    """The same engine, whose transactions take SQLite's write lock as they begin."""
    return engine.execution_options(**{_WRITE: True})


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def _error_handler(shown: str) -> Any:
    def on_error(context: ExceptionContext) -> BaseException | None:
        original = context.original_exception
        if isinstance(context.sqlalchemy_exception, exc.OperationalError) or isinstance(
            original, OSError
        ):
            return CentralUnavailable(
                f"The central database {shown} cannot be used: {_first_line(original)}. Nothing was changed."
            )
        return None

    return on_error


def sqlite_engine(db: Path) -> Engine:
    engine = create_engine(URL.create(drivername="sqlite", database=str(db)), pool_size=1, max_overflow=2)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "handle_error", _error_handler(str(db)))
    return engine


def server_engine(url: URL) -> Engine:
    engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    event.listen(engine, "handle_error", _error_handler(shown_url(url)))
    return engine


def shown_url(url: URL) -> str:
    """A server URL as it may be printed: never with its password."""
    return url.render_as_string(hide_password=True)

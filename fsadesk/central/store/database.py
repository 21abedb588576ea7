"""Open or create a central database: a SQLite file, or a PostgreSQL database given by URL.

As for the member workspace (fsadesk/store/workspace.py): a database is inspected before anything
is written to it, a SQLite file gets a dated backup beside it before it is migrated, a database
from a newer fsadesk is refused unchanged, and something that is not a central database (a
member workspace, a text file, another application's tables) is refused by name. On PostgreSQL
the migration runs in one transaction (its DDL is transactional) under an advisory lock, so two
analysts opening an older database at once migrate it once.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from fsadesk.central.store import schema
from fsadesk.central.store.engine import for_writing, server_engine, shown_url, sqlite_engine
from fsadesk.central.store.errors import (
    BadDatabaseTarget,
    CentralError,
    CentralExists,
    CentralMigrationFailed,
    CentralNotFound,
    CentralUnavailable,
    CorruptCentral,
    NewerCentral,
    NotACentralDatabase,
)
from fsadesk.files import create_private_file
from fsadesk.store.files import DB_NAME as WORKSPACE_DB_NAME
from fsadesk.store.files import SQLITE_MAGIC, backup_sqlite, read_magic

__all__ = ["CentralDatabase", "open_central"]

# What a new database holds besides its schema (the organisation row), written in the same
# transaction as the schema: a database is created whole or not at all.
Fill = Callable[[Connection], None]

# Any number: the key of the PostgreSQL advisory lock held while a central schema is created or
# migrated ("fsad" in ASCII).
_MIGRATION_LOCK = 0x66736164


class CentralDatabase:
    """An open central database. Use as a context manager, or call close()."""

    def __init__(self, engine: Engine, shown: str, backup: Path | None = None) -> None:
        self.engine = engine
        self.shown = shown  # how to name it to the user (a path, or a URL without its password)
        self.backup_made = backup  # the copy taken before a migration on this open, if any

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action, one transaction: committed when the block ends, rolled back entirely
        on any exception. On SQLite the write lock is taken as it begins."""
        with Session(for_writing(self.engine), expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with Session(self.engine) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> CentralDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def parse_target(target: str | Path | URL) -> Path | URL:
    """A file path (SQLite), or a server URL (`postgresql+psycopg://user@host/db`)."""
    if isinstance(target, Path):
        return target
    if isinstance(target, URL):
        return parse_target(target.render_as_string(hide_password=False))
    if not target.strip():
        raise BadDatabaseTarget("No central database was given (a file name or a postgresql+psycopg:// address).")
    if "://" not in target:
        return Path(target)
    try:
        url = make_url(target)
    except ArgumentError:
        raise BadDatabaseTarget(f"{target!r} is not a database address fsadesk can read.") from None
    if url.get_backend_name() == "sqlite":
        if not url.database:
            raise BadDatabaseTarget("A SQLite central database must be a file, not one held in memory.")
        return Path(url.database)
    if url.get_backend_name() != "postgresql":
        raise BadDatabaseTarget(
            f"fsadesk keeps a central database in a SQLite file or on PostgreSQL; {shown_url(url)} is neither."
        )
    return url.set(drivername="postgresql+psycopg")


def open_central(target: str | Path | URL, *, create: bool = False, fill: Fill | None = None) -> CentralDatabase:
    """Open a central database, migrating it if it is older. With create=True a missing (SQLite)
    or empty (PostgreSQL) database is created at the newest schema (and `fill` run in the same
    transaction); without it, it is refused, so a mistyped name never quietly starts a second,
    empty registry."""
    where = parse_target(target)
    if isinstance(where, URL):
        return _open_server(where, create, fill)
    return _open_file(where, create, fill)


# --- SQLite ---------------------------------------------------------------------------------------


def _open_file(db: Path, create: bool, fill: Fill | None) -> CentralDatabase:
    if db.is_dir():
        if (db / WORKSPACE_DB_NAME).is_file():
            raise NotACentralDatabase(
                f"{db} is a member institution's workspace, not a central organisation's database."
            )
        raise NotACentralDatabase(f"{db} is a folder; give the central database's file name.")
    if not db.exists():
        if not create:
            raise CentralNotFound(
                f"There is no central database at {db}. Create one with: fsadesk central init --db {db} --name NAME"
            )
        return _create_file(db, fill)
    if create:
        raise CentralExists(f"{db} already exists; it is opened, not created again.")
    revision = _inspect_file(db)
    if revision == schema.HEAD_REVISION:
        return CentralDatabase(sqlite_engine(db), str(db))
    _check_known(revision, str(db))
    backup = _backup_beside(db, revision)
    engine = sqlite_engine(db)
    try:
        with for_writing(engine).begin() as conn:
            schema.upgrade(conn)
    except Exception as exc:
        engine.dispose()
        raise CentralMigrationFailed(
            f"Updating the central database {db} failed ({exc}). A copy from before the update is at {backup}."
        ) from exc
    return CentralDatabase(engine, str(db), backup)


def _create_file(db: Path, fill: Fill | None) -> CentralDatabase:
    if not db.parent.is_dir():
        raise CentralNotFound(f"The folder {db.parent} does not exist.")
    try:
        create_private_file(db)  # 0600: the registry holds who is a member and their keys
    except OSError as exc:
        raise CentralUnavailable(f"{db} cannot be created ({exc.strerror}).") from exc
    engine = sqlite_engine(db)
    try:
        with for_writing(engine).begin() as conn:
            schema.upgrade(conn)
            if fill is not None:
                fill(conn)
    except BaseException:
        engine.dispose()
        for path in (Path(f"{db}-wal"), Path(f"{db}-shm"), db):  # no half-made database is left
            path.unlink(missing_ok=True)
        raise
    return CentralDatabase(engine, str(db))


def _inspect_file(db: Path) -> str:
    """Check a file read-only; return its central schema revision."""
    try:
        size = db.stat().st_size
        magic = read_magic(db)
    except OSError as exc:
        raise CentralUnavailable(f"The central database {db} cannot be read ({exc.strerror}).") from exc
    if size == 0:
        raise CorruptCentral(f"The central database {db} is empty. Restore it from a backup.")
    if magic != SQLITE_MAGIC:
        raise NotACentralDatabase(f"{db} is not a central database: it is not a SQLite database file.")
    try:
        con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            check = con.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise CorruptCentral(f"The central database {db} is damaged. Restore it from a backup.")
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            row = None
            if schema.VERSION_TABLE in tables:
                row = con.execute(f"SELECT version_num FROM {schema.VERSION_TABLE}").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptCentral(f"The central database {db} is damaged or cannot be read ({exc}).") from exc
    return _revision_of(tables, row[0] if row else None, str(db))


def _revision_of(tables: set[str], revision: str | None, shown: str) -> str:
    if schema.VERSION_TABLE not in tables or revision is None:
        if schema.MEMBER_VERSION_TABLE in tables:
            raise NotACentralDatabase(
                f"{shown} is a member institution's workspace database, not a central organisation's database."
            )
        raise NotACentralDatabase(f"{shown} is a database, but not an fsadesk central database.")
    return revision


def _check_known(revision: str, shown: str) -> None:
    known = schema.known_revisions()
    if revision not in known:
        raise NewerCentral(
            f"The central database {shown} was saved by a newer version of fsadesk (schema {revision}); "
            f"this version reads schemas up to {known[-1]}. Please update fsadesk. Nothing was changed."
        )


def _backup_beside(db: Path, revision: str) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dest = db.with_name(f"{db.stem}-schema{revision}-{stamp}{db.suffix or '.sqlite'}")
    try:
        backup_sqlite(db, dest)
    except (OSError, sqlite3.Error) as exc:
        raise CentralMigrationFailed(
            f"The central database {db} needs updating, but the backup beside it could not be made ({exc}). "
            "Nothing was changed."
        ) from exc
    return dest


# --- PostgreSQL -----------------------------------------------------------------------------------


def _open_server(url: URL, create: bool, fill: Fill | None) -> CentralDatabase:
    shown = shown_url(url)
    engine = server_engine(url)
    try:
        with engine.begin() as conn:
            # One transaction: the lock, the look at the tables and any migration together.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
            _prepare_server(conn, shown, create, fill)
    except CentralError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise CentralMigrationFailed(
            f"Preparing the central database {shown} failed ({exc}). Nothing was changed."
        ) from exc
    return CentralDatabase(engine, shown)


def _prepare_server(conn: Connection, shown: str, create: bool, fill: Fill | None) -> None:
    tables = set(inspect(conn).get_table_names())
    if not tables:
        if not create:
            raise CentralNotFound(
                f"The database {shown} is empty. Create the central database with: "
                "fsadesk central init --db URL --name NAME"
            )
        schema.upgrade(conn)
        if fill is not None:
            fill(conn)
        return
    row = None
    if schema.VERSION_TABLE in tables:
        row = conn.execute(text(f"SELECT version_num FROM {schema.VERSION_TABLE}")).first()
    revision = _revision_of(tables, row[0] if row else None, shown)
    if create:
        raise CentralExists(f"{shown} already holds a central database; it is opened, not created again.")
    if revision != schema.HEAD_REVISION:
        _check_known(revision, shown)
        schema.upgrade(conn)


def environment_url() -> str | None:
    """The server URL given by the environment (FSADESK_CENTRAL_DB), if any."""
    return os.environ.get("FSADESK_CENTRAL_DB") or None

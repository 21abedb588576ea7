"""Open or create an institution workspace: a private folder holding one SQLite database.

Opening never changes a file it then refuses: the file is first inspected read-only (is it SQLite,
is it intact, which schema), a timestamped backup is made before any migration, and a file from a
newer fsadesk is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy import Engine

from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.store import faults, schema
from fsadesk.store.answers import AnswerRepository
from fsadesk.store.benchmarks import BenchmarkRepository
from fsadesk.store.campaigns import CampaignRepository
from fsadesk.store.cycles import CycleRepository
from fsadesk.store.engine import for_writing, make_engine
from fsadesk.store.errors import (
    CorruptWorkspace,
    MigrationFailed,
    NewerWorkspace,
    NotAWorkspace,
    WorkspaceNotFound,
)
from fsadesk.store.exports import ExportRepository
from fsadesk.store.files import (
    DB_NAME,
    SQLITE_MAGIC,
    backup_sqlite,
    create_private_file,
    is_workspace,
    make_private_dir,
    read_magic,
)
from fsadesk.store.institution import InstitutionRepository
from fsadesk.store.records import Cycle
from fsadesk.store.unit_of_work import UnitOfWork, unit_of_work

__all__ = ["Workspace", "create_workspace", "is_workspace", "open_workspace"]

BACKUP_DIR = "backups"


class Workspace:
    """An open workspace. Use as a context manager, or call close()."""

    def __init__(self, folder: Path, engine: Engine, backup: Path | None = None) -> None:
        self.folder = folder
        self.engine = engine
        self.backup_made = backup  # the copy taken before a migration on this open, if any
        self.institution = InstitutionRepository(engine)
        self.cycles = CycleRepository(engine)
        self.answers = AnswerRepository(engine)
        self.exports = ExportRepository(engine)
        self.campaigns = CampaignRepository(engine)
        self.benchmarks = BenchmarkRepository(engine)

    def profile_for(self, cycle: Cycle) -> InstitutionProfile | None:
        """The profile a cycle is assessed under: the one it was finalised with, or for an open
        cycle the workspace's current profile."""
        return cycle.profile or self.institution.get()

    def unit_of_work(self) -> AbstractContextManager[UnitOfWork]:
        """One transaction for one user action: everything done through the yielded repositories
        is committed once when the block ends, or (on any exception) nothing is."""
        return unit_of_work(self.engine)

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read_uri(db: Path, immutable: bool) -> str:
    return f"{db.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def _needs_immutable(db: Path) -> bool:
    """Whether the file can only be read as immutable: WAL needs a -shm file beside the database,
    which a read-only folder does not let SQLite create. With no -wal file there is nothing
    outside the database file itself, so reading it as immutable shows exactly what is stored."""
    return not faults.folder_writable(db) and not Path(f"{db}-wal").exists()


def _inspect_revision(db: Path, immutable: bool = False) -> str | None:
    """Check a workspace file read-only; return its schema revision. Raises a WorkspaceError."""
    faults.check_readable(db)  # a folder, a device, no permission: each named as it is
    try:
        size = db.stat().st_size
        magic = read_magic(db)
    except OSError as exc:
        raise WorkspaceNotFound(db, f"The workspace file {db} cannot be read ({exc.strerror}).") from exc
    if size == 0:
        raise CorruptWorkspace(db, f"The workspace file {db} is empty. Restore it from a backup.")
    if magic != SQLITE_MAGIC:
        raise NotAWorkspace(db, f"{db} is not an fsadesk workspace: it is not a SQLite database file.")
    try:
        con = sqlite3.connect(_read_uri(db, immutable), uri=True)
        try:
            check = con.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                detail = "; ".join(str(r[0]) for r in check[:3])
                raise CorruptWorkspace(db, f"The workspace file {db} is damaged ({detail}). Restore it from a backup.")
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                raise NotAWorkspace(db, f"{db} is a SQLite database, but not an fsadesk workspace.")
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if exc.sqlite_errorname not in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
            # Not the content: the file or its place (read-only, locked…), named as it is.
            raise faults.from_sqlite(exc, db) or faults.read_only_folder(db) from exc
        raise CorruptWorkspace(
            db, f"The workspace file {db} is damaged or truncated ({exc}). Restore it from a backup."
        ) from exc
    return row[0] if row else None


def _backup_before_migration(folder: Path, db: Path, revision: str) -> Path:
    backups = folder / BACKUP_DIR
    make_private_dir(backups)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dest = backups / f"workspace-schema{revision}-{stamp}.sqlite"
    backup_sqlite(db, dest)
    return dest


def open_workspace(folder: Path) -> Workspace:
    """Open an existing workspace, migrating it (after a backup) if it is older.

    A workspace that cannot be written (a read-only folder or file) opens for reading; a write
    then raises ReadOnlyFolder or ReadOnlyFile, and so does a migration, which must write."""
    folder = Path(folder)
    db = folder / DB_NAME
    try:
        # lexists/exists would hide a folder this user may not enter behind "no workspace".
        os.lstat(db)
        present = True
    except PermissionError as exc:
        raise faults.no_permission(folder, db) from exc
    except OSError:
        present = False
    if not present:
        raise WorkspaceNotFound(folder, f"No fsadesk workspace in {folder} (there is no {DB_NAME}).")
    immutable = _needs_immutable(db)
    revision = _inspect_revision(db, immutable)
    read_only = faults.write_problem(db)
    if revision == schema.HEAD_REVISION:
        return Workspace(folder, make_engine(db, read_only=read_only is not None, immutable=immutable))
    if read_only is not None:
        raise type(read_only)(
            db,
            f"{read_only} This workspace also needs updating to this version of fsadesk, which writes to it.",
        )
    known = schema.known_revisions()
    if revision not in known:
        raise NewerWorkspace(
            db,
            f"This workspace was saved by a newer version of fsadesk (schema {revision}); this version "
            f"reads schemas up to {known[-1]}. Please update fsadesk. The file has not been changed.",
        )
    try:
        backup = _backup_before_migration(folder, db, str(revision))
    except OSError as exc:
        raise faults.from_os_error(exc, folder / BACKUP_DIR, db) from exc
    engine = make_engine(db)
    try:
        schema.upgrade(for_writing(engine))
    except Exception as exc:
        engine.dispose()
        raise MigrationFailed(
            db, f"Updating the workspace failed ({exc}). A copy from before the update is at {backup}."
        ) from exc
    return Workspace(folder, engine, backup)


def create_workspace(folder: Path, fill: Callable[[UnitOfWork], object] | None = None) -> Workspace:
    """Create a workspace folder (mode 0700, unless it exists: then its mode is left alone) and
    database (mode 0600). `fill` writes the first content (profile, first cycle) in one unit of work.

    All or nothing: the database is built under a temporary name beside its place and takes the
    name workspace.sqlite only once its schema and `fill` are committed. On any failure (a full
    disk, `fill` raising) everything this call created is removed again, so no half-made workspace
    is left to be opened later, and a folder that was already there keeps what was in it."""
    folder = Path(folder)
    db = folder / DB_NAME
    if db.exists():
        raise NotAWorkspace(db, f"A workspace already exists in {folder}; open it instead.")
    # Hidden, and unique so that one left by a power cut never blocks the next attempt.
    building = folder / f".{DB_NAME}.new-{secrets.token_hex(4)}"
    created: list[Path] = []
    try:
        created = make_private_dir(folder)
        create_private_file(building)
    except OSError as exc:
        _remove_created(building, created)
        raise faults.from_os_error(exc, folder, db) from exc
    engine = make_engine(building)
    try:
        schema.upgrade(for_writing(engine))
        if fill is not None:
            with unit_of_work(engine) as uow:
                fill(uow)
        _close_for_rename(engine, building)
        _take_name(building, db)
    except BaseException:
        engine.dispose()
        _remove_created(building, created)
        raise
    return Workspace(folder, make_engine(db))


def _close_for_rename(engine: Engine, db: Path) -> None:
    """Close the database with everything in the file itself: a WAL file belongs to the name it
    was made for, so one left behind would not follow the rename and its commits would be lost."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    wal = Path(f"{db}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise faults.from_os_error(OSError(f"{wal} was not written back into the database"), db.parent, db)


def _take_name(building: Path, db: Path) -> None:
    try:
        if db.exists():  # made by someone else meanwhile: theirs, never replaced
            raise NotAWorkspace(db, f"A workspace already exists in {db.parent}; open it instead.")
        os.rename(building, db)
    except OSError as exc:
        raise faults.from_os_error(exc, db.parent, db) from exc
    for extra in (Path(f"{building}-wal"), Path(f"{building}-shm")):  # empty once closed, if left at all
        with contextlib.suppress(OSError):
            extra.unlink()


def _remove_created(db: Path, folders: list[Path]) -> None:
    """Undo a creation that failed half-way (a full disk), so no empty file is left that would
    later be reported as a damaged workspace. Only what this call created is removed."""
    for path in (Path(f"{db}-wal"), Path(f"{db}-shm"), db):
        with contextlib.suppress(OSError):
            path.unlink()
    for folder in reversed(folders):
        with contextlib.suppress(OSError):
            folder.rmdir()

"""Where a repository runs its statements: its own short transaction per call, or the one
transaction of a unit of work (fsadesk.store.unit_of_work) that several calls share.

A repository made on an Engine commits each write as it returns (the answer save path: "saved"
means on disk). A repository made on a Connection of a unit of work neither begins nor commits:
its reads and writes join that transaction, which commits once, or rolls back entirely.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext

from sqlalchemy import Connection, Engine

from fsadesk.store.engine import for_writing


class Access:
    __slots__ = ("_conn", "_engine", "_writer")

    def __init__(self, bind: Engine | Connection) -> None:
        if isinstance(bind, Connection):
            self._conn: Connection | None = bind
            self._engine: Engine | None = None
            self._writer: Engine | None = None
        else:
            self._conn = None
            self._engine = bind
            self._writer = for_writing(bind)

    def read(self) -> AbstractContextManager[Connection]:
        """A connection to read from: the unit of work's (inside its write-locked transaction,
        so the reads that decide a write see what the write will change), or a fresh one."""
        if self._conn is not None:
            return nullcontext(self._conn)
        assert self._engine is not None
        return self._engine.connect()

    def write(self) -> AbstractContextManager[Connection]:
        """A connection in a write transaction: the unit of work's (committed by it, not here), or
        a BEGIN IMMEDIATE transaction of its own that commits when the block ends."""
        if self._conn is not None:
            return nullcontext(self._conn)
        assert self._writer is not None
        return self._writer.begin()

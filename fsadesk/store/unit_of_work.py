"""One user action, one transaction: the repositories of a workspace sharing a single
BEGIN IMMEDIATE transaction that commits once at the end, or rolls back entirely.

    with unit_of_work(engine) as uow:
        cycle = uow.cycles.create(...)
        uow.answers.save_many(cycle.id, ...)

The write lock is taken as the unit begins (fsadesk.store.engine.for_writing), so what the steps
read to decide their writes (is the cycle open? which sign-offs are there?) cannot change under
them. A refused write or commit (locked, disk full, read-only…) comes out as the same typed
WorkspaceFault as a single save, through the engine's error handler, and leaves nothing stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine

from fsadesk.store.answers import AnswerRepository
from fsadesk.store.benchmarks import BenchmarkRepository
from fsadesk.store.campaigns import CampaignRepository
from fsadesk.store.cycles import CycleRepository
from fsadesk.store.engine import for_writing
from fsadesk.store.exports import ExportRepository
from fsadesk.store.institution import InstitutionRepository

__all__ = ["UnitOfWork", "unit_of_work"]


class UnitOfWork:
    """The repositories, bound to one open transaction. Only valid inside its `with` block."""

    def __init__(self, conn: Connection) -> None:
        self.institution = InstitutionRepository(conn)
        self.cycles = CycleRepository(conn)
        self.answers = AnswerRepository(conn)
        self.exports = ExportRepository(conn)
        self.campaigns = CampaignRepository(conn)
        self.benchmarks = BenchmarkRepository(conn)


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[UnitOfWork]:
    """Commit everything done through the yielded repositories when the block ends; on any
    exception (including one from the commit itself) roll all of it back and re-raise."""
    with for_writing(engine).begin() as conn:
        yield UnitOfWork(conn)

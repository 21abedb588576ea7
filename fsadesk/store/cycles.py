"""Assessment cycles of a workspace."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from fsadesk.assessment.cycles import carry_over
from fsadesk.catalogue.model import Catalogue
from fsadesk.store.answers import AnswerRepository
from fsadesk.store.clock import now_iso
from fsadesk.store.models import CycleRow


@dataclass(frozen=True)
class Cycle:
    id: int
    label: str
    fiscal_year: int
    catalogue_id: str
    catalogue_version: str
    catalogue_digest: str
    created_at: str
    copied_from_id: int | None
    state: str
    last_item_id: str | None

    @property
    def is_open(self) -> bool:
        return self.state == "open"


def _cycle(row: CycleRow) -> Cycle:
    return Cycle(
        id=row.id,
        label=row.label,
        fiscal_year=row.fiscal_year,
        catalogue_id=row.catalogue_id,
        catalogue_version=row.catalogue_version,
        catalogue_digest=row.catalogue_digest,
        created_at=row.created_at,
        copied_from_id=row.copied_from_id,
        state=row.state,
        last_item_id=row.last_item_id,
    )


class CycleRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def create(self, label: str, fiscal_year: int, catalogue: Catalogue, copied_from: int | None = None) -> Cycle:
        with Session(self._engine, expire_on_commit=False) as s, s.begin():
            row = CycleRow(
                label=label,
                fiscal_year=fiscal_year,
                catalogue_id=catalogue.id,
                catalogue_version=catalogue.version,
                catalogue_digest=catalogue.digest,
                created_at=now_iso(),
                copied_from_id=copied_from,
                state="open",
            )
            s.add(row)
            s.flush()
            return _cycle(row)

    def all(self) -> list[Cycle]:
        with Session(self._engine) as s:
            return [_cycle(r) for r in s.scalars(select(CycleRow).order_by(CycleRow.fiscal_year, CycleRow.id))]

    def get(self, cycle_id: int) -> Cycle:
        with Session(self._engine) as s:
            row = s.get(CycleRow, cycle_id)
            if row is None:
                raise KeyError(cycle_id)
            return _cycle(row)

    def latest(self) -> Cycle | None:
        cycles = self.all()
        return cycles[-1] if cycles else None

    def set_last_item(self, cycle_id: int, item_id: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(update(CycleRow).where(CycleRow.id == cycle_id).values(last_item_id=item_id))


def start_next_cycle(
    cycles: CycleRepository,
    answers: AnswerRepository,
    catalogue: Catalogue,
    label: str,
    fiscal_year: int,
    copy_from: int | None,
    by: str | None = None,
) -> Cycle:
    """Open a new cycle; with copy_from, every answer of that cycle is carried over (and marked for
    review, so nothing is signed off unseen). The copies get history rows like any other change."""
    cycle = cycles.create(label, fiscal_year, catalogue, copied_from=copy_from)
    if copy_from is not None:
        previous = answers.load(copy_from)
        answers.save_many(cycle.id, carry_over(previous, catalogue.item_ids()).values(), by=by)
    return cycle

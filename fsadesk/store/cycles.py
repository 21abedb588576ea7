"""Assessment cycles of a workspace."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from fsadesk.assessment.cycles import carry_over
from fsadesk.assessment.signoff import Role, SignOff, missing_for_finalising
from fsadesk.catalogue.model import Catalogue
from fsadesk.store.answers import AnswerRepository
from fsadesk.store.clock import now_iso
from fsadesk.store.engine import for_writing
from fsadesk.store.errors import CycleLocked
from fsadesk.store.models import CycleRow, InstitutionRow, SignOffRow
from fsadesk.store.records import Cycle, cycle_from_row, profile_from_row, profile_to_json

__all__ = ["Cycle", "CycleRepository", "start_next_cycle", "start_revision"]


class CycleRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._writer = for_writing(engine)

    def create(
        self,
        label: str,
        fiscal_year: int,
        catalogue: Catalogue,
        copied_from: int | None = None,
        revision_of: Cycle | None = None,
    ) -> Cycle:
        with Session(self._writer, expire_on_commit=False) as s, s.begin():
            row = CycleRow(
                label=label,
                fiscal_year=fiscal_year,
                catalogue_id=catalogue.id,
                catalogue_version=catalogue.version,
                catalogue_digest=catalogue.digest,
                created_at=now_iso(),
                copied_from_id=copied_from,
                state="open",
                revision=revision_of.revision + 1 if revision_of else 1,
                revision_of_id=revision_of.id if revision_of else None,
            )
            s.add(row)
            s.flush()
            return cycle_from_row(row)

    def all(self) -> list[Cycle]:
        with Session(self._engine) as s:
            return [cycle_from_row(r) for r in s.scalars(select(CycleRow).order_by(CycleRow.fiscal_year, CycleRow.id))]

    def get(self, cycle_id: int) -> Cycle:
        with Session(self._engine) as s:
            row = s.get(CycleRow, cycle_id)
            if row is None:
                raise KeyError(cycle_id)
            return cycle_from_row(row)

    def latest(self) -> Cycle | None:
        cycles = self.all()
        return cycles[-1] if cycles else None

    def signoffs(self, cycle_id: int) -> list[SignOff]:
        with Session(self._engine) as s:
            rows = s.scalars(select(SignOffRow).where(SignOffRow.cycle_id == cycle_id)).all()
            order = list(Role)
            out = [
                SignOff(Role(r.role), r.name, r.title, dt.date.fromisoformat(r.date) if r.date else None) for r in rows
            ]
            return sorted(out, key=lambda so: order.index(so.role))

    def set_signoff(self, cycle_id: int, signoff: SignOff) -> None:
        """Record one role's sign-off (replacing an earlier entry). Refused on a finalised cycle."""
        with Session(self._writer) as s, s.begin():
            cycle = s.get(CycleRow, cycle_id)
            if cycle is None:
                raise KeyError(cycle_id)
            if cycle.state != "open":
                raise CycleLocked(f"cycle {cycle_id} is finalised and read-only")
            row = s.scalar(
                select(SignOffRow).where(SignOffRow.cycle_id == cycle_id, SignOffRow.role == signoff.role.value)
            ) or SignOffRow(cycle_id=cycle_id, role=signoff.role.value)
            row.name = signoff.name
            row.title = signoff.title
            row.date = signoff.date.isoformat() if signoff.date else None
            row.recorded_at = now_iso()
            s.add(row)

    def finalise(self, cycle_id: int, by: str) -> Cycle:
        """Lock the cycle: from now on its answers and sign-off are read-only. Needs all three
        sign-offs complete; raises ValueError naming the missing roles otherwise."""
        missing = missing_for_finalising(self.signoffs(cycle_id))
        if missing:
            raise ValueError("sign-off missing for: " + ", ".join(r.value for r in missing))
        with Session(self._writer) as s, s.begin():
            institution = s.get(InstitutionRow, 1)
            # What was signed off keeps the profile it was assessed under, whatever changes later.
            frozen = profile_to_json(profile_from_row(institution)) if institution is not None else None
            result = s.execute(
                update(CycleRow)
                .where(CycleRow.id == cycle_id, CycleRow.state == "open")
                .values(state="final", finalised_at=now_iso(), finalised_by=by, profile=frozen)
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise CycleLocked(f"cycle {cycle_id} is already finalised")
        return self.get(cycle_id)

    def set_last_item(self, cycle_id: int, item_id: str) -> None:
        """Remember where the user is. Raises a WorkspaceFault (a SaveFailed) when the database
        refuses the write."""
        with self._writer.begin() as conn:
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


def start_revision(
    cycles: CycleRepository, answers: AnswerRepository, catalogue: Catalogue, final: Cycle, by: str | None = None
) -> Cycle:
    """Change a finalised cycle by opening a new revision of it: same year, every answer copied as
    it was, while the finalised original stays untouched (it is what was signed off)."""
    if final.is_open:
        raise ValueError("only a finalised cycle gets a new revision; this one is still open")
    cycle = cycles.create(final.label, final.fiscal_year, catalogue, copied_from=final.id, revision_of=final)
    answers.save_many(cycle.id, answers.load(final.id).values(), by=by)
    return cycle

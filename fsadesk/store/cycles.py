"""Assessment cycles of a workspace.

Each call on a repository made on an Engine is one transaction; on a unit of work's Connection
(fsadesk.store.unit_of_work), calls join that transaction. Operations of several steps (start the
next cycle, a revision, sign-off and finalise) are use cases in fsadesk.app.cycles.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.orm import Session

from fsadesk.assessment.readiness import FinaliseNote
from fsadesk.assessment.signoff import Role, SignOff, missing_for_finalising
from fsadesk.catalogue.model import Catalogue
from fsadesk.store.access import Access
from fsadesk.store.clock import now_iso
from fsadesk.store.errors import CycleLocked
from fsadesk.store.models import CycleRow, InstitutionRow, SignOffRow
from fsadesk.store.records import Cycle, cycle_from_row, profile_from_row, profile_to_json

__all__ = ["Cycle", "CycleRepository"]


def _signoffs(conn: Connection, cycle_id: int) -> list[SignOff]:
    with Session(conn) as s:
        rows = s.scalars(select(SignOffRow).where(SignOffRow.cycle_id == cycle_id)).all()
        order = list(Role)
        out = [SignOff(Role(r.role), r.name, r.title, dt.date.fromisoformat(r.date) if r.date else None) for r in rows]
        return sorted(out, key=lambda so: order.index(so.role))


def _get(conn: Connection, cycle_id: int) -> Cycle:
    with Session(conn) as s:
        row = s.get(CycleRow, cycle_id)
        if row is None:
            raise KeyError(cycle_id)
        return cycle_from_row(row)


class CycleRepository:
    def __init__(self, bind: Engine | Connection) -> None:
        self._access = Access(bind)

    def create(
        self,
        label: str,
        fiscal_year: int,
        catalogue: Catalogue,
        copied_from: int | None = None,
        revision_of: Cycle | None = None,
    ) -> Cycle:
        with self._access.write() as conn, Session(conn, expire_on_commit=False) as s:
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
        with self._access.read() as conn, Session(conn) as s:
            return [cycle_from_row(r) for r in s.scalars(select(CycleRow).order_by(CycleRow.fiscal_year, CycleRow.id))]

    def get(self, cycle_id: int) -> Cycle:
        with self._access.read() as conn:
            return _get(conn, cycle_id)

    def latest(self) -> Cycle | None:
        cycles = self.all()
        return cycles[-1] if cycles else None

    def signoffs(self, cycle_id: int) -> list[SignOff]:
        with self._access.read() as conn:
            return _signoffs(conn, cycle_id)

    def set_signoff(self, cycle_id: int, signoff: SignOff) -> None:
        """Record one role's sign-off (replacing an earlier entry). Refused on a finalised cycle."""
        with self._access.write() as conn, Session(conn) as s:
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
            s.flush()

    def finalise(self, cycle_id: int, by: str, note: FinaliseNote | None = None) -> Cycle:
        """Lock the cycle: from now on its answers and sign-off are read-only. Needs all three
        sign-offs complete; raises ValueError naming the missing roles otherwise. `note`: why it
        was finalised with points still open (stored with the lock, in the same transaction)."""
        with self._access.write() as conn:
            # Read inside the write-locked transaction: the sign-offs checked are the ones locked in.
            missing = missing_for_finalising(_signoffs(conn, cycle_id))
            if missing:
                raise ValueError("sign-off missing for: " + ", ".join(r.value for r in missing))
            with Session(conn) as s:
                institution = s.get(InstitutionRow, 1)
                # What was signed off keeps the profile it was assessed under, whatever changes later.
                frozen = profile_to_json(profile_from_row(institution)) if institution is not None else None
                result = s.execute(
                    update(CycleRow)
                    .where(CycleRow.id == cycle_id, CycleRow.state == "open")
                    .values(
                        state="final",
                        finalised_at=now_iso(),
                        finalised_by=by,
                        profile=frozen,
                        finalise_note=note.to_json() if note is not None else None,
                    )
                )
                if result.rowcount != 1:  # type: ignore[attr-defined]
                    raise CycleLocked(f"cycle {cycle_id} is already finalised")
            return _get(conn, cycle_id)

    def set_last_item(self, cycle_id: int, item_id: str) -> None:
        """Remember where the user is. Raises a WorkspaceFault (a SaveFailed) when the database
        refuses the write."""
        with self._access.write() as conn:
            conn.execute(update(CycleRow).where(CycleRow.id == cycle_id).values(last_item_id=item_id))

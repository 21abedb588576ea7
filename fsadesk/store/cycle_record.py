"""Read one cycle's plain record (fsadesk.assessment.record) in ONE read transaction.

An export used to read the answers twice and the history three times, each in its own transaction,
so a save from another window in between could give a report and a bundle that disagree. Here every
table is read on one connection inside one deferred transaction: under WAL that is one snapshot.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from fsadesk.assessment.answers import Answer
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.record import CycleInfo, CycleRecord, HistorySummary, ItemHistory, PreviousCycle, utc_stamp
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.assessment.submission import ReceiptInfo
from fsadesk.store.campaigns import receipt_info
from fsadesk.store.models import AnswerHistoryRow, AnswerRow, CycleRow, InstitutionRow, ReceiptRow, SignOffRow
from fsadesk.store.records import Cycle, answer_from_row, cycle_from_row, profile_from_row
from fsadesk.store.workspace import Workspace

_cycle = CycleRow.__table__
_answer = AnswerRow.__table__
_history = AnswerHistoryRow.__table__
_signoff = SignOffRow.__table__
_institution = InstitutionRow.__table__


class NoProfile(LookupError):
    """The workspace has no institution profile yet (set-up was never completed)."""


def read_cycle_record(ws: Workspace, cycle_id: int, known_item_ids: frozenset[str]) -> CycleRecord:
    """Everything the report and the bundle need of cycle `cycle_id`, read as one snapshot.
    `known_item_ids` are the catalogue's items: stored answers for others are `unknown_items`.
    Raises KeyError for a cycle that does not exist, NoProfile before set-up is complete."""
    with ws.engine.connect() as conn, conn.begin():
        rows = conn.execute(select(_cycle).order_by(_cycle.c.fiscal_year, _cycle.c.id))
        cycles = {c.id: c for c in map(cycle_from_row, rows)}  # in order: fiscal year, then id
        if cycle_id not in cycles:
            raise KeyError(cycle_id)
        cycle = cycles[cycle_id]
        profile = cycle.profile or _current_profile(conn)
        if profile is None:
            raise NoProfile("This workspace has no institution profile yet; complete the set-up first.")
        answers = _answers(conn, cycle_id)
        before = _previous(cycles, cycle)
        return CycleRecord(
            profile=profile,
            cycle=_info(cycle),
            answers=answers,
            signoffs=_signoffs(conn, cycle_id),
            history=_history_summary(conn, cycle_id),
            unknown_items=tuple(sorted(i for i in answers if i not in known_item_ids)),
            previous=(
                PreviousCycle(before.id, before.label, before.fiscal_year, _answers(conn, before.id))
                if before is not None
                else None
            ),
            receipt=_receipt(conn, cycle_id),
        )


def _receipt(conn: Connection, cycle_id: int) -> ReceiptInfo | None:
    """The newest receipt for a bundle of this cycle, if the central organisation sent one."""
    with Session(conn) as s:
        row = s.scalars(
            select(ReceiptRow)
            .where(ReceiptRow.cycle_id == cycle_id)
            .order_by(ReceiptRow.received.desc(), ReceiptRow.id.desc())
            .limit(1)
        ).first()
        return receipt_info(row) if row is not None else None


def _current_profile(conn: Connection) -> InstitutionProfile | None:
    row = conn.execute(select(_institution).where(_institution.c.id == 1)).first()
    return profile_from_row(row) if row is not None else None


def _answers(conn: Connection, cycle_id: int) -> dict[str, Answer]:
    rows = conn.execute(select(_answer).where(_answer.c.cycle_id == cycle_id).order_by(_answer.c.item_id))
    return {r.item_id: answer_from_row(r) for r in rows}


def _signoffs(conn: Connection, cycle_id: int) -> tuple[SignOff, ...]:
    order = list(Role)
    rows = conn.execute(select(_signoff).where(_signoff.c.cycle_id == cycle_id))
    found = [SignOff(Role(r.role), r.name, r.title, dt.date.fromisoformat(r.date) if r.date else None) for r in rows]
    return tuple(sorted(found, key=lambda so: order.index(so.role)))


def _history_summary(conn: Connection, cycle_id: int) -> HistorySummary:
    """Counts and first/last change per item; the old and new answers (JSON) are not even read."""
    query = select(_history.c.item_id, _history.c.changed_at).where(_history.c.cycle_id == cycle_id)
    return summarise((r.item_id, r.changed_at) for r in conn.execute(query.order_by(_history.c.id)))


def summarise(changes: Iterable[tuple[str, str]]) -> HistorySummary:
    """The history summary of (item id, stored timestamp) pairs."""
    items: dict[str, ItemHistory] = {}
    total = 0
    for item_id, changed_at in changes:
        total += 1
        stamp = utc_stamp(changed_at)
        seen = items.get(item_id)
        if seen is None:
            items[item_id] = ItemHistory(1, stamp, stamp)
        else:
            items[item_id] = ItemHistory(seen.changes + 1, min(seen.first_change, stamp), max(seen.last_change, stamp))
    return HistorySummary(total, dict(sorted(items.items())))


def _info(cycle: Cycle) -> CycleInfo:
    return CycleInfo(
        id=cycle.id,
        label=cycle.label,
        fiscal_year=cycle.fiscal_year,
        state=cycle.state,
        created_at=utc_stamp(cycle.created_at),
        revision=cycle.revision,
        catalogue_id=cycle.catalogue_id,
        catalogue_version=cycle.catalogue_version,
        catalogue_digest=cycle.catalogue_digest,
        finalised_at=utc_stamp(cycle.finalised_at) if cycle.finalised_at else None,
        finalise_note=cycle.finalise_note,
    )


def _previous(cycles: dict[int, Cycle], cycle: Cycle) -> Cycle | None:
    """The cycle this one was copied from, else the latest cycle before it (by fiscal year, then id).
    A revision of a finalised cycle is compared with the cycle before its original: the board
    wants the change since last year, not since the version it is replacing."""
    if cycle.revision_of_id is not None and cycle.revision_of_id in cycles:
        return _previous(cycles, cycles[cycle.revision_of_id])
    if cycle.copied_from_id is not None and cycle.copied_from_id in cycles:
        return cycles[cycle.copied_from_id]  # a removed source falls back to the order of cycles
    earlier = [c for c in cycles.values() if (c.fiscal_year, c.id) < (cycle.fiscal_year, cycle.id)]
    return earlier[-1] if earlier else None

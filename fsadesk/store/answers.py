"""Answers of a cycle, saved one at a time, each with an append-only history row.

save() commits before it returns (WAL, synchronous=FULL): once the UI has been told "saved", a
crash or power cut cannot lose that answer. Inside a unit of work (fsadesk.store.unit_of_work) the
same calls join its one transaction instead, which commits them together with the other steps.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, bindparam, insert, select, update

from fsadesk.assessment.answers import Answer
from fsadesk.store.access import Access
from fsadesk.store.clock import current_user, now_iso
from fsadesk.store.errors import AnswerRejected, CycleLocked
from fsadesk.store.models import AnswerHistoryRow, AnswerRow, CycleRow
from fsadesk.store.records import answer_from_row

# Declarative models type __table__ as a FromClause; these are plain Tables.
_answer = cast(Table, AnswerRow.__table__)
_history = cast(Table, AnswerHistoryRow.__table__)
_cycle = cast(Table, CycleRow.__table__)

# Built once: saving is the hot path (every click and typing pause), and compiling statements on
# each call cost more than the commit itself (bench/save_latency.py).
_VALUE_COLUMNS = (
    "status", "notes", "evidence", "justification", "plan_owner", "plan_target_date", "plan_priority",
    "plan_measure", "acceptance_by", "acceptance_reason", "acceptance_date", "marked_for_review", "updated_at",
    "updated_by",
)  # fmt: skip
_SELECT_STATE = select(_cycle.c.state).where(_cycle.c.id == bindparam("cycle_id"))
_SELECT_ANSWER = select(_answer).where(
    _answer.c.cycle_id == bindparam("cycle_id"), _answer.c.item_id == bindparam("item_id")
)
_INSERT_ANSWER = insert(_answer).values(
    cycle_id=bindparam("cycle_id"), item_id=bindparam("item_id"), **{c: bindparam(c) for c in _VALUE_COLUMNS}
)
_UPDATE_ANSWER = (
    update(_answer).where(_answer.c.id == bindparam("row_id")).values(**{c: bindparam(c) for c in _VALUE_COLUMNS})
)
_INSERT_HISTORY = insert(_history).values(
    cycle_id=bindparam("cycle_id"),
    item_id=bindparam("item_id"),
    changed_at=bindparam("changed_at"),
    changed_by=bindparam("changed_by"),
    old=bindparam("old"),
    new=bindparam("new"),
)


@dataclass(frozen=True)
class HistoryEntry:
    item_id: str
    changed_at: str
    changed_by: str
    old: Answer | None
    new: Answer


def _values(answer: Answer) -> dict[str, Any]:
    plan, acc = answer.plan, answer.acceptance
    return {
        "status": answer.status.value,
        "notes": answer.notes,
        "evidence": answer.evidence,
        "justification": answer.justification,
        "plan_owner": plan.owner if plan else None,
        "plan_target_date": plan.target_date.isoformat() if plan and plan.target_date else None,
        "plan_priority": plan.priority.value if plan else None,
        "plan_measure": plan.measure if plan else None,
        "acceptance_by": acc.approved_by if acc else None,
        "acceptance_reason": acc.reason if acc else None,
        "acceptance_date": acc.date.isoformat() if acc and acc.date else None,
        "marked_for_review": answer.marked_for_review,
    }


def _json(answer: Answer) -> str:
    return json.dumps(answer.to_dict(), ensure_ascii=False, sort_keys=True)


def _write(conn: Connection, cycle_id: int, answer: Answer, who: str, stamp: str) -> bool:
    """Write one answer and its history row inside the caller's transaction."""
    keys = {"cycle_id": cycle_id, "item_id": answer.item_id}
    row = conn.execute(_SELECT_ANSWER, keys).first()
    old = answer_from_row(row) if row else None
    if old == answer or (old is None and answer == Answer(answer.item_id)):
        return False
    values = _values(answer) | {"updated_at": stamp, "updated_by": who}
    if row is None:
        conn.execute(_INSERT_ANSWER, keys | values)
    else:
        conn.execute(_UPDATE_ANSWER, values | {"row_id": row.id})
    history = {"changed_at": stamp, "changed_by": who, "old": _json(old) if old else None, "new": _json(answer)}
    conn.execute(_INSERT_HISTORY, keys | history)
    return True


class AnswerRepository:
    def __init__(self, bind: Engine | Connection) -> None:
        """On an Engine each call is its own transaction; on a unit of work's Connection, calls
        join that transaction."""
        self._access = Access(bind)

    def load(self, cycle_id: int) -> dict[str, Answer]:
        with self._access.read() as conn:
            rows = conn.execute(select(_answer).where(_answer.c.cycle_id == cycle_id))
            return {r.item_id: answer_from_row(r) for r in rows}

    def get(self, cycle_id: int, item_id: str) -> Answer:
        with self._access.read() as conn:
            row = conn.execute(
                select(_answer).where(_answer.c.cycle_id == cycle_id, _answer.c.item_id == item_id)
            ).first()
            return answer_from_row(row) if row else Answer(item_id)

    def save(self, cycle_id: int, answer: Answer, by: str | None = None) -> bool:
        """Validate, write and commit one answer plus its history row. Returns False when nothing
        changed (no write, no history). Raises AnswerRejected or CycleLocked, writing nothing."""
        return self.save_many(cycle_id, [answer], by) == 1

    def save_many(self, cycle_id: int, answers: Iterable[Answer], by: str | None = None) -> int:
        """Save several answers in ONE transaction: all are stored, or (on any error) none.
        Returns how many changed."""
        answers = list(answers)
        for answer in answers:
            problems = answer.problems()
            if problems:
                raise AnswerRejected(answer.item_id, [p.value for p in problems])
        who = by if by is not None else current_user()
        stamp = now_iso()
        # A refused write (locked, disk full, read-only…) raises a WorkspaceFault, which is a
        # SaveFailed (see fsadesk.store.engine); the transaction was rolled back: nothing is stored.
        with self._access.write() as conn:
            state = conn.execute(_SELECT_STATE, {"cycle_id": cycle_id}).scalar_one_or_none()
            if state is None:
                raise KeyError(f"no cycle {cycle_id}")
            if state != "open":
                raise CycleLocked(f"cycle {cycle_id} is finalised and read-only")
            return sum(_write(conn, cycle_id, a, who, stamp) for a in answers)

    def history(self, cycle_id: int, item_id: str | None = None) -> list[HistoryEntry]:
        query = select(_history).where(_history.c.cycle_id == cycle_id)
        if item_id is not None:
            query = query.where(_history.c.item_id == item_id)
        with self._access.read() as conn:
            return [
                HistoryEntry(
                    item_id=r.item_id,
                    changed_at=r.changed_at,
                    changed_by=r.changed_by,
                    old=Answer.from_dict(json.loads(r.old)) if r.old else None,
                    new=Answer.from_dict(json.loads(r.new)),
                )
                for r in conn.execute(query.order_by(_history.c.id))
            ]

    def orphans(self, cycle_id: int, known_item_ids: frozenset[str]) -> list[str]:
        """Item ids with stored answers that the catalogue does not have (kept, never deleted)."""
        with self._access.read() as conn:
            ids = conn.execute(select(_answer.c.item_id).where(_answer.c.cycle_id == cycle_id)).scalars()
            return sorted(i for i in ids if i not in known_item_ids)

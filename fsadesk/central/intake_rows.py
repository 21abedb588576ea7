"""What the intake window shows beside each file's outcome: the member's name and the cycle of the
submission stored (FileOutcome names only the institution id and the submission's row), and the
registry's name of a member whose rejected file its key proved it sent."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.models import MemberRow, SubmissionRow


@dataclass(frozen=True)
class SubmissionShown:
    institution_name: str
    cycle_label: str
    fiscal_year: int


def submissions_shown(db: CentralDatabase, ids: Iterable[int]) -> dict[int, SubmissionShown]:
    """The name and cycle of each stored submission, by its row id (ids not held are left out)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    with db.reading() as session:
        rows = session.execute(
            select(SubmissionRow.id, SubmissionRow.institution_name, SubmissionRow.cycle_label,
                   SubmissionRow.fiscal_year).where(SubmissionRow.id.in_(wanted))
        )  # fmt: skip
        return {r.id: SubmissionShown(r.institution_name, r.cycle_label, r.fiscal_year) for r in rows}


def member_names(db: CentralDatabase, institution_ids: Iterable[str]) -> dict[str, str]:
    """The registry's name of each enrolled institution id (ids not enrolled are left out)."""
    wanted = sorted(set(institution_ids))
    if not wanted:
        return {}
    with db.reading() as session:
        rows = session.execute(
            select(MemberRow.institution_id, MemberRow.name).where(MemberRow.institution_id.in_(wanted))
        )
        return {r.institution_id: r.name for r in rows}

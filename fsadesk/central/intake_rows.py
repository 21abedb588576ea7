"""What the intake window shows beside each file's outcome: the member's name and the cycle of the
submission stored (FileOutcome names only the institution id and the submission's row)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.models import SubmissionRow


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

"""The answer statuses of a campaign's current submissions, for the benchmark pack's item figures.

Only `submission_answer.status` is read, never the answer document: notes, evidence and every other
free text stay out of the pack's source, so they cannot reach it by mistake.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from sqlalchemy import select

from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.models import SubmissionAnswerRow

_CHUNK = 500  # submission ids per query: far below every database's limit of bound parameters


def answer_statuses(db: CentralDatabase, submission_ids: Collection[int]) -> dict[int, dict[str, str]]:
    """submission id → item id → status word, for the given submissions (one read transaction)."""
    ids = sorted(set(submission_ids))
    out: dict[int, dict[str, str]] = defaultdict(dict)
    with db.reading() as session:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            rows = session.execute(
                select(SubmissionAnswerRow.submission_id, SubmissionAnswerRow.item_id, SubmissionAnswerRow.status)
                .where(SubmissionAnswerRow.submission_id.in_(chunk))
            )  # fmt: skip
            for sid, item_id, status in rows:
                out[sid][item_id] = status
    return dict(out)

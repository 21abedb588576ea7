"""What the dashboard's drill-down reads: the catalogue edition a campaign was answered against, and
one member's answers for one domain of one submission, each in one small read transaction (the
snapshot holds no answers: 1,000 members' answers would cost the dashboard's first second).

Read only. The answers are as the member's bundle carried them: its notes, evidence and reasons
only where the member chose to share them (spec.FREE_TEXT_FIELDS are absent otherwise)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.load import CampaignNotFound
from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.models import CampaignRow, SubmissionAnswerRow


@dataclass(frozen=True)
class SharedAnswer:
    """One answer of a submission, as the bundle carried it."""

    item_id: str
    status: str  # assessment.answers.Status value
    notes: str | None  # None: the member did not share its free text
    evidence: str | None
    justification: str | None
    plan: dict[str, Any] | None  # owner, target_date, priority, measure (Answer.to_dict form)
    acceptance: dict[str, Any] | None  # approved_by, reason, date


def _shared(doc: dict[str, Any], item_id: str, status: str) -> SharedAnswer:
    def text(key: str) -> str | None:
        value = doc.get(key)
        return value if isinstance(value, str) else None

    plan, acceptance = doc.get("plan"), doc.get("acceptance")
    return SharedAnswer(
        item_id, status, text("notes"), text("evidence"), text("justification"),
        plan if isinstance(plan, dict) else None, acceptance if isinstance(acceptance, dict) else None,
    )  # fmt: skip


def campaign_catalogue_digest(db: CentralDatabase, campaign_id: str) -> str:
    """The digest of the catalogue the campaign asked members to answer (its items' texts)."""
    with db.reading() as session:
        digest = session.scalar(select(CampaignRow.catalogue_digest).where(CampaignRow.campaign_id == campaign_id))
    if digest is None:
        raise CampaignNotFound(f"There is no campaign {campaign_id!r}.")
    return digest


def domain_answers(db: CentralDatabase, submission_id: int, domain: str, catalogue: Catalogue) -> list[SharedAnswer]:
    """The submission's answers to the items of `domain` ("2.1"), in the catalogue's order; items the
    member left unanswered are not in its bundle, so not here either."""
    ids = [i.id for i in catalogue.items if catalogue.domain_of(i.node) == domain]
    if not ids:
        return []
    with db.reading() as session:
        rows = session.execute(
            select(SubmissionAnswerRow.item_id, SubmissionAnswerRow.status, SubmissionAnswerRow.answer).where(
                SubmissionAnswerRow.submission_id == submission_id, SubmissionAnswerRow.item_id.in_(ids)
            )
        ).all()
    order = {item_id: n for n, item_id in enumerate(ids)}
    found = [_shared(dict(r.answer or {}), r.item_id, r.status) for r in rows]
    return sorted(found, key=lambda a: order[a.item_id])

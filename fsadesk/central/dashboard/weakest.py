"""The items most often answered Not implemented across the members' current submissions of a
campaign's cycle (basic tier first), with how many members and which categories.

Only answers to items that apply to the member count (in its scope, conditions met, under the
profile the submission was scored with), as in the member's own scores: an answer kept for an item
that no longer applies is not a weakness."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import exists, select

from fsadesk.assessment.answers import Status
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import applies
from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.load import campaign
from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.models import MemberKeyRow, MemberRow, SubmissionAnswerRow, SubmissionRow


@dataclass(frozen=True)
class WeakItem:
    item_id: str
    tier: str  # "basic" or "desirable"
    members: int  # how many members answered it Not implemented
    categories: dict[str, int]  # category → members


def weakest_items(
    db: CentralDatabase, catalogue: Catalogue, campaign_id: str | None = None, limit: int | None = 10
) -> list[WeakItem]:
    """Basic items first, then by members (most first), then item id. With `limit`, items tied with
    the last one kept are kept too, so the list never picks one of equals arbitrarily."""
    live_key = exists().where(MemberKeyRow.member_id == MemberRow.id, MemberKeyRow.revoked_at.is_(None))
    with db.reading() as session:
        info = campaign(session, campaign_id)
        rows = session.execute(
            select(SubmissionAnswerRow.item_id, MemberRow.category, SubmissionRow.id)
            .join(SubmissionRow, SubmissionRow.id == SubmissionAnswerRow.submission_id)
            .join(MemberRow, MemberRow.id == SubmissionRow.member_id)
            .where(SubmissionRow.fiscal_year == info.fiscal_year, SubmissionRow.cycle_label == info.cycle_label,
                   SubmissionRow.is_current.is_(True), SubmissionAnswerRow.status == Status.NOT_IMPLEMENTED.value,
                   live_key)
        ).all()  # fmt: skip
        profiles = {
            sid: InstitutionProfile.from_dict(p)
            for sid, p in session.execute(
                select(SubmissionRow.id, SubmissionRow.profile).where(SubmissionRow.id.in_({r[2] for r in rows}))
            )
        }
    known = catalogue.item_ids()
    by_item: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for item_id, category, sid in rows:
        if item_id in known and applies(catalogue.item(item_id), profiles[sid]):
            by_item[item_id][category] += 1
    items = [WeakItem(i, catalogue.item(i).tier, sum(c.values()), dict(sorted(c.items()))) for i, c in by_item.items()]
    items.sort(key=lambda w: (w.tier != "basic", -w.members, w.item_id))
    if limit is None or len(items) <= limit:
        return items
    last = items[limit - 1]
    return [w for n, w in enumerate(items) if n < limit or (w.tier, w.members) == (last.tier, last.members)]

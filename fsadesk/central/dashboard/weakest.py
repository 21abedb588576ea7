"""The items most often answered Not implemented across the members' current submissions of a
campaign's cycle (basic tier first), with how many members and which categories.

Only answers to items that apply to the member count (in its scope, conditions met, under the
profile the submission was scored with), as in the member's own scores: an answer kept for an item
that no longer applies is not a weakness."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import applies
from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.snapshot import CampaignData, load_campaign
from fsadesk.central.store.database import CentralDatabase


@dataclass(frozen=True)
class WeakItem:
    item_id: str
    tier: str  # "basic" or "desirable"
    members: int  # how many members answered it Not implemented
    categories: dict[str, int]  # category → members


def weakest_of(data: CampaignData, catalogue: Catalogue, limit: int | None = 10) -> list[WeakItem]:
    """Basic items first, then by members (most first), then item id. With `limit`, items tied with
    the last one kept are kept too, so the list never picks one of equals arbitrarily."""
    category_of = {s.id: m.category for m in data.members if (s := data.current.get(m.id)) is not None}
    profiles = {sid: InstitutionProfile.from_dict(p) for sid, p in data.profiles.items() if sid in category_of}
    known = catalogue.item_ids()
    by_item: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for sid, item_id in data.not_implemented:
        if sid in category_of and item_id in known and applies(catalogue.item(item_id), profiles[sid]):
            by_item[item_id][category_of[sid]] += 1
    items = [WeakItem(i, catalogue.item(i).tier, sum(c.values()), dict(sorted(c.items()))) for i, c in by_item.items()]
    items.sort(key=lambda w: (w.tier != "basic", -w.members, w.item_id))
    if limit is None or len(items) <= limit:
        return items
    last = items[limit - 1]
    return [w for n, w in enumerate(items) if n < limit or (w.tier, w.members) == (last.tier, last.members)]


def weakest_items(
    db: CentralDatabase, catalogue: Catalogue, campaign_id: str | None = None, limit: int | None = 10
) -> list[WeakItem]:
    return weakest_of(load_campaign(db, campaign_id), catalogue, limit)

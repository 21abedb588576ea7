"""Member × domain implementation rates from each member's current submission for a campaign's
cycle. The rates are the ones recomputed at intake by the member's own scoring engine
(fsadesk.assessment.scoring, stored per domain in submission.recomputed_scores): no second scoring
implementation that could drift from the member's own figures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from fsadesk.central.dashboard.load import CampaignInfo
from fsadesk.central.dashboard.snapshot import CampaignData, load_campaign
from fsadesk.central.store.database import CentralDatabase

Tier = Literal["basic", "desirable"]


@dataclass(frozen=True)
class MemberRates:
    institution_id: str
    name: str
    category: str
    size_band: str
    submission_id: int
    rates: dict[str, float | None]  # domain ("2.1") → rate 0…1, None when nothing assessed
    open_gap_items: tuple[str, ...]  # basic items with a gap and neither plan nor risk acceptance


@dataclass(frozen=True)
class RateGrid:
    campaign: CampaignInfo
    tier: Tier
    domains: tuple[str, ...]
    members: tuple[MemberRates, ...]  # members with a current submission, by institution id


def domain_rates(domains: dict[str, Any], tier: Tier) -> dict[str, float | None]:
    """domain → rate of the tier, from recomputed_scores["domains"]."""
    return {d: t[tier]["rate"] for d, t in sorted(domains.items())}


def grid_of(data: CampaignData, tier: Tier = "basic") -> RateGrid:
    """The heatmap's figures: one row per member that submitted (missing members have no rates)."""
    rows: list[MemberRates] = []
    domains: set[str] = set()
    for m in data.members:
        sub = data.current.get(m.id)
        if sub is None:
            continue
        rates = domain_rates(sub.domains, tier)
        domains.update(rates)
        rows.append(MemberRates(m.institution_id, m.name, m.category, m.size_band, sub.id, rates, sub.open_gap_items))
    return RateGrid(data.campaign, tier, tuple(sorted(domains)), tuple(rows))


def rate_grid(db: CentralDatabase, campaign_id: str | None = None, tier: Tier = "basic") -> RateGrid:
    return grid_of(load_campaign(db, campaign_id), tier)

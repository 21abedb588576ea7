"""Where a member stands against its peer group, from an imported benchmark pack (issue #14
point 3): its own implementation rate per domain against the group's quartiles, and per basic item
its own answer beside the share of peers that implement it. Pure: no Qt, no database, no files.

The member's rates come from its own scoring engine (fsadesk.assessment.scoring.score), the very
figures its summary page and report show; the peers' figures are the pack's, never recomputed.

Bands at the boundaries (tests/test_peer_position.py checks each): the member's rate and the
quartiles are compared as the member reads them, in whole percents rounded half up
(terms.percent_points), so "63%" beside a lower quartile of "63%" never reads as below it.
- below the lower quartile: rate < Q1
- between the lower quartile and the median: Q1 ≤ rate < median
- between the median and the upper quartile: median ≤ rate ≤ Q3
- above the upper quartile: rate > Q3
So "below" and "above" mean strictly outside the middle half, and a rate on the median counts as
reaching it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from fsadesk import terms
from fsadesk.assessment.answers import GAP_STATUSES, Answer, Status
from fsadesk.assessment.benchmark import BenchmarkPack, ItemFigures, PeerGroup, RateFigures
from fsadesk.assessment.profile import InstitutionProfile, Scope
from fsadesk.assessment.record import CycleRecord
from fsadesk.assessment.scope import applicable_items
from fsadesk.assessment.scoring import score
from fsadesk.catalogue.model import Catalogue, Tier

Band = Literal["below_q1", "q1_to_median", "median_to_q3", "above_q3"]
BANDS: tuple[Band, ...] = ("below_q1", "q1_to_median", "median_to_q3", "above_q3")

# Why this group: the member's own category; its size band because the category is not published;
# all members because neither is.
GroupReason = Literal["category", "category_suppressed", "category_and_size_suppressed"]

# "Most peers implement it": strictly more than half of the peers the item applies to.
MOST = 0.5


def band_of(rate: float, figures: RateFigures) -> Band:
    """The member's band in the group's distribution, compared in whole percents as shown (see the
    module docstring for the rule at each boundary)."""
    own: Decimal = terms.percent_points(rate)
    q1, median, q3 = (terms.percent_points(v) for v in (figures.q1, figures.median, figures.q3))
    if own < q1:
        return "below_q1"
    if own < median:
        return "q1_to_median"
    if own <= q3:
        return "median_to_q3"
    return "above_q3"


@dataclass(frozen=True)
class DomainPosition:
    """One domain and tier: the member's rate against the group's figures."""

    domain: str  # "2.1"
    tier: Tier
    own: float | None  # the member's rate; None when nothing of this tier is assessed here
    figures: RateFigures | None  # None: not published (fewer members than the threshold)
    band: Band | None  # None when either side has no figure

    @property
    def published(self) -> bool:
        return self.figures is not None


@dataclass(frozen=True)
class ItemPosition:
    """One basic item: the member's answer and how the group's members answered it."""

    item_id: str
    status: Status
    figures: ItemFigures | None  # None: not published (fewer members than the threshold)

    @property
    def peers_implement(self) -> float | None:
        return None if self.figures is None else self.figures.implemented

    @property
    def peers_ahead(self) -> bool:
        """The member answered Partially or Not implemented while most peers implement it: what a
        member can act on first."""
        share = self.peers_implement
        return self.status in GAP_STATUSES and share is not None and share > MOST


@dataclass(frozen=True)
class PeerPosition:
    # Where the figures come from (the pack's own words; the member checks them against its campaign).
    campaign_id: str
    campaign_title: str
    organisation_name: str
    created: dt.datetime  # UTC
    threshold: int
    catalogue_version: str
    catalogue_differs: bool  # the pack was built for another catalogue edition than this cycle's
    # The group compared with, and why that one.
    group: PeerGroup
    reason: GroupReason
    category: str  # the member's category id and size band, for the words naming the group
    size_band: str
    domains: tuple[DomainPosition, ...]  # catalogue order; basic first, then desirable when in scope
    items: tuple[ItemPosition, ...]  # peers ahead first (largest share first), then guideline order

    def tier(self, tier: Tier) -> tuple[DomainPosition, ...]:
        return tuple(d for d in self.domains if d.tier == tier)

    @property
    def ahead(self) -> tuple[ItemPosition, ...]:
        """The items where most peers are ahead of the member, largest share first."""
        return tuple(i for i in self.items if i.peers_ahead)


def _reason(group: PeerGroup) -> GroupReason:
    if group.grouping == "category":
        return "category"
    return "category_suppressed" if group.grouping == "size_band" else "category_and_size_suppressed"


def position(pack: BenchmarkPack, record: CycleRecord, catalogue: Catalogue) -> PeerPosition | None:
    """The member's position in its peer group, or None when the pack publishes no group for it
    (even "all members" has fewer than the threshold). `catalogue` is the one the cycle is scored
    against (the same as its summary page's)."""
    return position_of(pack, record.profile, record.answers, record.cycle.catalogue_digest, catalogue)


def position_of(
    pack: BenchmarkPack,
    profile: InstitutionProfile,
    answers: Mapping[str, Answer],
    cycle_catalogue_digest: str,
    catalogue: Catalogue,
) -> PeerPosition | None:
    """position() from the parts a record holds: the summary page has the session's answers in
    memory and no need to read the whole record (history, sign-offs) on every change."""
    group = pack.group_for(profile.category, profile.size_band.value)
    if group is None:
        return None
    scores = score(catalogue, profile, answers)
    tiers: tuple[Tier, ...] = ("basic", "desirable") if profile.scope is Scope.BASIC_AND_DESIRABLE else ("basic",)
    domains: list[DomainPosition] = []
    for tier in tiers:
        cells = group.rates.get(tier, {})
        for node in catalogue.domains():
            tally = scores.domains[node.number]
            own = (tally.basic if tier == "basic" else tally.desirable).rate
            figures = cells.get(node.number)
            band = band_of(own, figures) if own is not None and figures is not None else None
            domains.append(DomainPosition(node.number, tier, own, figures, band))
    items = [
        ItemPosition(item.id, (answers.get(item.id) or Answer(item.id)).status, group.items.get(item.id))
        for item in applicable_items(catalogue, profile)
        if item.is_basic
    ]
    order = {p.item_id: n for n, p in enumerate(items)}  # guideline order
    items.sort(
        key=lambda p: (not p.peers_ahead, -(p.peers_implement or 0.0) if p.peers_ahead else 0.0, order[p.item_id])
    )
    return PeerPosition(
        campaign_id=pack.campaign_id,
        campaign_title=pack.campaign_title,
        organisation_name=pack.organisation_name,
        created=pack.created,
        threshold=pack.threshold,
        catalogue_version=pack.catalogue_version,
        catalogue_differs=pack.catalogue_digest != cycle_catalogue_digest,
        group=group,
        reason=_reason(group),
        category=profile.category,
        size_band=profile.size_band.value,
        domains=tuple(domains),
        items=tuple(items),
    )


__all__ = [
    "BANDS", "MOST", "Band", "DomainPosition", "GroupReason", "ItemPosition", "PeerPosition",
    "band_of", "position", "position_of",
]  # fmt: skip

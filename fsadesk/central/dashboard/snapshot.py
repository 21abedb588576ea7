"""Everything the dashboard shows of one campaign, read once in one read transaction and shared by
every view, export and the benchmark pack: the campaign (and every campaign, for trends), the
expected members, each one's current submission with its per-domain tallies, the Not implemented
answers with the profile they were scored under, and the earlier campaigns' rates.

Filtering by category or size band (`CampaignData.only`) happens in memory on this snapshot, so a
filter change in the window costs no query: the dashboard stays responsive on 1,000 members.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from fsadesk.central.dashboard.load import (
    CampaignInfo,
    CurrentSubmission,
    MemberInfo,
    active_members,
    campaign,
    campaigns,
    current_scores,
    current_submissions,
    not_implemented,
)
from fsadesk.central.store.database import CentralDatabase


@dataclass(frozen=True)
class Filters:
    """What the person chose to look at; written at the top of every export sheet."""

    category: str | None = None  # None: every category
    size_band: str | None = None  # None: every size band

    def keeps(self, m: MemberInfo) -> bool:
        return (self.category is None or m.category == self.category) and (
            self.size_band is None or m.size_band == self.size_band
        )

    @property
    def is_all(self) -> bool:
        return self.category is None and self.size_band is None


@dataclass(frozen=True)
class CampaignData:
    campaign: CampaignInfo
    campaigns: tuple[CampaignInfo, ...]  # every campaign, oldest first
    members: tuple[MemberInfo, ...]  # expected (live key), by institution id
    current: Mapping[int, CurrentSubmission]  # member row id → current submission for this cycle
    # (submission id, item id) of every Not implemented answer in the current submissions
    not_implemented: tuple[tuple[int, str], ...]
    profiles: Mapping[int, dict[str, Any]]  # submission id → the profile it was scored under
    # (member row id, fiscal year, cycle label) → recomputed_scores["domains"] of every campaign
    history: Mapping[tuple[int, int, str], dict[str, Any]]
    filters: Filters = field(default_factory=Filters)

    def only(self, filters: Filters) -> CampaignData:
        """The same snapshot seen through a filter (no query)."""
        kept = tuple(m for m in self.members if filters.keeps(m))
        ids = {m.id for m in kept}
        current = {k: v for k, v in self.current.items() if k in ids}
        subs = {s.id for s in current.values()}
        return replace(
            self,
            members=kept,
            current=current,
            not_implemented=tuple(p for p in self.not_implemented if p[0] in subs),
            history={k: v for k, v in self.history.items() if k[0] in ids},
            filters=filters,
        )

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(sorted({m.category for m in self.members}))

    @property
    def size_bands(self) -> tuple[str, ...]:
        return tuple(sorted({m.size_band for m in self.members}))


@contextlib.contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """Python's cycle collector held off while the snapshot is read. Decoding the stored JSON makes
    some 300,000 small dicts and lists (1,000 members × 3 campaigns) and no reference cycles; the
    collector would walk them all again and again while they are being made, about a sixth of the
    load. It is switched back on at once (as it was: a load inside another keeps it off)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def load_campaign(db: CentralDatabase, campaign_id: str | None = None) -> CampaignData:
    """One campaign's snapshot (default: the newest), in one read transaction of six queries."""
    with _no_gc_pauses(), db.reading() as session:
        info = campaign(session, campaign_id)
        every = tuple(campaigns(session))
        members = tuple(active_members(session))
        scores = current_scores(session)
        current, profiles = current_submissions(session, info.fiscal_year, info.cycle_label, scores)
        weak = not_implemented(session, info.fiscal_year, info.cycle_label)
    # Only expected members' answers count (a revoked member's current submission stays in `current`
    # but is counted nowhere): the same rule as the members list.
    expected = {s.id for m in members if (s := current.get(m.id)) is not None}
    history = {(s.member_id, s.fiscal_year, s.cycle_label): dict(s.domains) for s in scores.values()}
    return CampaignData(info, every, members, current, tuple(p for p in weak if p[0] in expected), profiles, history)

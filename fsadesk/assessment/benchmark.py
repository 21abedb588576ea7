"""The benchmark pack as plain data (issue #14 point 3): what a central organisation tells its
members about their peers, anonymised — shared by the side that builds it (fsadesk.central) and
the member side that shows "you vs your peer group" (no database, no Qt, no signing here).

Anonymity rules (docs/benchmark-pack-format.md says them to members):
- No member name, code or free text, ever; only counts, shares and quartiles.
- A group (all members, one category, one size band) with fewer members than the threshold
  (default 5, a setting) is listed by name only, with `suppressed` and no figure at all, not even
  its count. A cell (one domain's rates, one item's answers) that fewer than the threshold members
  contribute to is None. Within one grouping (categories, size bands), the suppressed groups or
  cells together hold either no member or at least the threshold, so subtracting the published
  groups from "all" never isolates fewer members than the threshold.
- No minimum or maximum: an extreme value is one member's own figure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

Grouping = Literal["all", "category", "size_band"]
ALL_GROUP = "all"  # the group name of every member (grouping "all")
DEFAULT_THRESHOLD = 5


@dataclass(frozen=True)
class RateFigures:
    """One domain's implementation rates (0…1) across a group's members that had one."""

    members: int
    q1: float
    median: float
    q3: float
    mean: float


@dataclass(frozen=True)
class ItemFigures:
    """How a group's members to whom one basic item applies answered it (shares 0…1, summing to 1)."""

    members: int
    implemented: float
    partial: float
    not_implemented: float
    unanswered: float


@dataclass(frozen=True)
class PeerGroup:
    grouping: Grouping
    name: str  # ALL_GROUP, a catalogue category id, or a SizeBand value
    suppressed: bool  # fewer members than the threshold: no figure below is given
    members: int | None  # None when suppressed
    # tier ("basic", "desirable") → domain number ("2.1") → figures, None for a suppressed cell
    rates: Mapping[str, Mapping[str, RateFigures | None]]
    items: Mapping[str, ItemFigures | None]  # basic item id → figures, None for a suppressed cell


@dataclass(frozen=True)
class BenchmarkPack:
    """A verified pack's contents (the signature and the organisation's key checked elsewhere)."""

    campaign_id: str
    campaign_title: str
    cycle_label: str
    fiscal_year: int
    organisation_name: str
    organisation_fingerprint: str  # the key that signed it: the campaign's
    catalogue_id: str
    catalogue_version: str
    catalogue_digest: str
    created: dt.datetime  # UTC
    threshold: int
    groups: tuple[PeerGroup, ...]

    def group(self, grouping: Grouping, name: str) -> PeerGroup | None:
        return next((g for g in self.groups if g.grouping == grouping and g.name == name), None)

    def group_for(self, category: str, size_band: str) -> PeerGroup | None:
        """The member's peer group: its category, else its size band, else all members — the first
        that is published (not suppressed); None when even "all" is suppressed."""
        for grouping, name in (("category", category), ("size_band", size_band), ("all", ALL_GROUP)):
            g = self.group(grouping, name)  # type: ignore[arg-type]
            if g is not None and not g.suppressed:
                return g
        return None

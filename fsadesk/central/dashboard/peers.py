"""Peer-group statistics per domain: count, min, quartiles, median, max and mean of the members'
implementation rates, for all members, each category and each size band.

Quartiles are `statistics.quantiles(rates, n=4, method="inclusive")` (the spreadsheet QUARTILE.INC
rule, which treats the members as the whole population rather than a sample); with one member every
quartile is that member's rate. Members whose domain has nothing assessed (rate None) are left out.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass

from fsadesk.central.dashboard.rates import RateGrid

ALL = "all"  # the group of every member


@dataclass(frozen=True)
class Distribution:
    count: int
    minimum: float
    q1: float
    median: float
    q3: float
    maximum: float
    mean: float


@dataclass(frozen=True)
class PeerStats:
    by: str  # "all", "category" or "size_band"
    group: str  # the category or size band ("" when a member has none); "all" for everyone
    domain: str
    stats: Distribution


def distribution(values: list[float]) -> Distribution:
    values = sorted(values)
    if len(values) == 1:
        v = values[0]
        return Distribution(1, v, v, v, v, v, v)
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return Distribution(len(values), values[0], q1, median, q3, values[-1], statistics.fmean(values))


def peer_stats(grid: RateGrid) -> list[PeerStats]:
    """Every (grouping, group, domain) with at least one member rate, sorted."""
    buckets: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    for m in grid.members:
        for domain, rate in m.rates.items():
            if rate is None:
                continue
            for by, group in ((ALL, ALL), ("category", m.category), ("size_band", m.size_band)):
                buckets[(by, group, domain)].append(rate)
    return [PeerStats(by, group, domain, distribution(v)) for (by, group, domain), v in sorted(buckets.items())]

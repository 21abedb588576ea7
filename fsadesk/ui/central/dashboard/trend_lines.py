"""The lines of the trends chart as plain data: one peer group's mean rate in a domain, or one
member's rate in each domain, campaign by campaign. The means are peers.distribution's (the peer-group
view's statistics), over the rates trends_of laid out; nothing is scored here."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from fsadesk.central.dashboard.peers import ALL, distribution
from fsadesk.central.dashboard.trends import MemberTrend, Trends


@dataclass(frozen=True)
class Line:
    name: str  # in the numbers table
    legend: str  # in the chart's legend (may be shorter)
    values: tuple[float | None, ...]  # one per campaign, oldest first; None: no figure
    counts: tuple[int, ...]  # members behind each value

    def runs(self) -> Iterator[list[tuple[int, float]]]:
        """The consecutive campaigns with a figure, as (campaign index, value) runs."""
        run: list[tuple[int, float]] = []
        for i, v in enumerate(self.values):
            if v is None:
                if run:
                    yield run
                run = []
            else:
                run.append((i, v))
        if run:
            yield run


def group_of(m: MemberTrend, by: str) -> str:
    return ALL if by == ALL else m.category if by == "category" else m.size_band


def group_lines(
    trends: Trends, by: str, domain: str, name: Callable[[str], str], legend: Callable[[str], str] | None = None
) -> list[Line]:
    """Each group's mean rate in `domain` per campaign, over the members with a figure there."""
    groups = sorted({group_of(m, by) for m in trends.members})
    out = []
    for group in groups:
        values: list[float | None] = []
        counts: list[int] = []
        for i in range(len(trends.campaigns)):
            rates = [
                r
                for m in trends.members
                if group_of(m, by) == group and (per := m.rates[i]) is not None and (r := per.get(domain)) is not None
            ]
            values.append(distribution(rates).mean if rates else None)
            counts.append(len(rates))
        if any(v is not None for v in values):
            out.append(Line(name(group), (legend or name)(group), tuple(values), tuple(counts)))
    return out


def member_lines(member: MemberTrend, names: Mapping[str, str]) -> list[Line]:
    """The member's rate in each domain per campaign (domains in `names`, in their order)."""
    out = []
    for domain, name in names.items():
        values = tuple(per.get(domain) if per is not None else None for per in member.rates)
        if any(v is not None for v in values):
            out.append(Line(name, name, values, tuple(int(v is not None) for v in values)))
    return out

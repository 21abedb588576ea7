"""The scoring engine: deterministic, pure, and versioned.

The central organisation recomputes scores from the raw answers and compares them with the scores
in a bundle, so the rules here must give identical numbers everywhere. Any change to the rules
changes ENGINE_VERSION. The rules are explained, with worked examples, in docs/scoring.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue.model import Catalogue

ENGINE_VERSION = "1.0.0"

# Half-points keep every sum an integer: Implemented and Alternative earn 2, Partial earns 1.
POINTS: dict[Status, int] = {
    Status.IMPLEMENTED: 2,
    Status.ALTERNATIVE: 2,
    Status.PARTIAL: 1,
    Status.NOT_IMPLEMENTED: 0,
    Status.UNANSWERED: 0,
}


@dataclass(frozen=True)
class TierRate:
    """Implementation rate of one tier: points / (2 × assessed). Not-applicable items are left out."""

    assessed: int = 0  # applicable items of this tier, minus those answered Not applicable
    points: int = 0  # half-points earned

    @property
    def rate(self) -> float | None:
        if self.assessed == 0:
            return None
        return round(self.points / (2 * self.assessed), 6)


@dataclass(frozen=True)
class Tally:
    applicable: int = 0
    answered: int = 0
    basic: TierRate = field(default_factory=TierRate)
    desirable: TierRate = field(default_factory=TierRate)
    open_gaps: int = 0  # basic items Partial/Not implemented with neither plan nor acceptance
    statuses: Mapping[str, int] = field(default_factory=dict)

    @property
    def completion(self) -> float | None:
        if self.applicable == 0:
            return None
        return round(self.answered / self.applicable, 6)

    def to_dict(self) -> dict[str, Any]:
        return {
            "applicable": self.applicable,
            "answered": self.answered,
            "completion": self.completion,
            "basic": {"assessed": self.basic.assessed, "points": self.basic.points, "rate": self.basic.rate},
            "desirable": {
                "assessed": self.desirable.assessed,
                "points": self.desirable.points,
                "rate": self.desirable.rate,
            },
            "open_gaps": self.open_gaps,
            "statuses": {s.value: self.statuses.get(s.value, 0) for s in Status},
        }


@dataclass(frozen=True)
class Scores:
    engine_version: str
    catalogue_id: str
    catalogue_version: str
    catalogue_digest: str
    overall: Tally
    domains: Mapping[str, Tally]  # "2.1" … "2.6"
    subsections: Mapping[str, Tally]  # every node holding items directly
    open_gap_items: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "engine_version": self.engine_version,
            "catalogue": {
                "id": self.catalogue_id,
                "version": self.catalogue_version,
                "digest": self.catalogue_digest,
            },
            "overall": self.overall.to_dict(),
            "domains": {k: v.to_dict() for k, v in self.domains.items()},
            "subsections": {k: v.to_dict() for k, v in self.subsections.items()},
            "open_gap_items": list(self.open_gap_items),
        }


class _Sum:
    """A Tally being added up, item by item (one per figure score() returns)."""

    __slots__ = ("answered", "applicable", "assessed", "open_gaps", "points", "statuses")

    def __init__(self) -> None:
        self.applicable = self.answered = self.open_gaps = 0
        self.assessed = {"basic": 0, "desirable": 0}
        self.points = {"basic": 0, "desirable": 0}
        self.statuses: Counter[str] = Counter()

    def add(self, tier: str, status: Status, open_gap: bool) -> None:
        self.applicable += 1
        self.statuses[status.value] += 1
        if status is not Status.UNANSWERED:
            self.answered += 1
        if status is not Status.NOT_APPLICABLE:
            self.assessed[tier] += 1
            self.points[tier] += POINTS[status]
        if open_gap:
            self.open_gaps += 1

    def tally(self) -> Tally:
        return Tally(
            applicable=self.applicable,
            answered=self.answered,
            basic=TierRate(self.assessed["basic"], self.points["basic"]),
            desirable=TierRate(self.assessed["desirable"], self.points["desirable"]),
            open_gaps=self.open_gaps,
            statuses=dict(self.statuses),
        )


@dataclass(frozen=True)
class _Layout:
    """Where each item of a catalogue is counted: its subsection (the node holding it directly) and
    its domain (None when it lies outside section 2), plus the order of both in the result."""

    subsections: tuple[str, ...]  # catalogue order: every node holding an item directly
    domains: tuple[str, ...]  # catalogue order: 2.1 … 2.6
    places: Mapping[str, tuple[str, str | None]]  # item id -> (subsection, domain or None)


# Scoring runs for every bundle the central organisation takes in (a thousand in a batch): working
# out which node and domain each item belongs to once per catalogue, not once per node × item,
# makes score() one pass over the items. Keyed by the catalogue object, which is held here so its
# id cannot be reused while cached; a few entries cover every catalogue a process uses.
_LAYOUTS: dict[int, tuple[Catalogue, _Layout]] = {}
_LAYOUTS_KEPT = 8


def _layout(catalogue: Catalogue) -> _Layout:
    cached = _LAYOUTS.get(id(catalogue))
    if cached is not None and cached[0] is catalogue:
        return cached[1]
    domains = tuple(d.number for d in catalogue.domains())
    holding = {it.node for it in catalogue.items}
    layout = _Layout(
        subsections=tuple(n.number for n in catalogue.nodes if n.number in holding),
        domains=domains,
        places={
            it.id: (it.node, d if (d := catalogue.domain_of(it.node)) in domains else None) for it in catalogue.items
        },
    )
    if len(_LAYOUTS) >= _LAYOUTS_KEPT:
        _LAYOUTS.pop(next(iter(_LAYOUTS)), None)  # another thread may have dropped it first
    _LAYOUTS[id(catalogue)] = (catalogue, layout)
    return layout


def score(catalogue: Catalogue, profile: InstitutionProfile, answers: Mapping[str, Answer]) -> Scores:
    """Score the answers of one cycle. Answers to items that do not apply, or that the catalogue
    does not have, are ignored here (the store reports the latter separately)."""
    layout = _layout(catalogue)
    overall = _Sum()
    subsections = {number: _Sum() for number in layout.subsections}
    domains = {number: _Sum() for number in layout.domains}
    gaps: list[str] = []
    for item in applicable_items(catalogue, profile):
        answer = answers.get(item.id) or Answer(item.id)
        open_gap = item.is_basic and answer.is_gap and not answer.is_addressed_gap
        if open_gap and item.id in answers:
            gaps.append(item.id)
        subsection, domain = layout.places[item.id]
        for total in (overall, subsections[subsection], domains[domain] if domain is not None else None):
            if total is not None:
                total.add(item.tier, answer.status, open_gap)
    return Scores(
        engine_version=ENGINE_VERSION,
        catalogue_id=catalogue.id,
        catalogue_version=catalogue.version,
        catalogue_digest=catalogue.digest,
        overall=overall.tally(),
        domains={k: v.tally() for k, v in domains.items()},
        subsections={k: v.tally() for k, v in subsections.items()},
        open_gap_items=tuple(gaps),
    )

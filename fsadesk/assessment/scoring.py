"""The scoring engine: deterministic, pure, and versioned.

The central organisation recomputes scores from the raw answers and compares them with the scores
in a bundle, so the rules here must give identical numbers everywhere. Any change to the rules
changes ENGINE_VERSION. The rules are explained, with worked examples, in docs/scoring.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue.model import Catalogue, Item

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


def _tally(items: Iterable[Item], answers: Mapping[str, Answer]) -> Tally:
    applicable = answered = open_gaps = 0
    assessed = {"basic": 0, "desirable": 0}
    points = {"basic": 0, "desirable": 0}
    statuses: Counter[str] = Counter()
    for item in items:
        answer = answers.get(item.id) or Answer(item.id)
        applicable += 1
        statuses[answer.status.value] += 1
        if answer.status is not Status.UNANSWERED:
            answered += 1
        if answer.status is not Status.NOT_APPLICABLE:
            assessed[item.tier] += 1
            points[item.tier] += POINTS[answer.status]
        if item.is_basic and answer.is_gap and not answer.is_addressed_gap:
            open_gaps += 1
    return Tally(
        applicable=applicable,
        answered=answered,
        basic=TierRate(assessed["basic"], points["basic"]),
        desirable=TierRate(assessed["desirable"], points["desirable"]),
        open_gaps=open_gaps,
        statuses=dict(statuses),
    )


def score(catalogue: Catalogue, profile: InstitutionProfile, answers: Mapping[str, Answer]) -> Scores:
    """Score the answers of one cycle. Answers to items that do not apply, or that the catalogue
    does not have, are ignored here (the store reports the latter separately)."""
    items = applicable_items(catalogue, profile)
    subsections: dict[str, Tally] = {}
    for node in catalogue.nodes:
        direct = [it for it in items if it.node == node.number]
        if any(it.node == node.number for it in catalogue.items):
            subsections[node.number] = _tally(direct, answers)
    domains = {
        d.number: _tally([it for it in items if catalogue.domain_of(it.node) == d.number], answers)
        for d in catalogue.domains()
    }
    gaps = tuple(
        it.id
        for it in items
        if it.is_basic and (a := answers.get(it.id)) is not None and a.is_gap and not a.is_addressed_gap
    )
    return Scores(
        engine_version=ENGINE_VERSION,
        catalogue_id=catalogue.id,
        catalogue_version=catalogue.version,
        catalogue_digest=catalogue.digest,
        overall=_tally(items, answers),
        domains=domains,
        subsections=subsections,
        open_gap_items=gaps,
    )

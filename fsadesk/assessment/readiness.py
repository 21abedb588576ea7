"""Is a cycle ready to sign off? What is still open, item by item (issue #11, point 1).

Checked before finalising, so that a board never receives a locked report that asks for answers
nobody can give any more. Pure (no Qt, no database): the sign-off dialog lists these points, and
the finalised cycle records their counts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from fsadesk.assessment.answers import Answer, Status

# OpenKind and FinaliseNote live apart (no catalogue behind them, so `fsadesk verify` can read a
# finalise note without loading the catalogue); imported from here as before.
from fsadesk.assessment.finalise_note import FinaliseNote, OpenKind
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue.model import Catalogue

__all__ = ["FinaliseNote", "OpenKind", "OpenPoint", "Readiness", "readiness"]


@dataclass(frozen=True)
class OpenPoint:
    item_id: str
    kind: OpenKind


@dataclass(frozen=True)
class Readiness:
    points: tuple[OpenPoint, ...]  # in guideline order, then OpenKind order within an item

    @property
    def is_ready(self) -> bool:
        return not self.points

    def counts(self) -> dict[OpenKind, int]:
        """How many items each kind has (every kind present, zeros included)."""
        out = dict.fromkeys(OpenKind, 0)
        for point in self.points:
            out[point.kind] += 1
        return out

    def items(self, kind: OpenKind) -> list[str]:
        return [p.item_id for p in self.points if p.kind is kind]


def _open_kinds(answer: Answer) -> list[OpenKind]:
    kinds = []
    if answer.status is Status.UNANSWERED:
        kinds.append(OpenKind.UNANSWERED)
    if answer.marked_for_review:
        kinds.append(OpenKind.MARKED_FOR_REVIEW)
    if answer.is_gap and not answer.is_addressed_gap:
        kinds.append(OpenKind.GAP_WITHOUT_PLAN)
    if answer.status in (Status.NOT_APPLICABLE, Status.ALTERNATIVE) and not answer.justification.strip():
        kinds.append(OpenKind.MISSING_REASON)
    return kinds


def readiness(catalogue: Catalogue, profile: InstitutionProfile, answers: Mapping[str, Answer]) -> Readiness:
    """The open points of every item that applies under `profile`; an item with no stored answer
    counts as unanswered. Items outside the profile's scope are never open."""
    points = [
        OpenPoint(item.id, kind)
        for item in applicable_items(catalogue, profile)
        for kind in _open_kinds(answers.get(item.id) or Answer(item.id))
    ]
    return Readiness(tuple(points))

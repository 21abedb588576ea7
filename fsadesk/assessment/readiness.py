"""Is a cycle ready to sign off? What is still open, item by item (issue #11, point 1).

Checked before finalising, so that a board never receives a locked report that asks for answers
nobody can give any more. Pure (no Qt, no database): the sign-off dialog lists these points, and
the finalised cycle records their counts.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass

from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue.model import Catalogue


class OpenKind(enum.StrEnum):
    """Why an item is not ready; the order here is the order the dialog lists them in."""

    UNANSWERED = "unanswered"
    MARKED_FOR_REVIEW = "marked_for_review"
    GAP_WITHOUT_PLAN = "gap_without_plan"  # partial or not implemented, no complete plan or acceptance
    MISSING_REASON = "missing_reason"  # not applicable or alternative without its reason


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


@dataclass(frozen=True)
class FinaliseNote:
    """Recorded with a cycle finalised while points were still open: why, and how many of each
    kind were open at that moment (what the report then says)."""

    reason: str
    open_counts: Mapping[OpenKind, int]

    @property
    def open_total(self) -> int:
        return sum(self.open_counts.values())

    @staticmethod
    def of(state: Readiness, reason: str) -> FinaliseNote:
        return FinaliseNote(reason.strip(), state.counts())

    def to_json(self) -> str:
        counts = {kind.value: self.open_counts.get(kind, 0) for kind in OpenKind}
        return json.dumps({"reason": self.reason, "open": counts}, ensure_ascii=False, sort_keys=True)

    @staticmethod
    def from_json(text: str) -> FinaliseNote:
        data = json.loads(text)
        # A kind this version does not know (written by a newer one) is left out, not an error.
        known = {kind.value: kind for kind in OpenKind}
        counts = {known[k]: int(n) for k, n in data.get("open", {}).items() if k in known}
        return FinaliseNote(str(data.get("reason", "")), {kind: counts.get(kind, 0) for kind in OpenKind})


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

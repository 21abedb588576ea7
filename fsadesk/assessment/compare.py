"""Compare two assessment cycles: what changed item by item, and how each domain's figures moved.

Pure and deterministic like the scoring engine it builds on; both cycles are scored with the same
catalogue and the same institution profile (the profile belongs to the workspace, not to a cycle),
so a difference in the figures always comes from a difference in the answers.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import applies
from fsadesk.assessment.scoring import POINTS, Scores, Tally, score
from fsadesk.catalogue.model import Catalogue


class Direction(enum.StrEnum):
    """How one item moved between the earlier and the later cycle.

    The rule follows the scoring points (fsadesk.assessment.scoring.POINTS), so "improved" always
    means "this item now adds more to the implementation rate":

    - IMPROVED: the later status earns more points (Not implemented → Partially implemented,
      Partially implemented → Implemented or Alternative measure, Unanswered → Partially
      implemented, …).
    - WORSENED: the later status earns fewer points. Unanswered earns 0, as in scoring, so an
      answered item that is Unanswered again (Implemented → Unanswered) has worsened: the rate
      falls, and an unfinished assessment never looks better than a finished one.
    - CHANGED: the status changed without a change in points (Implemented ↔ Alternative measure,
      Unanswered → Not implemented), or it moved to or from Not applicable. Not applicable is left
      out of the rate, so it is neither better nor worse than any other answer: it is a change in
      what is assessed. CHANGED also covers an unchanged status whose notes, evidence,
      justification, remediation plan or risk acceptance changed.
    - UNCHANGED: same status and same details. The "marked for review" flag is ignored: every
      answer copied into a new cycle carries it, and clearing it is a review, not a change.
    """

    IMPROVED = "improved"
    WORSENED = "worsened"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


def direction(old: Status, new: Status, details_changed: bool = False) -> Direction:
    """The Direction of one item whose status went from `old` to `new` (see Direction)."""
    if old is new:
        return Direction.CHANGED if details_changed else Direction.UNCHANGED
    if Status.NOT_APPLICABLE in (old, new):
        return Direction.CHANGED
    difference = POINTS[new] - POINTS[old]
    if difference > 0:
        return Direction.IMPROVED
    if difference < 0:
        return Direction.WORSENED
    return Direction.CHANGED


@dataclass(frozen=True)
class ItemChange:
    """One item in both cycles. `old`/`new` are None where that cycle stores no answer for it."""

    item_id: str
    old: Answer | None
    new: Answer | None
    direction: Direction
    notes_changed: bool
    evidence_changed: bool
    justification_changed: bool
    plan_changed: bool
    acceptance_changed: bool
    in_catalogue: bool  # False: an answer kept for an item the current catalogue no longer has
    applicable: bool  # counts in the figures for this profile (in scope, conditions hold)

    @property
    def old_status(self) -> Status:
        return self.old.status if self.old is not None else Status.UNANSWERED

    @property
    def new_status(self) -> Status:
        return self.new.status if self.new is not None else Status.UNANSWERED

    @property
    def status_changed(self) -> bool:
        return self.old_status is not self.new_status

    @property
    def details_changed(self) -> bool:
        return (
            self.notes_changed
            or self.evidence_changed
            or self.justification_changed
            or self.plan_changed
            or self.acceptance_changed
        )

    @property
    def only_in_old(self) -> bool:
        """Answered in the earlier cycle only (the later one has no answer, or Unanswered)."""
        return _answered(self.old) and not _answered(self.new)

    @property
    def only_in_new(self) -> bool:
        """Answered in the later cycle only."""
        return _answered(self.new) and not _answered(self.old)


def _answered(answer: Answer | None) -> bool:
    return answer is not None and answer.status is not Status.UNANSWERED


@dataclass(frozen=True)
class TallyDelta:
    """One group's figures (a domain 2.1…2.6, or everything) in both cycles."""

    key: str  # the domain number, or "" for the overall figures
    old: Tally
    new: Tally

    @property
    def basic_rate_old(self) -> float | None:
        return self.old.basic.rate

    @property
    def basic_rate_new(self) -> float | None:
        return self.new.basic.rate

    @property
    def basic_rate_delta(self) -> float | None:
        """new − old, or None when either cycle has nothing assessed (a rate of "—")."""
        return _delta(self.old.basic.rate, self.new.basic.rate)

    @property
    def desirable_rate_old(self) -> float | None:
        return self.old.desirable.rate

    @property
    def desirable_rate_new(self) -> float | None:
        return self.new.desirable.rate

    @property
    def desirable_rate_delta(self) -> float | None:
        return _delta(self.old.desirable.rate, self.new.desirable.rate)

    @property
    def open_gaps_old(self) -> int:
        return self.old.open_gaps

    @property
    def open_gaps_new(self) -> int:
        return self.new.open_gaps

    @property
    def open_gaps_delta(self) -> int:
        """new − old; fewer open gaps (a negative delta) is better."""
        return self.new.open_gaps - self.old.open_gaps


def _delta(old: float | None, new: float | None) -> float | None:
    if old is None or new is None:
        return None
    return round(new - old, 6)


@dataclass(frozen=True)
class Comparison:
    items: tuple[ItemChange, ...]  # catalogue order, then ids the catalogue does not have
    domains: tuple[TallyDelta, ...]  # 2.1 … 2.6 in catalogue order
    overall: TallyDelta
    old_scores: Scores
    new_scores: Scores

    def changed(self) -> list[ItemChange]:
        return [c for c in self.items if c.direction is not Direction.UNCHANGED]

    def with_direction(self, wanted: Direction) -> list[ItemChange]:
        return [c for c in self.items if c.direction is wanted]

    def count(self, wanted: Direction) -> int:
        return sum(c.direction is wanted for c in self.items)

    def domain(self, number: str) -> TallyDelta:
        for d in self.domains:
            if d.key == number:
                return d
        raise KeyError(number)


def _item_change(
    item_id: str, old: Answer | None, new: Answer | None, in_catalogue: bool, applicable: bool
) -> ItemChange:
    blank = Answer(item_id)
    before, after = old or blank, new or blank
    flags = {
        "notes_changed": before.notes != after.notes,
        "evidence_changed": before.evidence != after.evidence,
        "justification_changed": before.justification != after.justification,
        "plan_changed": before.plan != after.plan,
        "acceptance_changed": before.acceptance != after.acceptance,
    }
    return ItemChange(
        item_id=item_id,
        old=old,
        new=new,
        direction=direction(before.status, after.status, any(flags.values())),
        in_catalogue=in_catalogue,
        applicable=applicable,
        **flags,
    )


def compare_cycles(
    catalogue: Catalogue,
    profile: InstitutionProfile,
    old_answers: Mapping[str, Answer],
    new_answers: Mapping[str, Answer],
) -> Comparison:
    """Compare the answers of an earlier cycle (`old_answers`) with those of a later one.

    Items reported: every item that applies to the profile, whether answered or not (a missing
    answer is Unanswered, as in scoring), and every other item that has an answer in either cycle:
    items that no longer apply (the profile changed, e.g. cloud services are no longer used) and
    answers kept for items the current catalogue no longer has. Those extra items are reported but
    do not enter the figures, exactly as scoring leaves them out.
    """
    old_scores = score(catalogue, profile, old_answers)
    new_scores = score(catalogue, profile, new_answers)
    stored = set(old_answers) | set(new_answers)
    known = catalogue.item_ids()
    items: list[ItemChange] = []
    for item in catalogue.items:
        applicable = applies(item, profile)
        if applicable or item.id in stored:
            items.append(_item_change(item.id, old_answers.get(item.id), new_answers.get(item.id), True, applicable))
    for item_id in sorted(stored - known):
        items.append(_item_change(item_id, old_answers.get(item_id), new_answers.get(item_id), False, False))
    domains = tuple(
        TallyDelta(d.number, old_scores.domains[d.number], new_scores.domains[d.number]) for d in catalogue.domains()
    )
    return Comparison(
        items=tuple(items),
        domains=domains,
        overall=TallyDelta("", old_scores.overall, new_scores.overall),
        old_scores=old_scores,
        new_scores=new_scores,
    )

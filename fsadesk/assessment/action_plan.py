"""The action plan: every gap the assessment found, with who fixes it, by when, and how urgently.

Pure Python (no Qt, no database), so the Summary page, the exports and the report all list the
same rows in the same order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from fsadesk.assessment.answers import Answer, Priority, Status
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue.model import Catalogue, Text, Tier

# High first; a row without a plan has no priority yet and sorts after Low.
PRIORITY_ORDER: tuple[Priority, ...] = (Priority.HIGH, Priority.MEDIUM, Priority.LOW)


@dataclass(frozen=True)
class ActionRow:
    """One gap (Partially implemented or Not implemented) and what is planned about it."""

    item_id: str
    order: int  # position in guideline order, so any view can fall back to it
    domain: str  # "2.3"
    domain_name: Text  # the domain's short name ("Protect")
    label: str  # "①" or "a"
    title: Text
    tier: Tier
    status: Status
    owner: str = ""
    target_date: dt.date | None = None
    priority: Priority | None = None  # None: no plan has been started
    accepted_by: str = ""
    accepted_on: dt.date | None = None
    has_plan: bool = False  # a complete plan: owner and target date
    has_acceptance: bool = False  # a complete risk acceptance: approver, reason and date
    is_open_gap: bool = False  # a basic item with neither: counted in Scores.open_gaps
    # Added for issue #11 point 5 (after the fields above, which the PDF reads by name).
    measure: str = ""  # what the plan will do
    notes: str = ""  # what is done today (the answer's notes)
    acceptance_reason: str = ""
    # A risk acceptance and no plan: management chose to live with the gap, so there is nothing
    # to prioritise; priority is neither asked for nor shown (the item page hides it the same way).
    accepts_risk: bool = False

    @property
    def is_addressed(self) -> bool:
        return self.has_plan or self.has_acceptance


def accepts_risk(answer: Answer) -> bool:
    """A risk acceptance has been started and no plan: the answer has no priority to ask for."""
    return answer.acceptance is not None and answer.plan is None


def priority_rank(priority: Priority | None) -> int:
    """0 for High … 2 for Low, 3 for no priority yet."""
    return PRIORITY_ORDER.index(priority) if priority is not None else len(PRIORITY_ORDER)


def sort_key(row: ActionRow) -> tuple[bool, int, dt.date, int]:
    """Open hygiene gaps first (they still need an owner: the first thing to act on), then priority,
    then target date (none last), then guideline order."""
    return (not row.is_open_gap, priority_rank(row.priority), row.target_date or dt.date.max, row.order)


def _row(catalogue: Catalogue, order: int, answer: Answer) -> ActionRow:
    item = catalogue.item(answer.item_id)
    domain = catalogue.domain_of(item.node)
    node = catalogue.node(domain)
    plan, acceptance = answer.plan, answer.acceptance
    return ActionRow(
        item_id=item.id,
        order=order,
        domain=domain,
        domain_name=node.short or node.title,
        label=item.label,
        title=item.title,
        tier=item.tier,
        status=answer.status,
        owner=plan.owner if plan else "",
        target_date=plan.target_date if plan else None,
        priority=plan.priority if plan else None,
        accepted_by=acceptance.approved_by if acceptance else "",
        accepted_on=acceptance.date if acceptance else None,
        has_plan=plan is not None and plan.is_complete(),
        has_acceptance=acceptance is not None and acceptance.is_complete(),
        is_open_gap=item.is_basic and not answer.is_addressed_gap,
        measure=plan.measure if plan else "",
        notes=answer.notes,
        acceptance_reason=acceptance.reason if acceptance else "",
        accepts_risk=accepts_risk(answer),
    )


def action_plan(catalogue: Catalogue, profile: InstitutionProfile, answers: Mapping[str, Answer]) -> list[ActionRow]:
    """Every applicable item (basic and desirable) answered Partially implemented or Not
    implemented, sorted by priority, then target date, then guideline order."""
    rows = [
        _row(catalogue, order, answer)
        for order, item in enumerate(applicable_items(catalogue, profile))
        if (answer := answers.get(item.id)) is not None and answer.is_gap
    ]
    return sorted(rows, key=sort_key)

"""An answer to one catalogue item, and the rules an answer must follow."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, replace
from typing import Any

from fsadesk import limits
from fsadesk.limits import TextLimit


class Status(enum.StrEnum):
    IMPLEMENTED = "implemented"
    PARTIAL = "partial"
    NOT_IMPLEMENTED = "not_implemented"
    ALTERNATIVE = "alternative"  # a compensating control; justification required
    NOT_APPLICABLE = "not_applicable"  # reason required
    UNANSWERED = "unanswered"


# Statuses short of "done" that need either a remediation plan or a risk acceptance.
GAP_STATUSES = frozenset({Status.PARTIAL, Status.NOT_IMPLEMENTED})


class Priority(enum.StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass(frozen=True)
class RemediationPlan:
    owner: str
    target_date: dt.date | None
    priority: Priority = Priority.MEDIUM
    # What will be done. Not needed for a plan to count as complete: plans typed before fsadesk
    # asked for it (schema 0006) would otherwise reopen gaps in cycles already under way.
    measure: str = ""

    def is_complete(self) -> bool:
        return bool(self.owner.strip()) and self.target_date is not None


@dataclass(frozen=True)
class RiskAcceptance:
    """Management's approval to live with a gap (guideline 2.2.2.3 ②)."""

    approved_by: str
    reason: str
    date: dt.date | None

    def is_complete(self) -> bool:
        return bool(self.approved_by.strip()) and bool(self.reason.strip()) and self.date is not None


class Problem(enum.StrEnum):
    """Why an answer cannot be saved as it stands; the UI maps each to a message."""

    NA_NEEDS_REASON = "na_needs_reason"
    ALTERNATIVE_NEEDS_JUSTIFICATION = "alternative_needs_justification"
    PLAN_INCOMPLETE = "plan_incomplete"
    ACCEPTANCE_INCOMPLETE = "acceptance_incomplete"
    # Text longer than fsadesk.limits allows: refused, so that no stored answer can make a bundle
    # that verification refuses or a report that cannot be laid out (issue #9, defect 4).
    NOTES_TOO_LONG = "notes_too_long"
    EVIDENCE_TOO_LONG = "evidence_too_long"
    JUSTIFICATION_TOO_LONG = "justification_too_long"
    OWNER_TOO_LONG = "owner_too_long"
    MEASURE_TOO_LONG = "measure_too_long"
    APPROVER_TOO_LONG = "approver_too_long"
    ACCEPTANCE_REASON_TOO_LONG = "acceptance_reason_too_long"


# Which limit each too-long problem stands for: the UI and CLI name the field and its limit from it.
TOO_LONG: dict[Problem, TextLimit] = {
    Problem.NOTES_TOO_LONG: limits.NOTES,
    Problem.EVIDENCE_TOO_LONG: limits.EVIDENCE,
    Problem.JUSTIFICATION_TOO_LONG: limits.JUSTIFICATION,
    Problem.OWNER_TOO_LONG: limits.PERSON_NAME,
    Problem.MEASURE_TOO_LONG: limits.MEASURE,
    Problem.APPROVER_TOO_LONG: limits.PERSON_NAME,
    Problem.ACCEPTANCE_REASON_TOO_LONG: limits.ACCEPTANCE_REASON,
}


@dataclass(frozen=True)
class Answer:
    item_id: str
    status: Status = Status.UNANSWERED
    notes: str = ""
    evidence: str = ""
    justification: str = ""  # the reason for Not applicable, or how the alternative measure works
    plan: RemediationPlan | None = None
    acceptance: RiskAcceptance | None = None
    marked_for_review: bool = False

    @property
    def is_gap(self) -> bool:
        return self.status in GAP_STATUSES

    @property
    def is_addressed_gap(self) -> bool:
        """A gap with a complete plan or a complete risk acceptance."""
        return self.is_gap and (
            (self.plan is not None and self.plan.is_complete())
            or (self.acceptance is not None and self.acceptance.is_complete())
        )

    def problems(self) -> list[Problem]:
        """Rules that block saving: a status whose required justification is missing, or text
        longer than its limit (fsadesk.limits)."""
        out = []
        if self.status is Status.NOT_APPLICABLE and not self.justification.strip():
            out.append(Problem.NA_NEEDS_REASON)
        if self.status is Status.ALTERNATIVE and not self.justification.strip():
            out.append(Problem.ALTERNATIVE_NEEDS_JUSTIFICATION)
        texts = {
            Problem.NOTES_TOO_LONG: self.notes,
            Problem.EVIDENCE_TOO_LONG: self.evidence,
            Problem.JUSTIFICATION_TOO_LONG: self.justification,
            Problem.OWNER_TOO_LONG: self.plan.owner if self.plan else "",
            Problem.MEASURE_TOO_LONG: self.plan.measure if self.plan else "",
            Problem.APPROVER_TOO_LONG: self.acceptance.approved_by if self.acceptance else "",
            Problem.ACCEPTANCE_REASON_TOO_LONG: self.acceptance.reason if self.acceptance else "",
        }
        out += [p for p, text in texts.items() if limits.text_problem(text, TOO_LONG[p]) is not None]
        return out

    def warnings(self) -> list[Problem]:
        """Half-filled plans or acceptances: saved as typed (nothing typed is lost), but they do
        not close a gap until complete."""
        out = []
        if self.plan is not None and not self.plan.is_complete():
            out.append(Problem.PLAN_INCOMPLETE)
        if self.acceptance is not None and not self.acceptance.is_complete():
            out.append(Problem.ACCEPTANCE_INCOMPLETE)
        return out

    def with_status(self, status: Status) -> Answer:
        return replace(self, status=status)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form, used for history rows and exports."""
        return {
            "item_id": self.item_id,
            "status": self.status.value,
            "notes": self.notes,
            "evidence": self.evidence,
            "justification": self.justification,
            "plan": None
            if self.plan is None
            else {
                "owner": self.plan.owner,
                "target_date": self.plan.target_date.isoformat() if self.plan.target_date else None,
                "priority": self.plan.priority.value,
                "measure": self.plan.measure,
            },
            "acceptance": None
            if self.acceptance is None
            else {
                "approved_by": self.acceptance.approved_by,
                "reason": self.acceptance.reason,
                "date": self.acceptance.date.isoformat() if self.acceptance.date else None,
            },
            "marked_for_review": self.marked_for_review,
        }

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Answer:
        plan = data.get("plan")
        acc = data.get("acceptance")
        return Answer(
            item_id=data["item_id"],
            status=Status(data.get("status", "unanswered")),
            notes=data.get("notes", ""),
            evidence=data.get("evidence", ""),
            justification=data.get("justification", ""),
            plan=None
            if not plan
            else RemediationPlan(
                owner=plan.get("owner", ""),
                target_date=_date(plan.get("target_date")),
                priority=Priority(plan.get("priority", "medium")),
                measure=plan.get("measure", ""),
            ),
            acceptance=None
            if not acc
            else RiskAcceptance(
                approved_by=acc.get("approved_by", ""),
                reason=acc.get("reason", ""),
                date=_date(acc.get("date")),
            ),
            marked_for_review=bool(data.get("marked_for_review", False)),
        )


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None

"""Rows of a workspace database turned into the assessment's plain objects.

No SQLAlchemy here: the repositories pass SQLAlchemy rows, and the start-up snapshot
(fsadesk.store.snapshot) passes rows read with the sqlite3 module, so both read paths share one
conversion. A row is anything with the columns as attributes.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, RiskAcceptance, Status
from fsadesk.assessment.profile import InstitutionProfile, Scope, SizeBand
from fsadesk.assessment.readiness import FinaliseNote

CYCLE_COLUMNS = (
    "id", "label", "fiscal_year", "catalogue_id", "catalogue_version", "catalogue_digest", "created_at",
    "copied_from_id", "state", "last_item_id", "finalised_at", "finalised_by", "revision", "revision_of_id",
    "profile", "finalise_note",
)  # fmt: skip


@dataclass(frozen=True)
class Cycle:
    id: int
    label: str
    fiscal_year: int
    catalogue_id: str
    catalogue_version: str
    catalogue_digest: str
    created_at: str
    copied_from_id: int | None
    state: str
    last_item_id: str | None
    finalised_at: str | None = None
    finalised_by: str | None = None
    revision: int = 1
    revision_of_id: int | None = None
    # The profile the cycle was finalised with; None while it is open (the workspace's applies).
    profile: InstitutionProfile | None = None
    # Set when it was finalised with points still open: why, and how many of each kind.
    finalise_note: FinaliseNote | None = None

    @property
    def is_open(self) -> bool:
        return self.state == "open"


def cycle_from_row(row: Any) -> Cycle:
    values = {name: getattr(row, name) for name in CYCLE_COLUMNS}
    values["profile"] = profile_from_json(values["profile"]) if values["profile"] else None
    values["finalise_note"] = FinaliseNote.from_json(values["finalise_note"]) if values["finalise_note"] else None
    return Cycle(**values)


def profile_from_row(row: Any) -> InstitutionProfile:
    return InstitutionProfile(
        name=row.name,
        institution_id=row.institution_id,
        category=row.category,
        size_band=SizeBand(row.size_band),
        is_fmi=bool(row.is_fmi),
        scope=Scope(row.scope),
        applicability={str(k): bool(v) for k, v in json.loads(row.applicability).items()},
    )


def profile_to_json(profile: InstitutionProfile) -> str:
    return json.dumps(profile.to_dict(), ensure_ascii=False, sort_keys=True)


def profile_from_json(text: str) -> InstitutionProfile:
    return InstitutionProfile.from_dict(json.loads(text))


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def answer_from_row(row: Any) -> Answer:
    plan = None
    if row.plan_owner is not None or row.plan_target_date is not None or row.plan_measure is not None:
        plan = RemediationPlan(
            owner=row.plan_owner or "",
            target_date=_date(row.plan_target_date),
            priority=Priority(row.plan_priority or "medium"),
            measure=row.plan_measure or "",
        )
    acceptance = None
    if row.acceptance_by is not None or row.acceptance_reason is not None or row.acceptance_date is not None:
        acceptance = RiskAcceptance(
            approved_by=row.acceptance_by or "",
            reason=row.acceptance_reason or "",
            date=_date(row.acceptance_date),
        )
    return Answer(
        item_id=row.item_id,
        status=Status(row.status),
        notes=row.notes,
        evidence=row.evidence,
        justification=row.justification,
        plan=plan,
        acceptance=acceptance,
        marked_for_review=bool(row.marked_for_review),
    )

"""Reading one campaign's members and current submissions in a handful of queries (no query per
member: the dashboard must open on 1,000 members × 3 campaigns in about a second)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from fsadesk.central.store.errors import CentralError
from fsadesk.central.store.models import CampaignRow, MemberKeyRow, MemberRow, SubmissionRow


class CampaignNotFound(CentralError):
    """The campaign asked for does not exist (or there is no campaign at all)."""

    kind = "unknown_campaign"  # the intake's word for it too: the windows say both the same way


@dataclass(frozen=True)
class CampaignInfo:
    id: int  # the row id
    campaign_id: str
    title: str
    cycle_label: str
    fiscal_year: int
    deadline: dt.date


@dataclass(frozen=True)
class MemberInfo:
    id: int
    institution_id: str
    name: str
    category: str
    size_band: str


@dataclass(frozen=True)
class CurrentSubmission:
    """A member's current submission for a cycle, with what the figures need of it."""

    id: int
    member_id: int
    status: str  # IntakeStatus value: accepted or accepted_with_flags
    flags: tuple[str, ...]
    bundle_created: str
    imported_at: str
    domains: dict[str, Any]  # recomputed_scores["domains"]: domain → its tally (rates per tier…)
    open_gap_items: tuple[str, ...]  # recomputed_scores["open_gap_items"]


def _info(row: CampaignRow) -> CampaignInfo:
    return CampaignInfo(row.id, row.campaign_id, row.title, row.cycle_label, row.fiscal_year,
                        dt.date.fromisoformat(row.deadline))  # fmt: skip


def campaigns(session: Session) -> list[CampaignInfo]:
    """Every campaign, oldest first (the order trends read them in)."""
    rows = session.scalars(select(CampaignRow).order_by(CampaignRow.fiscal_year, CampaignRow.id))
    return [_info(r) for r in rows]


def campaign(session: Session, campaign_id: str | None) -> CampaignInfo:
    """The campaign named, or the newest one (latest fiscal year, then the last created)."""
    query = select(CampaignRow)
    if campaign_id is not None:
        query = query.where(CampaignRow.campaign_id == campaign_id)
    row = session.scalars(query.order_by(CampaignRow.fiscal_year.desc(), CampaignRow.id.desc())).first()
    if row is None:
        if campaign_id is None:
            raise CampaignNotFound("There is no campaign yet. Create one with: fsadesk central campaign create")
        raise CampaignNotFound(f"There is no campaign {campaign_id!r}.")
    return _info(row)


def active_members(session: Session) -> list[MemberInfo]:
    """Members with a key that is not revoked (a revoked member is not expected to submit), by id."""
    live_key = exists().where(MemberKeyRow.member_id == MemberRow.id, MemberKeyRow.revoked_at.is_(None))
    rows = session.scalars(select(MemberRow).where(live_key).order_by(MemberRow.institution_id))
    return [MemberInfo(r.id, r.institution_id, r.name, r.category, r.size_band) for r in rows]


# Only the parts of the recomputed scores the figures read, extracted by the database (JSON path on
# SQLite and PostgreSQL alike): the whole document, with every subsection, costs several times more
# to send and parse, and the dashboard must open on 1,000 members × 3 campaigns in about a second.
DOMAINS = SubmissionRow.recomputed_scores["domains"]
OPEN_GAPS = SubmissionRow.recomputed_scores["open_gap_items"]


def current_submissions(
    session: Session, fiscal_year: int, cycle_label: str, *, scores: bool = True
) -> dict[int, CurrentSubmission]:
    """Each member's current submission for the cycle, by member row id (one query); without
    `scores` the rates are left out (empty), for figures that do not need them."""
    query = select(
        SubmissionRow.id, SubmissionRow.member_id, SubmissionRow.status, SubmissionRow.flags,
        SubmissionRow.bundle_created, SubmissionRow.imported_at,
    ).where(SubmissionRow.fiscal_year == fiscal_year, SubmissionRow.cycle_label == cycle_label,
            SubmissionRow.is_current.is_(True))  # fmt: skip
    if scores:
        query = query.add_columns(DOMAINS.label("domains"), OPEN_GAPS.label("open_gaps"))
    rows = session.execute(query)
    out = {}
    for r in rows:
        domains = dict(r.domains or {}) if scores else {}
        gaps = tuple(r.open_gaps or ()) if scores else ()
        out[r.member_id] = CurrentSubmission(r.id, r.member_id, r.status, tuple(r.flags or ()), r.bundle_created,
                                             r.imported_at, domains, gaps)  # fmt: skip
    return out

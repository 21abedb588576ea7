"""Reading one campaign's members and current submissions in a handful of queries (no query per
member: the dashboard must open on 1,000 members × 3 campaigns in about a second)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, String, column, exists, func, select
from sqlalchemy.orm import Session

from fsadesk.assessment.answers import Status
from fsadesk.central.store.errors import CentralError
from fsadesk.central.store.models import CampaignRow, MemberKeyRow, MemberRow, SubmissionAnswerRow, SubmissionRow


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


@dataclass(frozen=True)
class StoredScores:
    """What the figures read of one current submission's recomputed scores."""

    member_id: int
    fiscal_year: int
    cycle_label: str
    domains: dict[str, Any]  # recomputed_scores["domains"]
    open_gap_items: tuple[str, ...]  # recomputed_scores["open_gap_items"]


# The top-level parts of the recomputed scores the figures read. The database splits each stored
# document once (json_each, on SQLite and PostgreSQL alike) and sends only these: the whole
# document, with every subsection, costs several times more to send and parse, and a JSON path per
# part would parse the 14 KB document once per part — on PostgreSQL about 0.15 ms each, most of a
# second for 1,000 members × 3 campaigns.
_PARTS = ("domains", "open_gap_items")


def current_scores(session: Session) -> dict[int, StoredScores]:
    """Submission id → its domains and open gaps, for every current submission of every cycle (one
    query): the trends need every campaign's rates, the open campaign's figures are among them."""
    part = func.json_each(SubmissionRow.recomputed_scores).table_valued(
        column("key", String), column("value", JSON)
    )  # fmt: skip
    rows = session.execute(
        select(SubmissionRow.id, SubmissionRow.member_id, SubmissionRow.fiscal_year, SubmissionRow.cycle_label,
               part.c.key, part.c.value)
        .select_from(SubmissionRow).outerjoin(part, part.c.key.in_(_PARTS))  # one row at least per submission
        .where(SubmissionRow.is_current.is_(True))
    )  # fmt: skip
    found: dict[int, tuple[int, int, str, dict[str, Any]]] = {}
    for r in rows:
        parts = found.setdefault(r.id, (r.member_id, r.fiscal_year, r.cycle_label, {}))[3]
        if r.key is not None:
            parts[r.key] = r.value
    return {
        sid: StoredScores(m, fy, label, dict(p.get("domains") or {}), tuple(p.get("open_gap_items") or ()))
        for sid, (m, fy, label, p) in found.items()
    }


def current_submissions(
    session: Session, fiscal_year: int, cycle_label: str, scores: Mapping[int, StoredScores] | None = None
) -> tuple[dict[int, CurrentSubmission], dict[int, dict[str, Any]]]:
    """Each member's current submission for the cycle, by member row id, and each one's profile (the
    one it was scored under) by submission id: one query. The rates and open gaps come from
    `scores` (current_scores); without it they are left empty, for figures that do not need them."""
    rows = session.execute(
        select(SubmissionRow.id, SubmissionRow.member_id, SubmissionRow.status, SubmissionRow.flags,
               SubmissionRow.bundle_created, SubmissionRow.imported_at, SubmissionRow.profile)
        .where(SubmissionRow.fiscal_year == fiscal_year, SubmissionRow.cycle_label == cycle_label,
               SubmissionRow.is_current.is_(True))
    )  # fmt: skip
    out, profiles = {}, {}
    for r in rows:
        stored = scores.get(r.id) if scores is not None else None
        domains, gaps = (dict(stored.domains), stored.open_gap_items) if stored is not None else ({}, ())
        out[r.member_id] = CurrentSubmission(r.id, r.member_id, r.status, tuple(r.flags or ()), r.bundle_created,
                                             r.imported_at, domains, gaps)  # fmt: skip
        profiles[r.id] = dict(r.profile)
    return out, profiles


def not_implemented(session: Session, fiscal_year: int, cycle_label: str) -> list[tuple[int, str]]:
    """(submission id, item id) of every Not implemented answer in the cycle's current submissions,
    by submission and item. The submissions are found first and their answers looked up in the
    index on (status, submission, item) (central schema c0003), so only those answers are read —
    not every answer ever taken in, with its notes."""
    cycle = select(SubmissionRow.id).where(
        SubmissionRow.fiscal_year == fiscal_year, SubmissionRow.cycle_label == cycle_label,
        SubmissionRow.is_current.is_(True),
    )  # fmt: skip
    rows = session.execute(
        select(SubmissionAnswerRow.submission_id, SubmissionAnswerRow.item_id)
        .where(SubmissionAnswerRow.status == Status.NOT_IMPLEMENTED.value, SubmissionAnswerRow.submission_id.in_(cycle))
        .order_by(SubmissionAnswerRow.submission_id, SubmissionAnswerRow.item_id)
    )  # fmt: skip
    return [(sid, item) for sid, item in rows]

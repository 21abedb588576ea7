"""Everything the dashboard shows of one campaign, read once in one read transaction and shared by
every view, export and the benchmark pack: the campaign (and every campaign, for trends), the
expected members, each one's current submission with its per-domain tallies, the Not implemented
answers with the profile they were scored under, and the earlier campaigns' rates.

Filtering by category or size band (`CampaignData.only`) happens in memory on this snapshot, so a
filter change in the window costs no query: the dashboard stays responsive on 1,000 members.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import exists, select

from fsadesk.assessment.answers import Status
from fsadesk.central.dashboard.load import (
    DOMAINS,
    CampaignInfo,
    CurrentSubmission,
    MemberInfo,
    active_members,
    campaign,
    campaigns,
    current_submissions,
)
from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.models import MemberKeyRow, MemberRow, SubmissionAnswerRow, SubmissionRow


@dataclass(frozen=True)
class Filters:
    """What the person chose to look at; written at the top of every export sheet."""

    category: str | None = None  # None: every category
    size_band: str | None = None  # None: every size band

    def keeps(self, m: MemberInfo) -> bool:
        return (self.category is None or m.category == self.category) and (
            self.size_band is None or m.size_band == self.size_band
        )

    @property
    def is_all(self) -> bool:
        return self.category is None and self.size_band is None


@dataclass(frozen=True)
class CampaignData:
    campaign: CampaignInfo
    campaigns: tuple[CampaignInfo, ...]  # every campaign, oldest first
    members: tuple[MemberInfo, ...]  # expected (live key), by institution id
    current: Mapping[int, CurrentSubmission]  # member row id → current submission for this cycle
    # (submission id, item id) of every Not implemented answer in the current submissions
    not_implemented: tuple[tuple[int, str], ...]
    profiles: Mapping[int, dict[str, Any]]  # submission id → the profile it was scored under
    # (member row id, fiscal year, cycle label) → recomputed_scores["domains"] of every campaign
    history: Mapping[tuple[int, int, str], dict[str, Any]]
    filters: Filters = field(default_factory=Filters)

    def only(self, filters: Filters) -> CampaignData:
        """The same snapshot seen through a filter (no query)."""
        kept = tuple(m for m in self.members if filters.keeps(m))
        ids = {m.id for m in kept}
        current = {k: v for k, v in self.current.items() if k in ids}
        subs = {s.id for s in current.values()}
        return replace(
            self,
            members=kept,
            current=current,
            not_implemented=tuple(p for p in self.not_implemented if p[0] in subs),
            history={k: v for k, v in self.history.items() if k[0] in ids},
            filters=filters,
        )

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(sorted({m.category for m in self.members}))

    @property
    def size_bands(self) -> tuple[str, ...]:
        return tuple(sorted({m.size_band for m in self.members}))


def load_campaign(db: CentralDatabase, campaign_id: str | None = None) -> CampaignData:
    """One campaign's snapshot (default: the newest), in one read transaction of five queries."""
    live_key = exists().where(MemberKeyRow.member_id == MemberRow.id, MemberKeyRow.revoked_at.is_(None))
    with db.reading() as session:
        info = campaign(session, campaign_id)
        every = tuple(campaigns(session))
        members = tuple(active_members(session))
        current = current_submissions(session, info.fiscal_year, info.cycle_label)
        sub_ids = {s.id for s in current.values()}
        weak = tuple(
            (sid, item)
            for sid, item in session.execute(
                select(SubmissionAnswerRow.submission_id, SubmissionAnswerRow.item_id)
                .join(SubmissionRow, SubmissionRow.id == SubmissionAnswerRow.submission_id)
                .join(MemberRow, MemberRow.id == SubmissionRow.member_id)
                .where(SubmissionRow.fiscal_year == info.fiscal_year, SubmissionRow.cycle_label == info.cycle_label,
                       SubmissionRow.is_current.is_(True),
                       SubmissionAnswerRow.status == Status.NOT_IMPLEMENTED.value, live_key)
            )
            if sid in sub_ids
        )  # fmt: skip
        profiles = {
            sid: dict(p)
            for sid, p in session.execute(
                select(SubmissionRow.id, SubmissionRow.profile).where(SubmissionRow.id.in_(sub_ids))
            )
        }
        history = {
            (r.member_id, r.fiscal_year, r.cycle_label): dict(r.domains or {})
            for r in session.execute(
                select(SubmissionRow.member_id, SubmissionRow.fiscal_year, SubmissionRow.cycle_label,
                       DOMAINS.label("domains")).where(SubmissionRow.is_current.is_(True))
            )
        }  # fmt: skip
    return CampaignData(info, every, members, current, weak, profiles, history)

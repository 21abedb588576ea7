"""Who has submitted for a campaign: received, accepted with a flag, late, or missing, per enrolled
member that is not revoked, with the counts and the deadline."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from fsadesk.central.dashboard.load import CampaignInfo, CurrentSubmission
from fsadesk.central.dashboard.snapshot import CampaignData, load_campaign
from fsadesk.central.receipt import ReceiptFlag
from fsadesk.central.store.database import CentralDatabase


class SubmissionState(enum.StrEnum):
    RECEIVED = "received"  # accepted as it is
    FLAGGED = "flagged"  # accepted with a flag other than late (scores differ, other engine)
    LATE = "late"  # accepted, made after the deadline (whatever other flags it has)
    MISSING = "missing"


@dataclass(frozen=True)
class MemberStatus:
    institution_id: str
    name: str
    category: str
    size_band: str
    state: SubmissionState
    submitted_at: str | None  # when the bundle says it was made (UTC ISO), None when missing
    imported_at: str | None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class CampaignStatus:
    campaign: CampaignInfo
    deadline: dt.date
    members: tuple[MemberStatus, ...]  # by institution id

    def count(self, state: SubmissionState) -> int:
        return sum(1 for m in self.members if m.state is state)

    @property
    def counts(self) -> dict[SubmissionState, int]:
        return {s: self.count(s) for s in SubmissionState}


def state_of(submission: CurrentSubmission | None) -> SubmissionState:
    if submission is None:
        return SubmissionState.MISSING
    if ReceiptFlag.LATE.value in submission.flags:
        return SubmissionState.LATE
    return SubmissionState.FLAGGED if submission.flags else SubmissionState.RECEIVED


def status_of(data: CampaignData) -> CampaignStatus:
    """The status of every expected member in the snapshot (as filtered)."""
    rows = []
    for m in data.members:
        sub = data.current.get(m.id)
        rows.append(MemberStatus(
            m.institution_id, m.name, m.category, m.size_band, state_of(sub),
            sub.bundle_created if sub else None, sub.imported_at if sub else None, sub.flags if sub else (),
        ))  # fmt: skip
    return CampaignStatus(data.campaign, data.campaign.deadline, tuple(rows))


def campaign_status(db: CentralDatabase, campaign_id: str | None = None) -> CampaignStatus:
    """The status of every expected member for the campaign (default: the newest)."""
    return status_of(load_campaign(db, campaign_id))

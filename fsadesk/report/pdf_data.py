"""Everything the PDF report shows, as plain, immutable data computed from a cycle's record.

The drawing code never touches the database: it gets a ReportData, so it can be tested with any
data and the same data always draws the same PDF, whether the record was read from a workspace or
from a received bundle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from fsadesk import __version__
from fsadesk.assessment.action_plan import ActionRow, action_plan
from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.compare import Comparison, compare_cycles
from fsadesk.assessment.peer_position import PeerPosition
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.record import CycleInfo, CycleRecord, PreviousCycle
from fsadesk.assessment.scope import applicable_items
from fsadesk.assessment.scoring import ENGINE_VERSION, Scores, score
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.assessment.submission import ReceiptInfo
from fsadesk.catalogue.model import Catalogue, Item

# Report dates are Japan time whatever the PC's time zone: the readers are in Japan, and the same
# stored data must give the same PDF on every machine (timestamps are stored in UTC).
JST = dt.timezone(dt.timedelta(hours=9), "JST")


@dataclass(frozen=True)
class ReportData:
    catalogue: Catalogue
    profile: InstitutionProfile
    cycle: CycleInfo
    answers: Mapping[str, Answer]  # item id -> answer, sorted by item id
    items: tuple[Item, ...]  # the applicable items, in guideline order
    scores: Scores
    actions: tuple[ActionRow, ...]
    previous: PreviousCycle | None
    comparison: Comparison | None
    signoffs: Mapping[Role, SignOff]  # a role not recorded is absent
    last_change: dt.datetime  # Japan time; the PDF's creation date
    fingerprint: str | None
    app_version: str = __version__
    includes_notes: bool = True  # False: made without notes, evidence and reasons (CycleRecord.shared)
    engine_version: str = ENGINE_VERSION
    receipt: ReceiptInfo | None = None  # the central organisation received a bundle of this cycle
    # Where the institution stands in its peer group (an imported benchmark pack); None: no section.
    # Like the receipt, only the board's copy has it: a bundle never carries the pack.
    peers: PeerPosition | None = None

    def answer(self, item_id: str) -> Answer:
        return self.answers.get(item_id) or Answer(item_id)

    @property
    def as_of(self) -> dt.date:
        return self.last_change.date()

    def with_status(self, *statuses: Status) -> list[tuple[Item, Answer]]:
        """Applicable items answered with one of `statuses`, in guideline order."""
        return [(it, a) for it in self.items if (a := self.answer(it.id)).status in statuses]

    def marked_for_review(self) -> list[tuple[Item, Answer]]:
        return [(it, a) for it in self.items if (a := self.answer(it.id)).marked_for_review]

    def accepted(self) -> list[tuple[Item, Answer]]:
        """Gaps with a risk acceptance recorded (complete or not: the board should see both)."""
        return [(it, a) for it in self.items if (a := self.answer(it.id)).is_gap and a.acceptance is not None]

    def overdue_plans(self) -> int:
        """Gaps whose remediation plan's target date is before the report date."""
        return sum(
            1
            for row in self.actions
            if row.target_date is not None and row.target_date < self.as_of and not row.has_acceptance
        )

    def item(self, item_id: str) -> Item:
        return self.catalogue.item(item_id)


def report_data(
    record: CycleRecord,
    catalogue: Catalogue,
    *,
    fingerprint: str | None = None,
    app_version: str = __version__,
    peers: PeerPosition | None = None,
) -> ReportData:
    """Score and compare a cycle's record (read from a workspace or from a verified bundle). The
    record's notes choice decides what is printed: a record shared without free text (see
    CycleRecord.shared) prints none, exactly as the bundle it travels in carries none.
    `app_version` is the fsadesk that made the report (a bundle's manifest names it)."""
    profile, answers, previous = record.profile, record.answers, record.previous
    comparison = None
    if previous is not None:
        comparison = compare_cycles(catalogue, profile, previous.answers, answers)
    return ReportData(
        catalogue=catalogue,
        profile=profile,
        cycle=record.cycle,
        answers=answers,
        items=tuple(applicable_items(catalogue, profile)),
        scores=score(catalogue, profile, answers),
        actions=tuple(action_plan(catalogue, profile, answers)),
        previous=previous,
        comparison=comparison,
        signoffs={entry.role: entry for entry in record.signoffs},
        last_change=record.last_change.astimezone(JST),
        fingerprint=fingerprint,
        app_version=app_version,
        includes_notes=record.includes_notes,
        receipt=record.receipt,
        peers=peers,
    )

"""One assessment cycle as plain data: what the report, the bundle and the export preview are built
from, whether it was read from a workspace (fsadesk.store.cycle_record) or from a verified bundle
(fsadesk.bundle.verify). No I/O here.

Timestamps are UTC strings of whole seconds ("2026-05-01T09:30:00Z"), the form the bundle carries,
so a record read back from a bundle equals the one it was written from, and both draw the same PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from fsadesk.assessment.answers import Answer
from fsadesk.assessment.finalise_note import FinaliseNote
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.signoff import SignOff
from fsadesk.assessment.submission import ReceiptInfo

# Notes, evidence and reasons: the free text an institution may keep back (spec.FREE_TEXT_FIELDS).
FREE_TEXT = ("notes", "evidence", "justification")


def utc_stamp(value: str) -> str:
    """A stored timestamp (ISO 8601, naive meaning UTC) as UTC in whole seconds, with a Z."""
    stamp = dt.datetime.fromisoformat(value)
    stamp = stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(value: str) -> dt.datetime:
    stamp = dt.datetime.fromisoformat(value)
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class CycleInfo:
    """The cycle's facts (no workspace bookkeeping such as the last page shown)."""

    id: int
    label: str
    fiscal_year: int
    state: str  # "open", or "final" once signed off and locked
    created_at: str  # UTC, whole seconds
    revision: int
    catalogue_id: str
    catalogue_version: str
    catalogue_digest: str
    finalised_at: str | None = None  # UTC, whole seconds
    # Why it was finalised with points still open, and how many; None when nothing was open, while
    # open, and in bundles of assessment formats 1 and 2 (which did not carry it).
    finalise_note: FinaliseNote | None = None

    @property
    def is_open(self) -> bool:
        return self.state == "open"


@dataclass(frozen=True)
class ItemHistory:
    changes: int
    first_change: str  # UTC, whole seconds
    last_change: str


@dataclass(frozen=True)
class HistorySummary:
    """How often each item's answer changed, and when; who changed it stays on the PC."""

    changes: int
    items: Mapping[str, ItemHistory]  # sorted by item id


@dataclass(frozen=True)
class PreviousCycle:
    """The cycle the report compares with: its name and its answers (under the same notes choice)."""

    id: int
    label: str
    fiscal_year: int
    answers: Mapping[str, Answer]  # sorted by item id


@dataclass(frozen=True)
class CycleRecord:
    profile: InstitutionProfile  # the one the cycle is assessed under
    cycle: CycleInfo
    answers: Mapping[str, Answer]  # every stored answer, sorted by item id
    signoffs: tuple[SignOff, ...]  # in role order; a role not recorded is absent
    history: HistorySummary
    unknown_items: tuple[str, ...]  # stored answers for items the catalogue does not have
    previous: PreviousCycle | None
    includes_notes: bool = True
    # The central organisation's receipt for a bundle of this cycle (the newest), read from the
    # workspace for the board's report. A bundle never carries it (the receipt comes after the
    # bundle), so shared() drops it and a report drawn from a bundle equals the one inside.
    receipt: ReceiptInfo | None = None

    @property
    def last_change(self) -> dt.datetime:
        """The newest timestamp of the cycle (its start, any answer change, its finalisation), UTC:
        the PDF's creation date and the bundle's `created`, so report and bundle agree."""
        stamps = [self.cycle.created_at, *(h.last_change for h in self.history.items.values())]
        if self.cycle.finalised_at:
            stamps.append(self.cycle.finalised_at)
        return max(parse_utc(s) for s in stamps).astimezone(dt.UTC)

    def shared(self, include_notes: bool) -> CycleRecord:
        """The record as it leaves the PC: without notes, evidence and reasons when the user keeps
        them back (in the previous cycle's answers too: the report compares the two alike)."""
        if include_notes:
            if not self.includes_notes:
                raise ValueError("this record was made without the free text; it cannot be put back")
            return self if self.receipt is None else replace(self, receipt=None)
        previous = self.previous
        if previous is not None:
            previous = replace(previous, answers=_without_free_text(previous.answers))
        return replace(
            self, answers=_without_free_text(self.answers), previous=previous, includes_notes=False, receipt=None
        )


def _without_free_text(answers: Mapping[str, Answer]) -> dict[str, Answer]:
    # Spelled out (FREE_TEXT names the same three fields) so the type checker sees each one.
    return {key: replace(answer, notes="", evidence="", justification="") for key, answer in answers.items()}

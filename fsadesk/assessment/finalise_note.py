"""What was still open when a cycle was finalised, and why it was finalised anyway (issue #11).

Plain data with no catalogue behind it: the store, the record, the bundle verifier and the report
read it, and `fsadesk verify` must not load the catalogue (tests/test_cli_verify_imports.py).
fsadesk.assessment.readiness computes the open points and re-exports these names.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fsadesk.assessment.readiness import Readiness


class OpenKind(enum.StrEnum):
    """Why an item is not ready; the order here is the order the dialog lists them in."""

    UNANSWERED = "unanswered"
    MARKED_FOR_REVIEW = "marked_for_review"
    GAP_WITHOUT_PLAN = "gap_without_plan"  # partial or not implemented, no complete plan or acceptance
    MISSING_REASON = "missing_reason"  # not applicable or alternative without its reason


@dataclass(frozen=True)
class FinaliseNote:
    """Recorded with a cycle finalised while points were still open: why, and how many of each
    kind were open at that moment (what the report then says)."""

    reason: str
    open_counts: Mapping[OpenKind, int]

    @property
    def open_total(self) -> int:
        return sum(self.open_counts.values())

    @staticmethod
    def of(state: Readiness, reason: str) -> FinaliseNote:
        return FinaliseNote(reason.strip(), state.counts())

    def to_json(self) -> str:
        counts = {kind.value: self.open_counts.get(kind, 0) for kind in OpenKind}
        return json.dumps({"reason": self.reason, "open": counts}, ensure_ascii=False, sort_keys=True)

    @staticmethod
    def from_json(text: str) -> FinaliseNote:
        data = json.loads(text)
        # A kind this version does not know (written by a newer one) is left out, not an error.
        known = {kind.value: kind for kind in OpenKind}
        counts = {known[k]: int(n) for k, n in data.get("open", {}).items() if k in known}
        return FinaliseNote(str(data.get("reason", "")), {kind: counts.get(kind, 0) for kind in OpenKind})

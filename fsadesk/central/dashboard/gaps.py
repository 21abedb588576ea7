"""Open gaps per member: basic items answered Partially or Not implemented with neither a complete
remediation plan nor a complete risk acceptance. They are the ones the member's own scoring rules
found in its answers when the submission was taken in (recomputed_scores.open_gap_items)."""

from __future__ import annotations

from dataclasses import dataclass

from fsadesk.central.dashboard.rates import RateGrid


@dataclass(frozen=True)
class MemberGaps:
    institution_id: str
    name: str
    category: str
    items: tuple[str, ...]


def open_gaps(grid: RateGrid) -> list[MemberGaps]:
    """Members that submitted and have open gaps, most gaps first, then by institution id."""
    rows = [
        MemberGaps(m.institution_id, m.name, m.category, m.open_gap_items) for m in grid.members if m.open_gap_items
    ]
    return sorted(rows, key=lambda g: (-len(g.items), g.institution_id))

"""The benchmark pack's suppression rules (fsadesk.assessment.benchmark states them): which groups
and which cells are withheld so that no single member can be recognised.

Primary: a group, or a cell (one domain's rates, one item's answers), that fewer members than the
threshold contribute to is suppressed. Complementary: within one grouping (the categories, the
size bands), the suppressed groups or cells together hold either no member or at least the
threshold; otherwise the next smallest published one is suppressed too, until that holds. Without
it, "all" minus the published categories would give the figures of the one small group away.
Pure functions over counts, so the rule is tested on its own.
"""

from __future__ import annotations

from collections.abc import Mapping


def suppressed_within(counts: Mapping[str, int], threshold: int, already: frozenset[str] = frozenset()) -> set[str]:
    """The names (of one grouping) to suppress, given each one's member count: those under the
    threshold and `already` suppressed ones (whose groups are withheld), plus, while the suppressed
    together hold between 1 and threshold - 1 members, the smallest published one (ties: by name)."""
    hidden = {name for name, n in counts.items() if n < threshold} | (set(already) & counts.keys())
    while 0 < sum(counts[name] for name in hidden) < threshold:
        shown = sorted((n, name) for name, n in counts.items() if name not in hidden)
        if not shown:
            break  # everything is hidden already; "all" is then under the threshold too
        hidden.add(shown[0][1])
    return hidden

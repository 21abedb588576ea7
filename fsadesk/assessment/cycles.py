"""Assessment cycles: one a year, the next may start from a copy of the last."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from fsadesk.assessment.answers import Answer


def carry_over(previous: Mapping[str, Answer], known_item_ids: frozenset[str]) -> dict[str, Answer]:
    """Answers for a new cycle copied from the previous one.

    Everything the user wrote is kept, so a year's work is not typed again; each carried answer is
    marked for review so that nothing is signed off unseen. Answers to items the current catalogue
    no longer has are not carried.
    """
    return {
        item_id: replace(answer, marked_for_review=True)
        for item_id, answer in previous.items()
        if item_id in known_item_ids and answer.status.value != "unanswered"
    }

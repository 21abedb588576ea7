"""Assessment cycles: one a year, the next may start from a copy of the last."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import replace

from fsadesk import limits
from fsadesk.assessment.answers import Answer


class CycleProblem(enum.StrEnum):
    """Why a new cycle cannot be started with this label and year; the CLI and the UI word it."""

    LABEL_EMPTY = "label_empty"
    LABEL_TOO_LONG = "label_too_long"  # longer than limits.CYCLE_LABEL
    YEAR_OUT_OF_RANGE = "year_out_of_range"  # outside limits.FISCAL_YEAR_MIN..FISCAL_YEAR_MAX


def cycle_problems(label: str, fiscal_year: int) -> list[CycleProblem]:
    """The one check of a new cycle's label and fiscal year, for the CLI and the new-cycle dialog
    alike: what passes here is what the bundle verifier accepts."""
    out = []
    if not label.strip():
        out.append(CycleProblem.LABEL_EMPTY)
    elif limits.text_problem(label, limits.CYCLE_LABEL) is not None:
        out.append(CycleProblem.LABEL_TOO_LONG)
    if not limits.fiscal_year_ok(fiscal_year):
        out.append(CycleProblem.YEAR_OUT_OF_RANGE)
    return out


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

"""The one definition of every input limit (issue #9, defect 4).

The CLI, the set-up wizard, the dialogs, the item page, the store's save rules, the bundle builder
and the bundle verifier all read these numbers; the JSON schemas in fsadesk/bundle/schemas/ state the
same ones, and tests/test_limits.py checks that they agree. A value that passes here is one that
fsadesk's own verifier accepts, so an export can never sign a bundle that verification refuses.

Lengths count characters as Python does (code points), as JSON Schema's maxLength does.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


@dataclass(frozen=True)
class TextLimit:
    field: str  # a stable key; the UI and CLI map it to words in the user's language
    max_chars: int
    required: bool = False  # True: empty or blank is refused


# Who is assessed. Bundle manifest: institution.id 1..200, institution.name ≤ 1000.
INSTITUTION_ID = TextLimit("institution_id", 200, required=True)
INSTITUTION_NAME = TextLimit("institution_name", 1000, required=True)
# The assessment cycle's label ("2026年度", "FY2026"). Bundle manifest: cycle.label ≤ 1000.
CYCLE_LABEL = TextLimit("cycle_label", 1000)
# Free text of an answer. 5,000 characters is about four pages of Japanese in the report; an
# assessment with every field of all 176 items at this size still fits a bundle's assessment.json.
NOTES = TextLimit("notes", 5000)
EVIDENCE = TextLimit("evidence", 5000)
JUSTIFICATION = TextLimit("justification", 5000)
ACCEPTANCE_REASON = TextLimit("acceptance_reason", 5000)
# A remediation plan's "measure / what will be done" (issue #11 point 5): a few sentences.
MEASURE = TextLimit("measure", 2000)
# People: a plan's owner, a risk acceptance's approver, the sign-off's names and titles.
PERSON_NAME = TextLimit("person_name", 200)
PERSON_TITLE = TextLimit("person_title", 200)
# Why a cycle was finalised with points still open (the sign-off's second choice, issue #11): a
# paragraph or two for the board report, not a document.
FINALISE_REASON = TextLimit("finalise_reason", 2000, required=True)

# The central organisation's campaign file and receipts (issue #12; fsadesk/central/schemas/ state
# the same). A campaign's title is a line on a summary page; its id is a uuid4 or a short name the
# organisation chooses ("2026-shinkin-self-assessment") and travels in file names.
ORGANISATION_NAME = TextLimit("organisation_name", 1000, required=True)
CAMPAIGN_TITLE = TextLimit("campaign_title", 200, required=True)
CAMPAIGN_ID = TextLimit("campaign_id", 100, required=True)

# The central organisation's member registry (issue #12). A region is a prefecture or a district
# name; notes are a few lines about the member; a revocation's reason is a sentence or two kept
# with the key for ever. A member's id and name use INSTITUTION_ID and INSTITUTION_NAME above.
REGION = TextLimit("region", 100)
MEMBER_NOTES = TextLimit("member_notes", 2000)
REVOKE_REASON = TextLimit("revoke_reason", 1000, required=True)
# `fsadesk central simulate --members N`: ten times the largest federations' membership.
SIMULATED_MEMBERS_MAX = 10_000

# Bundle manifest: cycle.fiscal_year 1900..9999.
FISCAL_YEAR_MIN = 1900
FISCAL_YEAR_MAX = 9999


class LimitProblem(enum.StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"


def text_problem(value: str, limit: TextLimit) -> LimitProblem | None:
    """Why `value` cannot be stored in `limit`'s field, or None when it can."""
    if limit.required and not value.strip():
        return LimitProblem.EMPTY
    if len(value) > limit.max_chars:
        return LimitProblem.TOO_LONG
    return None


def fiscal_year_ok(year: int) -> bool:
    return FISCAL_YEAR_MIN <= year <= FISCAL_YEAR_MAX

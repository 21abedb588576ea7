"""Why a use case refused to act, before it wrote anything.

Each is a ValueError (as the checks it replaces raised) with a `kind` the windows and the CLI turn
into words in the user's language, and the specific problems found, for naming the field.
"""

from __future__ import annotations

from collections.abc import Sequence


class ActionRefused(ValueError):
    """Nothing was stored: the input broke a rule. `problems` are the rule's own codes or words."""

    kind = "refused"

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        self.problems = list(problems)
        super().__init__(message)


class CycleRejected(ActionRefused):
    """The new cycle's label or fiscal year (fsadesk.assessment.cycles.cycle_problems)."""

    kind = "cycle_rejected"


class ProfileIncomplete(ActionRefused):
    """The institution profile is missing something or too long (InstitutionProfile.problems)."""

    kind = "profile_incomplete"


class SignOffIncomplete(ActionRefused):
    """A role has no name or date, or a name or position is too long (fsadesk.assessment.signoff)."""

    kind = "signoff_incomplete"


class NotFinalised(ActionRefused):
    """Only a finalised cycle gets a revision."""

    kind = "not_finalised"

"""Sign-off of an assessment: who prepared it, who reviewed it, and the executive who approved it."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from fsadesk import limits


class Role(enum.StrEnum):
    PREPARER = "preparer"
    REVIEWER = "reviewer"
    APPROVER = "approver"  # the executive approval the board report needs



@dataclass(frozen=True)
class SignOff:
    role: Role
    name: str
    title: str = ""  # the person's position, e.g. 常務理事
    date: dt.date | None = None

    def is_complete(self) -> bool:
        return bool(self.name.strip()) and self.date is not None

    def problems(self) -> list[SignOffProblem]:
        """Text longer than fsadesk.limits allows (a bundle's verifier would refuse it)."""
        out = []
        if limits.text_problem(self.name, limits.PERSON_NAME) is not None:
            out.append(SignOffProblem.NAME_TOO_LONG)
        if limits.text_problem(self.title, limits.PERSON_TITLE) is not None:
            out.append(SignOffProblem.TITLE_TOO_LONG)
        return out


class SignOffProblem(enum.StrEnum):
    NAME_TOO_LONG = "name_too_long"  # longer than limits.PERSON_NAME
    TITLE_TOO_LONG = "title_too_long"  # longer than limits.PERSON_TITLE


def missing_for_finalising(signoffs: list[SignOff]) -> list[Role]:
    """Roles still to be filled in before a cycle can be finalised (all three are required)."""
    done = {s.role for s in signoffs if s.is_complete()}
    return [r for r in Role if r not in done]

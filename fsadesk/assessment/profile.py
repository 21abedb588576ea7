"""The institution profile: who is assessed, and what applies to them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from fsadesk import limits


class SizeBand(enum.StrEnum):
    """Rough size by number of officers and staff; used to compare like with like."""

    SMALL = "small"  # up to 100 people
    MEDIUM = "medium"  # 101 to 500
    LARGE = "large"  # over 500


class Scope(enum.StrEnum):
    """Which tiers are assessed."""

    BASIC = "basic"
    BASIC_AND_DESIRABLE = "basic_and_desirable"



@dataclass(frozen=True)
class InstitutionProfile:
    name: str
    institution_id: str
    category: str  # a category id from the catalogue (guideline 1.4)
    size_band: SizeBand = SizeBand.SMALL
    is_fmi: bool = False
    scope: Scope = Scope.BASIC
    # Answers to the catalogue's applicability questions; a missing answer counts as "no".
    applicability: dict[str, bool] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form: in signed bundles, and frozen with each finalised cycle."""
        return {
            "name": self.name,
            "institution_id": self.institution_id,
            "category": self.category,
            "size_band": self.size_band.value,
            "is_fmi": self.is_fmi,
            "scope": self.scope.value,
            "applicability": dict(sorted(self.applicability.items())),
        }

    @staticmethod
    def from_dict(data: dict[str, Any]) -> InstitutionProfile:
        return InstitutionProfile(
            name=data["name"],
            institution_id=data["institution_id"],
            category=data["category"],
            size_band=SizeBand(data["size_band"]),
            is_fmi=bool(data["is_fmi"]),
            scope=Scope(data["scope"]),
            applicability={str(k): bool(v) for k, v in data["applicability"].items()},
        )

    def problems(self, category_ids: set[str], question_ids: set[str]) -> list[str]:
        """What is missing or wrong, in words for the person filling in the profile."""
        out = []
        if not self.name.strip():
            out.append("institution name is empty")
        elif len(self.name) > limits.INSTITUTION_NAME.max_chars:
            out.append(
                f"institution name is {len(self.name):,} characters long; at most "
                f"{limits.INSTITUTION_NAME.max_chars:,} are allowed"
            )
        if not self.institution_id.strip():
            out.append("institution id is empty")
        elif len(self.institution_id) > limits.INSTITUTION_ID.max_chars:
            out.append(
                f"institution id is {len(self.institution_id):,} characters long; at most "
                f"{limits.INSTITUTION_ID.max_chars:,} are allowed"
            )
        if self.category not in category_ids:
            out.append(f"unknown institution category {self.category!r}")
        unknown = sorted(set(self.applicability) - question_ids)
        if unknown:
            out.append(f"unknown applicability questions: {', '.join(unknown)}")
        return out

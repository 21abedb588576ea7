"""Plain records of the member registry, as the CLI and (later) the windows show them."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from fsadesk.central.store.models import MemberKeyRow, MemberRow


@dataclass(frozen=True)
class MemberKey:
    fingerprint: str
    enrolled_at: str
    confirmed_by: str
    retired_at: str | None
    revoked_at: str | None
    revoke_reason: str | None

    @property
    def active(self) -> bool:
        return self.retired_at is None and self.revoked_at is None

    @staticmethod
    def of(row: MemberKeyRow) -> MemberKey:
        return MemberKey(
            row.fingerprint, row.enrolled_at, row.confirmed_by, row.retired_at, row.revoked_at, row.revoke_reason
        )


@dataclass(frozen=True)
class Member:
    institution_id: str
    name: str
    category: str
    size_band: str
    region: str
    notes: str
    created_at: str
    updated_at: str
    keys: tuple[MemberKey, ...]  # oldest first

    @property
    def active_key(self) -> MemberKey | None:
        return next((k for k in self.keys if k.active), None)

    @staticmethod
    def of(row: MemberRow, keys: list[MemberKeyRow]) -> Member:
        return Member(
            row.institution_id, row.name, row.category, row.size_band, row.region, row.notes,
            row.created_at, row.updated_at, tuple(MemberKey.of(k) for k in keys),
        )  # fmt: skip


class EnrolOutcome(enum.StrEnum):
    ENROLLED = "enrolled"  # a new member with its first key
    KEY_ADDED = "key_added"  # a known member that had no active key (all revoked) gets this one
    ROTATED = "rotated"  # the member's active key is retired; this one is active now
    ALREADY_ENROLLED = "already_enrolled"  # this very key is the member's active key: nothing changed


@dataclass(frozen=True)
class EnrolResult:
    outcome: EnrolOutcome
    member: Member

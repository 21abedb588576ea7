"""The member registry's use cases: enrol a member's key from its enrolment file (after the
fingerprint is confirmed by telephone or on paper), rotate and revoke keys, list, search and edit.

Each function is one user action and one transaction (CentralDatabase.transaction()): a failure
anywhere leaves the registry as it was. The rules that two analysts could race on (one row per
institution, per key, one active key per member) are unique constraints of the schema too; a use
case that loses such a race runs once more and then sees the winner's row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fsadesk.assessment.profile import SizeBand
from fsadesk.bundle.errors import BundleError
from fsadesk.bundle.keys import Enrolment, load_public_key_file, public_key_pem
from fsadesk.central.member_records import EnrolOutcome, EnrolResult, Member
from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.errors import (
    InvalidAttribute,
    KeyNotFound,
    KeyOfAnotherMember,
    KeyRevoked,
    MemberNotFound,
    RotationNotAsked,
)
from fsadesk.central.store.models import MemberKeyRow, MemberRow
from fsadesk.limits import (
    INSTITUTION_ID,
    INSTITUTION_NAME,
    MEMBER_NOTES,
    REGION,
    REVOKE_REASON,
    TextLimit,
    text_problem,
)
from fsadesk.shown import shown_path

__all__ = [
    "BadFile", "PendingEnrolment", "accept_enrolment", "edit_member", "find_member", "list_members",
    "read_enrolment", "read_enrolments", "revoke_key", "revoke_member",
]  # fmt: skip

T = TypeVar("T")
_ATTEMPTS = 3  # a lost race is retried; three losses in a row means something else is wrong


def now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class PendingEnrolment:
    """An enrolment file read and checked, waiting for the fingerprint to be confirmed."""

    source: Path
    enrolment: Enrolment

    @property
    def institution_id(self) -> str:
        return self.enrolment.institution_id

    @property
    def name(self) -> str:
        return self.enrolment.name

    @property
    def fingerprint(self) -> str:
        return self.enrolment.fingerprint


@dataclass(frozen=True)
class BadFile:
    source: Path
    reason: str


def read_enrolment(path: Path) -> PendingEnrolment:
    """Read one enrolment file (`fsadesk key export-public`). Raises a BundleError naming the
    problem (not an enrolment file, a fingerprint that does not match its key…)."""
    _key, enrolment = load_public_key_file(path)
    if enrolment is None:
        from fsadesk.bundle.errors import EnrolmentInvalid

        raise EnrolmentInvalid(
            f"{shown_path(path)} is a bare public key; an enrolment file (fsadesk key export-public) "
            "also names the institution the key belongs to."
        )
    for value, limit in ((enrolment.institution_id, INSTITUTION_ID), (enrolment.name, INSTITUTION_NAME)):
        if text_problem(value, limit) is not None:
            from fsadesk.bundle.errors import EnrolmentInvalid

            raise EnrolmentInvalid(f"{shown_path(path)}: the institution's {limit.field} is empty or too long.")
    return PendingEnrolment(Path(path), enrolment)


def read_enrolments(paths: Iterable[Path]) -> tuple[list[PendingEnrolment], list[BadFile]]:
    """Files and folders (each folder's *.json, sorted by name) → the good ones, and each bad one
    with its reason: one bad file never stops the others."""
    good: list[PendingEnrolment] = []
    bad: list[BadFile] = []
    for path in paths:
        files = sorted(p for p in Path(path).glob("*.json") if p.is_file()) if Path(path).is_dir() else [Path(path)]
        if Path(path).is_dir() and not files:
            bad.append(BadFile(Path(path), f"The folder {shown_path(path)} holds no enrolment files (*.json)."))
        for file in files:
            try:
                good.append(read_enrolment(file))
            except BundleError as exc:
                bad.append(BadFile(file, str(exc)))
    return good, bad


def _retrying(db: CentralDatabase, action: Callable[[Session], T]) -> T:
    for attempt in range(_ATTEMPTS):
        try:
            with db.transaction() as session:
                return action(session)
        except IntegrityError:
            # Another analyst committed the same member or key between our read and our write.
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _member_row(session: Session, institution_id: str) -> MemberRow | None:
    return session.scalars(select(MemberRow).where(MemberRow.institution_id == institution_id)).first()


def _keys(session: Session, member: MemberRow) -> list[MemberKeyRow]:
    query = select(MemberKeyRow).where(MemberKeyRow.member_id == member.id).order_by(MemberKeyRow.id)
    return list(session.scalars(query))


def _record(session: Session, member: MemberRow) -> Member:
    session.flush()
    return Member.of(member, _keys(session, member))


def accept_enrolment(
    db: CentralDatabase, pending: PendingEnrolment, *, rotate: bool = False, confirmed_by: str = ""
) -> EnrolResult:
    """Enrol a confirmed key. A new institution becomes a member; the key it already has is
    "already enrolled"; a new key for a member with an active key replaces it only when `rotate`
    is asked (the old key is kept, retired with its date). A revoked or retired key, or a key
    registered for another institution, is refused."""

    def enrol(session: Session) -> EnrolResult:
        now = now_text()
        key = session.scalars(select(MemberKeyRow).where(MemberKeyRow.fingerprint == pending.fingerprint)).first()
        if key is not None:
            owner = session.get_one(MemberRow, key.member_id)
            if owner.institution_id != pending.institution_id:
                raise KeyOfAnotherMember(
                    f"{shown_path(pending.source)}: this key (fingerprint {pending.fingerprint}) is registered for "
                    f"{owner.institution_id} ({owner.name}), not for {pending.institution_id}. It was not enrolled."
                )
            if key.revoked_at is not None or key.retired_at is not None:
                when = key.revoked_at or key.retired_at
                state = "revoked" if key.revoked_at is not None else "retired"
                raise KeyRevoked(
                    f"{shown_path(pending.source)}: this key of {owner.institution_id} was {state} on {when}; "
                    "a key is never made active again. Ask the member for a new key."
                )
            return EnrolResult(EnrolOutcome.ALREADY_ENROLLED, _record(session, owner))
        member = _member_row(session, pending.institution_id)
        outcome = EnrolOutcome.KEY_ADDED
        if member is None:
            member = MemberRow(
                institution_id=pending.institution_id, name=pending.name, category=pending.enrolment.category,
                size_band="", region="", notes="", created_at=now, updated_at=now,
            )  # fmt: skip
            session.add(member)
            session.flush()
            outcome = EnrolOutcome.ENROLLED
        active = next((k for k in _keys(session, member) if k.retired_at is None and k.revoked_at is None), None)
        if active is not None:
            if not rotate:
                raise RotationNotAsked(
                    f"{shown_path(pending.source)}: {member.institution_id} ({member.name}) already has an active key "
                    f"(fingerprint {active.fingerprint}). To replace it with this one, enrol again with --rotate."
                )
            active.retired_at = now
            session.flush()  # the old key stops being active before the new one is (one active key)
            outcome = EnrolOutcome.ROTATED
        session.add(
            MemberKeyRow(
                member_id=member.id, fingerprint=pending.fingerprint,
                public_key_pem=public_key_pem(pending.enrolment.public_key).decode("ascii"),
                enrolled_at=now, confirmed_by=confirmed_by,
            )
        )  # fmt: skip
        member.updated_at = now
        return EnrolResult(outcome, _record(session, member))

    return _retrying(db, enrol)


def _reason(reason: str) -> str:
    problem = text_problem(reason, REVOKE_REASON)
    if problem is not None:
        raise InvalidAttribute(_limit_message(REVOKE_REASON, reason, "the reason for revoking"))
    return reason.strip()


def revoke_member(db: CentralDatabase, institution_id: str, reason: str) -> Member:
    """Revoke every key of a member that is not revoked yet (bundles it signs are then refused)."""
    reason = _reason(reason)

    def revoke(session: Session) -> Member:
        member = _member_row(session, institution_id)
        if member is None:
            raise MemberNotFound(f"There is no member {institution_id!r} in the registry.")
        now = now_text()
        for key in _keys(session, member):
            if key.revoked_at is None:
                key.revoked_at, key.revoke_reason = now, reason
        member.updated_at = now
        return _record(session, member)

    return _retrying(db, revoke)


def revoke_key(db: CentralDatabase, fingerprint: str, reason: str, *, institution_id: str | None = None) -> Member:
    """Revoke one key, named by its fingerprint (spaces and case do not matter); with
    `institution_id`, only if the key is that member's."""
    reason = _reason(reason)
    wanted = _normal_fingerprint(fingerprint)

    def revoke(session: Session) -> Member:
        keys = session.scalars(select(MemberKeyRow))
        key = next((k for k in keys if _normal_fingerprint(k.fingerprint) == wanted), None)
        if key is None:
            raise KeyNotFound(f"No key with the fingerprint {fingerprint!r} is registered.")
        member = session.get_one(MemberRow, key.member_id)
        if institution_id is not None and member.institution_id != institution_id:
            raise KeyNotFound(
                f"The key {fingerprint!r} is registered for {member.institution_id}, not for {institution_id}."
            )
        if key.revoked_at is None:
            now = now_text()
            key.revoked_at, key.revoke_reason = now, reason
            member.updated_at = now
        return _record(session, member)

    return _retrying(db, revoke)


def _normal_fingerprint(text: str) -> str:
    return "".join(text.split()).upper()


def list_members(db: CentralDatabase, search: str | None = None) -> list[Member]:
    """Every member, by institution id; with `search`, those whose id, name, category or region
    contains it (case does not matter)."""
    with db.reading() as session:
        query = select(MemberRow).order_by(MemberRow.institution_id)
        if search and search.strip():
            pattern = f"%{_escape_like(search.strip())}%"
            columns = (MemberRow.institution_id, MemberRow.name, MemberRow.category, MemberRow.region)
            query = query.where(or_(*(c.ilike(pattern, escape="\\") for c in columns)))
        rows = list(session.scalars(query))
        # All their keys in one query, not one per member: a server may be a network away.
        keys: dict[int, list[MemberKeyRow]] = {row.id: [] for row in rows}
        if rows:
            wanted = select(MemberKeyRow).where(MemberKeyRow.member_id.in_(keys)).order_by(MemberKeyRow.id)
            for key in session.scalars(wanted):
                keys[key.member_id].append(key)
        return [Member.of(row, keys[row.id]) for row in rows]


def _escape_like(text: str) -> str:
    # A "%" or "_" typed by the user is a character to find, not a wildcard.
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def find_member(db: CentralDatabase, institution_id: str) -> Member:
    with db.reading() as session:
        member = _member_row(session, institution_id)
        if member is None:
            raise MemberNotFound(f"There is no member {institution_id!r} in the registry.")
        return Member.of(member, _keys(session, member))


def _limit_message(limit: TextLimit, value: str, what: str) -> str:
    if text_problem(value, limit) is not None and not value.strip():
        return f"{what.capitalize()} must not be empty."
    return f"{what.capitalize()} is too long: at most {limit.max_chars:,} characters, this one has {len(value):,}."


def edit_member(
    db: CentralDatabase,
    institution_id: str,
    *,
    category: str | None = None,
    size_band: str | None = None,
    region: str | None = None,
    notes: str | None = None,
    known_categories: Collection[str] | None = None,
) -> Member:
    """Change a member's attributes (None: leave as it is). A value outside its limit or choices
    is refused and nothing is changed."""
    if category is not None and known_categories is not None and category not in known_categories:
        raise InvalidAttribute(
            f"{category!r} is not an institution category; the categories are: {', '.join(sorted(known_categories))}."
        )
    if size_band is not None and size_band not in {b.value for b in SizeBand}:
        raise InvalidAttribute(
            f"{size_band!r} is not a size band; the size bands are: {', '.join(b.value for b in SizeBand)}."
        )
    if region is not None and text_problem(region, REGION) is not None:
        raise InvalidAttribute(_limit_message(REGION, region, "the region"))
    if notes is not None and text_problem(notes, MEMBER_NOTES) is not None:
        raise InvalidAttribute(_limit_message(MEMBER_NOTES, notes, "the notes"))

    def edit(session: Session) -> Member:
        member = _member_row(session, institution_id)
        if member is None:
            raise MemberNotFound(f"There is no member {institution_id!r} in the registry.")
        changes = {"category": category, "size_band": size_band, "region": region, "notes": notes}
        for field, value in changes.items():
            if value is not None:
                setattr(member, field, value)
        member.updated_at = now_text()
        return _record(session, member)

    return _retrying(db, edit)

"""Storing one checked bundle as a submission, in one transaction, and reading submissions back.

The rules two analysts could race on are the schema's: one row per signed bundle (bundle_sha256
UNIQUE) and one current submission per member and cycle (a partial unique index). A transaction
that loses such a race is run once more and then sees the winner's row ("already imported").

Which key a bundle must be signed with is decided here, against the registry:
- the key named in the manifest must be enrolled, and for the institution the manifest names
  (else unknown signer, or another institution's key);
- a revoked key is refused for every bundle, whatever date the bundle states: that date is
  written by whoever holds the key, and a key is revoked because it may be in the wrong hands;
- a retired key (replaced by rotation) is accepted for bundles made before it was retired (a
  member that sends last month's file late), refused for bundles stated to be made after.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import Table, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from fsadesk.bundle.errors import BundleError
from fsadesk.bundle.keys import Enrolment
from fsadesk.bundle.verify import VerifiedBundle, verify_contents
from fsadesk.bundle.zipfmt import ZipContents
from fsadesk.central.intake_checks import IntakeRefusal, Received, Scored, created_of, refusal_of
from fsadesk.central.intake_types import IntakeStatus, ReasonKind
from fsadesk.central.receipt import ReceiptFlag, Submission, build_receipt
from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.models import (
    CampaignRow,
    MemberKeyRow,
    MemberRow,
    OrganisationRow,
    SubmissionAnswerRow,
    SubmissionRow,
)

T = TypeVar("T")
_ATTEMPTS = 3
_ANSWER_TABLE = cast(Table, SubmissionAnswerRow.__table__)


def retrying(db: CentralDatabase, action: Callable[[Session], T]) -> T:
    for attempt in range(_ATTEMPTS):
        try:
            with db.transaction() as session:
                return action(session)
        except IntegrityError:
            if attempt == _ATTEMPTS - 1:  # three lost races in a row: something else is wrong
                raise
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Stored:
    status: IntakeStatus
    submission_id: int
    institution_id: str
    flags: tuple[ReceiptFlag, ...] = ()
    replaced_id: int | None = None
    receipt: bytes | None = None
    reason: str = ""


def find_campaign(session: Session, campaign_id: str) -> CampaignRow | None:
    return session.scalars(select(CampaignRow).where(CampaignRow.campaign_id == campaign_id)).first()


def held(session: Session, bundle_sha256: str) -> SubmissionRow | None:
    return session.scalars(select(SubmissionRow).where(SubmissionRow.bundle_sha256 == bundle_sha256)).first()


def _public_key(row: MemberKeyRow) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(row.public_key_pem.encode("ascii"))
    assert isinstance(key, Ed25519PublicKey)  # only Ed25519 keys are ever enrolled
    return key


def _parse_time(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def check_signer(
    session: Session, name: str, contents: ZipContents, manifest: dict[str, Any]
) -> tuple[MemberRow, VerifiedBundle]:
    """The member whose registered key signed the bundle (read by intake_checks.read_manifest), and
    the verified bundle."""
    institution = str(manifest["institution"]["id"])
    claimed = str(manifest["signing_key"]["fingerprint"])
    row = session.execute(
        select(MemberKeyRow, MemberRow).join(MemberRow).where(MemberKeyRow.fingerprint == claimed)
    ).first()
    if row is None:
        known = session.scalars(select(MemberRow).where(MemberRow.institution_id == institution)).first()
        if known is None:
            raise IntakeRefusal(
                ReasonKind.UNKNOWN_SIGNER,
                f"{name}: institution {institution} is not an enrolled member; enrol its enrolment file first.",
            )
        raise IntakeRefusal(
            ReasonKind.UNKNOWN_SIGNER,
            f"{name}: it is signed with a key ({claimed}) that is not enrolled for {institution}; if the "
            "member made a new key, enrol its new enrolment file (after confirming the fingerprint).",
        )
    key_row, member = row
    if member.institution_id != institution:
        raise IntakeRefusal(
            ReasonKind.OTHER_INSTITUTION_KEY,
            f"{name}: the bundle says it is from {institution}, but it is signed with the key enrolled "
            f"for {member.institution_id}.",
        )
    enrolment = Enrolment(member.institution_id, member.name, "", _public_key(key_row), key_row.fingerprint)
    try:
        verified = verify_contents(contents, manifest, public_key=enrolment)
    except BundleError as exc:
        raise refusal_of(name, exc) from None
    if key_row.revoked_at is not None:
        raise IntakeRefusal(
            ReasonKind.REVOKED_KEY,
            f"{name}: it is signed with a key of {institution} that was revoked on {key_row.revoked_at[:10]} "
            f"({key_row.revoke_reason or 'no reason given'}).",
            member.institution_id,  # its signature verified with that member's (revoked) key
        )
    if key_row.retired_at is not None and created_of(manifest) > _parse_time(key_row.retired_at):
        raise IntakeRefusal(
            ReasonKind.RETIRED_KEY,
            f"{name}: it says it was made after {institution}'s key was replaced on "
            f"{key_row.retired_at[:10]}, but is signed with the old key.",
            member.institution_id,
        )
    return member, verified


@dataclass(frozen=True)
class ToStore:
    """Everything checked outside the database, ready for the one transaction."""

    file_name: str
    received: Received
    verified: VerifiedBundle
    member: MemberRow
    campaign: CampaignRow | None
    scored: Scored
    flags: tuple[ReceiptFlag, ...]


def store(session: Session, item: ToStore, *, now: dt.datetime, imported_by: str,
          signing_key: Ed25519PrivateKey | None) -> Stored:  # fmt: skip
    """Add the submission and its answers, and decide which submission of the member's cycle is
    current: a newer (or equally new) bundle supersedes the current one (kept, marked superseded);
    an older one is kept in history as a replay, not made current."""
    manifest, member = item.verified.manifest, item.member
    cycle = manifest["cycle"]
    created = created_of(manifest)
    current = session.scalars(
        select(SubmissionRow).where(
            SubmissionRow.member_id == member.id,
            SubmissionRow.fiscal_year == cycle["fiscal_year"],
            SubmissionRow.cycle_label == cycle["label"],
            SubmissionRow.is_current.is_(True),
        )
    ).first()
    replay = current is not None and created < _parse_time(current.bundle_created)
    status = (
        IntakeStatus.OLDER_THAN_HELD
        if replay
        else IntakeStatus.ACCEPTED_WITH_FLAGS
        if item.flags
        else IntakeStatus.ACCEPTED
    )
    if current is not None and not replay:
        current.is_current = False  # first: one current row per cycle is a unique index
        current.status = IntakeStatus.SUPERSEDED
        session.flush()
    catalogue = manifest["catalogue"]
    assessment = item.verified.assessment
    submission = Submission(
        campaign_id=item.campaign.campaign_id if item.campaign is not None else "",
        institution_id=member.institution_id,
        institution_name=str(manifest["institution"]["name"]),
        cycle_label=str(cycle["label"]),
        fiscal_year=int(cycle["fiscal_year"]),
        # The signed bundle as received, after decryption if it was encrypted
        # (docs/campaign-and-receipt-format.md): the bytes the member made, whatever the envelope.
        bundle_sha256=item.received.bundle_sha256,
        bundle_size=len(item.received.bundle),
    )
    # A receipt names its campaign, whose file carries the key the member checks it with: without
    # a campaign the member could check nothing, so none is made. Signed before the row is added,
    # so the row is written once, receipt included (one statement fewer per bundle).
    receipt = None
    if signing_key is not None and not replay and item.campaign is not None:
        receipt = make_receipt(session, submission, item.flags, signing_key, now)
    row = SubmissionRow(
        member_id=member.id,
        campaign_id=item.campaign.id if item.campaign is not None else None,
        institution_id=submission.institution_id,
        institution_name=submission.institution_name,
        cycle_label=submission.cycle_label,
        fiscal_year=submission.fiscal_year,
        bundle_sha256=submission.bundle_sha256,
        bundle_size=submission.bundle_size,
        file_name=item.file_name,
        file_sha256=item.received.file_sha256,
        file_size=len(item.received.file_bytes),
        encrypted=item.received.encrypted,
        bundle_created=created.isoformat(),
        imported_at=now.isoformat(timespec="microseconds"),
        imported_by=imported_by,
        status=status.value,
        flags=[f.value for f in item.flags],
        reason="",
        is_current=not replay,
        key_fingerprint=item.verified.fingerprint,
        scoring_engine=str(manifest["scoring_engine"]),
        catalogue_id=str(catalogue["id"]),
        catalogue_version=str(catalogue["version"]),
        catalogue_digest=str(catalogue["digest"]),
        profile=assessment["institution"],
        scores=item.scored.carried,
        recomputed_scores=item.scored.recomputed,
        bundle=item.received.bundle,
        receipt=receipt,
    )
    session.add(row)
    session.flush()
    answers = assessment["answers"]
    if answers:
        # All the answers in one executemany (one multi-row INSERT on PostgreSQL), through the
        # table rather than the ORM's bulk path, which costs more per row than the insert itself.
        session.execute(
            insert(_ANSWER_TABLE),
            [{"submission_id": row.id, "item_id": a["item_id"], "status": a["status"], "answer": a} for a in answers],
        )
    replaced_id = None
    if current is not None and not replay:
        current.superseded_by_id = row.id
        replaced_id = current.id
        session.flush()
    return Stored(status, row.id, member.institution_id, item.flags, replaced_id, receipt)


def make_receipt(
    session: Session, submission: Submission, flags: tuple[ReceiptFlag, ...], signing_key: Ed25519PrivateKey,
    now: dt.datetime,
) -> bytes:  # fmt: skip
    org = session.get(OrganisationRow, 1)
    return build_receipt(
        submission,
        flags=list(flags),
        received=now,
        organisation_name=org.name if org is not None else "",
        signing_key=signing_key,
    )


@dataclass(frozen=True)
class HeldReceipt:
    submission_id: int
    institution_id: str
    cycle_label: str
    fiscal_year: int
    file_name: str
    receipt: bytes


def receipts_of(db: CentralDatabase, institution_id: str, cycle_label: str | None = None) -> list[HeldReceipt]:
    """The receipts kept for a member (newest first), optionally of one cycle."""
    with db.reading() as session:
        query = select(SubmissionRow).where(
            SubmissionRow.institution_id == institution_id, SubmissionRow.receipt.is_not(None)
        )
        if cycle_label is not None:
            query = query.where(SubmissionRow.cycle_label == cycle_label)
        rows = session.scalars(query.order_by(SubmissionRow.id.desc()))
        return [
            HeldReceipt(r.id, r.institution_id, r.cycle_label, r.fiscal_year, r.file_name, r.receipt or b"")
            for r in rows
        ]

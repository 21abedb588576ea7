"""The receipt (.fsar): the central organisation's signed word that it received and accepted one
bundle. Same container as the campaign file (fsadesk.central.signed_file); the member checks it
against the signing key of the campaign file it imported (verify_receipt), and against the digest
of a bundle it exported itself (that part is the member side's, issue #12 point 5).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fsadesk.bundle.keys import fingerprint
from fsadesk.central.errors import (
    NotAReceipt,
    ReceiptBadSignature,
    ReceiptDamaged,
    ReceiptNewerFormat,
    ReceiptOtherSigner,
    ValueRefused,
)
from fsadesk.central.signed_file import (
    SignedFormat,
    read_file,
    read_signed,
    real_utc,
    signature_holds,
    utc_text,
    write_signed,
)

FORMAT = SignedFormat(
    format="fsadesk-receipt",
    version=1,
    document="receipt.json",
    signature="receipt.sig",
    schema="receipt.schema.json",
    what="receipt",
    not_this=NotAReceipt,
    damaged=ReceiptDamaged,
    newer=ReceiptNewerFormat,
)
SUFFIX = ".fsar"


class ReceiptStatus(enum.StrEnum):
    ACCEPTED = "accepted"
    ACCEPTED_WITH_FLAGS = "accepted_with_flags"


class ReceiptFlag(enum.StrEnum):
    """Why an accepted submission was flagged; stable words, translated only where shown."""

    SCORES_DIFFER = "scores_differ"  # the bundle's scores differ from those recomputed at intake
    OTHER_ENGINE_VERSION = "other_engine_version"  # made with another scoring engine version
    LATE = "late"  # received after the campaign's deadline


@dataclass(frozen=True)
class Submission:
    """What a receipt says was received: from whom, for which cycle, which bytes."""

    campaign_id: str
    institution_id: str
    institution_name: str
    cycle_label: str
    fiscal_year: int
    bundle_sha256: str
    bundle_size: int


@dataclass(frozen=True)
class VerifiedReceipt:
    """A receipt whose container, format and signature (by the expected key) hold."""

    document: dict[str, Any]

    @property
    def submission(self) -> Submission:
        d = self.document
        return Submission(
            d["campaign_id"],
            d["institution"]["id"],
            d["institution"]["name"],
            d["cycle"]["label"],
            d["cycle"]["fiscal_year"],
            d["bundle"]["sha256"],
            d["bundle"]["size"],
        )

    @property
    def status(self) -> ReceiptStatus:
        return ReceiptStatus(self.document["status"])

    @property
    def flags(self) -> tuple[ReceiptFlag, ...]:
        return tuple(ReceiptFlag(f) for f in self.document["flags"])

    @property
    def received(self) -> dt.datetime:
        moment = real_utc(self.document["received"])
        assert moment is not None  # checked by verify_receipt
        return moment

    @property
    def organisation_name(self) -> str:
        return str(self.document["organisation"]["name"])

    @property
    def fingerprint(self) -> str:
        return str(self.document["organisation"]["fingerprint"])


def _status(flags: tuple[ReceiptFlag, ...]) -> ReceiptStatus:
    return ReceiptStatus.ACCEPTED_WITH_FLAGS if flags else ReceiptStatus.ACCEPTED


def build_receipt(
    submission: Submission,
    *,
    flags: tuple[ReceiptFlag, ...] | list[ReceiptFlag] = (),
    received: dt.datetime,
    organisation_name: str,
    signing_key: Ed25519PrivateKey,
) -> bytes:
    """The signed receipt's bytes. The status follows from the flags (none: accepted), so the two
    can never disagree. A value the format refuses raises ValueRefused before signing."""
    ordered = tuple(sorted(set(ReceiptFlag(f) for f in flags)))  # the same flags, the same bytes
    if not organisation_name.strip():
        raise ValueRefused("The receipt needs the organisation's name.", "organisation_name")
    s = submission
    document = {
        "format": FORMAT.format,
        "format_version": FORMAT.version,
        "campaign_id": s.campaign_id,
        "institution": {"id": s.institution_id, "name": s.institution_name},
        "cycle": {"label": s.cycle_label, "fiscal_year": s.fiscal_year},
        "bundle": {"sha256": s.bundle_sha256, "size": s.bundle_size},
        "status": _status(ordered).value,
        "flags": [f.value for f in ordered],
        "received": utc_text(received, "received"),
        "organisation": {"name": organisation_name, "fingerprint": fingerprint(signing_key.public_key())},
    }
    return write_signed(FORMAT, document, signing_key)


def read_receipt_file(path: Path) -> bytes:
    """A receipt's bytes for verify_receipt; NotAReceipt for a missing or huge file."""
    return read_file(FORMAT, path)


def verify_receipt(data: bytes, organisation_public_key: Ed25519PublicKey) -> VerifiedReceipt:
    """Check a receipt against the organisation's key (from the campaign file). Raises NotAReceipt,
    ReceiptDamaged, ReceiptNewerFormat, ReceiptOtherSigner (signed by, or naming, another
    organisation's key, named in the message) or ReceiptBadSignature (changed after signing)."""
    signed = read_signed(FORMAT, data)
    doc = signed.document
    expected, stated, name = (
        fingerprint(organisation_public_key),
        doc["organisation"]["fingerprint"],
        doc["organisation"]["name"],
    )
    if stated != expected:
        raise ReceiptOtherSigner(
            f"This receipt is from {name} (key {stated}), not from the organisation of your campaign "
            f"file (key {expected})."
        )
    if not signature_holds(organisation_public_key, signed):
        raise ReceiptBadSignature(
            f"The receipt's signature does not match the key of {name} ({expected}): it was changed "
            "after signing, or signed by someone else in that organisation's name."
        )
    if (doc["status"] == ReceiptStatus.ACCEPTED) != (not doc["flags"]):
        raise ReceiptDamaged("receipt.json's status and flags disagree.", "status")
    if real_utc(doc["received"]) is None:
        raise ReceiptDamaged(f"receipt.json's time {doc['received']!r} is not a real time.", "received")
    return VerifiedReceipt(doc)

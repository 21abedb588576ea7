"""What the intake of members' bundles tells its caller: a status and a reason per file.

The values of IntakeStatus and ReasonKind are stable words (stored in the database, printed by
the CLI, looked up by the window's ja/en tables); their wording for people lives elsewhere.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from fsadesk.central.receipt import ReceiptFlag


class IntakeStatus(enum.StrEnum):
    ACCEPTED = "accepted"
    ACCEPTED_WITH_FLAGS = "accepted_with_flags"  # see FileOutcome.flags
    # A stored submission a newer one of the same member and cycle replaced (kept, in history).
    # Never a file's outcome: the file that replaces it is accepted.
    SUPERSEDED = "superseded"
    ALREADY_IMPORTED = "already_imported"  # the same signed bundle is held: no second row
    OLDER_THAN_HELD = "older_than_held"  # a replay: kept in history, not made current
    REJECTED = "rejected"  # see FileOutcome.reason_kind; the file is copied to quarantine


class ReasonKind(enum.StrEnum):
    """Why a file was rejected."""

    UNREADABLE = "unreadable"  # vanished, locked, a folder, unreadable
    TOO_LARGE = "too_large"
    NOT_A_BUNDLE = "not_a_bundle"
    DAMAGED = "damaged"  # a zip fsadesk refuses: damaged, repacked, a zip bomb…
    TAMPERED = "tampered"  # hashes or signature do not hold
    NEWER_FORMAT = "newer_format"
    INVALID_CONTENTS = "invalid_contents"  # signed, but assessment.json is not valid
    UNKNOWN_SIGNER = "unknown_signer"
    REVOKED_KEY = "revoked_key"
    RETIRED_KEY = "retired_key"
    OTHER_INSTITUTION_KEY = "other_institution_key"
    WRONG_CAMPAIGN = "wrong_campaign"
    CATALOGUE_MISMATCH = "catalogue_mismatch"
    UNDECRYPTABLE = "undecryptable"


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    status: IntakeStatus
    reason: str  # one plain English sentence (the window shows its own ja/en words by kind)
    reason_kind: ReasonKind | None = None  # set when rejected
    submission_id: int | None = None  # the row stored, or the one already held
    institution_id: str | None = None
    flags: tuple[ReceiptFlag, ...] = ()
    replaced_id: int | None = None  # the submission this one superseded
    quarantined: Path | None = None  # where the rejected file was copied
    quarantine_error: str | None = None  # why it could not be (disk full…): the batch went on
    receipt_path: Path | None = None
    receipt_error: str | None = None


@dataclass(frozen=True)
class UnlockedOrganisation:
    """The organisation's secrets, unlocked once per batch: to decrypt and to sign receipts."""

    identity: x25519.Identity
    signing_key: Ed25519PrivateKey


# Called at most once per batch, when the first encrypted file or receipt needs the keys.
Unlock = Callable[[], UnlockedOrganisation]
# done, total, and the outcome of the file just finished.
Progress = Callable[[int, int, FileOutcome], None]

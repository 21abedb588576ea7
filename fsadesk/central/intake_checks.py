"""The intake's checks that need no database: reading a file, decrypting it, reading its manifest,
recomputing its scores. Each refusal is an IntakeRefusal with its ReasonKind and plain sentence.

The bundle verifier (fsadesk.bundle.verify) is reused, never copied: its typed errors are mapped
to the few kinds a central organisation's staff needs to tell apart.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import dataclass
from functools import cached_property
from hashlib import sha256
from pathlib import Path
from typing import Any

from fsadesk.assessment.scoring import ENGINE_VERSION, score
from fsadesk.bundle import errors as be
from fsadesk.bundle import spec
from fsadesk.bundle.encrypt import decrypt_bundle, is_encrypted
from fsadesk.bundle.verify import AGE_MAGIC, VerifiedBundle, check_member_set, parse_manifest
from fsadesk.bundle.zipfmt import ZipContents, parse_zip
from fsadesk.catalogue import Catalogue
from fsadesk.central.intake_types import ReasonKind, UnlockedOrganisation
from fsadesk.central.receipt import ReceiptFlag

# An encrypted bundle is the bundle plus age's header and per-chunk tags; anything bigger is refused
# before it is read whole.
MAX_FILE = spec.MAX_BUNDLE_FILE + 64 * 1024
JAPAN = dt.timezone(dt.timedelta(hours=9))  # deadlines are Japanese calendar days (no summer time)


class IntakeRefusal(Exception):
    """institution_id: the member the bundle is proven to come from (its enrolled key signed it),
    so that staff know whom to tell; None while that is not proven (a name inside a bundle that did
    not verify is only a claim, and is never shown as the sender)."""

    def __init__(self, kind: ReasonKind, message: str, institution_id: str | None = None) -> None:
        self.kind = kind
        self.institution_id = institution_id
        super().__init__(message)

    def from_member(self, institution_id: str) -> IntakeRefusal:
        return IntakeRefusal(self.kind, str(self), institution_id)


@dataclass(frozen=True)
class Received:
    """A file as read: its bytes, and the signed bundle inside (decrypted when it was encrypted)."""

    file_bytes: bytes
    bundle: bytes
    encrypted: bool

    # Each digest is taken once (a third of a megabyte each; the intake needs them several times),
    # and once for both when the file is the bundle itself (not encrypted).
    @cached_property
    def file_sha256(self) -> str:
        return self.bundle_sha256 if self.file_bytes is self.bundle else sha256(self.file_bytes).hexdigest()

    @cached_property
    def bundle_sha256(self) -> str:
        return sha256(self.bundle).hexdigest()


def read_file(path: Path) -> bytes:
    """The file's bytes, read once through one open handle; the user's file is opened read-only
    and never changed. A file that vanished, is locked or is not a regular file is refused."""
    try:
        # Looked at before opening: opening a named pipe would wait for a writer forever.
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise IntakeRefusal(ReasonKind.UNREADABLE, f"{path.name} is not an ordinary file.")
        with open(path, "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise IntakeRefusal(ReasonKind.UNREADABLE, f"{path.name} is not an ordinary file.")
            if info.st_size > MAX_FILE:
                raise IntakeRefusal(
                    ReasonKind.TOO_LARGE, f"{path.name} is larger than any bundle can be ({MAX_FILE:,} bytes)."
                )
            data = fh.read(MAX_FILE + 1)
    except FileNotFoundError:
        raise IntakeRefusal(ReasonKind.UNREADABLE, f"{path.name} is no longer there (moved or deleted).") from None
    except IsADirectoryError:
        raise IntakeRefusal(ReasonKind.UNREADABLE, f"{path.name} is a folder, not a file.") from None
    except OSError as exc:
        raise IntakeRefusal(
            ReasonKind.UNREADABLE, f"{path.name} cannot be read ({exc.strerror or exc}); it may be open elsewhere."
        ) from None
    if len(data) > MAX_FILE:  # grew while being read
        raise IntakeRefusal(ReasonKind.TOO_LARGE, f"{path.name} is larger than any bundle can be.")
    return data


def open_envelope(path: Path, data: bytes, unlock: UnlockOnce) -> Received:
    if not is_encrypted(data):
        if data.startswith(AGE_MAGIC):
            raise IntakeRefusal(
                ReasonKind.UNDECRYPTABLE,
                f"{path.name} is age-encrypted in a form fsadesk does not read (armored text); "
                "ask the member to export it again.",
            )
        return Received(data, data, False)
    keys = unlock()
    if keys is None:
        raise IntakeRefusal(
            ReasonKind.UNDECRYPTABLE,
            f"{path.name} is encrypted; it can be imported with the organisation's keys and passphrase.",
        )
    try:
        bundle = decrypt_bundle(data, [keys.identity])
    except be.BundleError as exc:
        if "not encrypted to" in str(exc):
            raise IntakeRefusal(
                ReasonKind.UNDECRYPTABLE,
                f"{path.name} is encrypted for someone else, not for this organisation's key: "
                "ask the member to export it again with the current campaign file.",
            ) from None
        raise IntakeRefusal(ReasonKind.UNDECRYPTABLE, f"{path.name}: {exc}") from None
    return Received(data, bundle, True)


class UnlockOnce:
    """Calls the caller's unlock at most once per batch; None when the caller gave none."""

    def __init__(self, unlock: Any) -> None:
        self._unlock = unlock
        self._keys: UnlockedOrganisation | None = None

    def __call__(self) -> UnlockedOrganisation | None:
        if self._keys is None and self._unlock is not None:
            self._keys = self._unlock()  # a wrong passphrase raises here and stops the batch
        return self._keys

    @property
    def wanted(self) -> bool:
        return self._unlock is not None

    @property
    def unlocked(self) -> UnlockedOrganisation | None:
        return self._keys


_KINDS: dict[type[be.BundleError], ReasonKind] = {
    be.NotABundle: ReasonKind.NOT_A_BUNDLE,
    be.TruncatedBundle: ReasonKind.DAMAGED,
    be.OversizedMember: ReasonKind.TOO_LARGE,
    be.MemberChanged: ReasonKind.TAMPERED,
    be.BadSignature: ReasonKind.TAMPERED,
    be.NewerFormat: ReasonKind.NEWER_FORMAT,
    be.AssessmentInvalid: ReasonKind.INVALID_CONTENTS,
    be.UnknownSigner: ReasonKind.UNKNOWN_SIGNER,
    be.EncryptionError: ReasonKind.UNDECRYPTABLE,
}


def refusal_of(name: str, exc: be.BundleError) -> IntakeRefusal:
    """The verifier's error, as the intake's kind; the verifier's sentence is kept as the detail."""
    kind = next((k for cls, k in _KINDS.items() if isinstance(exc, cls)), ReasonKind.DAMAGED)
    return IntakeRefusal(kind, f"{name}: {exc}")


def read_manifest(path: Path, bundle: bytes) -> tuple[ZipContents, dict[str, Any]]:
    """The bundle's members and its manifest, read as the verifier reads them, to learn which
    institution and key to check the signature against; the rest of the checks are verify_contents'
    over the same members (the zip is read once)."""
    try:
        contents = parse_zip(bundle, spec.LIMITS)
        check_member_set(contents)
        return contents, parse_manifest(contents.members[spec.MANIFEST])
    except be.BundleError as exc:
        raise refusal_of(path.name, exc) from None


def created_of(manifest: dict[str, Any]) -> dt.datetime:
    moment = dt.datetime.fromisoformat(str(manifest["created"]).replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def check_sense(name: str, verified: VerifiedBundle) -> None:
    """What the format's patterns let through but a database row cannot hold: a creation time that
    is no time, an item answered twice. A buggy or foreign writer can sign either."""
    try:
        created_of(verified.manifest)
    except ValueError:
        created = verified.manifest["created"]
        raise IntakeRefusal(
            ReasonKind.INVALID_CONTENTS, f"{name}: its creation time {created!r} is not a real time."
        ) from None
    try:
        answers = verified.assessment["answers"]
    except be.BundleError as exc:
        raise refusal_of(name, exc) from None
    ids = [a["item_id"] for a in answers]
    if len(set(ids)) != len(ids):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise IntakeRefusal(
            ReasonKind.INVALID_CONTENTS, f"{name}: item {', '.join(twice[:3])} is answered more than once."
        )


def _without_engine(scores: Any) -> Any:
    return {k: v for k, v in scores.items() if k != "engine_version"} if isinstance(scores, dict) else scores


@dataclass(frozen=True)
class Scored:
    carried: dict[str, Any]
    recomputed: dict[str, Any]
    flags: tuple[ReceiptFlag, ...]


def recompute(path: Path, verified: VerifiedBundle, catalogue: Catalogue) -> Scored:
    """Every score again from the raw answers with this fsadesk's scoring engine, compared with
    the scores the bundle carries (its engine's version left out of the comparison: a different
    version is its own flag)."""
    try:
        carried = verified.assessment["scores"]
        recomputed = score(catalogue, verified.profile(), verified.answers()).to_dict()
    except be.BundleError as exc:
        raise refusal_of(path.name, exc) from None
    except (KeyError, ValueError, TypeError) as exc:  # a format the schema let through, yet nonsense
        raise IntakeRefusal(
            ReasonKind.INVALID_CONTENTS, f"{path.name}: the answers cannot be scored ({exc})."
        ) from None
    flags: list[ReceiptFlag] = []
    if _without_engine(carried) != _without_engine(recomputed):
        flags.append(ReceiptFlag.SCORES_DIFFER)
    if verified.manifest["scoring_engine"] != ENGINE_VERSION:
        flags.append(ReceiptFlag.OTHER_ENGINE_VERSION)
    return Scored(dict(carried), recomputed, tuple(flags))


def is_late(created: dt.datetime, deadline: dt.date) -> bool:
    """After the deadline day, in Japan, by the date the bundle says it was made."""
    return created.astimezone(JAPAN).date() > deadline

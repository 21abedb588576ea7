"""The container shared by campaign files (.fsac) and receipts (.fsar): a zip of one canonical JSON
document and its raw Ed25519 signature, nothing else.

Written and read with the bundle's own pieces (fsadesk.bundle.zipfmt, .canonical, .schema), so the
same hardening applies (zip bombs, extra or duplicate members, non-canonical headers, duplicate JSON
keys, NaN) and the same standard tools check it: `unzip`, then `openssl pkeyutl -verify -rawin` on
the JSON's exact bytes (docs/campaign-and-receipt-format.md). Every problem is raised as the
document's own error class (a CampaignDamaged, a NotAReceipt, …) with the container's kind kept
in `reason`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fsadesk.bundle.canonical import JsonProblem, canonical_json, parse_json
from fsadesk.bundle.errors import BundleError, NotABundle
from fsadesk.bundle.schema import SchemaProblem, load_schema, validate
from fsadesk.bundle.zipfmt import Limits, check_canonical, parse_zip, write_zip
from fsadesk.central.errors import SignedFileError, ValueRefused
from fsadesk.shown import shown_path

SIGNATURE_SIZE = 64  # raw Ed25519
MAX_DOCUMENT = 64 * 1024  # a campaign or receipt is under 4 KiB; room for long names in Japanese
# The whole file: two members and their headers. Anything larger is refused before parsing.
MAX_FILE = MAX_DOCUMENT + SIGNATURE_SIZE + 4096
_AGE_MAGIC = (b"age-encryption.org/", b"-----BEGIN AGE ENCRYPTED FILE-----")
_UTC = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class SignedFormat:
    """What distinguishes a campaign file from a receipt; the container rules are the same."""

    format: str  # the JSON's "format" value
    version: int  # the newest format_version this fsadesk reads and writes
    document: str  # member name of the JSON
    signature: str  # member name of the signature
    schema: str  # file in fsadesk/central/schemas/
    what: str  # "campaign file" / "receipt", for messages
    not_this: type[SignedFileError]  # not a zip at all, or another kind of document
    damaged: type[SignedFileError]  # container, JSON or schema broken
    newer: type[SignedFileError]  # a newer format_version
    # The JSON's largest size: a campaign or receipt is a few KiB; a benchmark pack holds figures
    # for every peer group and basic item, so it sets its own.
    max_document: int = MAX_DOCUMENT

    @property
    def max_file(self) -> int:
        """The whole file: two members and their headers. Anything larger is refused before parsing."""
        return self.max_document + SIGNATURE_SIZE + 4096

    @property
    def order(self) -> tuple[str, str]:
        return (self.document, self.signature)

    @property
    def limits(self) -> Limits:
        return Limits(
            max_members=4,  # a couple more than expected, so an extra member is named, not refused blindly
            max_total=self.max_document + SIGNATURE_SIZE,
            max_ratio=200,  # as for bundles; the writer stores uncompressed anyway
            member_limits={self.document: self.max_document, self.signature: SIGNATURE_SIZE},
            default_member_limit=self.max_document,
        )


@dataclass(frozen=True)
class SignedDocument:
    """A container that passed every structural check; the signature is not checked yet."""

    document: dict[str, Any]
    document_bytes: bytes
    signature: bytes


def utc_text(moment: dt.datetime, field: str) -> str:
    """A moment as the formats write it: UTC, whole seconds, with Z. A time without a zone could be
    any of 24 moments, so it is refused (ValueRefused naming `field`) rather than guessed."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueRefused(f"The time given for {field} has no time zone.", field)
    return moment.astimezone(dt.UTC).strftime(_UTC)


def write_signed(fmt: SignedFormat, document: dict[str, Any], key: Ed25519PrivateKey) -> bytes:
    """The signed file's bytes. The document is checked against its schema first, so fsadesk never
    signs a file its own reader would refuse; a refused value raises ValueRefused naming where."""
    try:
        validate(document, load_schema(fmt.schema, "fsadesk.central"))
    except SchemaProblem as exc:
        raise ValueRefused(f"The {fmt.what} cannot be made: {exc}.", exc.path) from None
    data = canonical_json(document)
    if len(data) > fmt.max_document:
        raise ValueRefused(f"The {fmt.what} would be larger than {fmt.max_document:,} bytes.", "$")
    return write_zip([(fmt.document, data), (fmt.signature, key.sign(data))])


def read_file(fmt: SignedFormat, path: Path) -> bytes:
    """The file's bytes, refusing anything that is not a regular file of plausible size before
    reading it whole (a campaign file is a few KiB; a disk image chosen by mistake is not read)."""
    path = Path(path)
    if not path.is_file():
        raise fmt.not_this(f"{shown_path(path)} does not exist or is not a file.", "not_a_file")
    size = path.stat().st_size
    if size > fmt.max_file:
        raise fmt.not_this(
            f"{shown_path(path)} ({size:,} bytes) is far larger than any {fmt.what} can be "
            f"(at most {fmt.max_file:,} bytes).",
            "oversized",
        )
    with open(path, "rb") as fh:
        data = fh.read(fmt.max_file + 1)
    if len(data) != size:
        raise fmt.damaged(
            f"{shown_path(path)} changed while it was being read; try again once it is complete.", "changed"
        )
    return data


def _container(fmt: SignedFormat, data: bytes) -> dict[str, bytes]:
    if data.startswith(_AGE_MAGIC):
        raise fmt.not_this(f"This file is age-encrypted; a {fmt.what} is never encrypted.", "encrypted")
    if len(data) > fmt.max_file:
        raise fmt.damaged(f"The file is larger than any {fmt.what} can be ({fmt.max_file:,} bytes).", "oversized")
    try:
        contents = parse_zip(data, fmt.limits)
    except NotABundle as exc:
        raise fmt.not_this(f"This is not an fsadesk {fmt.what}: {_unbundled(exc)}", exc.kind) from None
    except BundleError as exc:
        raise fmt.damaged(f"The {fmt.what} is damaged: {_unbundled(exc)}", exc.kind) from None
    names = [e.name for e in contents.entries]
    if set(names) != set(fmt.order):
        if fmt.document not in names:
            raise fmt.not_this(
                f"This is not an fsadesk {fmt.what}: it holds {names}, not {fmt.document}.", "member_set"
            )
        raise fmt.damaged(f"The {fmt.what} holds {names}; it must hold exactly {list(fmt.order)}.", "member_set")
    try:
        check_canonical(contents, fmt.order)
    except BundleError as exc:
        raise fmt.damaged(f"The {fmt.what} was repacked: {_unbundled(exc)}", exc.kind) from None
    return contents.members


def _unbundled(exc: BaseException) -> str:
    # The zip reader words its findings for bundles; the file here is a campaign file or receipt.
    return str(exc).replace("an fsadesk bundle", "an fsadesk file").replace("the bundle format", "the format")


def read_signed(fmt: SignedFormat, data: bytes) -> SignedDocument:
    """Container, member set, canonical layout, strict JSON, format and version, schema, canonical
    JSON bytes, signature size, in that order. Raises the document's own SignedFileError."""
    members = _container(fmt, data)
    raw, signature = members[fmt.document], members[fmt.signature]
    try:
        doc = parse_json(raw)
    except JsonProblem as exc:
        raise fmt.damaged(f"{fmt.document} cannot be read: {exc}.", "json") from None
    if not isinstance(doc, dict) or doc.get("format") != fmt.format:
        raise fmt.not_this(f"{fmt.document} is not an fsadesk {fmt.what}.", "format")
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise fmt.damaged(f"{fmt.document} has no valid format_version.", "format_version")
    if version > fmt.version:
        raise fmt.newer(
            f"This {fmt.what} was made by a newer fsadesk (format {version}); this version reads format "
            f"{fmt.version}. Please update fsadesk.",
            "newer_format",
        )
    try:
        validate(doc, load_schema(fmt.schema, "fsadesk.central"))
    except SchemaProblem as exc:
        raise fmt.damaged(f"{fmt.document} is not valid: {exc}.", "schema") from None
    if canonical_json(doc) != raw:
        # Two readers must never see two documents in one signed text (whitespace, escapes, key
        # order): only the canonical bytes are signed and read.
        raise fmt.damaged(
            f"{fmt.document} is not in canonical form (RFC 8785), as the format requires.", "non_canonical_json"
        )
    if len(signature) != SIGNATURE_SIZE:
        raise fmt.damaged(
            f"{fmt.signature} is not an Ed25519 signature ({len(signature)} bytes, expected {SIGNATURE_SIZE}).",
            "signature_size",
        )
    return SignedDocument(doc, raw, signature)


def signature_holds(key: Ed25519PublicKey, signed: SignedDocument) -> bool:
    try:
        key.verify(signed.signature, signed.document_bytes)
    except InvalidSignature:
        return False
    return True


_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def real_date(text: str) -> dt.date | None:
    """The calendar date of a YYYY-MM-DD text, or None (2026-02-30 is no date)."""
    if not _DATE.match(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def real_utc(text: str) -> dt.datetime | None:
    """The moment of a ...T...Z text as the formats write it, or None when it is no real time."""
    try:
        return dt.datetime.strptime(text, _UTC).replace(tzinfo=dt.UTC)
    except ValueError:
        return None

"""Optional transport encryption of a finished bundle to the central organisation (age, pyrage).

Encryption wraps the signed .fsab unchanged: the recipient decrypts first, then verifies the
signature inside. It hides the contents on e-mail or a USB stick; it proves nothing about who made
the bundle (anyone can encrypt to a public recipient), which is what the signature is for.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyrage
from pyrage import x25519

from fsadesk.bundle import spec
from fsadesk.bundle.errors import EncryptionError, OversizedMember
from fsadesk.shown import shown_path

AGE_HEADER = b"age-encryption.org/v1\n"
MAX_KEY_TEXT = 64 * 1024  # an identity or recipients file is a few lines; refuse to read anything huge
_AGE_OVERHEAD = 64 * 1024  # header and per-64 KiB chunk tags of a bundle-sized file, with room to spare


def is_encrypted(data: bytes) -> bool:
    return data.startswith(AGE_HEADER)


def parse_recipients(text: str) -> list[x25519.Recipient]:
    """age X25519 recipients ("age1..."), one per line or separated by spaces; '#' starts a comment."""
    words = [w for line in text.splitlines() for w in line.split("#", 1)[0].split()]
    if not words:
        raise EncryptionError("No age recipient given (an age recipient looks like age1…).")
    recipients = []
    for word in words:
        try:
            recipients.append(x25519.Recipient.from_str(word))
        except pyrage.RecipientError:
            raise EncryptionError(
                f"{word[:20]!r} is not an age recipient (an age recipient looks like age1…)."
            ) from None
    return recipients


def parse_identities(text: str) -> list[x25519.Identity]:
    """age identity file contents: AGE-SECRET-KEY-1... lines, '#' comments ignored."""
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    identities = []
    for line in lines:
        try:
            identities.append(x25519.Identity.from_str(line))
        except pyrage.IdentityError:
            raise EncryptionError("The identity file holds a line that is not an age secret key.") from None
    if not identities:
        raise EncryptionError("The identity file holds no age secret key (AGE-SECRET-KEY-1…).")
    return identities


def encrypt_bundle(bundle: bytes, recipients: Sequence[x25519.Recipient]) -> bytes:
    if not recipients:
        raise EncryptionError("No age recipient given.")
    try:
        return bytes(pyrage.encrypt(bundle, list(recipients)))
    except pyrage.EncryptError as exc:
        raise EncryptionError(f"The bundle could not be encrypted ({exc}).") from None


def decrypt_bundle(data: bytes, identities: Sequence[x25519.Identity]) -> bytes:
    """The signed bundle inside an age file. The result still has to be verified."""
    if not is_encrypted(data):
        raise EncryptionError("The file is not age-encrypted.")
    if len(data) > spec.MAX_BUNDLE_FILE + _AGE_OVERHEAD:
        raise OversizedMember("The encrypted file is larger than any bundle can be.")
    try:
        return bytes(pyrage.decrypt(data, list(identities)))
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise EncryptionError("The bundle is not encrypted to any of the given identities.") from None
        # age's own text may go on with advice for its command-line users ("Have you tried
        # upgrading…?"), which means nothing here: keep its first line only.
        first = (str(exc).strip().splitlines() or ["no detail"])[0].rstrip(".")
        raise EncryptionError(f"The encrypted file is damaged or incomplete ({first}).") from None


def read_identity_file(path: Path) -> list[x25519.Identity]:
    with open(path, "rb") as fh:
        raw = fh.read(MAX_KEY_TEXT + 1)
    try:
        if len(raw) > MAX_KEY_TEXT:
            raise ValueError
        text = raw.decode("utf-8")
    except ValueError:  # UnicodeDecodeError too: an image, a key in another format, a wrong file
        raise EncryptionError(
            f"{shown_path(path)} is not an age identity file (a small UTF-8 text file with AGE-SECRET-KEY-1… lines)."
        ) from None
    return parse_identities(text)


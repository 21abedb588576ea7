"""The institution's Ed25519 signing key, its fingerprint, and enrolment files.

A workspace keeps its key pair in <workspace>/keys/: signing-key.pem (encrypted PKCS#8, mode
0600) and signing-key.pub.pem. A lost passphrase cannot be recovered; the way out is a new key
(generate_signing_key(replace=True) keeps the old files in keys/retired/) and a new enrolment file
for the central organisation.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import unicodedata
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.bundle.canonical import JsonProblem, parse_json
from fsadesk.bundle.errors import (
    EmptyPassphrase,
    EnrolmentInvalid,
    KeyFileDamaged,
    NoSigningKey,
    SigningKeyExists,
    WeakPassphrase,
    WrongPassphrase,
)
from fsadesk.bundle.pkcs8 import encrypted_pkcs8_pem
from fsadesk.files import PRIVATE_FILE, make_private_dir, write_whole
from fsadesk.shown import shown_path

KEY_DIR = "keys"
PRIVATE_KEY_FILE = "signing-key.pem"
PUBLIC_KEY_FILE = "signing-key.pub.pem"
RETIRED_DIR = "retired"
MIN_PASSPHRASE_LENGTH = 8
ENROLMENT_TYPE = "fsadesk-enrolment"
ENROLMENT_VERSION = 1
MAX_KEY_FILE = 64 * 1024  # an enrolment or PEM file is under 1 KiB; refuse to read anything huge


def key_dir(workspace_folder: Path) -> Path:
    return Path(workspace_folder) / KEY_DIR


def has_signing_key(workspace_folder: Path) -> bool:
    return (key_dir(workspace_folder) / PRIVATE_KEY_FILE).is_file()


def passphrase_bytes(passphrase: str) -> bytes:
    # The same passphrase typed through different input methods can differ in Unicode
    # normalisation (e.g. composed vs decomposed kana with dakuten); NFC makes them one key.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_passphrase(passphrase: str) -> None:
    """Raise WeakPassphrase unless the passphrase is usable for a new key."""
    if not passphrase:
        raise EmptyPassphrase(
            f"The passphrase is empty; a new signing key needs one of at least {MIN_PASSPHRASE_LENGTH} characters."
        )
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(f"The passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters.")


def fingerprint(public_key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw 32-byte public key, uppercase hex in space-separated groups of four."""
    digest = sha256(public_key.public_bytes_raw()).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def public_key_pem(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def _write_new(path: Path, data: bytes, mode: int, *, overwrite: bool = True) -> None:
    """Write a fresh file with an exact mode (set on the file, not through the umask). With
    overwrite=False an existing file is never touched: FileExistsError instead."""
    if overwrite:
        path.unlink(missing_ok=True)  # a leftover from an interrupted run may have another mode
    # O_CREAT's mode is narrowed by the umask, never widened: the data is never more readable
    # than `mode`, and chmod then makes it exact.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(path, mode)


def _retire(folder: Path) -> None:
    """Move the key pair to keys/retired/ under a new name. A retired key is never overwritten
    (not by a second replacement in the same second either): the copies are created with O_EXCL,
    and a name already taken gets a counter; only then are the current files removed."""

    retired = folder / RETIRED_DIR
    make_private_dir(retired)
    pairs = ((folder / PRIVATE_KEY_FILE, PRIVATE_FILE), (folder / PUBLIC_KEY_FILE, 0o644))
    present = [(path, mode) for path, mode in pairs if path.exists()]
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    for attempt in itertools.count(1):
        prefix = stamp if attempt == 1 else f"{stamp}-{attempt}"
        made: list[Path] = []
        try:
            for path, mode in present:
                target = retired / f"{prefix}-{path.name}"
                _write_new(target, path.read_bytes(), mode, overwrite=False)
                made.append(target)
            break
        except FileExistsError:
            for target in made:  # half a pair under this name: take the next name for both
                target.unlink()
    for path, _ in present:
        path.unlink()


def generate_signing_key(workspace_folder: Path, passphrase: str, *, replace: bool = False) -> Ed25519PublicKey:
    """Create the workspace's key pair. With replace=True an existing key moves to keys/retired/."""

    check_passphrase(passphrase)
    folder = key_dir(workspace_folder)
    if has_signing_key(workspace_folder):
        if not replace:
            current = fingerprint(load_workspace_public_key(workspace_folder))
            raise SigningKeyExists(
                f"This workspace already has a signing key (fingerprint {current}). To make a new one "
                "(for example after a lost passphrase), replace it and send the new enrolment file "
                "to your central organisation."
            )
        _retire(folder)
    make_private_dir(folder)
    private_key = Ed25519PrivateKey.generate()
    public_key = private_key.public_key()
    tmp_private, tmp_public = folder / (PRIVATE_KEY_FILE + ".tmp"), folder / (PUBLIC_KEY_FILE + ".tmp")
    _write_new(tmp_private, encrypted_pkcs8_pem(private_key, passphrase_bytes(passphrase)), PRIVATE_FILE)
    _write_new(tmp_public, public_key_pem(public_key), 0o644)
    # The public key first: the private file's presence is what "has a key" means.
    os.replace(tmp_public, folder / PUBLIC_KEY_FILE)
    os.replace(tmp_private, folder / PRIVATE_KEY_FILE)
    return public_key


def _read_small(path: Path, what: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_KEY_FILE + 1)
    except FileNotFoundError:
        raise NoSigningKey(f"There is no {what} at {shown_path(path)}.") from None
    except OSError as exc:
        raise KeyFileDamaged(f"The {what} {shown_path(path)} cannot be read ({exc.strerror}).") from exc
    if len(data) > MAX_KEY_FILE:
        raise KeyFileDamaged(f"{shown_path(path)} is too large to be a {what}.")
    return data


def _parse_public_pem(data: bytes, source: str) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError) as exc:
        raise KeyFileDamaged(f"{source} is not a PEM public key.") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise KeyFileDamaged(f"{source} holds a public key that is not Ed25519.")
    return key


def load_workspace_public_key(workspace_folder: Path) -> Ed25519PublicKey:
    path = key_dir(workspace_folder) / PUBLIC_KEY_FILE
    return _parse_public_pem(_read_small(path, "public signing key"), str(path))


def _is_encrypted_envelope(pem: bytes) -> bool:
    """An intact 'ENCRYPTED PRIVATE KEY' PEM block (its base64 body decodes)."""
    import base64
    import binascii

    text = pem.decode("ascii", errors="replace").strip()
    begin, end = "-----BEGIN ENCRYPTED PRIVATE KEY-----", "-----END ENCRYPTED PRIVATE KEY-----"
    if not (text.startswith(begin) and text.endswith(end)):
        return False
    try:
        return len(base64.b64decode("".join(text[len(begin) : -len(end)].split()), validate=True)) > 64
    except (binascii.Error, ValueError):
        return False


def load_signing_key(workspace_folder: Path, passphrase: str) -> Ed25519PrivateKey:
    """Unlock the workspace's private key. Raises NoSigningKey, WrongPassphrase or KeyFileDamaged."""
    folder = key_dir(workspace_folder)
    if not (folder / PRIVATE_KEY_FILE).exists():
        raise NoSigningKey(f"This workspace has no signing key yet ({folder / PRIVATE_KEY_FILE} does not exist).")
    return unlock_private_key(folder / PRIVATE_KEY_FILE, folder / PUBLIC_KEY_FILE, passphrase)


def unlock_private_key(
    path: Path,
    public_path: Path,
    passphrase: str,
    *,
    whose: str = "this workspace's signing key",
    if_lost: str = "If it is lost, make a new key and send the new enrolment file to your central organisation.",
) -> Ed25519PrivateKey:
    """Unlock the encrypted PKCS#8 key at `path` and check it against the public key beside it.
    Shared by the workspace and the central organisation's keys (fsadesk.central.keys), so both
    read and refuse key files the same way; `whose` and `if_lost` word the messages for each."""
    if not path.exists():
        raise NoSigningKey(f"{path} does not exist, so {whose} cannot be unlocked.")
    if not passphrase:
        # Said before trying: cryptography reads an empty password as "no password" and would
        # call the (encrypted, intact) key file "not encrypted".
        raise EmptyPassphrase(f"The passphrase is empty. Type the passphrase of {whose}.")
    data = _read_small(path, "signing key")
    try:
        key = serialization.load_pem_private_key(data, passphrase_bytes(passphrase))
    except TypeError as exc:  # the file is not encrypted, or a passphrase was not expected
        raise KeyFileDamaged(f"{path} is not an encrypted signing key.") from exc
    except ValueError as exc:
        # With a wrong passphrase the CBC padding still checks out by chance about once in 256
        # tries; the garbage then fails as DER with a message that never mentions the password.
        # A well-formed encrypted envelope that does not decrypt is therefore a wrong passphrase.
        if "password" in str(exc).lower() or _is_encrypted_envelope(data):
            raise WrongPassphrase(f"The passphrase is not correct for {whose}. {if_lost}") from None
        raise KeyFileDamaged(f"{path} is damaged or not a PEM private key.") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileDamaged(f"{path} holds a key that is not Ed25519.")
    if public_path.exists():
        public = _parse_public_pem(_read_small(public_path, "public signing key"), str(public_path))
        if public != key.public_key():
            raise KeyFileDamaged(f"{public_path} does not belong to {path}; the key folder has been mixed up.")
    return key


# --- enrolment -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Enrolment:
    """What a central organisation records about one institution's signing key."""

    institution_id: str
    name: str
    category: str
    public_key: Ed25519PublicKey
    fingerprint: str


def enrolment_document(profile: InstitutionProfile, public_key: Ed25519PublicKey) -> dict[str, Any]:
    return {
        "type": ENROLMENT_TYPE,
        "format_version": ENROLMENT_VERSION,
        "institution": {"id": profile.institution_id, "name": profile.name, "category": profile.category},
        "algorithm": "Ed25519",
        "public_key": public_key_pem(public_key).decode("ascii"),
        "fingerprint": fingerprint(public_key),
    }


PUBLIC_FILE = 0o644  # an enrolment holds only the public key: anyone may read it


def write_enrolment(path: Path, profile: InstitutionProfile, public_key: Ed25519PublicKey) -> None:
    """The enrolment file, whole or not at all (a half file would be refused by the central side)."""
    text = json.dumps(enrolment_document(profile, public_key), ensure_ascii=False, indent=2, sort_keys=True)
    write_whole(Path(path), (text + "\n").encode("utf-8"), PUBLIC_FILE)


def _field(doc: dict[str, Any], key: str, source: str) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not value:
        raise EnrolmentInvalid(f"{source}: the enrolment has no {key!r}.")
    return value


def parse_enrolment(data: bytes, source: str) -> Enrolment:
    try:
        doc = parse_json(data)
    except JsonProblem as exc:
        raise EnrolmentInvalid(f"{source} is not an enrolment file: {exc}.") from None
    if not isinstance(doc, dict) or doc.get("type") != ENROLMENT_TYPE:
        raise EnrolmentInvalid(f"{source} is not an fsadesk enrolment file.")
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise EnrolmentInvalid(f"{source}: the enrolment has no valid format_version.")
    if version > ENROLMENT_VERSION:
        raise EnrolmentInvalid(f"{source} was made by a newer fsadesk (enrolment format {version}).")
    institution = doc.get("institution")
    if not isinstance(institution, dict):
        raise EnrolmentInvalid(f"{source}: the enrolment has no institution.")
    if doc.get("algorithm") != "Ed25519":
        raise EnrolmentInvalid(f"{source}: the key algorithm must be Ed25519.")
    key = _parse_public_pem(_field(doc, "public_key", source).encode("ascii", "replace"), source)
    stated = _field(doc, "fingerprint", source)
    if stated != fingerprint(key):
        raise EnrolmentInvalid(f"{source}: the fingerprint does not match the public key in the file.")
    return Enrolment(
        institution_id=_field(institution, "id", source),
        name=str(institution.get("name", "")),
        category=str(institution.get("category", "")),
        public_key=key,
        fingerprint=stated,
    )


def load_public_key_file(path: Path) -> tuple[Ed25519PublicKey, Enrolment | None]:
    """A PEM public key file, or an enrolment file (then its institution is returned too)."""
    data = _read_small(Path(path), "public key")
    if data.lstrip().startswith(b"-----BEGIN"):
        return _parse_public_pem(data, shown_path(path)), None
    enrolment = parse_enrolment(data, shown_path(path))
    return enrolment.public_key, enrolment


def load_trust_dir(folder: Path) -> list[tuple[Path, Enrolment]]:
    """Every enrolment file (*.json) in a folder, sorted by file name. A broken file is an error,
    not skipped: a verifier must not quietly trust less (or more) than its operator thinks."""
    folder = Path(folder)
    if not folder.is_dir():
        raise EnrolmentInvalid(f"The trust folder {shown_path(folder)} does not exist.")
    found = []
    for path in sorted(folder.glob("*.json")):
        if path.is_file():
            found.append((path, parse_enrolment(_read_small(path, "enrolment file"), shown_path(path))))
    return found

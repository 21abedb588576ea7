"""The central organisation's keys: one folder (0700) of four files, each 0600.

    signing-key.pem       Ed25519, encrypted PKCS#8 exactly as a workspace's (fsadesk.bundle.pkcs8)
    signing-key.pub.pem   its public key; campaign files carry it, receipts are checked against it
    age-identity.json     the age X25519 identity members encrypt bundles to, itself encrypted
                          with the same passphrase (PBKDF2-HMAC-SHA256, the signing key's
                          600,000 iterations, then AES-256-GCM), so one passphrase unlocks both

Not age's own passphrase (scrypt) mode: rage sets the scrypt cost by timing the machine that
encrypts, and refuses to decrypt a file whose cost is more than 16 times what the machine that
decrypts manages in a second — a busy or older office PC (or a second analyst's, with a shared
keys folder) was told its correct passphrase was wrong, and each unlock took 2.5 s here.
    age-recipient.txt     the identity's public recipient ("age1…"), for campaign files

Keys are never overwritten: creating them in a folder that holds any of these files is refused
(OrganisationKeysExist). A wrong passphrase is the same WrongPassphrase a workspace's key gives.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from pyrage import x25519

from fsadesk.bundle.errors import EmptyPassphrase, KeyFileDamaged, NoSigningKey, WrongPassphrase
from fsadesk.bundle.keys import (
    MAX_KEY_FILE,
    check_passphrase,
    fingerprint,
    passphrase_bytes,
    public_key_pem,
    unlock_private_key,
)
from fsadesk.bundle.pkcs8 import KDF_ITERATIONS, encrypted_pkcs8_pem
from fsadesk.central.errors import NoOrganisationKeys, OrganisationKeysDamaged, OrganisationKeysExist
from fsadesk.files import PRIVATE_FILE, make_private_dir
from fsadesk.shown import shown_path

SIGNING_KEY_FILE = "signing-key.pem"
SIGNING_PUBLIC_FILE = "signing-key.pub.pem"
AGE_IDENTITY_FILE = "age-identity.json"
_IDENTITY_FORMAT = "fsadesk-age-identity"
# The associated data binds the ciphertext to what it is: an identity file of this format.
_IDENTITY_AAD = b"fsadesk-age-identity v1"
# Accepted iteration counts when reading: at least the cost we write, and not so many that a
# doctored file makes unlocking hang.
_MIN_ITERATIONS, _MAX_ITERATIONS = KDF_ITERATIONS, 20 * KDF_ITERATIONS
AGE_RECIPIENT_FILE = "age-recipient.txt"
KEY_FILES = (SIGNING_KEY_FILE, SIGNING_PUBLIC_FILE, AGE_IDENTITY_FILE, AGE_RECIPIENT_FILE)
_WHOSE = "the central organisation's signing key"
_IF_LOST = (
    "If nobody knows it any more, make new organisation keys in a new folder and send the members a new campaign file."
)


@dataclass(frozen=True)
class OrganisationPublic:
    """What the organisation shows the world: in campaign files, and read out over the phone."""

    signing_public_key: Ed25519PublicKey
    fingerprint: str
    age_recipient: str


def has_organisation_keys(folder: Path) -> bool:
    return any((Path(folder) / name).exists() for name in KEY_FILES)


def _tmp_file(folder: Path, data: bytes) -> Path:
    """`data` in a new 0600 file beside its target (mkstemp makes it 0600 whatever the umask)."""
    fd, name = tempfile.mkstemp(prefix=".new-key.", suffix=".tmp", dir=folder)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(name, PRIVATE_FILE)
    return Path(name)


def _place(tmp: Path, target: Path) -> None:
    """Give the finished file its name, never replacing a file that is there (another program, or
    a second set-up running at the same moment). A hard link fails when the name is taken; where
    the file system has no hard links (FAT on a USB stick) the name is checked, then renamed."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.replace(tmp, target)
    else:
        tmp.unlink()


def _refuse_existing(folder: Path) -> None:
    present = [name for name in KEY_FILES if os.path.lexists(folder / name)]
    if present:
        raise OrganisationKeysExist(
            f"{shown_path(folder)} already holds organisation keys ({', '.join(present)}); they are never "
            "replaced. Choose an empty folder for new keys."
        )


def create_organisation_keys(folder: Path, passphrase: str) -> OrganisationPublic:
    """Make the organisation's signing key and age identity in `folder`, protected by `passphrase`.
    Raises WeakPassphrase/EmptyPassphrase, OrganisationKeysExist, or OSError for the folder."""
    check_passphrase(passphrase)
    folder = Path(folder)
    make_private_dir(folder)
    _refuse_existing(folder)
    signing = Ed25519PrivateKey.generate()
    identity = x25519.Identity.generate()
    recipient = str(identity.to_public())
    contents = {  # in this order: the private signing key, whose presence means "has keys", last
        AGE_RECIPIENT_FILE: (recipient + "\n").encode("ascii"),
        SIGNING_PUBLIC_FILE: public_key_pem(signing.public_key()),
        AGE_IDENTITY_FILE: _sealed_identity(str(identity), passphrase),
        SIGNING_KEY_FILE: encrypted_pkcs8_pem(signing, passphrase_bytes(passphrase)),
    }
    temps = {name: _tmp_file(folder, data) for name, data in contents.items()}
    placed: list[Path] = []
    try:
        for name, tmp in temps.items():
            _place(tmp, folder / name)
            placed.append(folder / name)
    except FileExistsError:
        for path in placed:  # ours, made a moment ago: the other set-up's files stay whole
            path.unlink()
        _refuse_existing(folder)
        raise
    finally:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
    return OrganisationPublic(signing.public_key(), fingerprint(signing.public_key()), recipient)


def _identity_key(passphrase: str, salt: bytes, iterations: int) -> bytes:
    # passphrase_bytes: the same normalisation as the signing key's, so one typed form unlocks both.
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=iterations)
    return kdf.derive(passphrase_bytes(passphrase))


def _sealed_identity(identity: str, passphrase: str) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_identity_key(passphrase, salt, KDF_ITERATIONS)).encrypt(
        nonce, identity.encode("ascii"), _IDENTITY_AAD
    )
    doc = {
        "format": _IDENTITY_FORMAT,
        "version": 1,
        "kdf": {"name": "pbkdf2-hmac-sha256", "iterations": KDF_ITERATIONS, "salt": _b64(salt)},
        "cipher": {"name": "aes-256-gcm", "nonce": _b64(nonce)},
        "ciphertext": _b64(sealed),
    }
    return (json.dumps(doc, indent=2) + "\n").encode("ascii")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _opened_identity(data: bytes, passphrase: str, path: Path) -> str:
    """The identity text sealed in `data`. Raises WrongPassphrase, or OrganisationKeysDamaged for
    anything that is not an identity file of this format."""
    damaged = OrganisationKeysDamaged(f"{shown_path(path)} is not an encrypted age identity of fsadesk.")
    try:
        doc = json.loads(data.decode("utf-8"))
        if doc["format"] != _IDENTITY_FORMAT or doc["version"] != 1:
            raise damaged
        if doc["kdf"]["name"] != "pbkdf2-hmac-sha256" or doc["cipher"]["name"] != "aes-256-gcm":
            raise damaged
        iterations = doc["kdf"]["iterations"]
        if type(iterations) is not int or not _MIN_ITERATIONS <= iterations <= _MAX_ITERATIONS:
            raise damaged
        salt = base64.b64decode(doc["kdf"]["salt"], validate=True)
        nonce = base64.b64decode(doc["cipher"]["nonce"], validate=True)
        sealed = base64.b64decode(doc["ciphertext"], validate=True)
    except (ValueError, KeyError, TypeError):  # JSON, UTF-8 and base64 errors are ValueErrors
        raise damaged from None
    if len(salt) < 16 or len(nonce) != 12:
        raise damaged
    try:
        plain = AESGCM(_identity_key(passphrase, salt, iterations)).decrypt(nonce, sealed, _IDENTITY_AAD)
    except InvalidTag:
        # GCM cannot tell a wrong passphrase from a changed file; the passphrase is far likelier.
        raise WrongPassphrase(f"The passphrase is not correct for {_WHOSE}. {_IF_LOST}") from None
    try:
        return plain.decode("ascii").strip()
    except UnicodeDecodeError:
        raise damaged from None


def _read(folder: Path, name: str) -> bytes:
    path = Path(folder) / name
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_KEY_FILE + 1)
    except FileNotFoundError:
        raise NoOrganisationKeys(
            f"{shown_path(folder)} holds no organisation keys ({name} is missing). Set up the central "
            "organisation first, or choose the folder its keys are in."
        ) from None
    except OSError as exc:
        raise OrganisationKeysDamaged(f"{shown_path(path)} cannot be read ({exc.strerror}).") from exc
    if len(data) > MAX_KEY_FILE:
        raise OrganisationKeysDamaged(f"{shown_path(path)} is too large to be an organisation key file.")
    return data


def _public_signing_key(folder: Path) -> Ed25519PublicKey:
    path = Path(folder) / SIGNING_PUBLIC_FILE
    try:
        key = serialization.load_pem_public_key(_read(folder, SIGNING_PUBLIC_FILE))
    except (ValueError, TypeError):
        raise OrganisationKeysDamaged(f"{shown_path(path)} is not a PEM public key.") from None
    if not isinstance(key, Ed25519PublicKey):
        raise OrganisationKeysDamaged(f"{shown_path(path)} holds a public key that is not Ed25519.")
    return key


def _recipient(folder: Path) -> str:
    path = Path(folder) / AGE_RECIPIENT_FILE
    text = _read(folder, AGE_RECIPIENT_FILE).decode("ascii", "replace").strip()
    try:
        x25519.Recipient.from_str(text)
    except pyrage.RecipientError:
        raise OrganisationKeysDamaged(f"{shown_path(path)} does not hold an age recipient (age1…).") from None
    return text


def load_organisation_public(folder: Path) -> OrganisationPublic:
    """The public half, without the passphrase (for campaign files and showing the fingerprint)."""
    key = _public_signing_key(folder)
    return OrganisationPublic(key, fingerprint(key), _recipient(folder))


def load_signing_key(folder: Path, passphrase: str) -> Ed25519PrivateKey:
    """Unlock the signing key. Raises NoOrganisationKeys, EmptyPassphrase, WrongPassphrase or
    OrganisationKeysDamaged."""
    folder = Path(folder)
    _read(folder, SIGNING_KEY_FILE)  # NoOrganisationKeys, in the organisation's words
    try:
        return unlock_private_key(
            folder / SIGNING_KEY_FILE, folder / SIGNING_PUBLIC_FILE, passphrase, whose=_WHOSE, if_lost=_IF_LOST
        )
    except NoSigningKey as exc:  # removed between the two reads
        raise NoOrganisationKeys(str(exc)) from None
    except KeyFileDamaged as exc:
        raise OrganisationKeysDamaged(str(exc)) from None


def load_age_identity(folder: Path, passphrase: str) -> x25519.Identity:
    """Unlock the age identity that decrypts members' bundles. Raises like load_signing_key."""
    folder = Path(folder)
    path = folder / AGE_IDENTITY_FILE
    data = _read(folder, AGE_IDENTITY_FILE)
    if not passphrase:
        raise EmptyPassphrase(f"The passphrase is empty. Type the passphrase of {_WHOSE}.")
    text = _opened_identity(data, passphrase, path)
    try:
        identity = x25519.Identity.from_str(text)
    except pyrage.IdentityError:
        raise OrganisationKeysDamaged(f"{shown_path(path)} does not hold an age identity.") from None
    if str(identity.to_public()) != _recipient(folder):
        raise OrganisationKeysDamaged(
            f"{shown_path(path)} does not belong to {AGE_RECIPIENT_FILE}; the key folder has been mixed up."
        )
    return identity

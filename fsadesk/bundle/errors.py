"""Typed errors of keys, bundles and verification.

Each error carries one plain sentence naming what failed (the CLI prints `str(error)`), and a
stable `kind` the UI can map to its own wording or icon. Verification raises the first failure it
meets, in the order documented in docs/bundle-format.md.
"""

from __future__ import annotations


class BundleError(Exception):
    kind = "bundle"


# --- keys -----------------------------------------------------------------------------------------


class KeyStoreError(BundleError):
    kind = "key"


class NoSigningKey(KeyStoreError):
    kind = "no_key"


class SigningKeyExists(KeyStoreError):
    kind = "key_exists"


class WrongPassphrase(KeyStoreError):
    kind = "wrong_passphrase"


class WeakPassphrase(KeyStoreError):
    kind = "weak_passphrase"


class EmptyPassphrase(WeakPassphrase):
    """No passphrase at all (an empty file, Enter at the prompt, an empty field)."""

    kind = "empty_passphrase"


class KeyFileDamaged(KeyStoreError):
    kind = "key_damaged"


class EnrolmentInvalid(KeyStoreError):
    kind = "enrolment_invalid"


# --- the zip container ------------------------------------------------------------------------------


class NotABundle(BundleError):
    kind = "not_a_bundle"


class TruncatedBundle(BundleError):
    kind = "truncated"


class DamagedZip(BundleError):
    """The zip structure is inconsistent (headers disagree, CRC-32 wrong, bytes out of place)."""

    kind = "damaged_zip"


class UnsafeMemberName(BundleError):
    """A member name that could write outside the extraction folder if someone unzipped it."""

    kind = "unsafe_name"


class NonUtf8Name(BundleError):
    kind = "non_utf8_name"


class DuplicateMember(BundleError):
    kind = "duplicate_member"


class SymlinkMember(BundleError):
    kind = "symlink"


class DirectoryMember(BundleError):
    kind = "directory"


class OversizedMember(BundleError):
    kind = "oversized"


class ZipBomb(BundleError):
    """Compression ratio over the limit, or more bytes than declared while reading."""

    kind = "zip_bomb"


class UnsupportedZipFeature(BundleError):
    """Encryption, unknown compression, zip64, multi-disk: nothing fsadesk ever writes."""

    kind = "unsupported_zip"


class NonCanonicalLayout(BundleError):
    """A header field differs from the one value the bundle format allows."""

    kind = "non_canonical"


# --- contents -------------------------------------------------------------------------------------


class MemberSetError(BundleError):
    kind = "member_set"


class MissingMember(MemberSetError):
    kind = "missing_member"


class UnexpectedMember(MemberSetError):
    kind = "unexpected_member"


class ManifestInvalid(BundleError):
    kind = "manifest_invalid"


class NewerFormat(BundleError):
    kind = "newer_format"


class MemberChanged(BundleError):
    """A member's size or SHA-256 differs from the manifest."""

    kind = "member_changed"


class AssessmentInvalid(BundleError):
    kind = "assessment_invalid"


class OverLimit(BundleError):
    """Raised by the builder, before signing: a value breaks a limit of fsadesk.limits, which the
    verifier would refuse. `field` is the limit's key (limits.TextLimit.field, or "fiscal_year")."""

    kind = "over_limit"

    def __init__(self, message: str, field: str) -> None:
        self.field = field
        super().__init__(message)


# --- signature ------------------------------------------------------------------------------------


class BadSignature(BundleError):
    kind = "bad_signature"


class UnknownSigner(BundleError):
    """No enrolled key for the bundle's institution in the trust folder."""

    kind = "unknown_signer"


# --- encryption -----------------------------------------------------------------------------------


class EncryptionError(BundleError):
    kind = "encryption"


class EncryptedBundle(EncryptionError):
    """An age-encrypted bundle was given where a plain one was expected."""

    kind = "encrypted"

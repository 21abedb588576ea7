"""Typed errors of the central organisation's keys, campaign files and receipts.

They derive from fsadesk.bundle.errors.BundleError, so the command line prints `str(error)` and
the windows map each `kind` to words in the user's language (fsadesk/ui/error_texts_central.py),
exactly as for bundles. A problem of the zip container or of the JSON inside a campaign file or a
receipt is reported as that document being damaged (the user cannot do more than ask for a new
one); `reason` keeps the container's own kind (zip_bomb, duplicate_member, …) for logs and tests.
"""

from __future__ import annotations

from fsadesk.bundle.errors import BundleError, KeyFileDamaged, NoSigningKey, SigningKeyExists

# --- the organisation's keys ------------------------------------------------------------------------


class OrganisationKeysExist(SigningKeyExists):
    """The folder already holds (some of) an organisation's keys; they are never overwritten."""

    kind = "organisation_keys_exist"


class NoOrganisationKeys(NoSigningKey):
    kind = "no_organisation_keys"


class OrganisationKeysDamaged(KeyFileDamaged):
    kind = "organisation_keys_damaged"


# --- signed documents -------------------------------------------------------------------------------


class SignedFileError(BundleError):
    """A campaign file or a receipt that cannot be used. `reason` is a stable word for what was
    found (a container kind such as "zip_bomb", or "schema", "non_canonical_json", …)."""

    kind = "signed_file"

    def __init__(self, message: str, reason: str = "") -> None:
        self.reason = reason or self.kind
        super().__init__(message)


class ValueRefused(SignedFileError):
    """Raised before signing: a value for a campaign or a receipt breaks its format (a limit of
    fsadesk.limits, a date, an id). `reason` names the field."""

    kind = "central_value_refused"


class NotACampaign(SignedFileError):
    kind = "not_a_campaign"


class CampaignDamaged(SignedFileError):
    kind = "campaign_damaged"


class CampaignNewerFormat(SignedFileError):
    kind = "campaign_newer_format"


class CampaignBadSignature(SignedFileError):
    kind = "campaign_bad_signature"


class CampaignOtherOrganisation(SignedFileError):
    """Signed correctly, but by another key than the organisation this workspace already trusts."""

    kind = "campaign_other_organisation"


class NotAReceipt(SignedFileError):
    kind = "not_a_receipt"


class ReceiptDamaged(SignedFileError):
    kind = "receipt_damaged"


class ReceiptNewerFormat(SignedFileError):
    kind = "receipt_newer_format"


class ReceiptBadSignature(SignedFileError):
    """The receipt names the expected organisation but its signature does not match: changed."""

    kind = "receipt_bad_signature"


class ReceiptOtherSigner(SignedFileError):
    """The receipt was signed by (or names) another organisation than the campaign's."""

    kind = "receipt_other_signer"


# --- benchmark packs (issue #14 point 3) ------------------------------------------------------------


class NotABenchmarkPack(SignedFileError):
    kind = "not_a_benchmark_pack"


class BenchmarkPackDamaged(SignedFileError):
    kind = "benchmark_pack_damaged"


class BenchmarkPackNewerFormat(SignedFileError):
    kind = "benchmark_pack_newer_format"


class BenchmarkPackBadSignature(SignedFileError):
    """The pack's signature does not match the key it names: changed after signing."""

    kind = "benchmark_pack_bad_signature"


class BenchmarkPackOtherOrganisation(SignedFileError):
    """Signed correctly, but by another key than the organisation the reader trusts."""

    kind = "benchmark_pack_other_organisation"

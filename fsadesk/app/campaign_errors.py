"""Why a campaign file or a receipt was not imported into a member's workspace (issue #12).

They derive from fsadesk.central.errors.SignedFileError (a BundleError), like the problems of the
files themselves: the command line prints `str(error)`, the windows word each `kind` in the
user's language (fsadesk/ui/error_texts_campaign.py). Nothing was stored when one is raised.
"""

from __future__ import annotations

from fsadesk.central.errors import SignedFileError


class CampaignAlreadyImported(SignedFileError):
    kind = "campaign_already_imported"


class ReceiptAlreadyImported(SignedFileError):
    kind = "receipt_already_imported"


class NoCampaignImported(SignedFileError):
    """A receipt is checked against the key of an imported campaign file: there is none yet."""

    kind = "no_campaign_imported"


class ReceiptForUnknownCampaign(SignedFileError):
    """Signed by the organisation, but for a campaign this workspace never imported."""

    kind = "receipt_unknown_campaign"


class ReceiptForUnknownBundle(SignedFileError):
    """The receipt names a bundle (by SHA-256) this workspace never exported."""

    kind = "receipt_unknown_bundle"

"""A member imports its central organisation's campaign file and receipts (issue #12 points 3, 5).

Each import is one transaction (`ws.unit_of_work()`): the file is verified first (no database
needed), then the checks that depend on what is stored and the write happen under one write
lock, so a refusal stores nothing. What needs the user's decision is returned, not raised:
a campaign whose catalogue differs from the workspace's (imported, with a warning to show), and
a campaign from an organisation key other than the one already trusted (not imported until the
user confirms, `confirm_other_organisation=True`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from fsadesk.app.campaign_errors import (
    CampaignAlreadyImported,
    NoCampaignImported,
    ReceiptAlreadyImported,
    ReceiptForUnknownBundle,
    ReceiptForUnknownCampaign,
)
from fsadesk.app.workspace_target import held_or_opened
from fsadesk.assessment.submission import CampaignInfo, ReceiptInfo
from fsadesk.central.campaign import VerifiedCampaign, read_campaign_file, verify_campaign
from fsadesk.central.errors import ReceiptOtherSigner
from fsadesk.central.receipt import VerifiedReceipt, read_receipt_file, verify_receipt
from fsadesk.store.clock import current_user, now_iso
from fsadesk.store.workspace import Workspace

__all__ = [
    "CampaignImported", "OtherOrganisation", "ReceiptImported", "current_campaign", "import_campaign",
    "import_receipt", "receipts_for_cycle",
]  # fmt: skip


@dataclass(frozen=True)
class CampaignImported:
    campaign: CampaignInfo
    first_from_organisation: bool  # no campaign of this key before: compare the fingerprint by phone
    # The workspace's latest cycle is answered against another catalogue (id, version or digest):
    # imported all the same, the user is warned. None when they agree or there is no cycle.
    workspace_catalogue: tuple[str, str, str] | None = None

    @property
    def catalogue_differs(self) -> bool:
        return self.workspace_catalogue is not None


@dataclass(frozen=True)
class OtherOrganisation:
    """Not imported: signed by another key than the campaigns already imported. Ask the user
    (naming both) and import again with confirm_other_organisation=True if they agree."""

    campaign: CampaignInfo
    trusted: CampaignInfo  # the newest campaign already imported


@dataclass(frozen=True)
class ReceiptImported:
    receipt: ReceiptInfo
    cycle_label: str


def _info(campaign: VerifiedCampaign) -> CampaignInfo:
    c = campaign.catalogue
    return CampaignInfo(
        campaign_id=campaign.campaign_id,
        title=campaign.title,
        cycle_label=campaign.cycle_label,
        fiscal_year=campaign.fiscal_year,
        deadline=campaign.deadline,
        catalogue_id=c.id,
        catalogue_version=c.version,
        catalogue_digest=c.digest,
        organisation_name=campaign.organisation_name,
        fingerprint=campaign.fingerprint,
        age_recipient=campaign.age_recipient,
        imported_at=now_iso(),
    )


def import_campaign(
    folder: Path | Workspace, path: Path, *, confirm_other_organisation: bool = False
) -> CampaignImported | OtherOrganisation:
    """Verify the campaign file at `path` and store it. Raises the file's own errors (NotACampaign,
    CampaignDamaged, CampaignBadSignature…) or CampaignAlreadyImported, storing nothing."""
    data = read_campaign_file(path)
    info = _info(verify_campaign(data))
    with held_or_opened(folder) as ws, ws.unit_of_work() as uow:
        held = [c for c, _ in uow.campaigns.campaigns()]
        same = next((c for c in held if c.campaign_id == info.campaign_id), None)
        if same is not None:
            raise CampaignAlreadyImported(
                f"The campaign {info.campaign_id!r} ({same.title}) was already imported on "
                f"{same.imported_at[:10]}; nothing was changed."
            )
        known_keys = {c.fingerprint for c in held}
        if held and info.fingerprint not in known_keys and not confirm_other_organisation:
            return OtherOrganisation(info, held[-1])
        cycle = uow.cycles.latest()
        ours = (cycle.catalogue_id, cycle.catalogue_version, cycle.catalogue_digest) if cycle else None
        theirs = (info.catalogue_id, info.catalogue_version, info.catalogue_digest)
        uow.campaigns.add_campaign(info, data, current_user())
        return CampaignImported(
            info, info.fingerprint not in known_keys, ours if ours is not None and ours != theirs else None
        )


def _verified(data: bytes, held: list[tuple[CampaignInfo, bytes]]) -> VerifiedReceipt:
    """The receipt checked against the key of an imported campaign (newest first): ReceiptOtherSigner
    (from the newest) when none signed it; a changed or damaged receipt raises as it is found."""
    refused: ReceiptOtherSigner | None = None
    tried: set[str] = set()
    for info, campaign_bytes in reversed(held):
        if info.fingerprint in tried:
            continue
        tried.add(info.fingerprint)
        try:
            return verify_receipt(data, verify_campaign(campaign_bytes).signing_key)
        except ReceiptOtherSigner as exc:
            refused = refused or exc
    assert refused is not None  # `held` is never empty here
    raise refused


def import_receipt(folder: Path | Workspace, path: Path) -> ReceiptImported:
    """Verify the receipt at `path` against the imported campaigns' keys and this workspace's
    export history, and store it. Raises NotAReceipt, ReceiptDamaged, ReceiptBadSignature,
    ReceiptOtherSigner, NoCampaignImported, ReceiptForUnknownCampaign, ReceiptForUnknownBundle or
    ReceiptAlreadyImported, storing nothing."""
    data = read_receipt_file(path)
    file_sha256 = hashlib.sha256(data).hexdigest()
    with held_or_opened(folder) as ws, ws.unit_of_work() as uow:
        held = uow.campaigns.campaigns()
        if not held:
            raise NoCampaignImported(
                "No campaign file has been imported into this workspace yet; import the central "
                "organisation's campaign file first, then the receipt."
            )
        receipt = _verified(data, held)
        sub = receipt.submission
        if not any(c.campaign_id == sub.campaign_id and c.fingerprint == receipt.fingerprint for c, _ in held):
            raise ReceiptForUnknownCampaign(
                f"This receipt is for the campaign {sub.campaign_id!r}, which was never imported into this "
                "workspace; import that campaign file first."
            )
        cycle_id = uow.campaigns.exported_cycle(sub.bundle_sha256)
        if cycle_id is None:
            raise ReceiptForUnknownBundle(
                f"This receipt is for a bundle this workspace never exported (SHA-256 {sub.bundle_sha256}); "
                "it may be meant for another institution or another workspace."
            )
        if uow.campaigns.has_receipt(file_sha256):
            raise ReceiptAlreadyImported("This receipt was already imported; nothing was changed.")
        info = ReceiptInfo(
            campaign_id=sub.campaign_id,
            cycle_id=cycle_id,
            bundle_sha256=sub.bundle_sha256.lower(),
            status=receipt.status.value,
            flags=tuple(f.value for f in receipt.flags),
            received=receipt.received,
            organisation_name=receipt.organisation_name,
            fingerprint=receipt.fingerprint,
            imported_at=now_iso(),
        )
        uow.campaigns.add_receipt(info, data, file_sha256)
        return ReceiptImported(info, uow.cycles.get(cycle_id).label)


def current_campaign(folder: Path | Workspace, fiscal_year: int | None = None) -> CampaignInfo | None:
    """The campaign imported last, or None; with `fiscal_year`, the one imported last for that
    fiscal year (a cycle's), or None. A member may import next year's campaign while this year's
    cycle is still open: this year's deadline and organisation must still be the ones it follows."""
    with held_or_opened(folder) as ws:
        if fiscal_year is None:
            return ws.campaigns.current()
        held = [c for c, _ in ws.campaigns.campaigns() if c.fiscal_year == fiscal_year]
        return held[-1] if held else None  # oldest import first


def receipts_for_cycle(folder: Path | Workspace, cycle_id: int) -> list[ReceiptInfo]:
    """A cycle's receipts, newest received first."""
    with held_or_opened(folder) as ws:
        return ws.campaigns.receipts(cycle_id)

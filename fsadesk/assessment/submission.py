"""A member's campaign and receipts from its central organisation, as plain data (issue #12).

The store keeps them (fsadesk.store.campaigns, with the signed files' bytes); the windows, the CLI
and the report read these. No I/O here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class CampaignInfo:
    """An imported campaign file: what the organisation asks for, and by when."""

    campaign_id: str
    title: str
    cycle_label: str
    fiscal_year: int
    deadline: dt.date
    catalogue_id: str
    catalogue_version: str
    catalogue_digest: str
    organisation_name: str
    fingerprint: str  # of the organisation's signing key, to compare by phone
    age_recipient: str  # bundles for this campaign are encrypted to it
    imported_at: str  # ISO 8601 UTC


@dataclass(frozen=True)
class ReceiptInfo:
    """An imported receipt: the organisation received this workspace's bundle."""

    campaign_id: str
    cycle_id: int
    bundle_sha256: str
    status: str  # fsadesk.central.receipt.ReceiptStatus value
    flags: tuple[str, ...]  # fsadesk.central.receipt.ReceiptFlag values
    received: dt.datetime  # UTC
    organisation_name: str
    fingerprint: str
    imported_at: str  # ISO 8601 UTC

"""Campaign files and receipts a member imported (schema 0007). The signed bytes are kept as
received, beside the fields shown. Receipts are append-only (triggers refuse UPDATE and DELETE).
Like the other repositories, calls on an Engine are each their own transaction; on a unit of
work's Connection they join that transaction.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session

from fsadesk.assessment.submission import CampaignInfo, ReceiptInfo
from fsadesk.store.access import Access
from fsadesk.store.models import CampaignRow, ExportRecordRow, ReceiptRow

__all__ = ["CampaignRepository", "campaign_info", "receipt_info"]


def campaign_info(row: CampaignRow) -> CampaignInfo:
    return CampaignInfo(
        campaign_id=row.campaign_id,
        title=row.title,
        cycle_label=row.cycle_label,
        fiscal_year=row.fiscal_year,
        deadline=dt.date.fromisoformat(row.deadline),
        catalogue_id=row.catalogue_id,
        catalogue_version=row.catalogue_version,
        catalogue_digest=row.catalogue_digest,
        organisation_name=row.organisation_name,
        fingerprint=row.fingerprint,
        age_recipient=row.age_recipient,
        imported_at=row.imported_at,
    )


def receipt_info(row: ReceiptRow) -> ReceiptInfo:
    return ReceiptInfo(
        campaign_id=row.campaign_id,
        cycle_id=row.cycle_id,
        bundle_sha256=row.bundle_sha256,
        status=row.status,
        flags=tuple(json.loads(row.flags)),
        received=dt.datetime.fromisoformat(row.received).astimezone(dt.UTC),
        organisation_name=row.organisation_name,
        fingerprint=row.fingerprint,
        imported_at=row.imported_at,
    )


class CampaignRepository:
    def __init__(self, bind: Engine | Connection) -> None:
        self._access = Access(bind)

    # --- campaigns ------------------------------------------------------------------------------
    def campaigns(self) -> list[tuple[CampaignInfo, bytes]]:
        """Every imported campaign with its signed file's bytes, oldest import first."""
        with self._access.read() as conn, Session(conn) as s:
            rows = s.scalars(select(CampaignRow).order_by(CampaignRow.id)).all()
            return [(campaign_info(r), r.file_bytes) for r in rows]

    def current(self) -> CampaignInfo | None:
        """The campaign imported last (the one the summary and the export dialog follow)."""
        with self._access.read() as conn, Session(conn) as s:
            row = s.scalars(select(CampaignRow).order_by(CampaignRow.id.desc()).limit(1)).first()
            return campaign_info(row) if row is not None else None

    def add_campaign(self, info: CampaignInfo, data: bytes, by: str) -> None:
        with self._access.write() as conn, Session(conn) as s:
            s.add(
                CampaignRow(
                    campaign_id=info.campaign_id,
                    file_bytes=data,
                    imported_at=info.imported_at,
                    imported_by=by,
                    title=info.title,
                    cycle_label=info.cycle_label,
                    fiscal_year=info.fiscal_year,
                    deadline=info.deadline.isoformat(),
                    catalogue_id=info.catalogue_id,
                    catalogue_version=info.catalogue_version,
                    catalogue_digest=info.catalogue_digest,
                    organisation_name=info.organisation_name,
                    fingerprint=info.fingerprint,
                    age_recipient=info.age_recipient,
                )
            )
            s.flush()

    # --- receipts -------------------------------------------------------------------------------
    def has_receipt(self, file_sha256: str) -> bool:
        with self._access.read() as conn:
            found = conn.execute(select(ReceiptRow.id).where(ReceiptRow.file_sha256 == file_sha256)).first()
            return found is not None

    def exported_cycle(self, bundle_sha256: str) -> int | None:
        """The cycle a bundle with this SHA-256 was exported from (as written, or before its
        encryption), or None when this workspace never exported it."""
        digest = bundle_sha256.lower()
        with self._access.read() as conn:
            row = conn.execute(
                select(ExportRecordRow.cycle_id)
                .where((ExportRecordRow.bundle_sha256 == digest) | (ExportRecordRow.signed_sha256 == digest))
                .order_by(ExportRecordRow.id.desc())
                .limit(1)
            ).first()
            return int(row[0]) if row is not None else None

    def add_receipt(self, info: ReceiptInfo, data: bytes, file_sha256: str) -> None:
        with self._access.write() as conn, Session(conn) as s:
            s.add(
                ReceiptRow(
                    file_sha256=file_sha256,
                    file_bytes=data,
                    campaign_id=info.campaign_id,
                    cycle_id=info.cycle_id,
                    bundle_sha256=info.bundle_sha256,
                    status=info.status,
                    flags=json.dumps(list(info.flags)),
                    received=info.received.isoformat(),
                    organisation_name=info.organisation_name,
                    fingerprint=info.fingerprint,
                    imported_at=info.imported_at,
                )
            )
            s.flush()

    def receipts(self, cycle_id: int) -> list[ReceiptInfo]:
        """A cycle's receipts, newest received first."""
        with self._access.read() as conn, Session(conn) as s:
            rows = s.scalars(
                select(ReceiptRow)
                .where(ReceiptRow.cycle_id == cycle_id)
                .order_by(ReceiptRow.received.desc(), ReceiptRow.id.desc())
            ).all()
            return [receipt_info(r) for r in rows]

"""The export history of a workspace: one append-only row per export of a cycle.

Triggers in the schema (revision 0006) refuse UPDATE and DELETE on export_record, so what was
sent once stays on record. Like the other repositories, calls on an Engine are each their own
transaction; on a unit of work's Connection they join that transaction.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session

from fsadesk.assessment.export_record import ExportRecord
from fsadesk.store.access import Access
from fsadesk.store.models import ExportRecordRow

__all__ = ["ExportRecord", "ExportRepository"]


def _record(row: ExportRecordRow) -> ExportRecord:
    return ExportRecord(
        cycle_id=row.cycle_id,
        exported_at=row.exported_at,
        exported_by=row.exported_by,
        language=row.language,
        include_notes=bool(row.include_notes),
        encrypted=bool(row.encrypted),
        pdf_path=row.pdf_path,
        pdf_sha256=row.pdf_sha256,
        bundle_path=row.bundle_path,
        bundle_sha256=row.bundle_sha256,
        key_fingerprint=row.key_fingerprint,
        id=row.id,
        signed_sha256=row.signed_sha256,
    )


class ExportRepository:
    def __init__(self, bind: Engine | Connection) -> None:
        self._access = Access(bind)

    def add(self, record: ExportRecord) -> ExportRecord:
        """Store one export; returns it with its id."""
        with self._access.write() as conn, Session(conn, expire_on_commit=False) as s:
            row = ExportRecordRow(
                cycle_id=record.cycle_id,
                exported_at=record.exported_at,
                exported_by=record.exported_by,
                language=record.language,
                include_notes=record.include_notes,
                encrypted=record.encrypted,
                pdf_path=record.pdf_path,
                pdf_sha256=record.pdf_sha256,
                bundle_path=record.bundle_path,
                bundle_sha256=record.bundle_sha256,
                key_fingerprint=record.key_fingerprint,
                signed_sha256=record.signed_sha256,
            )
            s.add(row)
            s.flush()
            return _record(row)

    def for_cycle(self, cycle_id: int) -> list[ExportRecord]:
        """A cycle's exports, newest first (by time, then by the order they were stored)."""
        with self._access.read() as conn, Session(conn) as s:
            rows = s.scalars(
                select(ExportRecordRow)
                .where(ExportRecordRow.cycle_id == cycle_id)
                .order_by(ExportRecordRow.exported_at.desc(), ExportRecordRow.id.desc())
            ).all()
            return [_record(row) for row in rows]

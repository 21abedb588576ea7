"""Benchmark packs a member imported (schema 0008). The signed bytes are kept as received, beside
the fields that choose which pack a cycle shows; append-only (triggers refuse UPDATE and DELETE).
Like the other repositories, calls on an Engine are each their own transaction; on a unit of
work's Connection they join that transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session

from fsadesk.store.access import Access
from fsadesk.store.models import BenchmarkPackRow

__all__ = ["BenchmarkRepository", "StoredPack"]


@dataclass(frozen=True)
class StoredPack:
    """A stored pack's bytes and the fields it was stored under (checked again when read)."""

    file_bytes: bytes
    file_sha256: str
    campaign_id: str
    fiscal_year: int
    cycle_label: str
    organisation_name: str
    fingerprint: str
    catalogue_digest: str
    created: str  # ISO UTC
    imported_at: str


def _stored(row: BenchmarkPackRow) -> StoredPack:
    return StoredPack(
        row.file_bytes, row.file_sha256, row.campaign_id, row.fiscal_year, row.cycle_label,
        row.organisation_name, row.fingerprint, row.catalogue_digest, row.created, row.imported_at,
    )  # fmt: skip


class BenchmarkRepository:
    def __init__(self, bind: Engine | Connection) -> None:
        self._access = Access(bind)

    def has(self, file_sha256: str) -> bool:
        with self._access.read() as conn:
            found = conn.execute(select(BenchmarkPackRow.id).where(BenchmarkPackRow.file_sha256 == file_sha256))
            return found.first() is not None

    def add(self, pack: StoredPack, by: str) -> None:
        with self._access.write() as conn, Session(conn) as s:
            s.add(
                BenchmarkPackRow(
                    file_sha256=pack.file_sha256,
                    file_bytes=pack.file_bytes,
                    campaign_id=pack.campaign_id,
                    fiscal_year=pack.fiscal_year,
                    cycle_label=pack.cycle_label,
                    organisation_name=pack.organisation_name,
                    fingerprint=pack.fingerprint,
                    catalogue_digest=pack.catalogue_digest,
                    created=pack.created,
                    imported_at=pack.imported_at,
                    imported_by=by,
                )
            )
            s.flush()

    def packs(self) -> list[StoredPack]:
        """Every imported pack, newest made first (the first of a cycle is the one shown)."""
        with self._access.read() as conn, Session(conn) as s:
            rows = s.scalars(
                select(BenchmarkPackRow).order_by(BenchmarkPackRow.created.desc(), BenchmarkPackRow.id.desc())
            ).all()
            return [_stored(r) for r in rows]

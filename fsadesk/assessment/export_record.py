"""One recorded export of a cycle, as plain data: what was written, where, and its SHA-256.

The store keeps these append-only (fsadesk.store.exports); the windows and the CLI show them
(fsadesk.app.export_history says whether each file on disk still matches).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportRecord:
    cycle_id: int
    exported_at: str  # ISO 8601 UTC, as fsadesk.store.clock.now_iso writes it
    exported_by: str
    language: str  # "ja" or "en"
    include_notes: bool
    encrypted: bool
    pdf_path: str | None  # absolute; None when no report file was written
    pdf_sha256: str | None
    bundle_path: str  # absolute
    bundle_sha256: str  # of the bundle bytes as written (encrypted when encrypted)
    key_fingerprint: str
    id: int = 0  # 0 until stored
    # The bundle before age encryption (what a receipt names); None for exports before schema 0007.
    signed_sha256: str | None = None

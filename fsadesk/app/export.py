"""The export use case, the one path behind `fsadesk export` and the app's export dialog:

    key → read the cycle's record once (one snapshot) → PDF report → signed bundle → files (0600)
        → the export history (what was written where, with its SHA-256)

The report and the bundle are built from the same shared record (with or without notes), so they
cannot disagree. The key comes first: a wrong passphrase stops the export before anything is read
or written. The PDF renderer is passed in (the default draws the real report; tests of the
commands pass a fast fake), and the caller chooses how the bundle is wrapped (age encryption).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk.app.export_history import sha256_hex
from fsadesk.assessment.export_record import ExportRecord
from fsadesk.assessment.fiscal import cycle_display_label
from fsadesk.assessment.peer_position import PeerPosition, position
from fsadesk.assessment.record import CycleRecord
from fsadesk.bundle.build import bundle_bytes
from fsadesk.bundle.errors import BundleError
from fsadesk.bundle.keys import fingerprint
from fsadesk.bundle.verify import VerifiedBundle
from fsadesk.catalogue.model import Catalogue
from fsadesk.files import write_private_file
from fsadesk.lang import Lang
from fsadesk.store.clock import current_user, now_iso
from fsadesk.store.cycle_record import NoProfile, read_cycle_record
from fsadesk.store.workspace import Workspace

Progress = Callable[[int, int], None]
# (record, catalogue, lang, fingerprint, progress, warnings) -> PDF bytes; positional, so a fake
# can be any function of *args. `warnings` collects the report's pdf_warnings.Unprintable entries.
Renderer = Callable[[CycleRecord, Catalogue, Lang, str, Progress | None, list[Any]], bytes]

STEPS = 100  # progress: 0–80 the report, 90 once it is written, 100 when the bundle is
REPORT_STEPS = 80


# A file name keeps letters and digits of any script (Japanese too), '-' and '.'; anything else
# (path separators, spaces, Windows' reserved :*?"<>| …) becomes '_'. \w alone would let '_' runs through.
_UNSAFE = re.compile(r"[^\w.\-]+|_+")
# Each part is shortened to this many UTF-8 bytes so the whole name stays far below the 255 bytes
# that common file systems allow (a Japanese character takes 3 bytes), with room for the folder.
PART_BYTES = 60


def _safe_part(text: str) -> str:
    cleaned = _UNSAFE.sub("_", unicodedata.normalize("NFC", text)).strip("._-")
    encoded = cleaned.encode("utf-8")
    if len(encoded) > PART_BYTES:
        cleaned = encoded[:PART_BYTES].decode("utf-8", errors="ignore").rstrip("._-")
    return cleaned


def export_file_name(
    institution_id: str, cycle_label: str, fiscal_year: int, revision: int, lang: Lang, suffix: str
) -> str:
    """The name of an exported report (suffix "pdf") or bundle ("fsab"): institution, cycle,
    edition and language, e.g. DEMO-0001_2026年度_ja.pdf or DEMO-0001_FY2026_rev2_en.fsab. The
    language is in the name so the English report never replaces the Japanese one; a revision says
    its number so it never replaces the signed original."""
    parts = [_safe_part(institution_id) or "fsadesk", _safe_part(cycle_display_label(cycle_label, fiscal_year, lang))]
    if revision > 1:
        parts.append(f"rev{revision}")
    parts.append(lang)
    # Never a bare Windows device name (CON, NUL…): the parts are joined by '_' and end with the language.
    return "_".join(part for part in parts if part) + f".{suffix}"


def read_record(ws: Workspace, catalogue: Catalogue, cycle_id: int) -> CycleRecord:
    """The cycle's record, read once in one snapshot. A workspace without a profile yet is said so
    (as a BundleError, which the CLI prints plainly and the dialog shows)."""
    try:
        return read_cycle_record(ws, cycle_id, catalogue.item_ids())
    except NoProfile as exc:
        raise BundleError(str(exc)) from None


def render_pdf(
    record: CycleRecord,
    catalogue: Catalogue,
    lang: Lang,
    key_fingerprint: str,
    progress: Progress | None,
    warnings: list[Any],
    peers: PeerPosition | None = None,
) -> bytes:
    """The real report (reportlab loads here, only when someone exports)."""
    from fsadesk.report.pdf import render_record

    return render_record(
        record, catalogue, lang, fingerprint=key_fingerprint, progress=progress, warnings=warnings, peers=peers
    )


def peer_position(ws: Workspace, catalogue: Catalogue, record: CycleRecord) -> PeerPosition | None:
    """Where the cycle stands in its peer group, from the benchmark pack imported for it (verified
    again on reading); None without a pack, or when the pack publishes no group for this member."""
    from fsadesk.app.benchmark import benchmark_for_cycle

    pack = benchmark_for_cycle(ws, record.cycle.id)
    return None if pack is None else position(pack, record, catalogue)


def _render_board(
    render: Renderer, record: CycleRecord, catalogue: Catalogue, lang: Lang, key: str, peers: PeerPosition | None
) -> bytes:
    """The board's copy of the report. A renderer is given the peer position as a seventh argument
    only when there is one, so renderers that know nothing of benchmark packs (the simulation's
    fast report) keep working for workspaces without one."""
    if peers is None:
        return render(record, catalogue, lang, key, None, [])
    return cast(Callable[..., bytes], render)(record, catalogue, lang, key, None, [], peers)


def render_report(
    ws: Workspace,
    catalogue: Catalogue,
    cycle_id: int,
    lang: Lang,
    *,
    fingerprint: str | None = None,
    progress: Progress | None = None,
    include_notes: bool = True,
    warnings: list[Any] | None = None,
) -> bytes:
    """The PDF report of a workspace's cycle, as an export with the same notes choice draws it."""
    from fsadesk.report.pdf import render_record

    full = read_record(ws, catalogue, cycle_id)
    record = replace(full.shared(include_notes), receipt=full.receipt)  # the board's copy names the receipt
    peers = peer_position(ws, catalogue, full)  # and where the institution stands among its peers
    return render_record(
        record, catalogue, lang, fingerprint=fingerprint, progress=progress, warnings=warnings, peers=peers
    )


def report_from_bundle(verified: VerifiedBundle, catalogue: Catalogue, lang: Lang) -> bytes:
    """The report of a received bundle, drawn again from its record: with the catalogue the
    manifest names and the report's language, these are the bytes of the report.pdf inside."""
    from fsadesk.report.pdf import render_record

    return render_record(
        verified.record(), catalogue, lang, fingerprint=verified.fingerprint, app_version=verified.app_version
    )


class WriteFailed(OSError):
    """A report or bundle file could not be written (`path`; the OSError is the __cause__).
    Nothing half-written is left: each file is complete or absent."""

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), str(path))
        self.path = path


def _write(path: Path, data: bytes) -> None:
    try:
        write_private_file(path, data)
    except OSError as exc:
        raise WriteFailed(path, exc) from exc


@dataclass(frozen=True)
class Exported:
    bundle_path: Path
    bundle: bytes  # as written (encrypted when the caller wrapped it)
    manifest: dict[str, Any]
    fingerprint: str
    pdf_path: Path | None
    unprintable: tuple[Any, ...]  # pdf_warnings.Unprintable: fields printed with 〓
    # The export history could not be updated (busy, disk full, read-only workspace): the files
    # above were written all the same; the caller tells the user. None when it was recorded.
    history_error: Exception | None = None
    record: ExportRecord | None = None  # what the history now holds for this export


def _record_export(ws: Workspace, record: ExportRecord) -> tuple[ExportRecord | None, Exception | None]:
    """Add the export to the history in its own transaction. A failure is returned, not raised:
    the files are written by now, and losing sight of them over the history would be worse."""
    try:
        with ws.unit_of_work() as uow:
            return uow.exports.add(record), None
    except Exception as exc:  # WorkspaceFault (busy, disk full, read-only) and anything else alike
        return None, exc


def export_cycle(
    ws: Workspace,
    catalogue: Catalogue,
    cycle_id: int,
    unlock: Callable[[], Ed25519PrivateKey],
    *,
    lang: Lang,
    include_notes: bool,
    bundle_path: Path,
    pdf_path: Path | None = None,
    wrap: Callable[[bytes], bytes] | None = None,
    render: Renderer = render_pdf,
    progress: Progress | None = None,
) -> Exported:
    """Export one cycle: `unlock` gives the signing key (creating it if the caller wants); the
    record is read once; the report is drawn and the bundle signed from it; then the PDF (when
    `pdf_path` is given) and the bundle (wrapped by `wrap`, e.g. encrypted) are written with mode
    0600, each complete or not at all (WriteFailed names the file that could not be). Nothing is
    written when any step before fails. Then the export is added to the cycle's history; if that
    cannot be stored the export still succeeded, and `history_error` says why."""
    key = unlock()
    key_fingerprint = fingerprint(key.public_key())
    full = read_record(ws, catalogue, cycle_id)
    record = full.shared(include_notes)  # as it leaves the PC: never with the receipt

    def report_progress(done: int, total: int) -> None:
        if progress is not None:
            progress(int(REPORT_STEPS * done / max(total, 1)), STEPS)

    warnings: list[Any] = []
    pdf = render(record, catalogue, lang, key_fingerprint, report_progress, warnings)
    data, manifest = bundle_bytes(record, catalogue, key, report_pdf=pdf)
    peers = peer_position(ws, catalogue, full) if pdf_path is not None else None
    if pdf_path is not None and (full.receipt is not None or peers is not None):
        # The board's copy says the organisation received it and where the institution stands among
        # its peers; the bundle's report stays the one a verifier draws again from the bundle, which
        # carries neither the receipt nor the benchmark pack.
        pdf = _render_board(render, replace(record, receipt=full.receipt), catalogue, lang, key_fingerprint, peers)
    signed_sha256 = sha256_hex(data)  # what a receipt names: the bundle as the organisation decrypts it
    if wrap is not None:
        data = wrap(data)
    if pdf_path is not None:
        _write(pdf_path, pdf)  # 0600 like the bundle: it holds the same notes
    if progress is not None:
        progress(90, STEPS)
    _write(bundle_path, data)
    stored, history_error = _record_export(
        ws,
        ExportRecord(
            cycle_id=cycle_id,
            exported_at=now_iso(),
            exported_by=current_user(),
            language=lang,
            include_notes=include_notes,
            encrypted=wrap is not None,
            pdf_path=None if pdf_path is None else str(pdf_path.absolute()),
            pdf_sha256=None if pdf_path is None else sha256_hex(pdf),
            bundle_path=str(bundle_path.absolute()),
            bundle_sha256=sha256_hex(data),  # the bytes as written (encrypted when wrapped)
            key_fingerprint=key_fingerprint,
            signed_sha256=signed_sha256,
        ),
    )
    if progress is not None:
        progress(STEPS, STEPS)
    return Exported(bundle_path, data, manifest, key_fingerprint, pdf_path, tuple(warnings), history_error, stored)

"""A member imports its central organisation's benchmark pack and reads it back for a cycle
(issue #14 point 3): "you vs your peer group".

The import is one unit of work: the file is read and its structure checked first (no database),
then, under the write lock, it is verified against the key of the campaigns this workspace
imported and must name one of them; only then is it stored, so a refusal stores nothing. A pack
counted against another catalogue than the cycle's is imported all the same and flagged, so the
windows can say the figures may not match item by item.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from fsadesk.app.benchmark_errors import BenchmarkAlreadyImported, BenchmarkForUnknownCampaign, BenchmarkNoCampaign
from fsadesk.app.workspace_target import held_or_opened
from fsadesk.assessment.benchmark import BenchmarkPack
from fsadesk.central.benchmark_pack import read_pack_file, stated_fingerprint, verify_pack
from fsadesk.store.benchmarks import StoredPack
from fsadesk.store.clock import current_user, now_iso
from fsadesk.store.records import Cycle
from fsadesk.store.workspace import Workspace

__all__ = ["BenchmarkImported", "benchmark_for_cycle", "import_benchmark"]


@dataclass(frozen=True)
class BenchmarkImported:
    pack: BenchmarkPack
    # The pack was counted against another catalogue (digest) than the cycle of its fiscal year and
    # label (or the latest cycle): imported all the same; items this workspace lacks are skipped.
    catalogue_differs: bool


def _trusted(data: bytes, fingerprints: list[str]) -> BenchmarkPack:
    """The pack verified against the key it names when this workspace trusts it, else against the
    newest campaign's key (which refuses it as another organisation's, naming both)."""
    stated = stated_fingerprint(data)
    return verify_pack(data, stated if stated in fingerprints else fingerprints[-1])


def _cycle_for(cycles: list[Cycle], pack: BenchmarkPack) -> Cycle | None:
    same = [c for c in cycles if (c.fiscal_year, c.label) == (pack.fiscal_year, pack.cycle_label)]
    return same[-1] if same else (cycles[-1] if cycles else None)


def import_benchmark(folder: Path | Workspace, path: Path) -> BenchmarkImported:
    """Verify the pack at `path` against the imported campaigns' key and store it. Raises
    NotABenchmarkPack, BenchmarkPackDamaged, BenchmarkPackNewerFormat, BenchmarkPackBadSignature,
    BenchmarkPackOtherOrganisation, BenchmarkNoCampaign, BenchmarkForUnknownCampaign or
    BenchmarkAlreadyImported, storing nothing."""
    data = read_pack_file(path)
    stated_fingerprint(data)  # a file that is no pack is refused before the workspace is touched
    file_sha256 = hashlib.sha256(data).hexdigest()
    with held_or_opened(folder) as ws, ws.unit_of_work() as uow:
        held = [c for c, _ in uow.campaigns.campaigns()]
        if not held:
            raise BenchmarkNoCampaign(
                "No campaign file has been imported into this workspace yet; import the central "
                "organisation's campaign file first, then the benchmark pack."
            )
        pack = _trusted(data, [c.fingerprint for c in held])
        if not any(c.campaign_id == pack.campaign_id and c.fingerprint == pack.organisation_fingerprint for c in held):
            raise BenchmarkForUnknownCampaign(
                f"This benchmark pack is for the campaign {pack.campaign_id!r}, which was never imported into "
                "this workspace; import that campaign file first."
            )
        if uow.benchmarks.has(file_sha256):
            raise BenchmarkAlreadyImported("This benchmark pack was already imported; nothing was changed.")
        cycle = _cycle_for(uow.cycles.all(), pack)
        uow.benchmarks.add(
            StoredPack(
                data,
                file_sha256,
                pack.campaign_id,
                pack.fiscal_year,
                pack.cycle_label,
                pack.organisation_name,
                pack.organisation_fingerprint,
                pack.catalogue_digest,
                pack.created.isoformat(),
                now_iso(),
            ),
            current_user(),
        )
        return BenchmarkImported(pack, cycle is not None and cycle.catalogue_digest != pack.catalogue_digest)


def _newest(packs: list[StoredPack], cycle: Cycle) -> StoredPack | None:
    # packs come newest made first; a newer pack for the same campaign supersedes the older one
    same = [p for p in packs if (p.fiscal_year, p.cycle_label) == (cycle.fiscal_year, cycle.label)]
    if same:
        return same[0]
    earlier = [p for p in packs if p.fiscal_year < cycle.fiscal_year]
    return max(earlier, key=lambda p: p.fiscal_year) if earlier else None  # max keeps the first: newest made


def benchmark_for_cycle(folder: Path | Workspace, cycle_id: int) -> BenchmarkPack | None:
    """The pack a cycle is compared with: the newest made whose fiscal year and cycle label are the
    cycle's; else the newest of the latest earlier fiscal year (the windows name its campaign);
    None when there is none. The stored bytes are verified again on reading."""
    with held_or_opened(folder) as ws:
        cycle = ws.cycles.get(cycle_id)
        stored = _newest(ws.benchmarks.packs(), cycle)
    return verify_pack(stored.file_bytes, stored.fingerprint) if stored is not None else None

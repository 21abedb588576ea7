"""A member's cycle and a benchmark pack built directly as plain data (no file, no signature), with
the member's own rates worked out here from its answers, independently of the scoring engine, for
the tests of "you and your peer group" (position, summary panel, report)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.benchmark import BenchmarkPack, ItemFigures, PeerGroup, RateFigures
from fsadesk.assessment.demo import DEMO_PROFILE
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.record import CycleInfo, CycleRecord, HistorySummary
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue import Catalogue

POINTS = {Status.IMPLEMENTED: 2, Status.ALTERNATIVE: 2, Status.PARTIAL: 1}  # others 0; N/A not assessed
ORG = "全国信用協同組合連合会（テスト）"
CAMPAIGN = "2026年度 サイバーセキュリティ自己評価"
MADE = dt.datetime(2027, 7, 15, 1, 0, tzinfo=dt.UTC)  # 2027/07/15 in Japan too


def domain_of(item_id: str) -> str:
    """ "2.3.4.1-B2" → "2.3": the guideline's numbering, read from the id (not the catalogue's tree)."""
    return ".".join(item_id.split("-", 1)[0].split(".")[:2])


def answers_by_pattern(catalogue: Catalogue, profile: InstitutionProfile = DEMO_PROFILE) -> dict[str, Answer]:
    """Every applicable item answered in a fixed rotation, so each domain has a different rate."""
    cycle = (Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED, Status.IMPLEMENTED, Status.IMPLEMENTED)
    out = {}
    for n, item in enumerate(applicable_items(catalogue, profile)):
        out[item.id] = Answer(item.id, cycle[(n * 7 + len(item.id)) % len(cycle)])
    return out


def own_rates(
    catalogue: Catalogue, answers: Mapping[str, Answer], tier: str, profile: InstitutionProfile = DEMO_PROFILE
) -> dict[str, float]:
    """The member's rate per domain worked out here: points / (2 × assessed items)."""
    points: dict[str, int] = {}
    assessed: dict[str, int] = {}
    for item in applicable_items(catalogue, profile):
        if item.tier != tier:
            continue
        status = answers[item.id].status if item.id in answers else Status.UNANSWERED
        if status is Status.NOT_APPLICABLE:
            continue
        d = domain_of(item.id)
        points[d] = points.get(d, 0) + POINTS.get(status, 0)
        assessed[d] = assessed.get(d, 0) + 1
    return {d: points[d] / (2 * assessed[d]) for d in assessed}


def record_of(
    catalogue: Catalogue, answers: Mapping[str, Answer], profile: InstitutionProfile = DEMO_PROFILE
) -> CycleRecord:
    cycle = CycleInfo(
        id=1, label="2026年度", fiscal_year=2026, state="open", created_at="2026-04-01T00:00:00Z", revision=1,
        catalogue_id=catalogue.id, catalogue_version=catalogue.version, catalogue_digest=catalogue.digest,
    )  # fmt: skip
    return CycleRecord(profile, cycle, dict(sorted(answers.items())), (), HistorySummary(0, {}), (), None)


def figures(q1: float, median: float, q3: float, mean: float, members: int = 8) -> RateFigures:
    return RateFigures(members, q1, median, q3, mean)


def item_figures(implemented: float, members: int = 8) -> ItemFigures:
    rest = round(1.0 - implemented, 6)
    return ItemFigures(members, implemented, rest / 2, rest / 2, 0.0)


def group(
    grouping: str,
    name: str,
    catalogue: Catalogue,
    *,
    members: int = 8,
    rates: Mapping[str, RateFigures | None] | None = None,
    items: Mapping[str, ItemFigures | None] | None = None,
) -> PeerGroup:
    """A published group: `rates` per domain (both tiers alike), `items` per basic item."""
    domains = [d.number for d in catalogue.domains()]
    cells = {d: (rates or {}).get(d, figures(0.4, 0.55, 0.7, 0.56, members)) for d in domains}
    return PeerGroup(grouping, name, False, members, {"basic": cells, "desirable": cells}, dict(items or {}))  # type: ignore[arg-type]


def suppressed(grouping: str, name: str) -> PeerGroup:
    return PeerGroup(grouping, name, True, None, {}, {})  # type: ignore[arg-type]


def pack_of(catalogue: Catalogue, *groups: PeerGroup, threshold: int = 5) -> BenchmarkPack:
    return BenchmarkPack(
        campaign_id="fy2026", campaign_title=CAMPAIGN, cycle_label="2026年度", fiscal_year=2026,
        organisation_name=ORG, organisation_fingerprint="SHA256:test", catalogue_id=catalogue.id,
        catalogue_version=catalogue.version, catalogue_digest=catalogue.digest, created=MADE,
        threshold=threshold, groups=tuple(groups),
    )  # fmt: skip


def another_catalogue(pack: BenchmarkPack) -> BenchmarkPack:
    return replace(pack, catalogue_version="2025.07.1", catalogue_digest="0" * 64)


# --- a real signed pack for a real workspace ---------------------------------------------------


def signed_pack(folder: Path, out: Path, key: Ed25519PrivateKey, pack: BenchmarkPack) -> Path:
    """`pack` signed by `key` as the central organisation writes it (.fsbp), after importing the
    organisation's campaign file for the demo's cycle (2026年度) into the workspace in `folder`:
    a member's workspace takes a pack only from the organisation of a campaign it imported."""
    from fsadesk.app.campaigns import import_campaign
    from fsadesk.bundle.keys import fingerprint
    from fsadesk.central.benchmark_pack import write_pack
    from tests.test_campaign_import import write_campaign

    import_campaign(
        folder, write_campaign(folder, out, key, campaign_id=pack.campaign_id, cycle_label="2026年度", fiscal_year=2026)
    )
    signed = replace(pack, organisation_fingerprint=fingerprint(key.public_key()))
    path = out / "benchmark.fsbp"
    path.write_bytes(write_pack(signed, key))
    return path

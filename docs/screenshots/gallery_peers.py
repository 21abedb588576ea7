"""The gallery's member with a benchmark pack (issue #14 point 3): a demo workspace that imported
its central organisation's campaign file and then a signed benchmark pack, both made here with a
fixed key and fixed figures, so the pictures are the same each time. Used by render.py
(summary-peers) and render_report.py (report-peers).

The figures are made up for the picture, not computed from members: a published category of 17
institutions with one domain's cell withheld, and item shares spread from 20% to 95%.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

ORG = "全国信用協同組合連合会"
CAMPAIGN_ID = "2026-shinkumi"
TITLE = "2026年度 サイバーセキュリティ自己評価"
# An age recipient the campaign file names (the member encrypts its bundle for it); no one here decrypts.
RECIPIENT = "age1tdwcffqvag3ktzdynjgeunhepqwcwwrq5clgyff7cfz4petpay7sua2cde"
MADE = dt.datetime(2027, 7, 15, 1, 0, tzinfo=dt.UTC)
# Q1, median, Q3, mean of each domain's basic rates; 2.3 withheld (fewer than the threshold had one).
QUARTILES: dict[str, tuple[float, float, float, float] | None] = {
    "2.1": (0.42, 0.55, 0.71, 0.56),
    "2.2": (0.38, 0.47, 0.62, 0.49),
    "2.3": None,
    "2.4": (0.25, 0.36, 0.52, 0.39),
    "2.5": (0.51, 0.66, 0.78, 0.64),
    "2.6": (0.33, 0.45, 0.58, 0.46),
}


def member_with_pack(folder: Path) -> Path:
    """A new demo workspace in `folder` with the campaign file and the benchmark pack imported."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fsadesk.app.benchmark import import_benchmark
    from fsadesk.app.campaigns import import_campaign
    from fsadesk.assessment.benchmark import BenchmarkPack, ItemFigures, PeerGroup, RateFigures
    from fsadesk.bundle.keys import fingerprint
    from fsadesk.catalogue import load_catalogue
    from fsadesk.central.benchmark_pack import write_pack
    from fsadesk.central.campaign import CatalogueRef, build_campaign
    from fsadesk.cli import run
    from fsadesk.store import open_workspace

    run(["demo", str(folder)])
    with open_workspace(folder) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        ref = CatalogueRef(cycle.catalogue_id, cycle.catalogue_version, cycle.catalogue_digest)
    key = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))  # fixed: the same pictures each time
    campaign = folder.parent / f"{folder.name}-campaign.fsac"
    campaign.write_bytes(
        build_campaign(
            title=TITLE, cycle_label="2026年度", fiscal_year=2026, deadline=dt.date(2027, 6, 30), catalogue=ref,
            organisation_name=ORG, signing_key=key, age_recipient=RECIPIENT, campaign_id=CAMPAIGN_ID,
            created=dt.datetime(2026, 4, 1, tzinfo=dt.UTC),
        )
    )  # fmt: skip
    import_campaign(folder, campaign)

    catalogue = load_catalogue()
    rng = random.Random(14)
    rates: dict[str, dict[str, RateFigures | None]] = {
        # Peers are further behind on the desirable items, as members are in real campaigns.
        tier: {
            d: None if q is None else RateFigures(17, *(round(v * scale, 4) for v in q))
            for d, q in QUARTILES.items()
        }
        for tier, scale in (("basic", 1.0), ("desirable", 0.55))
    }
    items: dict[str, ItemFigures | None] = {}
    for item in catalogue.items:
        if item.is_basic:
            done = round(rng.uniform(0.2, 0.95), 2)
            rest = round(1 - done, 2)
            items[item.id] = ItemFigures(17, done, round(rest / 2, 4), round(rest - round(rest / 2, 4), 4), 0.0)
    pack = BenchmarkPack(
        campaign_id=CAMPAIGN_ID, campaign_title=TITLE, cycle_label="2026年度", fiscal_year=2026,
        organisation_name=ORG, organisation_fingerprint=fingerprint(key.public_key()), catalogue_id=ref.id,
        catalogue_version=ref.version, catalogue_digest=ref.digest, created=MADE, threshold=5,
        groups=(
            PeerGroup("all", "all", False, 42, rates, items),
            PeerGroup("category", "regional", False, 17, rates, items),
            PeerGroup("size_band", "small", False, 23, rates, items),
        ),
    )  # fmt: skip
    packed = folder.parent / f"{folder.name}-benchmark.fsbp"
    packed.write_bytes(write_pack(pack, key))
    import_benchmark(folder, packed)
    return folder

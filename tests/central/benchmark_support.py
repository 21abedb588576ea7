"""A central organisation with fifteen members sized for the benchmark pack's suppression rules,
one campaign, real signed bundles taken in by the real intake (no tests here), and the pack's
figures worked out here from the answers put into the bundles, not from the central database.

Categories: regional 9, securities 5, insurance 1 — insurance is under the threshold (5), and
alone it could be recovered as "all" minus the published categories, so securities (the next
smallest) is suppressed with it. Size bands: small 6, medium 5, large 4 — large is under the
threshold; medium (next smallest) goes with it for the same reason. Every answer carries a note
with a marker that must never reach the pack.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.profile import InstitutionProfile, Scope, SizeBand
from fsadesk.assessment.record import CycleRecord
from fsadesk.assessment.scope import applicable_items, applies
from fsadesk.catalogue import Catalogue
from fsadesk.central.campaigns import create_campaign
from fsadesk.central.intake import import_files
from fsadesk.central.members import edit_member
from tests.central.intake_support import Member, Org, bundle, enrol, make_member

CAMPAIGN = "fy2026-bench"
LABEL, YEAR = "2026年度", 2026
NOTE = "NOTE-SECRET-7f3a"  # in every answer's notes: must never appear in a pack
MEMBER_NAME = "ベンチマーク信用組合"  # every member's name starts with this
SPECS: dict[str, tuple[str, SizeBand]] = {
    **{f"BM-R{n:02d}": ("regional", SizeBand.SMALL) for n in range(1, 6)},
    **{f"BM-R{n:02d}": ("regional", SizeBand.MEDIUM) for n in range(6, 10)},
    **{f"BM-S{n:02d}": ("securities", SizeBand.LARGE) for n in range(1, 5)},
    "BM-S05": ("securities", SizeBand.MEDIUM),
    "BM-I01": ("insurance", SizeBand.SMALL),
}
CHOICES = (Status.IMPLEMENTED, Status.IMPLEMENTED, Status.ALTERNATIVE, Status.PARTIAL, Status.NOT_IMPLEMENTED,
           Status.NOT_APPLICABLE, Status.UNANSWERED)  # fmt: skip


@dataclass
class BenchWorld:
    org: Org
    catalogue: Catalogue
    profiles: dict[str, InstitutionProfile] = field(default_factory=dict)
    answers: dict[str, Mapping[str, Answer]] = field(default_factory=dict)


def answers_for(seed: int, catalogue: Catalogue, profile: InstitutionProfile) -> dict[str, Answer]:
    rng = random.Random(seed)
    out = {}
    for item in applicable_items(catalogue, profile):
        status = rng.choice(CHOICES)
        if status is Status.UNANSWERED:
            continue
        why = f"代替策の説明 {NOTE}" if status in (Status.ALTERNATIVE, Status.NOT_APPLICABLE) else ""
        out[item.id] = Answer(item.id, status, notes=f"{NOTE} {item.id}", justification=why)
    return out


def build_bench_world(org: Org, base: CycleRecord, catalogue: Catalogue, tmp_path: Path) -> BenchWorld:
    world = BenchWorld(org, catalogue)
    inbox, enrolments = tmp_path / "inbox", tmp_path / "enrolments"
    inbox.mkdir()
    create_campaign(
        org.db, signing_key=org.unlock().signing_key, title=f"{LABEL} 自己評価", cycle_label=LABEL,
        fiscal_year=YEAR, deadline=dt.date(2027, 6, 30), catalogue=catalogue, campaign_id=CAMPAIGN,
    )  # fmt: skip
    files = []
    for n, (iid, (category, size)) in enumerate(SPECS.items()):
        m: Member = make_member(base, iid, name=f"{MEMBER_NAME}{iid}")
        scope = Scope.BASIC_AND_DESIRABLE if n % 3 == 0 else Scope.BASIC
        profile = dataclasses.replace(m.record.profile, category=category, size_band=size, scope=scope,
                                      applicability={})  # fmt: skip
        answers = answers_for(100 + n, catalogue, profile)
        m = dataclasses.replace(m, record=dataclasses.replace(m.record, profile=profile, answers=answers))
        enrol(org, m, enrolments)
        edit_member(org.db, iid, size_band=size.value)
        world.profiles[iid], world.answers[iid] = profile, answers
        path = inbox / f"{iid}.fsab"
        path.write_bytes(bundle(m, catalogue, label=LABEL, fiscal_year=YEAR,
                                created=dt.datetime(2027, 6, 1, 9, tzinfo=dt.UTC)))  # fmt: skip
        files.append(path)
    import_files(org.db, files, catalogue_for=lambda d: catalogue if d == catalogue.digest else None,
                 unlock=org.unlock, campaign_id=CAMPAIGN)  # fmt: skip
    return world


# --- the figures, worked out from the answers ----------------------------------------------------------

POINTS = {Status.IMPLEMENTED: 2, Status.ALTERNATIVE: 2, Status.PARTIAL: 1, Status.NOT_IMPLEMENTED: 0,
          Status.UNANSWERED: 0}  # fmt: skip


def expected_rates(
    catalogue: Catalogue, profile: InstitutionProfile, answers: Mapping[str, Answer], tier: str
) -> dict[str, float | None]:
    """Points ÷ (2 × assessed) per domain over the applicable items of the tier, an item answered
    Not applicable left out (docs/scoring.md)."""
    points: dict[str, int] = {d.number: 0 for d in catalogue.domains()}
    assessed: dict[str, int] = {d.number: 0 for d in catalogue.domains()}
    for item in applicable_items(catalogue, profile):
        status = answers[item.id].status if item.id in answers else Status.UNANSWERED
        if item.tier != tier or status is Status.NOT_APPLICABLE:
            continue
        domain = catalogue.domain_of(item.node)
        assessed[domain] += 1
        points[domain] += POINTS[status]
    return {d: (points[d] / (2 * assessed[d]) if assessed[d] else None) for d in points}


def group_members(world: BenchWorld, grouping: str, name: str) -> list[str]:
    if grouping == "all":
        return sorted(SPECS)
    at = 0 if grouping == "category" else 1
    return sorted(iid for iid, spec in SPECS.items() if str(spec[at]) == name)


def expected_quartiles(world: BenchWorld, members: list[str], tier: str, domain: str) -> dict[str, float] | None:
    """members, q1, median, q3 and mean of the members' rates in the domain, rounded as the pack does."""
    every = [expected_rates(world.catalogue, world.profiles[iid], world.answers[iid], tier)[domain] for iid in members]
    rates = [r for r in every if r is not None]
    if not rates:
        return None
    q1, median, q3 = statistics.quantiles(sorted(rates), n=4, method="inclusive")
    return {"members": len(rates), "q1": round(q1, 4), "median": round(median, 4), "q3": round(q3, 4),
            "mean": round(sum(rates) / len(rates), 4)}  # fmt: skip


def expected_item(world: BenchWorld, members: list[str], item_id: str) -> dict[str, float] | None:
    """The shares of answers among the members to whom the item applies and who did not answer
    it Not applicable (Alternative counts as implemented: it earns full points)."""
    item = world.catalogue.item(item_id)
    seen: list[Status] = []
    for iid in members:
        if not applies(item, world.profiles[iid]):
            continue
        a = world.answers[iid].get(item_id)
        status = a.status if a is not None else Status.UNANSWERED
        if status is not Status.NOT_APPLICABLE:
            seen.append(status)
    if not seen:
        return None
    n = len(seen)
    implemented = sum(s in (Status.IMPLEMENTED, Status.ALTERNATIVE) for s in seen) / n
    partial = seen.count(Status.PARTIAL) / n
    not_implemented = seen.count(Status.NOT_IMPLEMENTED) / n
    unanswered = seen.count(Status.UNANSWERED) / n
    return {"members": n, "implemented": round(implemented, 4), "partial": round(partial, 4),
            "not_implemented": round(not_implemented, 4), "unanswered": round(unanswered, 4)}  # fmt: skip

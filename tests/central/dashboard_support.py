"""A central organisation with a few members of different categories and size bands, two
campaigns, and real signed bundles taken in by the real intake (no tests here), plus the figures
the dashboard should show, worked out here from the answers put into the bundles."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from fsadesk.assessment.answers import Answer, RemediationPlan, Status
from fsadesk.assessment.profile import InstitutionProfile, Scope, SizeBand
from fsadesk.assessment.record import CycleRecord
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue import Catalogue
from fsadesk.central.campaigns import create_campaign
from fsadesk.central.intake import import_files
from fsadesk.central.members import edit_member
from tests.central.intake_support import Member, Org, bundle, enrol, make_member, resigned

STATUSES = (Status.IMPLEMENTED, Status.PARTIAL, Status.NOT_IMPLEMENTED, Status.UNANSWERED)
POINTS = {Status.IMPLEMENTED: 2, Status.PARTIAL: 1, Status.NOT_IMPLEMENTED: 0, Status.UNANSWERED: 0}
PLAN = RemediationPlan(owner="総務課", target_date=dt.date(2027, 12, 31))


@dataclass(frozen=True)
class Campaign:
    campaign_id: str
    label: str
    fiscal_year: int
    deadline: dt.date


FY2025 = Campaign("fy2025", "2025年度", 2025, dt.date(2026, 6, 30))
FY2026 = Campaign("fy2026", "2026年度", 2026, dt.date(2027, 6, 30))
ON_TIME = {FY2025: dt.datetime(2026, 6, 1, 9, tzinfo=dt.UTC), FY2026: dt.datetime(2027, 6, 1, 9, tzinfo=dt.UTC)}


def forced_items(catalogue: Catalogue, profile: InstitutionProfile) -> tuple[str, str]:
    """Two basic items every member answers Not implemented: a tie at the top of the weakest list."""
    basic = [i.id for i in applicable_items(catalogue, profile) if i.tier == "basic"]
    return basic[0], basic[1]


def answers_for(seed: int, catalogue: Catalogue, profile: InstitutionProfile) -> dict[str, Answer]:
    """Every applicable item answered by a seeded pattern; some gaps carry a complete plan."""
    rng = random.Random(seed)
    forced = forced_items(catalogue, profile)
    out = {}
    for item in applicable_items(catalogue, profile):
        status = Status.NOT_IMPLEMENTED if item.id in forced else rng.choice(STATUSES)
        plan = PLAN if status in (Status.PARTIAL, Status.NOT_IMPLEMENTED) and rng.random() < 0.3 else None
        if status is not Status.UNANSWERED:
            out[item.id] = Answer(item.id, status, plan=plan)
    # An answer kept for an item outside the scope (a desirable item of a basic-only member): it
    # counts nowhere, as in the member's own scores.
    outside = [i for i in catalogue.items if i.tier == "desirable" and profile.scope is Scope.BASIC]
    if outside:
        out[outside[0].id] = Answer(outside[0].id, Status.NOT_IMPLEMENTED)
    return out


@dataclass
class World:
    org: Org
    catalogue: Catalogue
    profiles: dict[str, InstitutionProfile] = field(default_factory=dict)  # by institution id
    # (campaign id, institution id) → the answers of the member's current submission
    current: dict[tuple[str, str], Mapping[str, Answer]] = field(default_factory=dict)


def _member(
    base: CycleRecord, iid: str, category: str, scope: str = "basic", size: SizeBand = SizeBand.SMALL
) -> Member:
    m = make_member(base, iid, name=f"{iid} 信用組合")
    profile = dataclasses.replace(m.record.profile, category=category, scope=Scope(scope), size_band=size,
                                  applicability={})  # fmt: skip
    return dataclasses.replace(m, record=dataclasses.replace(m.record, profile=profile))


def _with(member: Member, catalogue: Catalogue, seed: int) -> Member:
    answers = answers_for(seed, catalogue, member.record.profile)
    return dataclasses.replace(member, record=dataclasses.replace(member.record, answers=answers))


def campaign_of(org: Org, catalogue: Catalogue, c: Campaign) -> None:
    create_campaign(
        org.db,
        signing_key=org.unlock().signing_key,
        title=f"{c.label} 自己評価",
        cycle_label=c.label,
        fiscal_year=c.fiscal_year,
        deadline=c.deadline,
        catalogue=catalogue,
        campaign_id=c.campaign_id,
    )


def take_in(world: World, c: Campaign, files: list[Path]) -> None:
    cat = world.catalogue
    import_files(
        world.org.db,
        files,
        catalogue_for=lambda d: cat if d == cat.digest else None,
        unlock=world.org.unlock,
        campaign_id=c.campaign_id,
    )


def build_world(org: Org, base: CycleRecord, catalogue: Catalogue, tmp_path: Path) -> World:
    """A-0001 regional/small on time both years; B-0002 regional/large sends twice in 2026 (the
    newer counts); C-0003 insurance/medium flagged (its bundle's scores differ); D-0004
    insurance/small late in 2026, missing in 2025; E-0005 securities/medium missing in 2026;
    F-0006 regional/small submits in 2026, then is revoked (counted nowhere)."""
    world = World(org, catalogue)
    inbox, enrolments = tmp_path / "inbox", tmp_path / "enrolments"
    inbox.mkdir()
    specs = {
        "A-0001": ("regional", SizeBand.SMALL, "basic_and_desirable"),
        "B-0002": ("regional", SizeBand.LARGE, "basic"),
        "C-0003": ("insurance", SizeBand.MEDIUM, "basic"),
        "D-0004": ("insurance", SizeBand.SMALL, "basic"),
        "E-0005": ("securities", SizeBand.MEDIUM, "basic"),
        "F-0006": ("regional", SizeBand.SMALL, "basic"),
    }
    members = {}
    for iid, (category, size, scope) in specs.items():
        members[iid] = _member(base, iid, category, scope, size)
        world.profiles[iid] = members[iid].record.profile
        enrol(org, members[iid], enrolments)
        edit_member(org.db, iid, size_band=size.value)
    for c in (FY2025, FY2026):
        campaign_of(org, catalogue, c)

    def send(iid: str, c: Campaign, seed: int, created: dt.datetime, *, flagged: bool = False) -> Path:
        m = _with(members[iid], catalogue, seed)
        data = bundle(m, catalogue, created=created, label=c.label, fiscal_year=c.fiscal_year)
        if flagged:
            data = resigned(data, m.key, lambda a, _m: a["scores"]["overall"].__setitem__("answered", 0))
        path = inbox / f"{c.campaign_id}-{iid}-{seed}.fsab"
        path.write_bytes(data)
        world.current[(c.campaign_id, iid)] = m.record.answers
        return path

    take_in(
        world,
        FY2025,
        [
            send("A-0001", FY2025, 11, ON_TIME[FY2025]),
            send("B-0002", FY2025, 12, ON_TIME[FY2025]),
            send("C-0003", FY2025, 13, ON_TIME[FY2025]),
            send("E-0005", FY2025, 15, ON_TIME[FY2025]),
        ],
    )
    t = ON_TIME[FY2026]
    first = send("B-0002", FY2026, 21, t)
    take_in(world, FY2026, [send("A-0001", FY2026, 20, t), first, send("C-0003", FY2026, 23, t, flagged=True),
                            send("D-0004", FY2026, 24, dt.datetime(2027, 7, 3, 9, tzinfo=dt.UTC)),
                            send("F-0006", FY2026, 26, t)])  # fmt: skip
    take_in(world, FY2026, [send("B-0002", FY2026, 22, t + dt.timedelta(days=2))])  # the resubmission
    from fsadesk.central.members import revoke_member

    revoke_member(org.db, "F-0006", "退会したため")
    del world.current[(FY2026.campaign_id, "F-0006")]
    return world


def expected_rates(
    catalogue: Catalogue, profile: InstitutionProfile, answers: Mapping[str, Answer], tier: str = "basic"
) -> dict[str, float | None]:
    """Points ÷ (2 × assessed) per domain over the applicable items of the tier (docs/scoring.md)."""
    points: dict[str, int] = {d.number: 0 for d in catalogue.domains()}
    assessed: dict[str, int] = {d.number: 0 for d in catalogue.domains()}
    for item in applicable_items(catalogue, profile):
        if item.tier != tier:
            continue
        domain = catalogue.domain_of(item.node)
        status = answers[item.id].status if item.id in answers else Status.UNANSWERED
        assessed[domain] += 1
        points[domain] += POINTS[status]
    return {d: (round(points[d] / (2 * assessed[d]), 6) if assessed[d] else None) for d in points}


def expected_gaps(catalogue: Catalogue, answers: Mapping[str, Answer]) -> set[str]:
    return {i for i, a in answers.items() if catalogue.item(i).tier == "basic"
            and a.status in (Status.PARTIAL, Status.NOT_IMPLEMENTED) and a.plan is None}  # fmt: skip

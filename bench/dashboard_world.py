"""The central dashboard's benchmark world: 1,000 members and 3 campaigns, taken in by the real intake.

Each member is one of `fsadesk.central.simulate_members`' planned institutions (its category, size
band, region, answer pattern, notes and plans follow from the seed and its number). Its answers to
the newest campaign are the plan's; earlier campaigns' answers are the same answers a year or two
less advanced (some Implemented were Partial, some Partial were Not implemented, a few unanswered),
so trends and members staying below a threshold exist. Every campaign most members submit: a few
are missing, some are late (made after the deadline), some resubmit a corrected bundle; a few
members are revoked in the end.

Bundles are made by the real bundle builder (`fsadesk.bundle.build.bundle_bytes`, the member's
own scoring, canonical JSON and Ed25519 signature) straight from each member's record, without a
member workspace (the workspace, its migrations and the PDF layout are what make `fsadesk central
simulate` take about five minutes per thousand members), and taken in by the real intake
(`fsadesk.central.intake.import_files`, which verifies, recomputes the scores and stores the rows).
The report inside each bundle is a stand-in of a real report's size (about 250 KB, like the
simulation's fast report), so the database has the size and the row layout a real one has: each
submission row carries its bundle.

Everything is cached under bench/.cache/ (git-ignored), keyed by WORLD_VERSION, the member count
and the catalogue's version: the bundles and enrolment files, the organisation's keys and the
built SQLite database. PostgreSQL is filled from the same cached bundles through the same intake
(its server is a new, empty one each run: `packaging/postgres-test.sh`).

    .venv/bin/python bench/dashboard_world.py [--members 1000] [--rebuild]   # build (or check) the cache
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import random
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, Status
from fsadesk.assessment.record import CycleInfo, CycleRecord, HistorySummary, ItemHistory, PreviousCycle
from fsadesk.catalogue import Catalogue
from fsadesk.central.simulate_members import MemberPlan, Pattern, plan_members

# Change when anything below changes what the world holds: the cache is rebuilt under a new name.
WORLD_VERSION = "dashboard-world-1"
SEED = 1
PASSPHRASE = "benchmark organisation passphrase"
ORG_NAME = "全国ベンチマーク信用組合連合会"
CACHE = Path(__file__).resolve().parent / ".cache"
REPORT_BYTES = 250_000  # about a real report's size (docs/performance.md: 250–280 KB)
REVOKED_PER_MILLE = 7  # members revoked in the end (left the organisation): expected nowhere


@dataclass(frozen=True)
class CampaignSpec:
    campaign_id: str
    fiscal_year: int

    @property
    def label(self) -> str:
        return f"{self.fiscal_year}年度"  # the member app's default cycle label

    @property
    def deadline(self) -> dt.date:
        return dt.date(self.fiscal_year + 1, 6, 30)


CAMPAIGNS = (CampaignSpec("fy2024", 2024), CampaignSpec("fy2025", 2025), CampaignSpec("fy2026", 2026))
NEWEST = CAMPAIGNS[-1]


@dataclass(frozen=True)
class Sent:
    """One bundle a member sends for a campaign."""

    campaign: CampaignSpec
    institution_id: str
    file: str  # relative to the world's folder
    late: bool
    resubmission: bool


def member_key(index: int) -> Ed25519PrivateKey:
    """A member's signing key, the same every time (so a rebuilt bundle is byte for byte the same)."""
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"{WORLD_VERSION}:{SEED}:{index}".encode()).digest())


def stand_in_report(index: int) -> bytes:
    """A report-sized stand-in PDF: incompressible, as a real report's embedded font is."""
    body = random.Random(f"report:{index}").randbytes(REPORT_BYTES)
    return b"%PDF-1.7\n%" + body + b"\n%%EOF\n"


def _plan_for(rng: random.Random, fiscal_year: int) -> RemediationPlan:
    return RemediationPlan(
        owner=rng.choice(("総務部 リスク管理課", "事務部 システム担当", "監査室")),
        target_date=dt.date(fiscal_year + 1, rng.choice((3, 9)), 30),
        priority=rng.choice(list(Priority)),
        measure="手順書を作成し、担当者と代行者に説明する。",
    )


def earlier_answers(answers: Sequence[Answer], years_back: int, rng: random.Random, fiscal_year: int) -> list[Answer]:
    """The member's answers `years_back` campaigns before the newest: less advanced, as members
    improve from year to year (and a few items were not answered yet)."""
    if years_back == 0:
        return list(answers)
    out = []
    for a in answers:
        roll = rng.random()
        if roll < 0.04 * years_back:
            continue  # not answered that year
        if a.status is Status.IMPLEMENTED and roll < 0.22 * years_back:
            a = dataclasses.replace(a, status=Status.PARTIAL, plan=_plan_for(rng, fiscal_year))
        elif a.status is Status.PARTIAL and roll < 0.35 * years_back:
            a = dataclasses.replace(a, status=Status.NOT_IMPLEMENTED)
        out.append(a)
    return out


def _history(answers: dict[str, Answer], rng: random.Random, start: dt.datetime, end: dt.datetime) -> HistorySummary:
    """Each answer changed once or a few times between the cycle's start and the bundle's date."""
    items, total, span = {}, 0, int((end - start).total_seconds())
    for item_id in answers:
        changes = rng.choice((1, 1, 1, 2, 3))
        first = start + dt.timedelta(seconds=rng.randrange(span // 2))
        last = first if changes == 1 else first + dt.timedelta(seconds=rng.randrange(span // 2))
        items[item_id] = ItemHistory(changes, _z(first), _z(last))
        total += changes
    last_change = max((h.last_change for h in items.values()), default=_z(start))
    items = {k: items[k] for k in sorted(items)}
    # The newest change is the bundle's date: put one there, as the member's last edit before exporting.
    if items:
        newest = max(items, key=lambda k: items[k].last_change)
        h = items[newest]
        items[newest] = ItemHistory(h.changes, h.first_change, _z(end))
    del last_change
    return HistorySummary(total, items)


def _z(stamp: dt.datetime) -> str:
    return stamp.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def record_of(
    plan: MemberPlan, catalogue: Catalogue, c: CampaignSpec, answers: list[Answer], created: dt.datetime,
    previous: tuple[CampaignSpec, list[Answer]] | None, rng: random.Random, *, final: bool,
) -> CycleRecord:  # fmt: skip
    """The member's cycle for campaign `c` as plain data, as a workspace would read it."""
    started = dt.datetime(c.fiscal_year, 4, 1, 9, tzinfo=dt.UTC)
    by_item = {a.item_id: a for a in sorted(answers, key=lambda a: a.item_id)}
    cycle = CycleInfo(
        id=CAMPAIGNS.index(c) + 1, label=c.label, fiscal_year=c.fiscal_year,
        state="final" if final else "open", created_at=_z(started), revision=len(by_item) + 1,
        catalogue_id=catalogue.id, catalogue_version=catalogue.version, catalogue_digest=catalogue.digest,
        finalised_at=_z(created) if final else None,
    )  # fmt: skip
    before = None
    if previous is not None:
        pc, pa = previous
        before = PreviousCycle(CAMPAIGNS.index(pc) + 1, pc.label, pc.fiscal_year,
                               {a.item_id: a for a in sorted(pa, key=lambda a: a.item_id)})  # fmt: skip
    return CycleRecord(
        profile=plan.profile,
        cycle=cycle,
        answers=by_item,
        signoffs=plan.signoffs if final else (),
        history=_history(by_item, rng, started, created),
        unknown_items=(),
        previous=before,
    )


def submission_plan(plan: MemberPlan, c: CampaignSpec, rng: random.Random) -> tuple[bool, bool, bool]:
    """(submits, late, resubmits) for the member and campaign: most submit; the barely started
    miss more often, and the newest campaign has a few more still missing."""
    missing = 0.03 + (0.12 if plan.pattern is Pattern.BARELY_STARTED else 0.0) + (0.03 if c is NEWEST else 0.0)
    submits = rng.random() >= missing
    return submits, submits and rng.random() < 0.06, submits and rng.random() < 0.05


def make_bundles(folder: Path, catalogue: Catalogue, members: int, progress: Callable[[str], None]) -> list[Sent]:
    """Every member's enrolment file and bundles for every campaign, into `folder`."""
    from fsadesk.bundle.build import bundle_bytes
    from fsadesk.bundle.keys import write_enrolment

    (folder / "enrolments").mkdir(parents=True)
    for c in CAMPAIGNS:
        (folder / "bundles" / c.campaign_id).mkdir(parents=True)
    sent: list[Sent] = []
    for plan in plan_members(catalogue, SEED, members, NEWEST.fiscal_year):
        iid, key = plan.profile.institution_id, member_key(plan.index)
        write_enrolment(folder / "enrolments" / f"{iid}.json", plan.profile, key.public_key())
        report = stand_in_report(plan.index)
        previous: tuple[CampaignSpec, list[Answer]] | None = None
        for back, c in zip(range(len(CAMPAIGNS) - 1, -1, -1), CAMPAIGNS, strict=True):
            rng = random.Random(f"{WORLD_VERSION}:{SEED}:{plan.index}:{c.campaign_id}")
            answers = earlier_answers(plan.answers, back, rng, c.fiscal_year)
            submits, late, resubmits = submission_plan(plan, c, rng)
            if submits:
                day = dt.datetime(c.fiscal_year + 1, 7 if late else 5, rng.randint(2, 27), 9, tzinfo=dt.UTC)
                created = day + dt.timedelta(seconds=rng.randrange(8 * 3600))
                final = bool(plan.signoffs) and not resubmits and c is NEWEST
                record = record_of(plan, catalogue, c, answers, created, previous, rng, final=final)
                sends = [(record, created, False)]
                if resubmits and answers:  # a corrected bundle a few days later: one note gains a line
                    first = answers[0]
                    fixed = [dataclasses.replace(first, notes=first.notes + "（提出後に追記）"), *answers[1:]]
                    again = created + dt.timedelta(days=rng.randint(1, 5))
                    sends.append((record_of(plan, catalogue, c, fixed, again, previous, rng, final=False), again, True))
                for n, (rec, when, resubmission) in enumerate(sends):
                    data, _ = bundle_bytes(rec, catalogue, key, report_pdf=report, include_notes=plan.include_notes,
                                           created=when)  # fmt: skip
                    name = f"bundles/{c.campaign_id}/{n}-{iid}.fsab"  # the first sends sort before resubmissions
                    (folder / name).write_bytes(data)
                    sent.append(Sent(c, iid, name, when.date() > c.deadline, resubmission))
            previous = (c, answers)
        if (plan.index + 1) % 100 == 0:
            progress(f"  bundles of {plan.index + 1:,} of {members:,} members made")
    return sent


@dataclass(frozen=True)
class World:
    """A built world: its folder (bundles, enrolments, keys, facts) and the SQLite database."""

    folder: Path
    members: int

    @property
    def sqlite(self) -> Path:
        return self.folder / "central.sqlite"

    @property
    def keys(self) -> Path:
        return self.folder / "org-keys"

    def facts(self) -> dict[str, Any]:
        facts: dict[str, Any] = json.loads((self.folder / "world.json").read_text(encoding="utf-8"))
        return facts


def world_folder(members: int, catalogue: Catalogue) -> Path:
    """The world's cache folder: a new one for another catalogue or central schema (a database made
    at an older schema would be migrated, and backed up first, at its first open)."""
    from fsadesk.central.store.schema import HEAD_REVISION

    return CACHE / f"{WORLD_VERSION}-{members}-seed{SEED}-{catalogue.version}-{HEAD_REVISION}"


def fill_database(target: str, world: Path, keys: Path, catalogue: Catalogue, progress: Callable[[str], None],
                  sent: list[dict[str, Any]]) -> dict[str, float]:  # fmt: skip
    """A new central database at `target` with the organisation, every member enrolled (size band
    and region set as staff would type them in), the three campaigns, every bundle taken in by the
    real intake, and the revoked members revoked. Returns seconds per step."""
    from fsadesk.central.campaigns import create_campaign
    from fsadesk.central.intake import UnlockedOrganisation, import_files
    from fsadesk.central.keys import load_age_identity, load_signing_key
    from fsadesk.central.members import accept_enrolment, edit_member, read_enrolment, revoke_member
    from fsadesk.central.setup import init_central

    seconds: dict[str, float] = {}
    start = time.perf_counter()
    db = init_central(target, ORG_NAME, keys, PASSPHRASE)  # keys: a new folder for each database
    unlocked = UnlockedOrganisation(load_age_identity(keys, PASSPHRASE), load_signing_key(keys, PASSPHRASE))
    try:
        listing = json.loads((world / "members.json").read_text(encoding="utf-8"))
        for m in listing["members"]:
            accept_enrolment(db, read_enrolment(world / m["enrolment"]), confirmed_by="bench")
            edit_member(db, m["institution_id"], size_band=m["size_band"], region=m["region"])
        for c in CAMPAIGNS:
            create_campaign(
                db, signing_key=unlocked.signing_key, title=f"{c.label} サイバーセキュリティ自己評価",
                cycle_label=c.label, fiscal_year=c.fiscal_year, deadline=c.deadline, catalogue=catalogue,
                campaign_id=c.campaign_id, now=dt.datetime(c.fiscal_year, 4, 1, tzinfo=dt.UTC),
            )  # fmt: skip
        seconds["enrol"] = time.perf_counter() - start
        for c in CAMPAIGNS:
            t = time.perf_counter()
            files = [world / s["file"] for s in sent if s["campaign"] == c.campaign_id]
            files.sort(key=lambda p: p.name)  # every first send, then the resubmissions
            imported = dt.datetime(c.fiscal_year + 1, 7, 31, 12, tzinfo=dt.UTC)  # after every bundle's date
            outcomes = import_files(
                db, files, catalogue_for=lambda d: catalogue if d == catalogue.digest else None,
                unlock=lambda: unlocked, campaign_id=c.campaign_id, now=_clock(imported),
            )  # fmt: skip
            refused = [o for o in outcomes if o.status.value == "rejected"]
            if refused:
                raise SystemExit(f"the intake refused {len(refused)} bundles, e.g. {refused[0]}")
            seconds[f"import {c.campaign_id}"] = time.perf_counter() - t
            progress(
                f"  {len(files):,} bundles of {c.campaign_id} taken in ({seconds[f'import {c.campaign_id}']:.0f} s)"
            )
        for m in listing["members"][-max(1, len(listing["members"]) * REVOKED_PER_MILLE // 1000) :]:
            revoke_member(db, m["institution_id"], "合併により退会")
    finally:
        db.close()
    return seconds


def _clock(moment: dt.datetime) -> Callable[[], dt.datetime]:
    return lambda: moment


def build(
    members: int, catalogue: Catalogue, *, rebuild: bool = False, progress: Callable[[str], None] = print
) -> World:
    """The cached world (made now when missing or when `rebuild`). Made under a temporary name, so
    a stopped build leaves no half world."""
    out = world_folder(members, catalogue)
    if rebuild:
        shutil.rmtree(out, ignore_errors=True)
    if (out / "world.json").is_file():
        return World(out, members)
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n", encoding="utf-8")  # never committed: rebuilt from the code
    partial = out.with_name(out.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    t = time.perf_counter()
    sent = make_bundles(partial, catalogue, members, progress)
    made = time.perf_counter() - t
    from fsadesk.central.simulate_members import plan_members as plans

    listing = [
        {"institution_id": p.profile.institution_id, "category": p.profile.category,
         "size_band": p.profile.size_band.value, "region": p.region, "pattern": p.pattern.value,
         "enrolment": f"enrolments/{p.profile.institution_id}.json"}
        for p in plans(catalogue, SEED, members, NEWEST.fiscal_year)
    ]  # fmt: skip
    (partial / "members.json").write_text(json.dumps({"members": listing}, ensure_ascii=False), encoding="utf-8")
    sends = [
        {"campaign": s.campaign.campaign_id, "institution_id": s.institution_id, "file": s.file, "late": s.late,
         "resubmission": s.resubmission}
        for s in sent
    ]  # fmt: skip
    (partial / "sent.json").write_text(json.dumps(sends, ensure_ascii=False), encoding="utf-8")
    seconds = fill_database(str(partial / "central.sqlite"), partial, partial / "org-keys", catalogue, progress, sends)
    facts = {
        "version": WORLD_VERSION, "members": members, "catalogue": catalogue.version, "bundles": len(sent),
        "bundle_bytes": sum((partial / s.file).stat().st_size for s in sent),
        "seconds": {"bundles": made, **seconds},
    }  # fmt: skip
    (partial / "world.json").write_text(json.dumps(facts, indent=1), encoding="utf-8")
    partial.rename(out)
    return World(out, members)


def sent_of(world: World) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = json.loads((world.folder / "sent.json").read_text(encoding="utf-8"))
    return sent


def main(argv: Sequence[str] | None = None) -> int:
    from fsadesk.catalogue import load_catalogue

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    world = build(args.members, load_catalogue(None), rebuild=args.rebuild,
                  progress=lambda s: print(s, file=sys.stderr))  # fmt: skip
    print(json.dumps(world.facts(), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

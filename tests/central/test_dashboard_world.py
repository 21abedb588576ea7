"""The dashboard benchmark's world (bench/dashboard_world.py), small, on SQLite and PostgreSQL: what
the dashboard then shows is what the bundles sent say — who sent what and when (received, late,
missing, the resubmission counted), and each member's domain rates, worked out here from the
answers inside the current bundles — so the benchmark times a world the intake really took in."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import applicable_items
from fsadesk.bundle.verify import verify_bundle
from fsadesk.catalogue import Catalogue, load_catalogue
from fsadesk.central.dashboard.rates import grid_of
from fsadesk.central.dashboard.snapshot import load_campaign
from fsadesk.central.dashboard.status import SubmissionState, status_of
from fsadesk.central.simulate_members import plan_member
from fsadesk.central.store.database import open_central

MEMBERS = 24
BENCH = Path(__file__).resolve().parents[2] / "bench"


def _bench_module(name: str) -> ModuleType:
    """A bench script imported by its path (bench/ is a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", name="world_mod")
def world_mod_fixture() -> ModuleType:
    return _bench_module("dashboard_world")


@pytest.fixture(scope="module", name="catalogue")
def catalogue_fixture() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="module", name="world")
def world_fixture(world_mod: ModuleType, catalogue: Catalogue, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A small world made once, in a folder of its own (never the benchmark's cache)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(world_mod, "CACHE", tmp_path_factory.mktemp("bench-cache"))
        patch.setattr(world_mod, "REPORT_BYTES", 2_000)  # the report's size plays no part in the figures
        return world_mod.build(MEMBERS, catalogue, progress=lambda _s: None)


# docs/scoring.md: points per status; Not applicable is left out of the rate.
POINTS = {Status.IMPLEMENTED: 2, Status.ALTERNATIVE: 2, Status.PARTIAL: 1, Status.NOT_IMPLEMENTED: 0,
          Status.UNANSWERED: 0}  # fmt: skip


def basic_rates(
    catalogue: Catalogue, profile: InstitutionProfile, answers: Mapping[str, Answer]
) -> dict[str, float | None]:
    """Points ÷ (2 × assessed) per domain over the applicable basic items (docs/scoring.md)."""
    points = {d.number: 0 for d in catalogue.domains()}
    assessed = {d.number: 0 for d in catalogue.domains()}
    for item in applicable_items(catalogue, profile):
        status = answers[item.id].status if item.id in answers else Status.UNANSWERED
        if item.tier != "basic" or status is Status.NOT_APPLICABLE:
            continue
        domain = catalogue.domain_of(item.node)
        assessed[domain] += 1
        points[domain] += POINTS[status]
    return {d: (round(points[d] / (2 * assessed[d]), 6) if assessed[d] else None) for d in points}


def _expected_states(world_mod: ModuleType, world: Any, campaign: Any) -> dict[str, SubmissionState]:
    """Each expected member's state from the files sent: late when its current (last) bundle was
    made after the deadline, missing when it sent nothing; revoked members are not expected."""
    listing = json.loads((world.folder / "members.json").read_text(encoding="utf-8"))["members"]
    revoked = max(1, len(listing) * world_mod.REVOKED_PER_MILLE // 1000)
    expected = [m["institution_id"] for m in listing[:-revoked]]
    last: dict[str, dict[str, Any]] = {}
    for sent in world_mod.sent_of(world):
        mine = sent["campaign"] == campaign.campaign_id
        if mine and (sent["institution_id"] not in last or sent["resubmission"]):
            last[sent["institution_id"]] = sent
    return {
        iid: SubmissionState.MISSING
        if iid not in last
        else SubmissionState.LATE
        if last[iid]["late"]
        else SubmissionState.RECEIVED
        for iid in expected
    }


def _current_answers(world_mod: ModuleType, world: Any, campaign: Any) -> dict[str, Any]:
    """Institution id → the record inside its current bundle (the resubmission when there is one)."""
    files: dict[str, list[Path]] = defaultdict(list)
    for sent in world_mod.sent_of(world):
        if sent["campaign"] == campaign.campaign_id:
            files[sent["institution_id"]].append(world.folder / sent["file"])
    return {iid: verify_bundle(sorted(paths, key=lambda p: p.name)[-1], trust_dir=world.folder / "enrolments").record()
            for iid, paths in files.items()}  # fmt: skip


def test_the_world_shows_who_sent_what_and_the_rates_their_answers_give(
    world_mod: ModuleType, world: Any, catalogue: Catalogue, central_target: str, tmp_path: Path
) -> None:
    """Every campaign's counts and each member's basic-tier rates, on a database filled from the
    world's bundles by the real intake, equal what the bundles sent say."""
    if central_target.endswith(".sqlite"):
        target = str(world.sqlite)  # the cached database the benchmark opens
    else:
        world_mod.fill_database(central_target, world.folder, tmp_path / "keys", catalogue, lambda _s: None,
                                world_mod.sent_of(world))  # fmt: skip
        target = central_target
    db = open_central(target)
    try:
        states_seen: set[SubmissionState] = set()
        for campaign in world_mod.CAMPAIGNS:
            data = load_campaign(db, campaign.campaign_id)
            shown = {m.institution_id: m.state for m in status_of(data).members}
            expected = _expected_states(world_mod, world, campaign)
            assert shown == expected
            states_seen |= set(shown.values())
            records = _current_answers(world_mod, world, campaign)
            grid = {m.institution_id: m.rates for m in grid_of(data, "basic").members}
            assert set(grid) == {i for i, s in expected.items() if s is not SubmissionState.MISSING}
            for iid, rates in grid.items():
                record = records[iid]
                assert record.cycle.fiscal_year == campaign.fiscal_year
                assert rates == basic_rates(catalogue, record.profile, record.answers)
        # The mix the benchmark relies on: late and missing members exist among the received ones.
        assert {SubmissionState.RECEIVED, SubmissionState.LATE, SubmissionState.MISSING} <= states_seen
    finally:
        db.close()


def test_earlier_campaigns_are_less_advanced(world_mod: ModuleType, catalogue: Catalogue) -> None:
    """Members improve from year to year in the world: fewer Implemented answers two years back."""
    now = then = 0
    for index in range(40):
        plan = plan_member(catalogue, world_mod.SEED, index, 2026)
        now += sum(a.status is Status.IMPLEMENTED for a in plan.answers)
        earlier = world_mod.earlier_answers(plan.answers, 2, random.Random(index), 2024)
        then += sum(a.status is Status.IMPLEMENTED for a in earlier)
        assert {a.item_id for a in earlier} <= {a.item_id for a in plan.answers}
    assert then < now * 0.8

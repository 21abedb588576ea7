"""The dashboard's figures (issue #14), on SQLite and PostgreSQL: members' real bundles taken in by
the real intake, every figure checked against values worked out here from the answers sent."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from fsadesk.assessment.answers import Status
from fsadesk.assessment.record import CycleRecord
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.gaps import open_gaps
from fsadesk.central.dashboard.load import CampaignNotFound
from fsadesk.central.dashboard.peers import peer_stats
from fsadesk.central.dashboard.rates import rate_grid
from fsadesk.central.dashboard.status import SubmissionState, campaign_status
from fsadesk.central.dashboard.trends import trends
from fsadesk.central.dashboard.weakest import weakest_items
from tests.central.dashboard_support import (
    FY2025,
    FY2026,
    World,
    build_world,
    campaign_of,
    expected_gaps,
    expected_rates,
    forced_items,
)
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    Org,
    base_fixture,
    catalogue_fixture,
    demo_fixture,
    make_org,
    org_fixture,
)


@pytest.fixture
def world(org: Org, base: CycleRecord, catalogue: Catalogue, tmp_path: Path) -> World:
    return build_world(org, base, catalogue, tmp_path)


def test_status_counts_each_expected_member_once(world: World) -> None:
    status = campaign_status(world.org.db)  # the newest campaign: fy2026
    assert status.campaign.campaign_id == "fy2026" and status.deadline == FY2026.deadline
    # F-0006 is revoked: not expected, so not missing either.
    states = {m.institution_id: m.state for m in status.members}
    assert states == {"A-0001": SubmissionState.RECEIVED, "B-0002": SubmissionState.RECEIVED,
                      "C-0003": SubmissionState.FLAGGED, "D-0004": SubmissionState.LATE,
                      "E-0005": SubmissionState.MISSING}  # fmt: skip
    assert status.counts == {SubmissionState.RECEIVED: 2, SubmissionState.FLAGGED: 1, SubmissionState.LATE: 1,
                             SubmissionState.MISSING: 1}  # fmt: skip
    b = next(m for m in status.members if m.institution_id == "B-0002")
    assert b.submitted_at is not None and b.submitted_at.startswith("2027-06-03")  # the resubmission
    older = campaign_status(world.org.db, "fy2025")
    assert {m.institution_id: m.state for m in older.members}["D-0004"] is SubmissionState.MISSING
    with pytest.raises(CampaignNotFound):
        campaign_status(world.org.db, "fy1999")


def test_rates_gaps_and_peers_match_the_answers_sent(world: World, catalogue: Catalogue) -> None:
    grid = rate_grid(world.org.db)
    expected = {iid: expected_rates(catalogue, world.profiles[iid], answers)
                for (cid, iid), answers in world.current.items() if cid == "fy2026"}  # fmt: skip
    assert {m.institution_id: m.rates for m in grid.members} == expected
    assert grid.domains == tuple(sorted(d.number for d in catalogue.domains()))
    desirable = rate_grid(world.org.db, tier="desirable")
    a = world.current[("fy2026", "A-0001")]
    assert {m.institution_id: m.rates for m in desirable.members}["A-0001"] == expected_rates(
        catalogue, world.profiles["A-0001"], a, "desirable"
    )
    assert all(r is None for r in {m.institution_id: m.rates for m in desirable.members}["B-0002"].values())

    gaps = {g.institution_id: set(g.items) for g in open_gaps(grid)}
    assert gaps == {iid: expected_gaps(catalogue, world.current[("fy2026", iid)]) for iid in expected}

    groups: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    for iid, rates in expected.items():
        p = world.profiles[iid]
        for domain, rate in rates.items():
            if rate is not None:
                for key in (("all", "all"), ("category", p.category), ("size_band", p.size_band.value)):
                    groups[(*key, domain)].append(rate)
    stats = {(s.by, s.group, s.domain): s.stats for s in peer_stats(grid)}
    assert set(stats) == set(groups)
    for key, values in groups.items():
        s = stats[key]
        values.sort()
        assert (s.count, s.minimum, s.maximum) == (len(values), values[0], values[-1])
        assert s.mean == pytest.approx(sum(values) / len(values))
        if len(values) == 1:
            assert s.q1 == s.median == s.q3 == values[0]
        else:
            assert [s.q1, s.median, s.q3] == pytest.approx(statistics.quantiles(values, n=4, method="inclusive"))
        if len(values) % 2:
            assert s.median == values[len(values) // 2]


def test_weakest_items_count_members_with_ties_kept(world: World, catalogue: Catalogue) -> None:
    counts: Counter[str] = Counter()
    categories: dict[str, Counter[str]] = defaultdict(Counter)
    for (cid, iid), answers in world.current.items():
        if cid != "fy2026":
            continue
        applicable = {i.id for i in applicable_items(catalogue, world.profiles[iid])}
        for item_id, answer in answers.items():
            if answer.status is Status.NOT_IMPLEMENTED and item_id in applicable:
                counts[item_id] += 1
                categories[item_id][world.profiles[iid].category] += 1
    everything = weakest_items(world.org.db, catalogue, limit=None)
    assert {w.item_id: w.members for w in everything} == dict(counts)
    # Three basic-only members sent the first desirable item as Not implemented: outside their scope,
    # so only A-0001 (basic and desirable) can count for it.
    outside = next(i.id for i in catalogue.items if i.tier == "desirable")
    assert {w.item_id: w.members for w in everything}.get(outside, 0) <= 1
    assert {w.item_id: w.categories for w in everything} == {i: dict(c) for i, c in categories.items()}
    order = [(w.tier != "basic", -w.members, w.item_id) for w in everything]
    assert order == sorted(order)
    top = weakest_items(world.org.db, catalogue, limit=1)
    forced = forced_items(catalogue, world.profiles["B-0002"])
    assert {w.item_id for w in top} >= set(forced)  # both items every member lacks, not one of them
    assert all(w.members == 4 for w in top)


def test_trends_and_members_low_for_two_campaigns(world: World, catalogue: Catalogue) -> None:
    t = trends(world.org.db)
    assert [c.campaign_id for c in t.campaigns] == ["fy2025", "fy2026"]
    by_member = {m.institution_id: m.rates for m in t.members}
    assert set(by_member) == {"A-0001", "B-0002", "C-0003", "D-0004", "E-0005"}
    for iid, rates in by_member.items():
        for c, got in zip((FY2025, FY2026), rates, strict=True):
            answers = world.current.get((c.campaign_id, iid))
            assert got == (None if answers is None else expected_rates(catalogue, world.profiles[iid], answers))
    threshold = 0.5
    low = {(s.institution_id, s.domain) for s in t.below(threshold)}
    want = set()
    for iid in by_member:
        both = [world.current.get((c.campaign_id, iid)) for c in (FY2025, FY2026)]
        if None in both:
            continue
        r25, r26 = (expected_rates(catalogue, world.profiles[iid], a) for a in both if a is not None)
        want |= {(iid, d) for d in r25 if r25[d] is not None and r26[d] is not None
                 and r25[d] < threshold and r26[d] < threshold}  # fmt: skip
    assert low == want and want  # the seeds give some: a test that cannot pass empty


def test_empty_campaign_and_one_member(org: Org, base: CycleRecord, catalogue: Catalogue, tmp_path: Path) -> None:
    with pytest.raises(CampaignNotFound):
        campaign_status(org.db)
    campaign_of(org, catalogue, FY2026)
    status = campaign_status(org.db)
    assert status.members == () and sum(status.counts.values()) == 0
    assert rate_grid(org.db).members == () and peer_stats(rate_grid(org.db)) == []
    assert weakest_items(org.db, catalogue) == [] and trends(org.db).below(0.5) == []
    from tests.central.dashboard_support import _member, _with, take_in
    from tests.central.intake_support import bundle, enrol

    m = _with(_member(base, "A-0001", "regional"), catalogue, 5)
    enrol(org, m, tmp_path / "enrolments")
    path = tmp_path / "a.fsab"
    path.write_bytes(bundle(m, catalogue, label=FY2026.label, fiscal_year=FY2026.fiscal_year))
    take_in(World(org, catalogue), FY2026, [path])
    grid = rate_grid(org.db)
    want = expected_rates(catalogue, m.record.profile, m.record.answers)
    assert [r.rates for r in grid.members] == [want]
    for s in peer_stats(grid):
        v = want[s.domain]
        assert (s.stats.count, s.stats.minimum, s.stats.q1, s.stats.median, s.stats.q3, s.stats.maximum) == (
            1, v, v, v, v, v)  # fmt: skip

"""Comparing two cycles: direction of each item, domain deltas, items answered in one cycle only."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from fsadesk.assessment.answers import Answer, RemediationPlan, Status
from fsadesk.assessment.compare import Direction, compare_cycles, direction
from fsadesk.assessment.demo import DEMO_PROFILE, demo_answers
from fsadesk.assessment.profile import InstitutionProfile, Scope
from tests.factories import make_catalogue, make_item

S = Status
PROFILE = InstitutionProfile("例", "X", "regional", scope=Scope.BASIC_AND_DESIRABLE, applicability={"uses_cloud": True})


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (S.NOT_IMPLEMENTED, S.PARTIAL, Direction.IMPROVED),
        (S.PARTIAL, S.IMPLEMENTED, Direction.IMPROVED),
        (S.PARTIAL, S.ALTERNATIVE, Direction.IMPROVED),
        (S.UNANSWERED, S.IMPLEMENTED, Direction.IMPROVED),
        (S.IMPLEMENTED, S.PARTIAL, Direction.WORSENED),
        (S.ALTERNATIVE, S.NOT_IMPLEMENTED, Direction.WORSENED),
        (S.IMPLEMENTED, S.UNANSWERED, Direction.WORSENED),  # unanswered earns 0, as in scoring
        (S.IMPLEMENTED, S.ALTERNATIVE, Direction.CHANGED),  # same points
        (S.UNANSWERED, S.NOT_IMPLEMENTED, Direction.CHANGED),  # answered now, still 0 points
        (S.NOT_IMPLEMENTED, S.NOT_APPLICABLE, Direction.CHANGED),  # N/A leaves the rate: not "better"
        (S.NOT_APPLICABLE, S.IMPLEMENTED, Direction.CHANGED),
        (S.PARTIAL, S.PARTIAL, Direction.UNCHANGED),
        (S.NOT_APPLICABLE, S.NOT_APPLICABLE, Direction.UNCHANGED),
    ],
)
def test_direction_follows_scoring_points(old, new, expected):
    """Improved/worsened follow the scoring points; N/A and equal-point moves are plain changes."""
    assert direction(old, new) is expected


def test_same_status_with_new_details_is_changed():
    """An unchanged status with new notes or a new plan is 'changed', and the flags say what."""
    cat = make_catalogue([make_item("2.1.1-B1"), make_item("2.1.1-B2")])
    old = {
        "2.1.1-B1": Answer("2.1.1-B1", S.NOT_IMPLEMENTED),
        "2.1.1-B2": Answer("2.1.1-B2", S.IMPLEMENTED, notes="規程あり"),
    }
    plan = RemediationPlan("総務部", dt.date(2027, 3, 31))
    new = {
        "2.1.1-B1": Answer("2.1.1-B1", S.NOT_IMPLEMENTED, plan=plan),
        "2.1.1-B2": replace(old["2.1.1-B2"], marked_for_review=True),  # a review mark is not a change
    }
    result = compare_cycles(cat, PROFILE, old, new)
    b1, b2 = result.items
    assert b1.direction is Direction.CHANGED and b1.plan_changed and not b1.notes_changed
    assert not b1.status_changed
    assert b2.direction is Direction.UNCHANGED and not b2.details_changed
    assert [c.item_id for c in result.changed()] == ["2.1.1-B1"]
    # The plan closes the open gap: 1 → 0 in the domain and overall.
    assert (result.domain("2.1").open_gaps_old, result.domain("2.1").open_gaps_new) == (1, 0)
    assert result.overall.open_gaps_delta == -1


def test_domain_rates_old_and_new():
    """Each domain reports its basic and desirable rate in both cycles and the difference."""
    cat = make_catalogue([make_item("2.1.1-B1"), make_item("2.1.1-B2"), make_item("2.1.1-Da"), make_item("2.2.1-B1")])
    old = {
        "2.1.1-B1": Answer("2.1.1-B1", S.PARTIAL),
        "2.1.1-B2": Answer("2.1.1-B2", S.NOT_IMPLEMENTED),
        "2.2.1-B1": Answer("2.2.1-B1", S.IMPLEMENTED),
    }
    new = old | {
        "2.1.1-B2": Answer("2.1.1-B2", S.IMPLEMENTED),
        "2.1.1-Da": Answer("2.1.1-Da", S.IMPLEMENTED),
        "2.2.1-B1": Answer("2.2.1-B1", S.PARTIAL),
    }
    result = compare_cycles(cat, PROFILE, old, new)
    assert [d.key for d in result.domains] == ["2.1", "2.2"]
    gov, ident = result.domains
    assert (gov.basic_rate_old, gov.basic_rate_new, gov.basic_rate_delta) == (0.25, 0.75, 0.5)
    assert (gov.desirable_rate_old, gov.desirable_rate_new) == (0.0, 1.0)
    assert (gov.open_gaps_old, gov.open_gaps_new) == (2, 1)
    assert (ident.basic_rate_old, ident.basic_rate_new, ident.basic_rate_delta) == (1.0, 0.5, -0.5)
    assert result.count(Direction.IMPROVED) == 2 and result.count(Direction.WORSENED) == 1
    assert [c.item_id for c in result.with_direction(Direction.WORSENED)] == ["2.2.1-B1"]


def test_rate_delta_is_none_when_nothing_assessed():
    """A rate of '—' (everything not applicable) gives no delta instead of a made-up number."""
    cat = make_catalogue([make_item("2.1.1-B1")])
    old = {"2.1.1-B1": Answer("2.1.1-B1", S.NOT_APPLICABLE, justification="業務なし")}
    new = {"2.1.1-B1": Answer("2.1.1-B1", S.IMPLEMENTED)}
    result = compare_cycles(cat, PROFILE, old, new)
    assert result.domain("2.1").basic_rate_old is None
    assert result.domain("2.1").basic_rate_new == 1.0
    assert result.domain("2.1").basic_rate_delta is None


def test_items_answered_in_one_cycle_only():
    """Answers in only one cycle are reported, including items the catalogue no longer has."""
    cat = make_catalogue([make_item("2.1.1-B1"), make_item("2.1.1-B2"), make_item("2.1.1-B3")])
    old = {
        "2.1.1-B1": Answer("2.1.1-B1", S.IMPLEMENTED),
        "2.9.9-B1": Answer("2.9.9-B1", S.IMPLEMENTED),  # dropped from the catalogue since
    }
    new = {"2.1.1-B2": Answer("2.1.1-B2", S.PARTIAL)}
    result = compare_cycles(cat, PROFILE, old, new)
    by_id = {c.item_id: c for c in result.items}
    assert list(by_id) == ["2.1.1-B1", "2.1.1-B2", "2.1.1-B3", "2.9.9-B1"]
    assert by_id["2.1.1-B1"].only_in_old and by_id["2.1.1-B1"].new is None
    assert by_id["2.1.1-B1"].new_status is S.UNANSWERED and by_id["2.1.1-B1"].direction is Direction.WORSENED
    assert by_id["2.1.1-B2"].only_in_new and by_id["2.1.1-B2"].direction is Direction.IMPROVED
    assert by_id["2.1.1-B3"].direction is Direction.UNCHANGED and not by_id["2.1.1-B3"].only_in_new
    gone = by_id["2.9.9-B1"]
    assert gone.only_in_old and not gone.in_catalogue and not gone.applicable
    # The unknown item is reported but not scored: overall basic points come from B1 only.
    assert result.overall.old.basic.points == 2


def test_items_that_no_longer_apply_are_reported_but_not_scored():
    """An answered item whose condition no longer holds is listed as not applicable, outside the figures."""
    cat = make_catalogue([make_item("2.3.4.5-B1", applies_if=["uses_cloud"]), make_item("2.3.1-B1")])
    no_cloud = replace(PROFILE, applicability={"uses_cloud": False})
    old = {"2.3.4.5-B1": Answer("2.3.4.5-B1", S.IMPLEMENTED)}
    result = compare_cycles(cat, no_cloud, old, old)
    cloud = result.items[0]
    assert cloud.item_id == "2.3.4.5-B1" and not cloud.applicable and cloud.in_catalogue
    assert result.overall.old.applicable == 1


def test_demo_cycle_against_its_copy_is_unchanged(catalogue):
    """A new cycle copied from the demo (all marked for review) compares as wholly unchanged."""
    old = {a.item_id: a for a in demo_answers(catalogue)}
    new = {k: replace(a, marked_for_review=True) for k, a in old.items()}
    result = compare_cycles(catalogue, DEMO_PROFILE, old, new)
    assert result.changed() == []
    assert [d.key for d in result.domains] == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]
    assert all(d.basic_rate_delta == 0 and d.open_gaps_delta == 0 for d in result.domains)

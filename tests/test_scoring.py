"""Scoring rules beyond the documented examples: scope, applicability, determinism."""

from __future__ import annotations

import json

from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.demo import DEMO_PROFILE, demo_answers
from fsadesk.assessment.profile import InstitutionProfile, Scope
from fsadesk.assessment.scoring import ENGINE_VERSION, score
from tests.factories import make_catalogue, make_item


def test_applicability_condition_removes_item():
    """An item whose condition does not hold (no cloud use) is left out of every figure."""
    cat = make_catalogue([make_item("2.3.4.5-B1", applies_if=["uses_cloud"]), make_item("2.3.1-B1")])
    answers = {"2.3.1-B1": Answer("2.3.1-B1", Status.IMPLEMENTED)}
    no_cloud = InstitutionProfile("例", "X", "regional", applicability={"uses_cloud": False})
    with_cloud = InstitutionProfile("例", "X", "regional", applicability={"uses_cloud": True})
    assert score(cat, no_cloud, answers).overall.applicable == 1
    assert score(cat, no_cloud, answers).overall.basic.rate == 1.0
    assert score(cat, with_cloud, answers).overall.applicable == 2
    assert score(cat, with_cloud, answers).overall.basic.rate == 0.5


def test_unknown_answers_are_ignored():
    """Answers for item ids the catalogue lacks do not change the scores."""
    cat = make_catalogue([make_item("2.1.1-B1")])
    profile = InstitutionProfile("例", "X", "regional")
    base = score(cat, profile, {})
    extra = score(cat, profile, {"9.9-B1": Answer("9.9-B1", Status.IMPLEMENTED)})
    assert base.to_dict() == extra.to_dict()


def test_real_catalogue_scores_are_deterministic(catalogue):
    """Scoring the demo twice gives byte-identical JSON, stamped with the engine version."""
    answers = {a.item_id: a for a in demo_answers(catalogue)}
    one = json.dumps(score(catalogue, DEMO_PROFILE, answers).to_dict(), sort_keys=True)
    two = json.dumps(score(catalogue, DEMO_PROFILE, dict(reversed(answers.items()))).to_dict(), sort_keys=True)
    assert one == two
    assert json.loads(one)["engine_version"] == ENGINE_VERSION


def test_domains_add_up_to_overall(catalogue):
    """Domain figures partition the overall figures (no item counted twice or lost)."""
    answers = {a.item_id: a for a in demo_answers(catalogue)}
    result = score(catalogue, DEMO_PROFILE, answers)
    assert sum(t.applicable for t in result.domains.values()) == result.overall.applicable
    assert sum(t.basic.points for t in result.domains.values()) == result.overall.basic.points
    assert sum(t.open_gaps for t in result.domains.values()) == result.overall.open_gaps == len(result.open_gap_items)
    assert sum(t.applicable for t in result.subsections.values()) == result.overall.applicable


def test_basic_scope_excludes_desirable(catalogue):
    """With scope 'basic', the 126 basic items apply at most and the desirable rate is empty."""
    profile = InstitutionProfile("例", "X", "regional", scope=Scope.BASIC)
    result = score(catalogue, profile, {})
    assert result.overall.desirable.rate is None
    assert result.overall.applicable <= 126

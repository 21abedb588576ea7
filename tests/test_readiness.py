"""What is still open before sign-off (fsadesk.assessment.readiness): plain data, no Qt, no database."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from fsadesk.assessment.answers import Answer, RemediationPlan, RiskAcceptance, Status
from fsadesk.assessment.demo import DEMO_PROFILE
from fsadesk.assessment.profile import Scope
from fsadesk.assessment.readiness import OpenKind, OpenPoint, readiness
from fsadesk.assessment.scope import applicable_items

D = dt.date(2027, 3, 31)


def _all_done(catalogue, profile=DEMO_PROFILE) -> dict[str, Answer]:
    return {it.id: Answer(it.id, Status.IMPLEMENTED) for it in applicable_items(catalogue, profile)}


def test_everything_answered_is_ready(catalogue):
    state = readiness(catalogue, DEMO_PROFILE, _all_done(catalogue))
    assert state.is_ready and state.points == () and set(state.counts().values()) == {0}


def test_no_answers_at_all_lists_every_applicable_item_as_unanswered(catalogue):
    items = [it.id for it in applicable_items(catalogue, DEMO_PROFILE)]
    state = readiness(catalogue, DEMO_PROFILE, {})
    assert not state.is_ready
    assert state.items(OpenKind.UNANSWERED) == items
    assert state.counts()[OpenKind.UNANSWERED] == len(items)


def test_each_kind_of_open_point_is_found_in_guideline_order(catalogue):
    ids = [it.id for it in applicable_items(catalogue, DEMO_PROFILE)]
    answers = _all_done(catalogue)
    answers[ids[0]] = Answer(ids[0], Status.IMPLEMENTED, marked_for_review=True)
    answers[ids[1]] = Answer(ids[1], Status.NOT_IMPLEMENTED)  # a gap with nothing decided
    answers[ids[2]] = Answer(ids[2], Status.PARTIAL, plan=RemediationPlan("佐藤", None))  # plan without a date
    answers[ids[3]] = Answer(ids[3], Status.PARTIAL, plan=RemediationPlan("佐藤", D))  # addressed
    answers[ids[4]] = Answer(ids[4], Status.NOT_IMPLEMENTED, acceptance=RiskAcceptance("理事長", "費用", D))
    answers[ids[5]] = Answer(ids[5], Status.NOT_APPLICABLE, justification="  ")
    answers[ids[6]] = Answer(ids[6], Status.ALTERNATIVE)
    del answers[ids[7]]  # never stored: unanswered all the same
    answers[ids[8]] = Answer(ids[8], Status.UNANSWERED, marked_for_review=True)
    state = readiness(catalogue, DEMO_PROFILE, answers)
    assert state.points == (
        OpenPoint(ids[0], OpenKind.MARKED_FOR_REVIEW),
        OpenPoint(ids[1], OpenKind.GAP_WITHOUT_PLAN),
        OpenPoint(ids[2], OpenKind.GAP_WITHOUT_PLAN),
        OpenPoint(ids[5], OpenKind.MISSING_REASON),
        OpenPoint(ids[6], OpenKind.MISSING_REASON),
        OpenPoint(ids[7], OpenKind.UNANSWERED),
        OpenPoint(ids[8], OpenKind.UNANSWERED),
        OpenPoint(ids[8], OpenKind.MARKED_FOR_REVIEW),
    )
    assert state.counts() == {
        OpenKind.UNANSWERED: 2, OpenKind.MARKED_FOR_REVIEW: 2, OpenKind.GAP_WITHOUT_PLAN: 2, OpenKind.MISSING_REASON: 2,
    }  # fmt: skip


def test_items_outside_the_profile_are_never_open(catalogue):
    """A basic-only profile: unanswered desirable items are not asked for."""
    basic = replace(DEMO_PROFILE, scope=Scope.BASIC)
    answers = _all_done(catalogue, basic)
    desirable = [it.id for it in catalogue.items if not it.is_basic]
    assert desirable and not set(desirable) & set(answers)
    assert readiness(catalogue, basic, answers).is_ready

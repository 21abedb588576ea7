"""score() works in one pass over the items (#12: the central organisation rescores a thousand
bundles in a batch); it must give exactly what the plain rules give. The reference below is the
straightforward reading of docs/scoring.md (each figure a separate filter over the items), kept
here so the two can be compared on any answers hypothesis makes up."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from fsadesk.assessment.answers import Answer, RemediationPlan, RiskAcceptance, Status
from fsadesk.assessment.profile import InstitutionProfile, Scope
from fsadesk.assessment.scope import applicable_items
from fsadesk.assessment.scoring import ENGINE_VERSION, POINTS, Scores, Tally, TierRate, score
from fsadesk.catalogue import load_catalogue
from fsadesk.catalogue.model import Catalogue, Item
from tests.conftest import CATALOGUE_DIR

CATALOGUE = load_catalogue(CATALOGUE_DIR)
IDS = [it.id for it in CATALOGUE.items]
QUESTIONS = [q.id for q in CATALOGUE.questions]


def _reference_tally(items: Iterable[Item], answers: Mapping[str, Answer]) -> Tally:
    applicable = answered = open_gaps = 0
    assessed = {"basic": 0, "desirable": 0}
    points = {"basic": 0, "desirable": 0}
    statuses: Counter[str] = Counter()
    for item in items:
        answer = answers.get(item.id) or Answer(item.id)
        applicable += 1
        statuses[answer.status.value] += 1
        if answer.status is not Status.UNANSWERED:
            answered += 1
        if answer.status is not Status.NOT_APPLICABLE:
            assessed[item.tier] += 1
            points[item.tier] += POINTS[answer.status]
        if item.is_basic and answer.is_gap and not answer.is_addressed_gap:
            open_gaps += 1
    return Tally(applicable, answered, TierRate(assessed["basic"], points["basic"]),
                 TierRate(assessed["desirable"], points["desirable"]), open_gaps, dict(statuses))  # fmt: skip


def reference_score(catalogue: Catalogue, profile: InstitutionProfile, answers: Mapping[str, Answer]) -> Scores:
    items = applicable_items(catalogue, profile)
    subsections = {
        node.number: _reference_tally([it for it in items if it.node == node.number], answers)
        for node in catalogue.nodes
        if any(it.node == node.number for it in catalogue.items)
    }
    domains = {
        d.number: _reference_tally([it for it in items if catalogue.domain_of(it.node) == d.number], answers)
        for d in catalogue.domains()
    }
    gaps = tuple(
        it.id
        for it in items
        if it.is_basic and (a := answers.get(it.id)) is not None and a.is_gap and not a.is_addressed_gap
    )
    return Scores(ENGINE_VERSION, catalogue.id, catalogue.version, catalogue.digest,
                  _reference_tally(items, answers), domains, subsections, gaps)  # fmt: skip


@st.composite
def profiles(draw: st.DrawFn) -> InstitutionProfile:
    return InstitutionProfile(
        "例", "X", "regional", is_fmi=draw(st.booleans()), scope=draw(st.sampled_from(list(Scope))),
        applicability={q: draw(st.booleans()) for q in QUESTIONS},
    )  # fmt: skip


@st.composite
def answer_sets(draw: st.DrawFn) -> dict[str, Answer]:
    # Also ids the catalogue does not have: score() must ignore them like the reference does.
    chosen = draw(st.lists(st.sampled_from([*IDS, "9.9-B1", "2.1-X7"]), unique=True, max_size=len(IDS) + 2))
    out = {}
    for item_id in chosen:
        plan = draw(st.sampled_from([None, RemediationPlan("総務部", dt.date(2027, 3, 31)), RemediationPlan("", None)]))
        acceptance = draw(st.sampled_from([None, RiskAcceptance("理事長", "費用", dt.date(2027, 1, 5))]))
        out[item_id] = Answer(item_id, draw(st.sampled_from(list(Status))), justification="理由", plan=plan,
                              acceptance=acceptance)  # fmt: skip
    return out


@settings(max_examples=150, deadline=None)
@given(profiles(), answer_sets())
def test_score_equals_the_reference_reading_of_the_rules(profile, answers):
    fast, plain = score(CATALOGUE, profile, answers), reference_score(CATALOGUE, profile, answers)
    assert fast == plain
    assert fast.to_dict() == plain.to_dict()
    assert list(fast.to_dict()["subsections"]) == list(plain.to_dict()["subsections"])  # same order in JSON
    assert list(fast.domains) == list(plain.domains)


def test_a_second_catalogue_object_is_not_scored_with_the_first_ones_layout():
    """The per-catalogue layout is cached by object: a different catalogue gets its own."""
    from tests.factories import make_catalogue, make_item

    small = make_catalogue([make_item("2.1.1-B1"), make_item("2.3.2-B1")])
    profile = InstitutionProfile("例", "X", "regional")
    for catalogue in (CATALOGUE, small, CATALOGUE, small):
        assert score(catalogue, profile, {}) == reference_score(catalogue, profile, {})

"""Scoring invariants that hold for any answers (hypothesis generates them)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from fsadesk.assessment.answers import Answer, RemediationPlan, Status
from fsadesk.assessment.profile import InstitutionProfile, Scope
from fsadesk.assessment.scoring import score
from fsadesk.catalogue import load_catalogue
from tests.conftest import CATALOGUE_DIR

CATALOGUE = load_catalogue(CATALOGUE_DIR)
IDS = [it.id for it in CATALOGUE.items]
PROFILE = InstitutionProfile(
    "例", "X", "regional", scope=Scope.BASIC_AND_DESIRABLE, applicability={q.id: True for q in CATALOGUE.questions}
)
PLAN = RemediationPlan("総務部", dt.date(2027, 3, 31))


@st.composite
def answer_sets(draw: st.DrawFn) -> dict[str, Answer]:
    chosen = draw(st.lists(st.sampled_from(IDS), unique=True, max_size=len(IDS)))
    out = {}
    for item_id in chosen:
        status = draw(st.sampled_from(list(Status)))
        plan = PLAN if draw(st.booleans()) else None
        out[item_id] = Answer(item_id, status, justification="理由", plan=plan)
    return out


@settings(max_examples=60, deadline=None)
@given(answer_sets())
def test_figures_stay_in_range_and_add_up(answers):
    """Rates lie in [0, 1]; answered never exceeds applicable; domains add up to the overall figures."""
    s = score(CATALOGUE, PROFILE, answers)
    for t in [s.overall, *s.domains.values(), *s.subsections.values()]:
        assert 0 <= t.answered <= t.applicable
        for rate in (t.completion, t.basic.rate, t.desirable.rate):
            assert rate is None or 0.0 <= rate <= 1.0
    assert sum(t.applicable for t in s.domains.values()) == s.overall.applicable
    assert sum(t.basic.points for t in s.domains.values()) == s.overall.basic.points
    assert sum(t.open_gaps for t in s.domains.values()) == s.overall.open_gaps == len(s.open_gap_items)


@settings(max_examples=60, deadline=None)
@given(answer_sets(), st.sampled_from([i for i in IDS if "-B" in i]))
def test_implementing_an_item_never_lowers_the_score(answers, item_id):
    """Changing one basic item to Implemented never lowers the basic rate and never adds a gap."""
    before = score(CATALOGUE, PROFILE, answers)
    after = score(CATALOGUE, PROFILE, answers | {item_id: Answer(item_id, Status.IMPLEMENTED)})
    # Even from Not applicable: a full-score item added to the denominator cannot lower an average.
    assert after.overall.basic.rate is not None
    assert before.overall.basic.rate is None or after.overall.basic.rate >= before.overall.basic.rate
    assert after.overall.open_gaps <= before.overall.open_gaps


@settings(max_examples=40, deadline=None)
@given(answer_sets())
def test_order_of_answers_does_not_matter(answers):
    """The same answers in any order give the same scores (the central organisation recomputes them)."""
    reordered = dict(reversed(list(answers.items())))
    assert score(CATALOGUE, PROFILE, answers).to_dict() == score(CATALOGUE, PROFILE, reordered).to_dict()

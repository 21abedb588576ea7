"""One definition of each input limit (fsadesk/limits.py), enforced by the model, stated by the
bundle schemas and checked by the builder before it signs (issue #9, defect 4)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from fsadesk import limits
from fsadesk.app.export import read_record
from fsadesk.assessment.answers import Answer, Problem, RemediationPlan, RiskAcceptance, Status
from fsadesk.assessment.cycles import CycleProblem, cycle_problems
from fsadesk.assessment.demo import DEMO_CYCLE_LABEL, DEMO_FISCAL_YEAR, DEMO_PROFILE, demo_answers
from fsadesk.assessment.signoff import Role, SignOff, SignOffProblem
from fsadesk.bundle import errors
from fsadesk.bundle.build import build_bundle
from fsadesk.bundle.keys import generate_signing_key, load_signing_key
from fsadesk.bundle.verify import verify_bundle
from fsadesk.catalogue import Catalogue
from fsadesk.store import create_workspace
from fsadesk.store.errors import AnswerRejected
from tests.bundle_support import FAKE_PDF, PASSPHRASE, Demo

SCHEMAS = Path(__file__).resolve().parents[1] / "fsadesk" / "bundle" / "schemas"
# The central organisation's signed files (issue #12) state the same limits.
CENTRAL_SCHEMAS = Path(__file__).resolve().parents[1] / "fsadesk" / "central" / "schemas"

# Every place in the two schemas that states a limit of fsadesk/limits.py (JSON pointer → limit).
TEXT_LIMITS: dict[tuple[str, str], limits.TextLimit] = {
    ("manifest", "/properties/institution/properties/id"): limits.INSTITUTION_ID,
    ("manifest", "/properties/institution/properties/name"): limits.INSTITUTION_NAME,
    ("manifest", "/properties/cycle/properties/label"): limits.CYCLE_LABEL,
    ("assessment", "/properties/institution/properties/institution_id"): limits.INSTITUTION_ID,
    ("assessment", "/properties/institution/properties/name"): limits.INSTITUTION_NAME,
    ("assessment", "/properties/cycle/properties/label"): limits.CYCLE_LABEL,
    ("assessment", "/properties/cycle/properties/signoffs/items/properties/name"): limits.PERSON_NAME,
    ("assessment", "/properties/cycle/properties/signoffs/items/properties/title"): limits.PERSON_TITLE,
    ("assessment", "/$defs/answer/properties/notes"): limits.NOTES,
    ("assessment", "/$defs/answer/properties/evidence"): limits.EVIDENCE,
    ("assessment", "/$defs/answer/properties/justification"): limits.JUSTIFICATION,
    ("assessment", "/$defs/answer/properties/plan/properties/owner"): limits.PERSON_NAME,
    ("assessment", "/$defs/answer/properties/plan/properties/measure"): limits.MEASURE,
    ("assessment", "/$defs/answer/properties/acceptance/properties/approved_by"): limits.PERSON_NAME,
    ("assessment", "/$defs/answer/properties/acceptance/properties/reason"): limits.ACCEPTANCE_REASON,
    ("campaign", "/properties/title"): limits.CAMPAIGN_TITLE,
    ("campaign", "/$defs/campaign_id"): limits.CAMPAIGN_ID,
    ("campaign", "/$defs/cycle/properties/label"): limits.CYCLE_LABEL,
    ("campaign", "/properties/organisation/properties/name"): limits.ORGANISATION_NAME,
    ("receipt", "/properties/campaign_id"): limits.CAMPAIGN_ID,
    ("receipt", "/properties/institution/properties/id"): limits.INSTITUTION_ID,
    ("receipt", "/properties/institution/properties/name"): limits.INSTITUTION_NAME,
    ("receipt", "/properties/cycle/properties/label"): limits.CYCLE_LABEL,
    ("receipt", "/properties/organisation/properties/name"): limits.ORGANISATION_NAME,
}
YEARS = [
    ("manifest", "/properties/cycle/properties/fiscal_year"),
    ("assessment", "/properties/cycle/properties/fiscal_year"),
    ("campaign", "/$defs/cycle/properties/fiscal_year"),
    ("receipt", "/properties/cycle/properties/fiscal_year"),
]


def demo_workspace(folder: Path, catalogue: Catalogue) -> int:
    """The demo workspace, made through the store (not the CLI, so these tests stand on the model,
    the store, the bundle and the windows alone). Returns its cycle's id."""
    with create_workspace(folder) as ws:
        ws.institution.save(DEMO_PROFILE)
        cycle = ws.cycles.create(DEMO_CYCLE_LABEL, DEMO_FISCAL_YEAR, catalogue)
        ws.answers.save_many(cycle.id, demo_answers(catalogue), by="demo")
    return cycle.id


def make_demo(folder: Path, catalogue: Catalogue) -> Demo:
    """The demo workspace with a signing key."""
    cycle_id = demo_workspace(folder, catalogue)
    public = generate_signing_key(folder, PASSPHRASE)
    return Demo(folder, load_signing_key(folder, PASSPHRASE), public, cycle_id)


def _node(schema: str, pointer: str) -> dict[str, Any]:
    folder = CENTRAL_SCHEMAS if schema in ("campaign", "receipt") else SCHEMAS
    node: Any = json.loads((folder / f"{schema}.schema.json").read_text(encoding="utf-8"))
    for part in pointer.strip("/").split("/"):
        node = node[part]
    return node


@pytest.mark.parametrize(("where", "limit"), TEXT_LIMITS.items(), ids=lambda v: str(v))
def test_schemas_state_the_same_text_limits(where, limit):
    """A schema's maxLength (and minLength for required fields) is the number in fsadesk/limits.py."""
    node = _node(*where)
    assert node.get("maxLength") == limit.max_chars
    assert node.get("minLength", 0) == (1 if limit.required else 0)


@pytest.mark.parametrize("where", YEARS, ids=str)
def test_schemas_state_the_same_fiscal_years(where):
    node = _node(*where)
    assert (node.get("minimum"), node.get("maximum")) == (limits.FISCAL_YEAR_MIN, limits.FISCAL_YEAR_MAX)


def test_every_free_text_of_an_answer_has_a_limit():
    """A text field added to answers later cannot reach the bundle without a limit."""
    answer = _node("assessment", "/$defs/answer/properties")
    strings = [f"/$defs/answer/properties/{k}" for k, v in answer.items() if v.get("type") == "string"]
    for sub in ("plan", "acceptance"):
        props = answer[sub]["properties"]
        prefix = f"/$defs/answer/properties/{sub}/properties"
        strings += [f"{prefix}/{k}" for k, v in props.items() if v.get("type") == "string"]
    unlimited = [p for p in strings if ("assessment", p) not in TEXT_LIMITS and not p.endswith("/item_id")]
    assert unlimited == []


# --- the model ---------------------------------------------------------------------------------------


def _full(n: int) -> Answer:
    """An answer with every free-text field n characters long (names at most their own limit)."""
    name = "名" * min(n, limits.PERSON_NAME.max_chars + (n > limits.NOTES.max_chars))
    return Answer(
        "2.1.1-B1",
        Status.PARTIAL,
        notes="あ" * n,
        evidence="い" * n,
        justification="う" * n,
        plan=RemediationPlan(name, None),
        acceptance=RiskAcceptance(name, "え" * n, None),
    )


def test_answer_at_the_limits_has_no_problem():
    assert _full(limits.NOTES.max_chars).problems() == []


def test_answer_over_the_limits_names_each_field():
    assert set(_full(limits.NOTES.max_chars + 1).problems()) == {
        Problem.NOTES_TOO_LONG,
        Problem.EVIDENCE_TOO_LONG,
        Problem.JUSTIFICATION_TOO_LONG,
        Problem.OWNER_TOO_LONG,
        Problem.APPROVER_TOO_LONG,
        Problem.ACCEPTANCE_REASON_TOO_LONG,
    }


def test_store_refuses_a_note_over_the_limit_and_writes_nothing(tmp_path, catalogue):
    """The save path rejects it (AnswerRejected naming the field); the stored answer and its
    history stay as they were."""
    demo = make_demo(tmp_path / "demo", catalogue)
    with demo.open() as ws:
        before = ws.answers.load(demo.cycle_id)
        history = len(ws.answers.history(demo.cycle_id))
        item = sorted(before)[0]
        long = replace(before[item], notes="x" * (limits.NOTES.max_chars + 1))
        with pytest.raises(AnswerRejected) as caught:
            ws.answers.save(demo.cycle_id, long)
        assert caught.value.problems == ["notes_too_long"]
        assert ws.answers.load(demo.cycle_id) == before
        assert len(ws.answers.history(demo.cycle_id)) == history
        at_limit = replace(before[item], notes="x" * limits.NOTES.max_chars)
        assert ws.answers.save(demo.cycle_id, at_limit)
        assert ws.answers.get(demo.cycle_id, item).notes == at_limit.notes


def test_profile_checks_id_and_name_lengths(catalogue):
    cats, questions = {c.id for c in catalogue.categories}, {q.id for q in catalogue.questions}
    ok = replace(DEMO_PROFILE, institution_id="1" * 200, name="信" * 1000)
    assert ok.problems(cats, questions) == []
    bad = replace(DEMO_PROFILE, institution_id="1" * 201, name="信" * 1001)
    assert bad.problems(cats, questions) == [
        "institution name is 1,001 characters long; at most 1,000 are allowed",
        "institution id is 201 characters long; at most 200 are allowed",
    ]
    assert replace(DEMO_PROFILE, institution_id=" ").problems(cats, questions) == ["institution id is empty"]


def test_signoff_checks_name_and_title_lengths():
    assert SignOff(Role.APPROVER, "山" * 200, "役" * 200).problems() == []
    assert SignOff(Role.APPROVER, "山" * 201, "役" * 201).problems() == [
        SignOffProblem.NAME_TOO_LONG,
        SignOffProblem.TITLE_TOO_LONG,
    ]


@pytest.mark.parametrize(
    ("label", "year", "expected"),
    [
        ("2026年度", 2026, []),
        ("x" * 1000, 1900, []),
        ("x" * 1000, 9999, []),
        ("x" * 1001, 2026, [CycleProblem.LABEL_TOO_LONG]),
        ("  ", 2026, [CycleProblem.LABEL_EMPTY]),
        ("2026", -5, [CycleProblem.YEAR_OUT_OF_RANGE]),
        ("2026", 1899, [CycleProblem.YEAR_OUT_OF_RANGE]),
        ("2026", 10000, [CycleProblem.YEAR_OUT_OF_RANGE]),
    ],
)
def test_cycle_label_and_year(label, year, expected):
    assert cycle_problems(label, year) == expected


# --- the bundle builder ------------------------------------------------------------------------------


@pytest.fixture
def demo(tmp_path, catalogue):
    return make_demo(tmp_path / "demo", catalogue)


def _set_id(demo, institution_id: str) -> None:
    with demo.open() as ws:
        ws.institution.save(replace(ws.institution.get(), institution_id=institution_id))


def test_bundle_with_a_201_character_id_is_refused_before_signing(demo, catalogue, tmp_path):
    """Refused at build with a message naming the field and the limit; no file is written."""
    _set_id(demo, "1" * 201)
    out = tmp_path / "out" / "a.fsab"
    out.parent.mkdir()
    with demo.open() as ws, pytest.raises(errors.OverLimit) as caught:
        build_bundle(read_record(ws, catalogue, demo.cycle_id), catalogue, out, demo.private_key, report_pdf=FAKE_PDF)
    assert str(caught.value).startswith("The institution ID is 201 characters long; a bundle allows at most 200.")
    assert caught.value.field == "institution_id"
    assert list(out.parent.iterdir()) == []


def test_bundle_with_a_200_character_id_builds_and_verifies(demo, catalogue, tmp_path):
    _set_id(demo, "1" * 200)
    out = tmp_path / "a.fsab"
    with demo.open() as ws:
        build_bundle(read_record(ws, catalogue, demo.cycle_id), catalogue, out, demo.private_key, report_pdf=FAKE_PDF)
    assert verify_bundle(out, public_key=demo.public_key).manifest["institution"]["id"] == "1" * 200


def test_bundle_with_every_text_at_its_limit_builds_and_verifies(demo, catalogue, tmp_path):
    with demo.open() as ws:
        ws.institution.save(replace(ws.institution.get(), name="信" * 1000))
        ws.answers.save(demo.cycle_id, _full(limits.NOTES.max_chars))
        ws.cycles.set_signoff(demo.cycle_id, SignOff(Role.APPROVER, "山" * 200, "役" * 200, None))
    out = tmp_path / "a.fsab"
    with demo.open() as ws:
        build_bundle(read_record(ws, catalogue, demo.cycle_id), catalogue, out, demo.private_key, report_pdf=FAKE_PDF)
    result = verify_bundle(out, public_key=demo.public_key)
    assert result.answers()["2.1.1-B1"] == _full(limits.NOTES.max_chars)


@pytest.mark.parametrize(
    ("change", "message", "field"),
    [
        ("name", "The institution name is 1,001 characters long; a bundle allows at most 1,000.", "institution_name"),
        ("signoff", "The approver's name in the sign-off is 201 characters long", "person_name"),
        ("year", "The cycle's fiscal year -5 is outside 1900-9999.", "fiscal_year"),
        ("label", "The cycle's name is 1,001 characters long", "cycle_label"),
    ],
)
def test_builder_names_each_value_over_its_limit(demo, catalogue, tmp_path, change, message, field):
    """Values stored before the limits existed (or by an older fsadesk) are refused at export, never signed."""
    with demo.open() as ws:
        cycle_id = demo.cycle_id
        if change == "name":
            ws.institution.save(replace(ws.institution.get(), name="信" * 1001))
        elif change == "signoff":
            ws.cycles.set_signoff(cycle_id, SignOff(Role.APPROVER, "山" * 201, "", None))
        else:
            label, year = ("x" * 1001, 2030) if change == "label" else ("2026", -5)
            cycle_id = ws.cycles.create(label, year, catalogue).id
    out = tmp_path / "a.fsab"
    with demo.open() as ws, pytest.raises(errors.OverLimit) as caught:
        build_bundle(read_record(ws, catalogue, cycle_id), catalogue, out, demo.private_key, report_pdf=FAKE_PDF)
    assert str(caught.value).startswith(message)
    assert caught.value.field == field
    assert not out.exists()

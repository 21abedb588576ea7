"""The worked examples in docs/scoring.md, run as written."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from fsadesk.assessment.answers import Answer, RemediationPlan, RiskAcceptance, Status
from fsadesk.assessment.profile import InstitutionProfile, Scope
from fsadesk.assessment.scoring import score
from tests.factories import make_catalogue, make_item

DOC = Path(__file__).resolve().parents[1] / "docs" / "scoring.md"
BLOCK = re.compile(r"```yaml scoring-example\n(.*?)```", re.S)


def _examples() -> list[dict[str, Any]]:
    return [yaml.safe_load(b) for b in BLOCK.findall(DOC.read_text(encoding="utf-8"))]


def _answer(item_id: str, spec: str) -> Answer:
    status, _, extra = spec.partition(" with ")
    plan = acceptance = None
    if extra == "plan":
        plan = RemediationPlan(owner="総務部", target_date=dt.date(2027, 3, 31))
    elif extra == "plan-without-date":
        plan = RemediationPlan(owner="総務部", target_date=None)
    elif extra == "acceptance":
        acceptance = RiskAcceptance(approved_by="理事長", reason="影響が小さい", date=dt.date(2026, 6, 1))
    justification = "理由" if status in ("not_applicable", "alternative") else ""
    return Answer(item_id, Status(status), justification=justification, plan=plan, acceptance=acceptance)


def test_doc_has_examples():
    """docs/scoring.md really contains the examples this file runs."""
    assert len(_examples()) >= 4


@pytest.mark.parametrize("example", _examples(), ids=lambda e: ",".join(e["answers"]))
def test_worked_example(example: dict[str, Any]):
    """Each worked example in docs/scoring.md gives exactly the figures it states."""
    cat = make_catalogue(make_item(i) for i in example["answers"])
    profile = InstitutionProfile("例", "X", "regional", scope=Scope(example["scope"]))
    answers = {i: _answer(i, spec) for i, spec in example["answers"].items()}
    result = score(cat, profile, answers)
    tally = result.subsections["2.1.1"]
    assert result.domains["2.1"] == tally  # the domain holds exactly these items
    expect = example["expect"]
    assert tally.applicable == expect["applicable"]
    assert tally.answered == expect["answered"]
    assert tally.completion == expect["completion"]
    assert tally.basic.rate == expect["basic_rate"]
    assert tally.desirable.rate == expect["desirable_rate"]
    assert tally.open_gaps == expect["open_gaps"]

"""The report prints what each plan will do, no priority where management accepted the risk, and,
for a cycle finalised with points still open, what was open and why; a finalised report never asks
for what a locked cycle cannot do (issue #11 points 1 and 5). Read back with pdftotext, in Japanese
and English, as a board member's viewer would."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from fsadesk import limits
from fsadesk.assessment.answers import Answer, Priority, RemediationPlan, RiskAcceptance, Status
from fsadesk.assessment.demo import DEMO_PROFILE
from fsadesk.assessment.readiness import FinaliseNote, OpenKind
from fsadesk.assessment.record import CycleInfo, CycleRecord, HistorySummary
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue import Catalogue
from fsadesk.lang import Lang
from fsadesk.report.pdf import render_record
from fsadesk.report.pdf_text import LABELS

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed; CI installs it"
)

MEASURE = {"ja": "全職員向けの標的型メール訓練を年2回実施する", "en": "Run a phishing drill for all staff twice a year"}
REASON = {"ja": "理事会の日程に合わせるため、残りは来年度に評価します。", "en": "To meet the board's date."}
# A measure as long as the limit allows, of words, ending with a marker: printed to the last word.
LONG = ("Replace the branch routers and review the firewall rules every quarter. " * 40)[: limits.MEASURE.max_chars - 5]
LONG += "[END]"
NOTE = FinaliseNote(REASON["ja"], {OpenKind.UNANSWERED: 86, OpenKind.MARKED_FOR_REVIEW: 1,
                                   OpenKind.GAP_WITHOUT_PLAN: 0, OpenKind.MISSING_REASON: 0})  # fmt: skip


def _text(pdf: bytes, tmp: Path) -> str:
    path = tmp / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _record(catalogue: Catalogue, lang: Lang, *, final: bool, note: FinaliseNote | None) -> CycleRecord:
    """Four gaps: a plan with a short measure, one with a measure at its limit, one whose risk is
    accepted (its plan's High priority must not show), and one open; one item marked for review;
    everything else unanswered."""
    ids = [it.id for it in applicable_items(catalogue, DEMO_PROFILE) if it.is_basic][:5]
    day = dt.date(2027, 3, 31)
    answers = {
        ids[0]: Answer(ids[0], Status.PARTIAL, plan=RemediationPlan("Ops", day, Priority.LOW, MEASURE[lang])),
        ids[1]: Answer(ids[1], Status.NOT_IMPLEMENTED, plan=RemediationPlan("IT", day, Priority.LOW, LONG)),
        ids[2]: Answer(
            ids[2],
            Status.NOT_IMPLEMENTED,
            plan=RemediationPlan("", None, Priority.HIGH),
            acceptance=RiskAcceptance("CEO", "Low exposure", dt.date(2027, 1, 10)),
        ),
        ids[3]: Answer(ids[3], Status.NOT_IMPLEMENTED),
        ids[4]: Answer(ids[4], Status.IMPLEMENTED, marked_for_review=True),
    }
    cycle = CycleInfo(
        id=1, label="2026年度", fiscal_year=2026, state="final" if final else "open",
        created_at="2026-04-01T00:00:00Z", revision=1, catalogue_id=catalogue.id,
        catalogue_version=catalogue.version, catalogue_digest=catalogue.digest,
        finalised_at="2027-05-20T01:00:00Z" if final else None,
        finalise_note=replace(note, reason=REASON[lang]) if note else None,
    )  # fmt: skip
    return CycleRecord(DEMO_PROFILE, cycle, dict(sorted(answers.items())), (), HistorySummary(0, {}), (), None)


def _plan_section(text: str, lang: Lang) -> str:
    """From the action plan's heading (its page, not the contents entry) to the next section's."""
    start = text.index(LABELS["plan_intro"][lang][:12])
    return text[start : text.index(LABELS["justif_section"][lang], start)]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_each_plan_says_what_will_be_done_and_an_accepted_risk_has_no_priority(catalogue, tmp_path, lang):
    text = _text(render_record(_record(catalogue, lang, final=False, note=None), catalogue, lang), tmp_path)
    section = _flat(_plan_section(text, lang))
    assert _flat(MEASURE[lang]) in section
    # Wrapped over many lines (cut into rows, other cells between them), printed to its last word.
    assert _flat(LONG[:60]) in section and _flat(LONG[-60:]) in section
    assert section.count("Replacethebranchrouters") == LONG.count("Replace the branch routers")
    assert _flat(LABELS["col_measure"][lang]) in section
    low, high = ("低", "高") if lang == "ja" else ("Low", "High")
    assert low in section and high not in section  # the only High plan is the accepted risk's


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_cycle_finalised_with_open_points_says_so_and_why(catalogue, tmp_path, lang):
    text = _text(render_record(_record(catalogue, lang, final=True, note=NOTE), catalogue, lang), tmp_path)
    expected = {
        "ja": f"未回答 86 項目、見直しの印 1 項目を残したまま確定しました。理由: {REASON['ja']}",
        "en": f"Finalised with 86 items unanswered and 1 marked for review, because: {REASON['en']}",
    }[lang]
    assert _flat(expected) in _flat(text)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_note_no_sentence(catalogue, tmp_path, lang):
    text = _text(render_record(_record(catalogue, lang, final=True, note=None), catalogue, lang), tmp_path)
    assert _flat("を残したまま確定しました" if lang == "ja" else "Finalised with") not in _flat(text)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_finalised_report_asks_nothing_a_locked_cycle_cannot_do(catalogue, tmp_path, lang):
    """A locked cycle's answers cannot change: its report does not ask to answer items, clear review
    marks or name owners in it; those go to the next cycle."""
    final = _flat(_text(render_record(_record(catalogue, lang, final=True, note=NOTE), catalogue, lang), tmp_path))
    draft = _flat(_text(render_record(_record(catalogue, lang, final=False, note=None), catalogue, lang), tmp_path))
    for key in ("n_unanswered", "n_review", "n_gaps"):
        asked = _flat(LABELS[key][lang].split("{n}")[-1])  # the request after the number
        assert asked in draft, key  # the draft does ask
        assert asked not in final, key
    assert _flat(LABELS["n_next_cycle"][lang].split("{")[0]) in final


def test_an_unprintable_character_in_a_measure_or_the_reason_is_named(catalogue):
    record = _record(catalogue, "ja", final=True, note=NOTE)
    first = next(iter(record.answers))
    plan = record.answers[first].plan
    assert plan is not None
    answers = {**record.answers, first: replace(record.answers[first], plan=replace(plan, measure="訓練 😀"))}
    note = replace(NOTE, reason="日程 😀")
    record = replace(record, answers=answers, cycle=replace(record.cycle, finalise_note=note))
    warnings: list = []
    render_record(record, catalogue, "ja", warnings=warnings)
    named = [w.describe("ja") for w in warnings]
    assert f"{first} 実施する対策：😀 (U+1F600)" in named
    assert "確定の理由：😀 (U+1F600)" in named

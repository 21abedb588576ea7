"""The help says what the report prints of the plan and of a sign-off with open points (#11): each
plan's "what will be done" (in the shared term's words), and for a cycle finalised with open points
what was open and why; and that both stay in when the free text is left out (ja/en)."""

from __future__ import annotations

import re

import pytest

from fsadesk import terms
from fsadesk.ui.help_dialog import help_file

WORDS = {
    "ja": {"reason": "理由", "open": "未完了", "left_out": "チェックを外すと"},
    "en": {"reason": "reason", "open": "open points", "left_out": "untick it"},
}


def _chapter(html: str, start: str, end: str) -> str:
    text = html[html.index(f'id="{start}"') : html.index(f'id="{end}"')]
    return re.sub(r"<[^>]+>", "", text)  # the words a reader sees


@pytest.mark.parametrize("lang_code", ["ja", "en"])
def test_plan_chapter_names_what_will_be_done(lang_code: str) -> None:
    html = help_file(lang_code).read_text(encoding="utf-8")
    measure = terms.word("plan_measure", lang_code)
    assert measure.lower() in _chapter(html, "plan-or-acceptance", "saving").lower()


@pytest.mark.parametrize("lang_code", ["ja", "en"])
def test_report_chapter_prints_the_measure_and_the_reason_even_without_free_text(lang_code: str) -> None:
    html = help_file(lang_code).read_text(encoding="utf-8")
    words = WORDS[lang_code]
    measure = terms.word("plan_measure", lang_code).lower()
    report = _chapter(html, "report", "bundle").lower()
    assert measure in report
    # The bullet on leaving free text out says the measure and the sign-off's reason stay in.
    left_out = next(line for line in report.splitlines() if words["left_out"] in line)
    assert measure in left_out and words["open"] in left_out, left_out
    # The sign-off chapter says where the reason is printed.
    signoff = _chapter(html, "signoff", "locked").lower()
    assert words["reason"] in signoff and ("報告書" if lang_code == "ja" else "report") in signoff
    assert ("表紙" if lang_code == "ja" else "cover") in signoff

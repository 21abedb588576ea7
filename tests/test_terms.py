"""One vocabulary and one way to show a rate: fsadesk.terms, and everything tied to it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from fsadesk import terms
from fsadesk.assessment.answers import Priority, Status
from fsadesk.assessment.profile import Scope, SizeBand
from fsadesk.assessment.signoff import Role

REPO = Path(__file__).resolve().parents[1]
QM = REPO / "resources" / "translations" / "fsadesk_ja.qm"
GLOSSARY = (REPO / "docs" / "glossary.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("rate", "digits", "shown"),
    [
        (0.625, 0, "63%"),  # half up, not Python's half to even (62%)
        (0.635, 0, "64%"),
        (0.285, 0, "29%"),  # 0.285 is 0.28499999… in binary; the decimal text decides
        (0.004999, 0, "0%"),
        (0.005, 0, "1%"),
        (0.0, 0, "0%"),
        (1.0, 0, "100%"),
        (0.833333, 0, "83%"),
        (0.62449, 1, "62.4%"),
        (0.62450, 1, "62.5%"),
        (None, 0, "—"),
    ],
)
def test_percent_rounds_half_up(rate, digits, shown):
    """A rate becomes a whole percent, rounded half up as a reader rounds by hand."""
    assert terms.percent(rate, digits) == shown


def test_scoring_md_percent_table_is_the_rule():
    """Each row of docs/scoring.md's "How a rate is shown" table is what terms.percent gives."""
    text = (REPO / "docs" / "scoring.md").read_text(encoding="utf-8")
    section = text.split("### How a rate is shown", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| ([\d.]+|nothing assessed) \| (\S+) \|$", section, flags=re.M)
    assert len(rows) >= 5
    for rate, shown in rows:
        assert terms.percent(None if rate == "nothing assessed" else float(rate)) == shown, rate


def test_every_place_shows_0625_as_63_percent():
    """0.625 reads 63% on the Summary page, in the compare dialog, in the report and on the command line."""
    from fsadesk.cli_format import percent_cell
    from fsadesk.report.pdf_text import percent as pdf_percent
    from fsadesk.ui.compare_dialog import _percent as compare_percent
    from fsadesk.ui.summary_page import percent as summary_percent

    assert summary_percent(0.625) == "63%"
    assert compare_percent(0.625, None) == "63%"
    assert compare_percent(0.625, 0.5) == "63%"
    assert pdf_percent(0.625) == "63%"
    assert percent_cell(0.625).strip() == "63%"


def test_compare_dialog_shows_a_decimal_only_to_tell_two_rates_apart():
    """62.4% → 62.6% would read 62% → 63%; 62.6% → 62.8% would read 63% → 63%, so it shows a decimal."""
    from fsadesk.ui.compare_dialog import _percent as compare_percent

    assert compare_percent(0.626, 0.628) == "62.6%"
    assert compare_percent(0.625, 0.5) == "63%"


def _translator() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    return translator


def _plain(label: str) -> str:
    """A window's label without its mnemonic and trailing colon: '&Prepared by:' -> 'Prepared by'."""
    return re.sub(r"\(&\w\)", "", label).replace("&", "").rstrip(":：")


def test_windows_status_names_are_the_terms():
    """Each status name the windows show (source and Japanese) is the terms module's word."""
    from fsadesk.ui.status_style import _STATUS_NAMES

    translator = _translator()
    for status in Status:
        source = _STATUS_NAMES[status]
        assert source == terms.STATUS[status]["en"]
        assert translator.translate("Status", source) == terms.STATUS[status]["ja"], status


@pytest.mark.parametrize(
    ("context", "source", "table", "key"),
    [
        ("ItemPage", "High", terms.PRIORITY, Priority.HIGH),
        ("ItemPage", "Medium", terms.PRIORITY, Priority.MEDIUM),
        ("ItemPage", "Low", terms.PRIORITY, Priority.LOW),
        ("SignOffDialog", "&Prepared by:", terms.ROLE_HEADING, Role.PREPARER),
        ("SignOffDialog", "&Reviewed by:", terms.ROLE_HEADING, Role.REVIEWER),
        ("SignOffDialog", "&Approved by (senior management):", terms.ROLE_HEADING, Role.APPROVER),
        ("SummaryPage", "Completion", terms.WORDS, "completion"),
        ("SummaryPage", "Not assessed", terms.WORDS, "not_assessed"),
        ("SummaryPage", "Basic response items", terms.WORDS, "basic"),
        ("SummaryPage", "Desirable response items", terms.WORDS, "desirable"),
        ("CompareDialog", "Domain", terms.WORDS, "domain"),
        ("CompareDialog", "Basic response items: implementation rate", terms.WORDS, "basic_rate"),
        ("CompareDialog", "Desirable response items: implementation rate", terms.WORDS, "desirable_rate"),
        ("ActionPlanModel", "Priority", None, None),
    ],
)
def test_windows_terms_are_the_terms(context, source, table, key):
    """A term a window shows through tr() has the terms module's English as source and its Japanese as translation."""
    got = _translator().translate(context, source)
    assert got, f"{context}/{source!r} has no Japanese"
    if table is None:
        assert got == "優先度"
        return
    assert _plain(source) == table[key]["en"]
    assert _plain(got) == table[key]["ja"]


@pytest.mark.parametrize(
    ("context", "source"),
    [("SummaryPage", "Open gaps\n(basic items)"), ("CompareDialog", "Open gaps (basic items)")],
)
def test_windows_call_open_gaps_by_the_glossary_term(context, source):
    """The windows' open-gaps captions start with the glossary's 対応未定の不足 / Open gaps."""
    got = _translator().translate(context, source)
    assert got.startswith(terms.WORDS["open_gaps"]["ja"])
    assert source.startswith(terms.WORDS["open_gaps_short"]["en"])


def test_glossary_holds_the_terms():
    """The figures and answer statuses appear in docs/glossary.md with the same words in both languages."""
    keys = ("gap", "open_gaps", "action_plan", "risk_acceptance", "completion", "implementation_rate")
    pairs = [(terms.WORDS[k]["ja"], terms.WORDS[k]["en"]) for k in keys]
    pairs += [(t["ja"], t["en"]) for t in terms.STATUS.values()]
    for ja, en in pairs:
        row = next((line for line in GLOSSARY.splitlines() if line.startswith(f"| {ja} |")), None)
        assert row is not None, f"{ja} is not a glossary term"
        assert en.lower().rstrip("s") in row.lower(), f"{ja}: the glossary's English is not {en!r}"


def test_every_enum_member_has_a_term():
    """No status, priority, role, size or scope without words in both languages."""
    for enum_type, table in (
        (Status, terms.STATUS),
        (Priority, terms.PRIORITY),
        (Role, terms.ROLE),
        (Role, terms.ROLE_HEADING),
        (SizeBand, terms.SIZE_BAND),
        (Scope, terms.SCOPE),
    ):
        assert set(table) == {m.value for m in enum_type}, enum_type
        for term in table.values():
            assert term["ja"] and term["en"]


def test_terms_is_a_leaf():
    """fsadesk.terms imports no Qt, no database and no other fsadesk package than lang."""
    source = (REPO / "fsadesk" / "terms.py").read_text(encoding="utf-8")
    imports = re.findall(r"^(?:from|import) ([\w.]+)", source, flags=re.M)
    assert set(imports) <= {"__future__", "datetime", "decimal", "typing", "fsadesk.lang"}, imports

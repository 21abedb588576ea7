"""The command line and the app say the same things about the same data: fiscal year, cycle
label, percentages and terms."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import types

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

import fsadesk.cli
import fsadesk.ui.setup_base
from fsadesk import terms
from fsadesk.app.answering import AssessmentSession
from fsadesk.assessment.fiscal import cycle_display_label, default_cycle_label
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.ui.app import load_japanese_font
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.setup_base import SetupDraft
from fsadesk.ui.summary_page import SummaryPage


class _Prompts:
    def confirm(self, title: str, text: str) -> bool:
        return True

    def info(self, title: str, text: str) -> None:
        pass

    def error(self, title: str, text: str) -> None:
        raise AssertionError(text)

    def save_path(self, title, suggested, filters):
        return None

    def open_dir(self, title, start):
        return None


def _on(day: dt.date) -> types.SimpleNamespace:
    """A stand-in for the datetime module whose date.today() is `day` (the clock is the one thing
    a test cannot set for real); everything else is the real module."""

    class _Date(dt.date):
        @classmethod
        def today(cls) -> dt.date:
            return day

    return types.SimpleNamespace(**{**vars(dt), "date": _Date})


def _cli(*argv: str) -> str:
    out = io.StringIO()
    assert run(list(argv), out=out) == 0, out.getvalue()
    return out.getvalue()


@pytest.mark.parametrize(
    "day",
    [dt.date(2027, 2, 15), dt.date(2027, 3, 31), dt.date(2026, 4, 1), dt.date(2026, 11, 26)],
    ids=str,
)
def test_init_and_the_setup_wizard_start_the_same_cycle(tmp_path, monkeypatch, day):
    """On the same day, `fsadesk init` and the set-up wizard pick the same fiscal year and label,
    and the label reads the same in English (FY2026) on the command line as in the app."""
    monkeypatch.setattr(fsadesk.cli, "dt", _on(day))
    monkeypatch.setattr(fsadesk.ui.setup_base, "dt", _on(day))
    # The wizard: its draft's year, and the label a first cycle gets when the user names none.
    year = SetupDraft(new_folder=tmp_path / "wizard").fiscal_year
    label = default_cycle_label(year)
    assert year == (day.year if day.month >= 4 else day.year - 1)

    ws = str(tmp_path / "ws")
    _cli("init", ws, "--name", "テスト信金", "--institution-id", "T1", "--category", "regional")
    cycle = json.loads(_cli("scores", ws, "--json"))["cycle"]
    assert (cycle["fiscal_year"], cycle["label"]) == (year, label)
    first_line = _cli("scores", ws, "--lang", "en").splitlines()[0]
    assert first_line.endswith(cycle_display_label(label, year, "en")) and f"FY{year}" in first_line
    first_line = _cli("scores", ws, "--lang", "ja").splitlines()[0]
    assert first_line.endswith(cycle_display_label(label, year, "ja")) and f"{year}年度" in first_line


@pytest.fixture
def japanese():
    app = QApplication.instance()
    load_japanese_font(app)
    manager = LanguageManager(app, "ja")
    yield manager
    manager.set_language("en")  # take our translators out again for the next test
    manager.deleteLater()


def _cells(line: str) -> list[str]:
    return re.split(r"\s{2,}", line.strip())


def test_scores_text_and_the_summary_page_show_the_same_figures_and_words(tmp_path, qtbot, catalogue, japanese):
    """For the demo workspace, `fsadesk scores --lang ja` prints the Summary page's rates, open
    gaps and column names, rounded and worded the same way."""
    folder = tmp_path / "demo"
    _cli("demo", str(folder))
    lines = _cli("scores", str(folder), "--lang", "ja").splitlines()

    ws = open_workspace(folder)
    try:
        session = AssessmentSession(ws, catalogue, ws.cycles.latest().id, user="tester")
        page = SummaryPage(session, japanese, _Prompts())
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        overall = session.scores().overall
        shown = (page.basic_value.text(), page.desirable_value.text(), page.gaps_value.text())
        captions = (page.gaps_caption.text(), QCoreApplication.translate("SummaryPage", "Completion"))
        subheading = page.subheading.text()
    finally:
        ws.close()

    header = _cells(lines[2])
    overall_row = _cells(next(line for line in lines if line.startswith(terms.word("overall", "ja"))))
    _name, completion, basic, desirable, gaps = overall_row
    assert (basic, desirable, gaps) == shown
    assert completion == terms.percent(overall.completion)
    # The same words: the page's open-gaps caption starts with the CLI's column name (the
    # glossary's 対応未定の不足), and "Completion" is 回答済みの割合 on both.
    assert header[-1] == terms.word("open_gaps_short", "ja") and captions[0].startswith(header[-1])
    assert header[1] == captions[1] == terms.word("completion", "ja")
    assert "未対応の基本項目" not in "\n".join(lines)
    # The same institution and cycle, named as the page names them.
    assert lines[0] == subheading.replace(" — ", " · ")

"""The Summary page, driven like a user: figures, chart, editing the plan in the table, exports."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit

from fsadesk import terms
from fsadesk.app.answering import AssessmentSession
from fsadesk.assessment.answers import Answer, Priority, RiskAcceptance, Status
from fsadesk.assessment.fiscal import end_of_fiscal_year
from fsadesk.cli import run
from fsadesk.report.action_plan_export import row_cells
from fsadesk.store import open_workspace
from fsadesk.ui.action_plan_model import Column
from fsadesk.ui.app import load_japanese_font
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.summary_page import SummaryPage, percent
from tests.qt_helpers import store_of


class FakePrompts:
    def __init__(self) -> None:
        self.path: Path | None = None  # what the user picks in the save dialog
        self.infos: list[tuple[str, str]] = []
        self.errors: list[tuple[str, str]] = []

    def confirm(self, title: str, text: str) -> bool:
        return True

    def info(self, title: str, text: str) -> None:
        self.infos.append((title, text))

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def save_path(self, title: str, suggested: Path, filters: str) -> Path | None:
        self.suggested = suggested
        return self.path

    def open_dir(self, title: str, start: Path) -> Path | None:
        return None


@pytest.fixture
def demo(tmp_path, catalogue):
    assert run(["demo", str(tmp_path / "ws")]) == 0
    ws = open_workspace(tmp_path / "ws")
    yield AssessmentSession(ws, catalogue, ws.cycles.latest().id, user="tester")
    ws.close()


@pytest.fixture
def lang_manager():
    app = QApplication.instance()
    load_japanese_font(app)
    manager = LanguageManager(app, "ja")
    yield manager
    manager.set_language("en")  # take our translators out again for the next test
    manager.deleteLater()


@pytest.fixture
def prompts():
    return FakePrompts()


@pytest.fixture
def page(qtbot, demo, lang_manager, prompts):
    widget = SummaryPage(demo, lang_manager, prompts)
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _cell(page: SummaryPage, item_id: str, column: Column) -> QModelIndex:
    return page.proxy.mapFromSource(page.model.index(page.model.row_of(item_id), column))


def _header_centre(header, column: Column):
    return QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)


def _reopened(tmp_path, session: AssessmentSession, item_id: str) -> Answer:
    with open_workspace(tmp_path / "ws") as ws:
        return ws.answers.load(session.cycle.id)[item_id]


def _edit(qtbot, page: SummaryPage, index: QModelIndex):
    """Select a cell and press F2, as a user starts editing; returns the open editor."""
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.indexWidget(index)
    assert editor is not None
    return editor


def _answered_text(overall) -> str:
    """What the page should say, in whatever language is installed (Japanese once the .qm exists)."""
    template = QCoreApplication.translate("SummaryPage", "{answered} of {total} items answered")
    return template.format(answered=overall.answered, total=overall.applicable)


def test_figures_match_the_scores(page, demo):
    """Completion, both rates and the open gap count are the session's figures, with an explanation."""
    overall = demo.scores().overall
    assert page.completion_label.text() == _answered_text(overall)
    assert page.completion_bar.value() == overall.answered and page.completion_bar.maximum() == overall.applicable
    assert page.basic_value.text() == percent(overall.basic.rate) and page.basic_value.text().endswith("%")
    assert page.desirable_value.text() == percent(overall.desirable.rate)
    assert page.gaps_value.text() == str(overall.open_gaps) != "0"
    explanation = ("hygiene gap is a basic response item", "「不足」とは")  # English source or the .qm
    assert any(w in page.gaps_note.text() for w in explanation) and page.gaps_note.isVisible()
    heading = QCoreApplication.translate("SummaryPage", "&Action plan (items: {count})")
    assert page.plan_label.text() == heading.format(count=page.model.rowCount())


def test_chart_has_one_category_per_domain(page, demo, lang_manager, qtbot):
    """One bar category per domain 2.1 … 2.6 with the short name in the current language."""
    domains = demo.catalogue.domains()
    assert page.domain_axis.categories() == [f"{d.number} {d.short.ja}" for d in domains]
    assert page.basic_set.count() == len(domains) and page.desirable_set.count() == len(domains)
    expected = [round((demo.scores().domains[d.number].basic.rate or 0) * 100) for d in domains]
    assert [page.basic_set.at(i) for i in range(len(domains))] == expected
    lang_manager.set_language("en")
    qtbot.waitUntil(lambda: page.domain_axis.categories()[0] == f"2.1 {domains[0].short.en}")


def test_language_switch_keeps_selection(page, demo, lang_manager, qtbot):
    """Switching language re-labels the table's catalogue texts and keeps the selected row."""
    row = page.model.rows[3]
    page.select_item(row.item_id)
    title = _cell(page, row.item_id, Column.TITLE)
    assert title.data() == f"{row.label} {row.title.ja}"
    lang_manager.set_language("en")
    qtbot.waitUntil(lambda: _cell(page, row.item_id, Column.TITLE).data() == f"{row.label} {row.title.en}")
    assert page.current_item_id() == row.item_id


def test_double_click_opens_the_item(page, qtbot):
    """Double-clicking a row, even on an editable cell, asks for that item rather than editing."""
    item_id = page.model.rows[2].item_id
    for column in (Column.TITLE, Column.OWNER):
        rect = page.table.visualRect(_cell(page, item_id, column))
        with qtbot.waitSignal(page.item_requested) as signal:
            # A double-click arrives as a click followed by the second press of the double-click.
            qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert signal.args == [item_id]
        qtbot.wait(QApplication.doubleClickInterval() + 50)  # past the delay of click-to-edit
        assert page.table.indexWidget(_cell(page, item_id, column)) is None  # no editor opened


def test_enter_and_open_button_open_the_item(page, qtbot):
    """From the keyboard: Enter on a row, or the Open item button, asks for the current item."""
    item_id = page.model.rows[1].item_id
    page.table.setFocus()
    page.select_item(item_id)
    with qtbot.waitSignal(page.item_requested) as signal:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert signal.args == [item_id]
    with qtbot.waitSignal(page.item_requested) as signal:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert signal.args == [item_id]


def test_owner_typed_in_the_table_is_saved(page, demo, qtbot, tmp_path):
    """F2 on the owner cell, type a name, Enter: the owner is saved and shown."""
    item_id = page.model.rows[0].item_id
    index = _cell(page, item_id, Column.OWNER)
    editor = _edit(qtbot, page, index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Tanaka, General Affairs")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _cell(page, item_id, Column.OWNER).data() == "Tanaka, General Affairs")
    assert _reopened(tmp_path, demo, item_id).plan.owner == "Tanaka, General Affairs"


def test_owner_and_date_close_an_open_gap(page, demo, qtbot, tmp_path):
    """Typing an owner and accepting the suggested date closes a gap: the page's count drops by one."""
    gap = next(r for r in page.model.rows if r.is_open_gap)
    before = int(page.gaps_value.text())
    shown_at = _cell(page, gap.item_id, Column.ITEM).row()
    editor = _edit(qtbot, page, _cell(page, gap.item_id, Column.OWNER))
    qtbot.keyClicks(editor, "Sato")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _cell(page, gap.item_id, Column.OWNER).data() == "Sato")
    assert demo.scores().overall.open_gaps == before  # an owner alone does not close the gap
    editor = _edit(qtbot, page, _cell(page, gap.item_id, Column.TARGET_DATE))
    assert isinstance(editor, QDateEdit) and editor.calendarPopup()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.gaps_value.text() == str(before - 1))
    suggested = end_of_fiscal_year(dt.date.today())
    assert _cell(page, gap.item_id, Column.TARGET_DATE).data() == terms.date_text(suggested, "ja")  # 2027/03/31
    plan = _reopened(tmp_path, demo, gap.item_id).plan
    assert (plan.owner, plan.target_date) == ("Sato", suggested)
    assert _cell(page, gap.item_id, Column.ITEM).row() == shown_at  # the row did not jump away while edited


def test_priority_chosen_from_the_combo(page, demo, qtbot):
    """The priority cell opens a High/Medium/Low list; Home then Enter chooses High and saves it."""
    row = next(r for r in page.model.rows if r.priority is Priority.LOW)
    editor = _edit(qtbot, page, _cell(page, row.item_id, Column.PRIORITY))
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == ["高", "中", "低"]
    qtbot.waitUntil(editor.view().isVisible)  # the list opens by itself
    assert editor.view().currentIndex().row() == 2  # on the current priority, Low
    qtbot.keyClick(editor.view(), Qt.Key.Key_Home)
    qtbot.keyClick(editor.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo.answer(row.item_id).plan.priority is Priority.HIGH)
    assert _cell(page, row.item_id, Column.PRIORITY).data() == "高"


def test_change_elsewhere_refreshes_the_page(page, demo, qtbot):
    """An answer saved by another page shows here: a new gap row, new completion figures."""
    rows_before = page.model.rowCount()
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_header_centre(header, Column.OWNER))
    unanswered = next(it.id for it in demo.items if demo.answer(it.id).status is Status.UNANSWERED)
    demo.set_answer(Answer(unanswered, Status.NOT_IMPLEMENTED))
    qtbot.waitUntil(lambda: page.model.rowCount() == rows_before + 1)
    owners = [page.proxy.index(r, Column.OWNER).data() for r in range(page.proxy.rowCount())]
    named = [o for o in owners if o]
    assert owners == named + [""] * (len(owners) - len(named)) and named == sorted(named)  # still by owner
    overall = demo.scores().overall
    assert page.completion_label.text() == _answered_text(overall)
    assert page.gaps_value.text() == str(overall.open_gaps)


def test_listener_removed_when_page_is_destroyed(qtbot, demo, lang_manager, prompts):
    """Closing the page for good takes its listener off the session."""
    page = SummaryPage(demo, lang_manager, prompts)
    assert len(demo.listeners) == 1
    page.deleteLater()
    qtbot.waitUntil(lambda: demo.listeners == [])
    demo.set_answer(Answer(demo.items[0].id, Status.PARTIAL))  # nothing left to call


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_writes_the_rows(page, prompts, qtbot, tmp_path, fmt):
    """The export button asks where, writes off the GUI thread, and reports the path."""
    prompts.path = tmp_path / "out" / "plan"  # typed without an extension
    prompts.path.parent.mkdir()
    button = page.export_xlsx_button if fmt == "xlsx" else page.export_csv_button
    with qtbot.waitSignal(page.export_finished, timeout=10000) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    out = tmp_path / "out" / f"plan.{fmt}"
    assert signal.args == [str(out)]
    assert prompts.suggested.suffix == f".{fmt}"
    rows = page.model.rows
    expected = [row_cells(r, "ja") for r in rows]
    if fmt == "xlsx":
        ws = load_workbook(out).active
        assert page.session.profile.name in ws["A1"].value
        got = [[v.date() if isinstance(v, dt.datetime) else (v or "") for v in line]
               for line in ws.iter_rows(min_row=4, values_only=True)]  # fmt: skip
    else:
        with out.open(encoding="utf-8-sig", newline="") as fh:
            got = list(csv.reader(fh))[1:]
        expected = [[v.isoformat() if isinstance(v, dt.date) else v for v in line] for line in expected]
    assert got == expected
    assert prompts.infos and str(out) in prompts.infos[-1][1] and not prompts.errors
    assert not page.export_progress.isVisible() and button.isEnabled()


def test_export_failure_is_explained(page, prompts, qtbot, tmp_path):
    """A folder that does not exist gives a message naming the path, not a crash."""
    prompts.path = tmp_path / "missing" / "plan.csv"
    qtbot.mouseClick(page.export_csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompts.errors))
    assert str(prompts.path) in prompts.errors[0][1] and not prompts.infos
    assert page.export_csv_button.isEnabled()


def test_cancelled_export_writes_nothing(page, prompts, qtbot, tmp_path):
    """Cancelling the save dialog does nothing and says nothing."""
    prompts.path = None
    qtbot.mouseClick(page.export_xlsx_button, Qt.MouseButton.LeftButton)
    assert not prompts.infos and not prompts.errors and page.export_xlsx_button.isEnabled()
    assert not list(tmp_path.rglob("*.xlsx"))


def test_summary_page_opens_without_the_spreadsheet_writer():
    """openpyxl takes about 0.25 s to import: it loads when an action plan is exported, not when
    the Summary page opens (issue #9: the page took 1.25 s to open the first time)."""
    import os
    import subprocess
    import sys

    code = "import sys; import fsadesk.ui.summary_page; print('openpyxl' in sys.modules)"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.split() == ["False"]


def _cut_cells(page: SummaryPage) -> list[str]:
    """Headers and cells of the fitted columns (all but the free texts: title, what will be done and
    owner, which are elided with the whole text as tooltip) too narrow for their text (a header's
    includes the sort arrow when it has it)."""
    table, header, cut = page.table, page.table.horizontalHeader(), []
    for column in set(Column) - {Column.TITLE, Column.MEASURE, Column.OWNER}:
        if header.sectionSizeHint(column) > table.columnWidth(column):
            cut.append(f"{column.name} header")
        for row in range(page.proxy.rowCount()):
            index = page.proxy.index(row, column)
            if table.sizeHintForIndex(index).width() > table.columnWidth(column):
                cut.append(f"{column.name}: {index.data()}")
    return cut


def test_columns_fit_their_widest_text_in_both_languages(page, demo, lang_manager, qtbot):
    """No status, domain, date, priority or acceptance is cut off, in Japanese or after switching
    to English, nor when an answer gives a column a longer text."""
    assert _cut_cells(page) == []
    page.table.sortByColumn(Column.STATUS, Qt.SortOrder.AscendingOrder)  # the sort arrow moves there
    qtbot.waitUntil(lambda: _cut_cells(page) == [])
    lang_manager.set_language("en")
    qtbot.waitUntil(lambda: page.proxy.index(0, Column.STATUS).data().isascii())
    qtbot.waitUntil(lambda: _cut_cells(page) == [])
    row = page.model.rows[0]
    answer = demo.answer(row.item_id)
    approver = "Representative Director Hanako Yamada-Fitzgerald"
    acceptance = RiskAcceptance(approved_by=approver, reason="Replaced next year.", date=dt.date(2027, 3, 31))
    demo.set_answer(replace(answer, acceptance=acceptance))
    qtbot.waitUntil(lambda: any("Fitzgerald" in str(page.proxy.index(r, Column.ACCEPTANCE).data())
                                for r in range(page.proxy.rowCount())))  # fmt: skip
    qtbot.waitUntil(lambda: _cut_cells(page) == [])


def test_opening_the_page_does_not_ask_for_every_cell_again_and_again(qtbot, demo, lang_manager, prompts, monkeypatch):
    """Sizing the table's columns used to ask the model for every role of every cell at each
    layout, sort and relabelling (≈ 40 look-ups per cell, most of the page's 1.25 s first
    opening, issue #9); a few look-ups per cell are enough to size and paint it."""
    from fsadesk.ui import summary_page
    from fsadesk.ui.action_plan_model import ActionPlanModel

    calls = [0]

    class CountingModel(ActionPlanModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            calls[0] += 1
            return super().data(index, role)

    monkeypatch.setattr(summary_page, "ActionPlanModel", CountingModel)
    widget = SummaryPage(demo, lang_manager, prompts)
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()  # as the main window does each time it shows the page
    QApplication.processEvents()
    cells = widget.model.rowCount() * widget.model.columnCount()
    assert calls[0] < 8 * cells, f"{calls[0]} look-ups for {cells} cells"


def test_owner_saved_while_another_program_writes_says_why_in_japanese(page, demo, qtbot, prompts):
    """Issue #9 defect 2 in the action plan table: the refusal is the busy message in the user's
    language (not the store's English text), and nothing is stored."""
    import sqlite3

    item_id = page.model.rows[0].item_id
    before = demo.answer(item_id).plan
    other = sqlite3.connect(store_of(demo).db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        editor = _edit(qtbot, page, _cell(page, item_id, Column.OWNER))
        editor.selectAll()
        qtbot.keyClicks(editor, "Tanaka")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(prompts.errors), timeout=10_000)
    finally:
        other.execute("ROLLBACK")
        other.close()
    _title, text = prompts.errors[-1]
    assert "別のウィンドウかプログラムで fsadesk が開いています" in text, text
    assert "database is locked" not in text and "fsadesk is open" not in text
    with open_workspace(Path(store_of(demo).folder)) as ws:
        assert ws.answers.load(demo.cycle.id)[item_id].plan == before

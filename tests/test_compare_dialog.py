"""The cycle comparison dialog and the "start next year's cycle" dialog, driven like a user."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from fsadesk.app.workspace import AssessmentWorkspace
from fsadesk.assessment.answers import Answer, Status
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.ui.compare_dialog import CompareDialog
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.new_cycle_dialog import NewCycleDialog


class FakePrompts:
    def __init__(self, confirm: bool = True) -> None:
        self.answer = confirm
        self.asked: list[str] = []
        self.errors: list[str] = []

    def confirm(self, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer

    def info(self, title: str, text: str) -> None:
        self.asked.append(text)

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def save_path(self, title, suggested, filters):
        return None

    def open_dir(self, title, start):
        return None


@pytest.fixture
def lang():
    manager = LanguageManager(QApplication.instance(), "ja")
    yield manager
    manager.set_language("en")  # leave no Japanese Qt translator behind for other tests


@pytest.fixture
def demo(tmp_path: Path):
    """A demo workspace with its 2026 cycle only."""
    run(["demo", str(tmp_path / "ws")])
    ws = open_workspace(tmp_path / "ws")
    yield ws
    ws.close()


@pytest.fixture
def two_cycles(tmp_path: Path):
    """The demo plus a 2027 cycle copied from 2026; in 2027 one item of 2.1 improved, one of 2.2 worsened."""
    run(["demo", str(tmp_path / "ws")])
    run(["cycle", "new", str(tmp_path / "ws"), "--year", "2027", "--label", "2027年度"])
    ws = open_workspace(tmp_path / "ws")
    new = ws.cycles.latest()
    answers = ws.answers.load(new.id)
    basic = [a for a in answers.values() if "-B" in a.item_id]
    partial = next(a for a in basic if a.status is Status.PARTIAL and a.item_id.startswith("2.1."))
    done = next(a for a in basic if a.status is Status.IMPLEMENTED and a.item_id.startswith("2.2."))
    ws.answers.save(new.id, Answer(partial.item_id, Status.IMPLEMENTED, notes="完了しました"))
    ws.answers.save(new.id, Answer(done.item_id, Status.NOT_IMPLEMENTED))
    yield ws, partial.item_id, done.item_id
    ws.close()


def _shown(dialog: CompareDialog, qtbot) -> CompareDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog: CompareDialog) -> list[list[str]]:
    table = dialog.item_table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _tr(text: str) -> str:
    """The dialog's wording in whatever language is installed (Japanese once the .qm exists)."""
    return QCoreApplication.translate("CompareDialog", text)


def test_changed_items_and_filter(qtbot, catalogue, two_cycles, lang):
    """With two cycles the latest two are compared; changed items show, and "worsened" narrows them."""
    ws, improved_id, worsened_id = two_cycles
    dialog = _shown(CompareDialog(AssessmentWorkspace.of(ws), catalogue, ws.institution.get(), lang), qtbot)
    assert (dialog.old_combo.currentText(), dialog.new_combo.currentText()) == ("2026年度", "2027年度")
    improved, worsened = catalogue.item(improved_id), catalogue.item(worsened_id)
    rows = {r[1]: r for r in _rows(dialog)}
    assert set(dialog.visible_item_ids()) == {improved_id, worsened_id}
    row = rows[f"{improved.label} {improved.title.ja}"]
    assert row[0] == improved.node and row[2:4] == ["一部実施", "実施済み"]
    assert _tr("Improved") in row[4] and _tr("notes") in row[5]
    assert rows[f"{worsened.label} {worsened.title.ja}"][2:4] == ["実施済み", "未実施"]
    summary = _tr("From {old} to {new}: {improved} improved, {worsened} worsened, {other} other changes.")
    assert dialog.summary.text() == summary.format(old="2026年度", new="2027年度", improved=1, worsened=1, other=0)

    qtbot.keyClick(dialog.filter_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.filter_combo, Qt.Key.Key_Down)
    assert dialog.filter_combo.currentText() == _tr("Worsened ({n})").format(n=1)
    assert dialog.visible_item_ids() == [worsened_id]
    assert _rows(dialog)[0][2:4] == ["実施済み", "未実施"]


def test_domain_row_shows_direction(qtbot, catalogue, two_cycles, lang):
    """Domain rows show basic rates old → new: ▲ for 2.1 (improved), ▼ for 2.2 (worsened), no arrow elsewhere."""
    ws, _improved_id, _worsened_id = two_cycles
    dialog = _shown(CompareDialog(AssessmentWorkspace.of(ws), catalogue, ws.institution.get(), lang), qtbot)
    table = dialog.domain_table
    basic = {table.item(r, 0).text().split()[0]: table.item(r, 1).text() for r in range(table.rowCount())}
    assert list(basic)[:6] == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]
    assert basic["2.1"].endswith("▲") and basic["2.2"].endswith("▼")
    assert all("→" in basic[d] and basic[d][-1] not in "▲▼" for d in ("2.3", "2.4", "2.5", "2.6"))
    assert table.item(0, 0).text() == "2.1  ガバナンス"


def test_choosing_other_cycles_and_same_cycle(qtbot, catalogue, two_cycles, lang):
    """Picking the same cycle twice says so and lists no changes; picking back restores them."""
    ws, _i, _w = two_cycles
    dialog = _shown(CompareDialog(AssessmentWorkspace.of(ws), catalogue, ws.institution.get(), lang), qtbot)
    qtbot.keyClick(dialog.old_combo, Qt.Key.Key_Down)  # 2026 → 2027
    assert dialog.old_combo.currentText() == "2027年度"
    assert dialog.summary.text() == _tr("Choose two different cycles to compare.")
    assert dialog.visible_item_ids() == [] and dialog.empty_label.isVisible()
    qtbot.keyClick(dialog.old_combo, Qt.Key.Key_Up)
    assert len(dialog.visible_item_ids()) == 2


def test_enter_on_item_requests_it(qtbot, catalogue, two_cycles, lang):
    """Enter on a changed item asks the main window to open it and closes the dialog."""
    ws, improved_id, _w = two_cycles
    dialog = _shown(CompareDialog(AssessmentWorkspace.of(ws), catalogue, ws.institution.get(), lang), qtbot)
    row = dialog.visible_item_ids().index(improved_id)
    dialog.item_table.setFocus()
    dialog.item_table.selectRow(row)
    assert dialog.open_button.isEnabled()
    with qtbot.waitSignal(dialog.item_requested) as signal:
        qtbot.keyClick(dialog.item_table, Qt.Key.Key_Return)
    assert signal.args == [improved_id]
    assert not dialog.isVisible()


def test_language_switch_keeps_choice(qtbot, catalogue, two_cycles, lang):
    """Switching to English re-labels item titles and statuses but keeps filter and selection."""
    ws, _i, worsened_id = two_cycles
    dialog = _shown(CompareDialog(AssessmentWorkspace.of(ws), catalogue, ws.institution.get(), lang), qtbot)
    qtbot.keyClick(dialog.filter_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.filter_combo, Qt.Key.Key_Down)
    dialog.item_table.selectRow(0)
    lang.set_language("en")
    item = catalogue.item(worsened_id)
    qtbot.waitUntil(lambda: _rows(dialog)[0][1] == f"{item.label} {item.title.en}")  # LanguageChange is posted
    assert _rows(dialog)[0][2:4] == ["Implemented", "Not implemented"]
    assert dialog.filter_combo.currentIndex() == 2
    assert dialog.selected_item_id() == worsened_id


def test_one_cycle_explains(qtbot, catalogue, demo, lang):
    """With a single cycle the dialog explains that comparing needs two and how to start the next."""
    dialog = CompareDialog(AssessmentWorkspace.of(demo), catalogue, demo.institution.get(), lang)
    requested: list[bool] = []
    dialog.new_cycle_requested.connect(lambda: requested.append(True))
    _shown(dialog, qtbot)
    assert dialog.message.isVisible() and not dialog.item_table.isVisible()
    next_cycle = ("Start next year's cycle", "翌年度の評価を開始")  # English source or the .qm
    assert "2026年度" in dialog.message.text() and any(w in dialog.message.text() for w in next_cycle)
    assert dialog.new_cycle_button.isVisible()
    qtbot.mouseClick(dialog.new_cycle_button, Qt.MouseButton.LeftButton)
    assert requested == [True]


def test_new_cycle_copies_answers(qtbot, catalogue, demo, lang, tmp_path):
    """OK starts FY2027 ("2027年度") from a copy of 2026; reopened, every copy is marked for review."""
    before = {k: a for k, a in demo.answers.load(demo.cycles.latest().id).items() if a.status is not Status.UNANSWERED}
    dialog = NewCycleDialog(AssessmentWorkspace.of(demo), catalogue, lang, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.year_spin.value() == 2027 and dialog.name_edit.text() == "2027年度"
    assert dialog.copy_check.isChecked()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    new_id = dialog.created_cycle_id()
    assert new_id is not None
    demo.close()
    with open_workspace(tmp_path / "ws") as ws:
        cycle = ws.cycles.get(new_id)
        assert (cycle.label, cycle.fiscal_year) == ("2027年度", 2027)
        copied = ws.answers.load(new_id)
        assert set(copied) == set(before)
        assert all(a.marked_for_review for a in copied.values())
        assert {k: a.status for k, a in copied.items()} == {k: a.status for k, a in before.items()}


def test_new_cycle_empty_with_typed_name(qtbot, catalogue, demo, lang, tmp_path):
    """Unticking the copy gives an empty cycle; a typed name survives a change of year."""
    dialog = NewCycleDialog(AssessmentWorkspace.of(demo), catalogue, lang, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.copy_check, Qt.Key.Key_Space)
    assert not dialog.copy_check.isChecked()
    dialog.year_spin.setFocus()
    qtbot.keyClick(dialog.year_spin, Qt.Key.Key_Up)
    assert dialog.name_edit.text() == "2028年度"  # the default name follows the year
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Reiwa 10 self-assessment")
    qtbot.keyClick(dialog.year_spin, Qt.Key.Key_Down)
    assert dialog.name_edit.text() == "Reiwa 10 self-assessment"
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    with open_workspace(tmp_path / "ws") as ws:
        cycle = ws.cycles.get(dialog.created_cycle_id())
        assert (cycle.label, cycle.fiscal_year, cycle.copied_from_id) == ("Reiwa 10 self-assessment", 2027, None)
        assert ws.answers.load(cycle.id) == {}


def test_new_cycle_same_year_asks_first(qtbot, catalogue, demo, lang):
    """A second cycle for an existing fiscal year needs confirmation; declining creates nothing."""
    prompts = FakePrompts(confirm=False)
    dialog = NewCycleDialog(AssessmentWorkspace.of(demo), catalogue, lang, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.year_spin.setValue(2026)
    assert dialog.problem.isVisible() and "2026年度" in dialog.problem.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(prompts.asked) == 1 and "2026" in prompts.asked[0]
    assert dialog.isVisible() and dialog.created_cycle_id() is None
    assert len(demo.cycles.all()) == 1


def test_new_cycle_needs_a_name(qtbot, catalogue, demo, lang):
    """An empty name disables OK and says what to type."""
    dialog = NewCycleDialog(AssessmentWorkspace.of(demo), catalogue, lang, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.clear()
    assert not dialog.ok_button.isEnabled()
    assert "2027年度" in dialog.problem.text()

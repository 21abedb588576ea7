"""The main window driven as a user would: answer, get blocked, undo, filter, reopen, switch language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from fsadesk.app.answering import AssessmentSession, Filter
from fsadesk.assessment.answers import Status
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.main_window import MainWindow
from tests.qt_helpers import activate, store_of, type_text


class FakePrompts:
    def __init__(self, confirm: bool = True) -> None:
        self.asked: list[str] = []
        self._confirm = confirm

    def confirm(self, title: str, text: str) -> bool:
        self.asked.append(text)
        return self._confirm

    def info(self, title: str, text: str) -> None:
        self.asked.append(text)

    def error(self, title: str, text: str) -> None:
        self.asked.append(text)

    def save_path(self, *args: object) -> None:
        return None

    def open_dir(self, *args: object) -> None:
        return None

    def choose(self, title: str, text: str, buttons: object) -> int:
        self.asked.append(text)
        return -1  # closed without choosing


@pytest.fixture
def lang():
    manager = LanguageManager(QApplication.instance(), "ja")
    yield manager
    manager.set_language("en")  # removes the translators: later tests start from plain Qt


def _open(folder: Path, catalogue, lang, qtbot, prompts=None) -> MainWindow:
    ws = open_workspace(folder)
    session = AssessmentSession(ws, catalogue, ws.cycles.latest().id)
    window = MainWindow(session, lang, prompts or FakePrompts())
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    return window


@pytest.fixture
def demo(tmp_path) -> Path:
    run(["demo", str(tmp_path / "demo")])
    return tmp_path / "demo"


def _stored(folder: Path, item_id: str):
    with open_workspace(folder) as ws:
        return ws.answers.get(ws.cycles.latest().id, item_id)


def _first_unanswered(window: MainWindow) -> str:
    item = window.session.next_unanswered(None)
    assert item is not None
    assert window.go_to(item)
    return item


def test_answer_by_mouse_is_saved_at_once(demo, catalogue, lang, qtbot):
    """Clicking an answer stores it immediately, and the status bar says it was saved."""
    window = _open(demo, catalogue, lang, qtbot)
    item = _first_unanswered(window)
    qtbot.mouseClick(window.page.status_buttons[Status.IMPLEMENTED], Qt.MouseButton.LeftButton)
    assert _stored(demo, item).status is Status.IMPLEMENTED
    assert window.saved_label.text().startswith("✓")
    window.close()


def test_answer_by_keyboard_and_typed_notes(demo, catalogue, lang, qtbot):
    """Ctrl+2 chooses 'Partially implemented'; typed notes and plan owner are saved before moving on."""
    window = _open(demo, catalogue, lang, qtbot)
    item = _first_unanswered(window)
    window.page.notes.setFocus()
    qtbot.keyClick(window.page, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.page.current_status() is Status.PARTIAL
    assert window.page.gap_panel.isVisible()
    type_text(qtbot, window.page.notes, "本部のみ実施")
    type_text(qtbot, window.page.plan_owner, "総務部")
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # next item
    assert window.current != item
    stored = _stored(demo, item)
    assert stored.status is Status.PARTIAL
    assert stored.notes == "本部のみ実施"
    assert stored.plan is not None and stored.plan.owner == "総務部"
    window.close()


def test_not_applicable_needs_a_reason_before_leaving(demo, catalogue, lang, qtbot):
    """Choosing N/A without a reason blocks Next with a visible message; typing a reason saves it."""
    window = _open(demo, catalogue, lang, qtbot)
    item = _first_unanswered(window)
    qtbot.mouseClick(window.page.status_buttons[Status.NOT_APPLICABLE], Qt.MouseButton.LeftButton)
    assert window.page.justification.isVisible()
    qtbot.mouseClick(window.page.next_button, Qt.MouseButton.LeftButton)
    assert window.current == item  # still here
    assert window.page.message.isVisible()
    assert "reason" in window.page.message.text() or "理由" in window.page.message.text()
    assert _stored(demo, item).status is Status.UNANSWERED  # nothing half-saved
    type_text(qtbot, window.page.justification, "該当する業務がありません")
    qtbot.mouseClick(window.page.next_button, Qt.MouseButton.LeftButton)
    assert window.current != item
    stored = _stored(demo, item)
    assert stored.status is Status.NOT_APPLICABLE and stored.justification == "該当する業務がありません"
    window.close()


def test_undo_and_redo_an_answer(demo, catalogue, lang, qtbot):
    """Ctrl+Z puts the previous answer back (stored too); Ctrl+Shift+Z re-applies it."""
    window = _open(demo, catalogue, lang, qtbot)
    item = _first_unanswered(window)
    qtbot.mouseClick(window.page.status_buttons[Status.NOT_IMPLEMENTED], Qt.MouseButton.LeftButton)
    assert _stored(demo, item).status is Status.NOT_IMPLEMENTED
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.page.current_status() is Status.UNANSWERED
    assert _stored(demo, item).status is Status.UNANSWERED
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _stored(demo, item).status is Status.NOT_IMPLEMENTED
    window.close()


def test_close_and_reopen_restores_answers_and_position(demo, catalogue, lang, qtbot):
    """After closing, a new window shows the same answers and opens at the item last visited."""
    window = _open(demo, catalogue, lang, qtbot)
    item = _first_unanswered(window)
    qtbot.mouseClick(window.page.status_buttons[Status.ALTERNATIVE], Qt.MouseButton.LeftButton)
    type_text(qtbot, window.page.justification, "共同センターのサービスで代替")
    window.close()  # flushes the typed text
    window.session.close()
    again = _open(demo, catalogue, lang, qtbot)
    assert again.current == item
    assert again.page.current_status() is Status.ALTERNATIVE
    assert again.page.justification.toPlainText() == "共同センターのサービスで代替"
    again.close()


def test_filter_unanswered_and_search(demo, catalogue, lang, qtbot):
    """The Unanswered filter leaves only unanswered items in the tree; search narrows further."""
    window = _open(demo, catalogue, lang, qtbot)
    window.filter_combo.setCurrentIndex(window.filter_combo.findData(Filter.UNANSWERED.value))
    shown = window.tree.visible_items()
    assert shown and all(window.session.answer(i).status is Status.UNANSWERED for i in shown)
    assert len(shown) < len(window.session.items)
    type_text(qtbot, window.search, "クラウド")
    narrowed = window.tree.visible_items()
    assert set(narrowed) <= set(shown)
    window.close()


def test_next_unanswered_jumps(demo, catalogue, lang, qtbot):
    """Ctrl+J goes to the next unanswered item."""
    window = _open(demo, catalogue, lang, qtbot)
    window.go_to(window.session.items[0].id)
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.session.answer(window.current).status is Status.UNANSWERED
    window.close()


def test_switch_language_keeps_state(demo, catalogue, lang, qtbot):
    """Switching to English changes the item texts and keeps the item and the typed notes."""
    window = _open(demo, catalogue, lang, qtbot)
    item = _first_unanswered(window)
    title_ja = catalogue.item(item).title.ja
    assert title_ja in window.page.title.text()
    type_text(qtbot, window.page.notes, "途中のメモ")
    window.act_en.trigger()
    # Qt posts LanguageChange to each window: it arrives with the next turn of the event loop.
    qtbot.waitUntil(lambda: catalogue.item(item).title.en in window.page.title.text())
    assert window.filter_combo.currentText() == "All items"
    assert window.current == item
    assert window.page.notes.toPlainText() == "途中のメモ"
    assert _stored(demo, item).notes == "途中のメモ"
    window.act_ja.trigger()
    qtbot.waitUntil(lambda: title_ja in window.page.title.text())
    window.close()


def test_complete_a_domain_with_the_keyboard_alone(demo, catalogue, lang, qtbot):
    """Ctrl+1 then Alt+Right through 2.4 answers every Detect item; the tree shows the domain complete."""
    window = _open(demo, catalogue, lang, qtbot)
    domain = [it.id for it in window.session.items if catalogue.domain_of(it.node) == "2.4"]
    window.go_to(domain[0])
    for _ in domain:
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    with open_workspace(demo) as ws:
        stored = ws.answers.load(ws.cycles.latest().id)
    assert all(stored[i].status is Status.IMPLEMENTED for i in domain)
    row = window.tree._branches["2.4"]
    assert row.text(1) == f"{len(domain)}/{len(domain)}"
    window.close()


def test_failed_save_keeps_the_typing_and_says_so(demo, catalogue, lang, qtbot, monkeypatch):
    """When the disk refuses a write, the page says the answer was not saved and keeps it; the next
    change saves it."""
    from fsadesk.store.answers import AnswerRepository
    from fsadesk.store.errors import SaveFailed

    window = _open(demo, catalogue, lang, qtbot)
    item = _first_unanswered(window)
    real_save = AnswerRepository.save_many

    def disk_full(self, *args, **kwargs):
        raise SaveFailed("database or disk is full")

    monkeypatch.setattr(AnswerRepository, "save_many", disk_full)
    qtbot.mouseClick(window.page.status_buttons[Status.IMPLEMENTED], Qt.MouseButton.LeftButton)
    assert window.page.message.isVisible() and "disk is full" in window.page.message.text()
    assert window.page.current_status() is Status.IMPLEMENTED  # the choice stays on screen
    assert _stored(demo, item).status is Status.UNANSWERED
    assert not window.go_to(window.session.items[0].id)  # not moved on while unsaved
    monkeypatch.setattr(AnswerRepository, "save_many", real_save)
    qtbot.mouseClick(window.page.next_button, Qt.MouseButton.LeftButton)
    assert _stored(demo, item).status is Status.IMPLEMENTED
    window.close()


def test_store_turns_database_errors_into_save_failed(tmp_path, catalogue):
    """A write the database refuses (here: a connection switched to query-only) raises SaveFailed,
    and nothing of it is stored."""
    from fsadesk.assessment.answers import Answer
    from fsadesk.store.errors import SaveFailed

    run(["demo", str(tmp_path / "d")])
    with open_workspace(tmp_path / "d") as ws:
        cycle = ws.cycles.latest()
        before = ws.answers.load(cycle.id)
        item = next(it.id for it in catalogue.items if it.id not in before)

        def query_only(on: bool) -> None:  # straight on the pooled DB-API connection: no BEGIN
            raw = ws.engine.raw_connection()
            try:
                raw.cursor().execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")
            finally:
                raw.close()

        query_only(True)
        try:
            with pytest.raises(SaveFailed, match="readonly"):
                ws.answers.save(cycle.id, Answer(item, Status.IMPLEMENTED))
        finally:
            query_only(False)
        assert ws.answers.load(cycle.id) == before
        assert ws.answers.save(cycle.id, Answer(item, Status.IMPLEMENTED))  # works again afterwards


def test_typing_shows_it_is_waiting_then_saved(demo, catalogue, lang, qtbot):
    """While the user types, the status bar says the text is waiting for a pause; after the
    pause it says saved, and the text is in the database."""
    window = _open(demo, catalogue, lang, qtbot)
    item = _first_unanswered(window)
    type_text(qtbot, window.page.notes, "規程の改定を検討中")
    assert window.saved_label.text().startswith("入力中")  # "typing…"
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("✓"), timeout=5000)
    assert _stored(demo, item).notes == "規程の改定を検討中"
    done, total = window.session.progress()
    assert window.progress.text() == f"{done} / {total}"  # the bar says how far, not an empty box
    window.close()


def test_institution_and_scope_can_be_changed_after_set_up(demo, catalogue, lang, qtbot, monkeypatch):
    """File > Institution and scope: the set-up's questions again, a page saying what changes, and
    on Finish the new profile is saved and the window asks to be reopened with it."""
    from PySide6.QtWidgets import QWizard

    from fsadesk.ui import profile_wizard
    from fsadesk.ui.setup_pages import ApplicabilityPage

    window = _open(demo, catalogue, lang, qtbot)
    before = store_of(window.session).institution.get()
    question = next(q for q, v in before.applicability.items() if not v)  # answered No at set-up
    seen: list[str] = []

    def drive(wizard: profile_wizard.ProfileWizard) -> int:
        qtbot.addWidget(wizard)
        wizard.show()
        nxt = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)  # the profile, as it was
        qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)  # the scope, as it was
        page = wizard.currentPage()
        assert isinstance(page, ApplicabilityPage)
        assert page.boxes[question].no.isChecked()  # the answers given at set-up are shown
        yes = page.boxes[question].yes
        page.scroll_area.ensureWidgetVisible(page.boxes[question])  # as a user scrolls to it
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton, pos=QPoint(8, yes.height() // 2))
        qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
        seen.append(wizard.currentPage().summary.text())
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
        return wizard.result()

    monkeypatch.setattr(profile_wizard.ProfileWizard, "exec", drive)
    with qtbot.waitSignal(window.cycle_changed, timeout=5000) as reopen:
        window.act_profile.trigger()
    assert reopen.args == [window.session.cycle.id]
    after = store_of(window.session).institution.get()
    assert after.applicability[question] is True
    assert {k: v for k, v in after.applicability.items() if k != question} == {
        k: v for k, v in before.applicability.items() if k != question
    }
    assert seen and any(ch.isdigit() for ch in seen[0])  # says how many items change
    window.close()


def test_tree_marks_gaps_without_a_plan_and_explains_its_marks(demo, catalogue, lang, qtbot):
    """A gap with no plan yet shows ⚠ in the tree (not only on the summary); the legend under the
    tree says what the dots and marks mean; a change stored from anywhere says saved."""
    window = _open(demo, catalogue, lang, qtbot)
    item = _first_unanswered(window)
    leaf = window.tree._leaves[item]
    qtbot.keyClick(window.page, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # not implemented
    assert "⚠" in leaf.text(1)
    type_text(qtbot, window.page.plan_owner, "総務部")
    window.page.flush()
    qtbot.keyClicks(window.page.plan_date, "2027-03-31")
    window.page.flush()
    assert "⚠" not in leaf.text(1)
    legend = [label.text() for label in window.legend._texts.values()]
    assert len(legend) == len(Status) + 2 and all(legend)
    window.saved_label.clear()
    other = window.session.next_unanswered(item)
    window.session.set_answer(window.session.answer(other).with_status(Status.IMPLEMENTED))  # e.g. from the table
    assert window.saved_label.text().startswith("✓")
    window.close()


def test_keyboard_starts_on_the_answer(demo, catalogue, lang, qtbot):
    """Reopened, the keyboard focus is on the current item's answer, ready for arrows or Ctrl+1…6."""
    window = _open(demo, catalogue, lang, qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is window.page.status_buttons[window.page.current_status()]
    window.close()


def test_item_list_is_reachable_from_the_keyboard(demo, catalogue, lang, qtbot):
    """Ctrl+L goes to the item list; Tab from the search box goes to the list too."""
    window = _open(demo, catalogue, lang, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.tree
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    qtbot.keyClick(window.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.tree
    window.close()


def test_after_moving_on_the_keyboard_is_on_the_new_items_answer(demo, catalogue, lang, qtbot):
    """Answered by keyboard, then Ctrl+J: the focus is on the next item's ticked choice (Unanswered),
    so a Space cannot pick a different answer unseen."""
    window = _open(demo, catalogue, lang, qtbot)
    _first_unanswered(window)
    qtbot.keyClick(window.page, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # implemented
    assert QApplication.focusWidget() is window.page.status_buttons[Status.IMPLEMENTED]
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # next unanswered
    assert QApplication.focusWidget() is window.page.status_buttons[Status.UNANSWERED]
    window.close()


def test_enter_in_search_opens_the_first_match(demo, catalogue, lang, qtbot):
    window = _open(demo, catalogue, lang, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.search, "バックアップ")
    first = window.tree.visible_items()[0]
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current == first
    assert QApplication.focusWidget() is window.tree
    window.close()


def test_implemented_without_evidence_gets_a_gentle_hint(demo, catalogue, lang, qtbot):
    """Implemented with no evidence is saved (never blocked), with a hint that goes once evidence is typed."""
    window = _open(demo, catalogue, lang, qtbot)
    item = _first_unanswered(window)
    qtbot.keyClick(window.page, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert _stored(demo, item).status is Status.IMPLEMENTED
    assert window.page.evidence_hint.isVisible()
    type_text(qtbot, window.page.evidence, "サイバーセキュリティ規程（2026年4月改定）")
    assert not window.page.evidence_hint.isVisible()
    qtbot.keyClick(window.page, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # not implemented
    window.page.evidence.clear()
    assert not window.page.evidence_hint.isVisible()  # nothing is claimed, nothing to back
    window.close()


def test_frequency_reads_naturally_in_both_languages(demo, catalogue, lang, qtbot):
    window = _open(demo, catalogue, lang, qtbot)
    item = next(it for it in window.session.items if it.frequency)
    window.go_to(item.id)
    assert "頻度：" in window.page.badges.text()
    lang.set_language("en")
    qtbot.waitUntil(lambda: "How often: " in window.page.badges.text())
    window.close()


def test_institution_wizard_says_when_nothing_changes(catalogue, lang, qtbot, tmp_path):
    from PySide6.QtWidgets import QWizard

    from fsadesk.assessment.demo import DEMO_PROFILE
    from fsadesk.assessment.scope import applicable_items
    from fsadesk.ui.profile_wizard import ChangesPage, ProfileWizard

    wizard = ProfileWizard(catalogue, lang, tmp_path, FakePrompts(), DEMO_PROFILE)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert isinstance(page, ChangesPage)
    assert str(len(applicable_items(catalogue, DEMO_PROFILE))) in page.summary.text()
    assert "変わりません" in page.summary.text()  # "stay the same"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result_profile() is None  # nothing to save


def test_english_screens_name_the_year_in_english(demo, catalogue, lang, qtbot):
    window = _open(demo, catalogue, lang, qtbot)
    assert "2026年度" in window.windowTitle()
    lang.set_language("en")
    qtbot.waitUntil(lambda: "FY2026" in window.windowTitle())
    assert "年度" not in window.context_label.text()
    window.close()


def test_choosing_a_gap_leaves_notes_in_place_and_shows_the_plan(demo, catalogue, lang, qtbot):
    """The notes field does not move when an answer calls for a plan (users clicked where it had
    been); the plan appears below the notes and evidence, and is scrolled into view."""
    window = _open(demo, catalogue, lang, qtbot)
    _first_unanswered(window)
    page = window.page
    qtbot.wait(50)  # the page laid out for this item
    notes_at = page.notes.mapTo(page, QPoint(0, 0)).y()
    qtbot.mouseClick(page.status_buttons[Status.PARTIAL], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.gap_panel.isVisible())
    qtbot.wait(50)
    assert page.notes.mapTo(page, QPoint(0, 0)).y() == notes_at
    assert page.gap_panel.y() > page.evidence.y()
    qtbot.waitUntil(lambda: not page.gap_panel.visibleRegion().isEmpty(), timeout=2000)
    window.close()

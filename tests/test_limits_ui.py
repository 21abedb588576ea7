"""The windows enforce fsadesk/limits.py where the value is typed or pasted: nothing over a limit is
stored, nothing the user already had is cut, and a plain message says what happened (#9 defect 4)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fsadesk import limits
from fsadesk.app.answering import AssessmentSession
from fsadesk.app.workspace import AssessmentWorkspace
from fsadesk.assessment.answers import Status
from fsadesk.store import open_workspace
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.item_page import ItemPage
from tests.qt_helpers import store_of
from tests.test_limits import demo_workspace


@pytest.fixture
def lang():
    manager = LanguageManager(QApplication.instance(), "ja")
    yield manager
    manager.set_language("en")  # removes the translators: later tests start from plain Qt


@pytest.fixture
def session(tmp_path, catalogue):
    cycle_id = demo_workspace(tmp_path / "demo", catalogue)
    ws = open_workspace(tmp_path / "demo")
    yield AssessmentSession(ws, catalogue, cycle_id)
    ws.close()


def _stored(session: AssessmentSession, item_id: str):
    with open_workspace(store_of(session).folder) as ws:
        return ws.answers.get(session.cycle.id, item_id)


def _paste(qtbot, widget, text: str) -> None:
    """What a user does: copy text elsewhere, click into the field, Ctrl+V."""
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def page(session, lang, qtbot):
    page = ItemPage(session, lang)
    qtbot.addWidget(page)
    page.resize(900, 1400)
    page.show()
    qtbot.waitExposed(page)
    item = session.next_unanswered(None)
    assert item is not None
    page.show_item(item)
    return page


def test_typing_past_the_notes_limit_is_refused_with_a_message(page, session, qtbot):
    """At 5,000 characters the next key is refused; the note under the box says why, in Japanese."""
    page.notes.setPlainText("あ" * (limits.NOTES.max_chars - 3))
    assert page.notes_limit.isVisible()  # a counter near the limit
    assert page.notes_limit.text() == "4,997 / 5,000文字"
    page.notes.moveCursor(page.notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.notes, "abcdef")
    assert page.notes.toPlainText() == "あ" * 4997 + "abc"
    assert page.notes_limit.text().startswith("メモは5,000文字までです。")
    assert page.flush()
    assert _stored(session, page.item_id).notes == "あ" * 4997 + "abc"


def test_a_huge_paste_into_notes_is_cut_to_the_limit_quickly_and_said(page, session, qtbot):
    """100,000 pasted characters: the UI does not freeze, what fits goes in after the text already
    there, the rest is refused with a message, and what is stored is within the limit."""
    page.notes.setPlainText("本部のみ実施。")
    page.notes.moveCursor(page.notes.textCursor().MoveOperation.End)
    started = time.perf_counter()
    _paste(qtbot, page.notes, "長" * 100_000)
    assert time.perf_counter() - started < 2.0
    text = page.notes.toPlainText()
    assert text.startswith("本部のみ実施。")  # nothing the user had is lost
    assert len(text) == limits.NOTES.max_chars
    assert page.notes_limit.isVisible()
    assert "メモは5,000文字までです。入りきらなかった分は入れていません。" in page.notes_limit.text()
    assert page.flush()
    assert _stored(session, page.item_id).notes == text


def test_a_stored_text_over_the_limit_is_kept_whole_and_not_saved_until_shortened(page, session, qtbot):
    """A note longer than the limit (from before limits existed) is shown whole and never cut;
    it cannot grow, the page says to shorten it, and nothing is stored until it fits."""
    before = _stored(session, page.item_id)
    page.notes.setPlainText("x" * (limits.NOTES.max_chars + 10))
    qtbot.keyClicks(page.notes, "y")
    assert page.notes.toPlainText() == "x" * 5010  # not grown, not cut
    assert not page.flush()
    assert "保存されていません" in page.message.text()
    assert "5,010文字" in page.notes_limit.text()
    assert _stored(session, page.item_id) == before
    cursor = page.notes.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.KeepAnchor, 10)
    cursor.removeSelectedText()
    assert page.flush()
    assert _stored(session, page.item_id).notes == "x" * 5000


def test_plan_owner_on_the_item_page_is_limited_and_said(page, session, qtbot):
    page.status_buttons[Status.PARTIAL].click()
    assert page.gap_panel.isVisible()
    _paste(qtbot, page.plan_owner, "総" * 300)
    assert page.plan_owner.text() == "総" * limits.PERSON_NAME.max_chars
    assert page.plan_owner_limit.text().startswith("担当者は200文字までです。")
    assert page.flush()
    stored = _stored(session, page.item_id)
    assert stored.plan is not None and stored.plan.owner == "総" * 200


class FakePrompts:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def confirm(self, title: str, text: str) -> bool:
        return True

    def info(self, title: str, text: str) -> None:
        pass

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def save_path(self, *args: object) -> None:
        return None

    def open_dir(self, *args: object) -> None:
        return None


def test_set_up_wizard_limits_the_institution_id(catalogue, lang, qtbot, tmp_path):
    """A 300-character paste into the institution ID keeps 200 and says so; the wizard then goes on
    with an ID the bundle verifier accepts."""
    from PySide6.QtWidgets import QWizard

    from fsadesk.ui.setup_pages import ProfilePage
    from fsadesk.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(catalogue, lang, tmp_path / "data", FakePrompts())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    for _ in range(2):  # welcome, then the suggested workspace folder
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.page_of(ProfilePage)
    assert wizard.currentPage() is page
    page.name_edit.setText("みなと信用組合")
    _paste(qtbot, page.id_edit, "1" * 300)
    assert page.id_edit.text() == "1" * limits.INSTITUTION_ID.max_chars
    assert page.id_limit.isVisible()
    assert page.id_limit.text() == "機関コードは200文字までです。入りきらなかった分は入れていません。"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is not page
    assert wizard.ctx.draft.institution_id == "1" * 200


def test_institution_wizard_keeps_a_long_stored_id_whole_and_asks_to_shorten_it(catalogue, lang, qtbot, tmp_path):
    """An ID saved before the limit existed is shown whole (not cut), and Next says to shorten it."""
    from dataclasses import replace

    from PySide6.QtWidgets import QWizard

    from fsadesk.assessment.demo import DEMO_PROFILE
    from fsadesk.ui.profile_wizard import ProfileWizard
    from fsadesk.ui.setup_pages import ProfilePage

    wizard = ProfileWizard(catalogue, lang, tmp_path, FakePrompts(), replace(DEMO_PROFILE, institution_id="9" * 210))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.currentPage()
    assert isinstance(page, ProfilePage)
    assert page.id_edit.text() == "9" * 210
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page
    assert page.message.text() == "機関コードが長すぎます（200文字まで）。短くしてください。"


def test_new_cycle_dialog_limits_the_label_and_the_year(session, catalogue, lang, qtbot):
    from fsadesk.ui.new_cycle_dialog import NewCycleDialog

    dialog = NewCycleDialog(AssessmentWorkspace.of(store_of(session)), catalogue, lang, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.year_spin.minimum(), dialog.year_spin.maximum()) == (limits.FISCAL_YEAR_MIN, limits.FISCAL_YEAR_MAX)
    dialog.name_edit.clear()
    _paste(qtbot, dialog.name_edit, "年" * 1500)
    assert dialog.name_edit.text() == "年" * limits.CYCLE_LABEL.max_chars
    assert dialog.name_limit.text() == "名前は1,000文字までです。入りきらなかった分は入れていません。"
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with open_workspace(store_of(session).folder) as ws:
        assert ws.cycles.get(dialog.created_cycle_id()).label == "年" * 1000


def test_action_plan_owner_is_limited_and_said(session, lang, qtbot):
    """A 300-character paste into the owner cell keeps 200, says so, and saves 200."""
    from PySide6.QtWidgets import QLineEdit, QToolTip

    from fsadesk.ui.action_plan_model import Column
    from fsadesk.ui.summary_page import SummaryPage

    page = SummaryPage(session, lang, FakePrompts())
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    item_id = page.model.rows[0].item_id
    index = page.proxy.mapFromSource(page.model.index(page.model.row_of(item_id), Column.OWNER))
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    with qtbot.waitSignal(page.table.owner_delegate.refused) as said:
        _paste(qtbot, editor, "総" * 300)
    assert said.args == ["担当者は200文字までです。入りきらなかった分は入れていません。"]
    assert QToolTip.text() == said.args[0]
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: page.model.rows[page.model.row_of(item_id)].owner != "")
    stored = _stored(session, item_id)
    assert stored.plan is not None and stored.plan.owner == "総" * limits.PERSON_NAME.max_chars


def test_action_plan_model_refuses_an_owner_over_the_limit(session, lang, qtbot):
    """Whatever sets the cell (not only the editor): refused with a message, nothing stored changes."""
    from fsadesk.ui.action_plan_model import ActionPlanModel, Column

    model = ActionPlanModel(session, "ja")
    item_id = model.rows[0].item_id
    before = _stored(session, item_id)
    with qtbot.waitSignal(model.save_failed) as said:
        assert not model.setData(model.index(0, Column.OWNER), "総" * 201)
    assert said.args == ["担当者が長すぎます（200文字まで）。保存していません。短くしてください。"]
    assert _stored(session, item_id) == before


def test_sign_off_names_are_limited_and_said(session, qtbot, lang):
    from fsadesk.assessment.signoff import Role
    from fsadesk.ui.signoff_dialog import SignOffDialog

    dialog = SignOffDialog(
        AssessmentWorkspace.of(store_of(session)), session.catalogue, session.cycle.id, FakePrompts(), "tester"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    _paste(qtbot, dialog.names[Role.APPROVER], "山" * 250)
    assert dialog.names[Role.APPROVER].text() == "山" * limits.PERSON_NAME.max_chars
    assert dialog.message.text() == "氏名は200文字までです。入りきらなかった分は入れていません。"
    _paste(qtbot, dialog.titles[Role.APPROVER], "役" * 250)
    assert dialog.titles[Role.APPROVER].text() == "役" * limits.PERSON_TITLE.max_chars
    assert dialog.message.text() == "役職は200文字までです。入りきらなかった分は入れていません。"

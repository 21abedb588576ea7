"""The sign-off dialog checks first (issue #11 point 1): it lists what is still open, goes to an
item on request, and finalises with open points only after a second, explicit choice and a reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fsadesk import limits
from fsadesk.app.workspace import AssessmentWorkspace
from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.readiness import OpenKind
from fsadesk.assessment.signoff import Role
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.main_window import MainWindow
from fsadesk.ui.signoff_dialog import SignOffDialog
from tests.qt_helpers import demo_session, store_of, type_text
from tests.test_main_window import FakePrompts

NAMES = ("佐藤 花子", "鈴木 一郎", "田中 太郎")
WORDS = {
    "ja": {"open": "未完了", "force": "未完了の項目があるまま確定する", "unanswered": "未回答", "why": "理由"},
    "en": {"open": "Still open", "force": "Finalise with open points", "unanswered": "Not answered", "why": "why"},
}


@pytest.fixture(params=["ja", "en"])
def lang(request):
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")  # its translators removed: the next test starts in English


def _window(tmp_path, catalogue, qtbot, manager):
    session = demo_session(tmp_path / "demo", catalogue)
    window = MainWindow(session, manager, FakePrompts())
    qtbot.addWidget(window)
    window.show()
    return window


def _dialog(window, catalogue, qtbot, prompts=None):
    dialog = SignOffDialog(
        AssessmentWorkspace.of(store_of(window.session)), catalogue, window.session.cycle.id,
        prompts or FakePrompts(), "sato", window, lang=window.lang.lang,
    )  # fmt: skip
    dialog.item_requested.connect(window.go_to)
    dialog.show()
    for role, name in zip(Role, NAMES, strict=True):
        type_text(qtbot, dialog.names[role], name)
    return dialog


def _finalise(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_open_points_are_listed_and_block_a_plain_finalise(tmp_path, catalogue, qtbot, lang):
    """The demo (57 unanswered, 24 for review, 24 open gaps): the dialog says so in the user's
    language, lists every point, and a plain Finalise stores nothing and says what to do."""
    window = _window(tmp_path, catalogue, qtbot, lang)
    ws, cycle_id = store_of(window.session), window.session.cycle.id
    dialog = _dialog(window, catalogue, qtbot)
    words = WORDS[lang.lang]
    counts = dialog.readiness.counts()
    assert counts[OpenKind.UNANSWERED] == 57
    summary = dialog.open_summary.text()
    assert dialog.open_summary.isVisible() and words["open"] in summary and "57" in summary and "24" in summary
    assert dialog.open_list.count() == len(dialog.readiness.points)
    first = dialog.readiness.points[0]
    assert catalogue.item(first.item_id).title.get(lang.lang) in dialog.open_list.item(0).text()
    assert dialog.force.text().replace("&", "").startswith(words["force"])
    assert not dialog.reason.isEnabled()
    _finalise(qtbot, dialog)
    assert dialog.message.isVisible() and words["force"] in dialog.message.text()
    assert ws.cycles.get(cycle_id).is_open and ws.cycles.signoffs(cycle_id) == []
    dialog.force.setChecked(True)  # ticked, but no reason yet
    _finalise(qtbot, dialog)
    assert words["why"] in dialog.message.text().lower() or words["why"] in dialog.message.text()
    assert ws.cycles.get(cycle_id).is_open and ws.cycles.signoffs(cycle_id) == []
    type_text(qtbot, dialog.reason, "理事会の日程に合わせるため")
    _finalise(qtbot, dialog)
    assert dialog.finalised is not None and not ws.cycles.get(cycle_id).is_open
    note = ws.cycles.get(cycle_id).finalise_note  # recorded with the lock, for the report
    assert note is not None and note.reason == "理事会の日程に合わせるため" and note.open_counts == counts
    window.close()


def test_going_to_an_open_item_closes_the_dialog_and_opens_it(tmp_path, catalogue, qtbot, lang):
    window = _window(tmp_path, catalogue, qtbot, lang)
    dialog = _dialog(window, catalogue, qtbot)
    dialog.open_list.setCurrentRow(3)
    wanted = dialog.readiness.points[3].item_id
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and window.current == wanted
    assert window.session.cycle.is_open and store_of(window.session).cycles.get(window.session.cycle.id).is_open
    window.close()


def test_a_ready_cycle_shows_no_list_and_finalises_directly(tmp_path, catalogue, qtbot):
    window = _window(tmp_path, catalogue, qtbot, LanguageManager(QApplication.instance(), "en"))
    view = AssessmentWorkspace.of(store_of(window.session))
    cycle_id = window.session.cycle.id
    for item in window.session.items:
        view.save_answer(cycle_id, Answer(item.id, Status.IMPLEMENTED))
    dialog = _dialog(window, catalogue, qtbot)
    assert dialog.readiness.is_ready and not dialog.open_list.isVisible() and not dialog.force.isVisible()
    _finalise(qtbot, dialog)
    assert dialog.finalised is not None
    window.close()


def test_a_reason_past_its_limit_is_cut_and_said(tmp_path, catalogue, qtbot):
    window = _window(tmp_path, catalogue, qtbot, LanguageManager(QApplication.instance(), "en"))
    dialog = _dialog(window, catalogue, qtbot)
    dialog.force.setChecked(True)
    data = QMimeData()
    data.setText("あ" * (limits.FINALISE_REASON.max_chars + 50))
    dialog.reason.insertFromMimeData(data)
    assert len(dialog.reason.toPlainText()) == limits.FINALISE_REASON.max_chars
    assert dialog.message.isVisible() and f"{limits.FINALISE_REASON.max_chars:,}" in dialog.message.text()
    window.close()

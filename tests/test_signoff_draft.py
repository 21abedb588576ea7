"""The sign-off dialog keeps what was typed (issue #11 point 1): going to an open item, or
cancelling, keeps the names, positions, dates, the explicit choice and the reason for this cycle
for the rest of the session; they are shown again when the dialog is reopened, and dropped once
the cycle is finalised. Nothing of a draft is stored in the workspace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fsadesk.app.workspace import AssessmentWorkspace
from fsadesk.assessment.signoff import Role
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.main_window import MainWindow
from fsadesk.ui.signoff_dialog import SignOffDialog
from tests.qt_helpers import demo_session, store_of, type_text
from tests.test_main_window import FakePrompts
from tests.workspace_support import dump

NAMES = ("佐藤 花子", "鈴木 一郎", "田中 太郎")
TITLES = ("Risk manager", "General affairs", "Managing director")
REASON = "理事会の日程に合わせるため"
A_DAY = QDate(2027, 5, 20)


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


def _dialog(window, catalogue):
    dialog = SignOffDialog(
        AssessmentWorkspace.of(store_of(window.session)), catalogue, window.session.cycle.id,
        FakePrompts(), "sato", window, lang=window.lang.lang,
    )  # fmt: skip
    dialog.item_requested.connect(window.go_to)
    dialog.show()
    return dialog


def _type_everything(qtbot, dialog):
    for role, name, title in zip(Role, NAMES, TITLES, strict=True):
        type_text(qtbot, dialog.names[role], name)
        type_text(qtbot, dialog.titles[role], title)
        dialog.dates[role].setDate(A_DAY)
    dialog.force.setChecked(True)
    type_text(qtbot, dialog.reason, REASON)


def _shows_everything(dialog):
    assert [dialog.names[r].text() for r in Role] == list(NAMES)
    assert [dialog.titles[r].text() for r in Role] == list(TITLES)
    assert all(dialog.dates[r].date() == A_DAY for r in Role)
    assert dialog.force.isChecked() and dialog.reason.isEnabled()
    assert dialog.reason.toPlainText() == REASON


def test_going_to_an_item_keeps_what_was_typed_and_stores_nothing(tmp_path, catalogue, qtbot, lang):
    window = _window(tmp_path, catalogue, qtbot, lang)
    before = dump(tmp_path / "demo")
    dialog = _dialog(window, catalogue)
    _type_everything(qtbot, dialog)
    dialog.open_list.setCurrentRow(2)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and window.current == dialog.readiness.points[2].item_id
    again = _dialog(window, catalogue)
    _shows_everything(again)
    assert dump(tmp_path / "demo") == before  # a draft lives in memory only
    window.close()


def test_cancel_keeps_the_draft_and_finalising_drops_it(tmp_path, catalogue, qtbot, lang):
    window = _window(tmp_path, catalogue, qtbot, lang)
    dialog = _dialog(window, catalogue)
    _type_everything(qtbot, dialog)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    again = _dialog(window, catalogue)
    _shows_everything(again)
    qtbot.mouseClick(again.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert again.finalised is not None
    # Shown again after the lock, the dialog has only what is stored: the draft is gone.
    after = _dialog(window, catalogue)
    assert [after.names[r].text() for r in Role] == list(NAMES)  # the stored sign-offs
    assert not after.force.isChecked() and after.reason.toPlainText() == ""
    window.close()


def test_a_draft_belongs_to_its_cycle(tmp_path, catalogue, qtbot):
    """Another workspace's cycle with the same id starts empty: drafts never travel."""
    manager = LanguageManager(QApplication.instance(), "en")
    first = _window(tmp_path / "a", catalogue, qtbot, manager)
    dialog = _dialog(first, catalogue)
    _type_everything(qtbot, dialog)
    dialog.reject()
    second = _window(tmp_path / "b", catalogue, qtbot, manager)
    assert second.session.cycle.id == first.session.cycle.id
    other = _dialog(second, catalogue)
    assert other.names[Role.PREPARER].text() == "" and other.reason.toPlainText() == ""
    first.close()
    second.close()

"""Signing off in the app: the dialog finalises the cycle, the page turns read-only, a revision reopens it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fsadesk.app.workspace import AssessmentWorkspace
from fsadesk.assessment.answers import Status
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.main_window import MainWindow
from fsadesk.ui.signoff_dialog import SignOffDialog
from tests.qt_helpers import demo_session, store_of, type_text
from tests.test_main_window import FakePrompts


def _window(tmp_path, catalogue, qtbot):
    session = demo_session(tmp_path / "demo", catalogue)
    lang = LanguageManager(QApplication.instance(), "en")
    window = MainWindow(session, lang, FakePrompts())
    qtbot.addWidget(window)
    window.show()
    return window


def test_dialog_refuses_missing_names_then_finalises(tmp_path, catalogue, qtbot):
    """Finalise is refused with a message until all three names are in; then the cycle is final."""
    window = _window(tmp_path, catalogue, qtbot)
    ws = store_of(window.session)
    dialog = SignOffDialog(
        AssessmentWorkspace.of(ws), catalogue, window.session.cycle.id, FakePrompts(), "sato", window
    )
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.names[Role.PREPARER], "佐藤 花子")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and ws.cycles.get(window.session.cycle.id).is_open
    type_text(qtbot, dialog.names[Role.REVIEWER], "鈴木 一郎")
    type_text(qtbot, dialog.names[Role.APPROVER], "田中 太郎")
    type_text(qtbot, dialog.titles[Role.APPROVER], "常務理事")
    dialog.force.setChecked(True)  # the demo has open points: finalised anyway, with a reason
    type_text(qtbot, dialog.reason, "理事会の日程に合わせるため")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.finalised
    assert not ws.cycles.get(window.session.cycle.id).is_open
    assert [s.name for s in ws.cycles.signoffs(window.session.cycle.id)] == ["佐藤 花子", "鈴木 一郎", "田中 太郎"]
    window.close()


def test_finalised_cycle_shows_read_only_and_revision_reopens(tmp_path, catalogue, qtbot):
    """On a finalised cycle the answer buttons are disabled and a banner says why; a revision is offered."""
    window = _window(tmp_path, catalogue, qtbot)
    ws, cycle_id = store_of(window.session), window.session.cycle.id
    for role in Role:
        ws.cycles.set_signoff(cycle_id, SignOff(role, "名前", "", dt.date(2027, 5, 1)))
    ws.cycles.finalise(cycle_id, by="sato")
    window.session.cycle = ws.cycles.get(cycle_id)
    window._apply_lock()
    item = window.current
    before = ws.answers.get(cycle_id, item)
    assert window.page.locked_banner.isVisible()
    assert not window.page.answer_box.isEnabled()
    qtbot.mouseClick(window.page.status_buttons[Status.NOT_IMPLEMENTED], Qt.MouseButton.LeftButton)
    assert ws.answers.get(cycle_id, item) == before
    assert window.act_revision.isEnabled() and not window.act_signoff.isEnabled()
    with qtbot.waitSignal(window.cycle_changed) as signal:
        window.act_revision.trigger()
    new = ws.cycles.get(signal.args[0])
    assert new.revision == 2 and new.revision_of_id == cycle_id and new.is_open
    window.close()


def test_a_revision_the_disk_refuses_is_said_and_changes_nothing(tmp_path, catalogue, qtbot, monkeypatch):
    """A full disk while starting a revision: one message in the user's language, no new cycle,
    the window stays on the finalised cycle (no traceback, no reopening)."""
    from pathlib import Path

    from fsadesk.store import faults
    from fsadesk.store.cycles import CycleRepository
    from tests.workspace_support import dump

    window = _window(tmp_path, catalogue, qtbot)
    view, cycle_id = AssessmentWorkspace.of(store_of(window.session)), window.session.cycle.id
    window.session.cycle = view.finalise(cycle_id, [SignOff(r, "名前", "", dt.date(2027, 5, 1)) for r in Role])
    window._apply_lock()
    prompts = FakePrompts()
    window.prompts = prompts
    before = dump(window.session.folder)

    def full(self: object, *args: object, **kwargs: object) -> None:
        raise faults.disk_full(Path("workspace.sqlite"))

    monkeypatch.setattr(CycleRepository, "create", full)
    reopened: list[int] = []
    window.cycle_changed.connect(reopened.append)
    window.act_revision.trigger()
    assert reopened == [] and len(prompts.asked) == 2  # the question, then why it was not done
    assert "Traceback" not in prompts.asked[1] and "disk" in prompts.asked[1].lower()
    assert dump(window.session.folder) == before and not window.session.cycle.is_open
    window.close()

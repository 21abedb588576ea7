"""The Summary page says where the cycle stands and offers the next step (issue #11 point 1): in
progress (how far, what is open) with "Sign off and finalise…"; finalised (when, approved by whom)
with "Export report and bundle…" and "Start a revision…"; a revision says which one it is. The
buttons run the File menu's own actions, and the banner changes as soon as the cycle is locked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fsadesk import terms
from fsadesk.app.answering import AssessmentSession
from fsadesk.app.workspace import AssessmentWorkspace
from fsadesk.assessment.readiness import FinaliseNote
from fsadesk.assessment.signoff import Role
from fsadesk.store import open_workspace
from fsadesk.ui.cycle_state import finalised_day
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.main_window import MainWindow
from fsadesk.ui.signoff_dialog import SignOffDialog
from tests.qt_helpers import demo_session, store_of, type_text
from tests.test_main_window import FakePrompts
from tests.workspace_support import ALL_SIGNOFFS

WORDS = {
    "ja": {
        "progress": "作業中", "answered": "171項目中114項目に回答済み", "open": "未完了の点が{n}件",
        "final": "確定済み", "approver": "田中 太郎（常務理事）", "revision": "第2版を作業中",
        "signoff": "承認を記録して確定", "export": "報告書と提出用ファイルを書き出す", "start": "改訂版を作成",
    },
    "en": {
        "progress": "In progress", "answered": "114 of 171 items answered", "open": "{n} points still open",
        "final": "Finalised", "approver": "田中 太郎 (常務理事)", "revision": "Revision 2, in progress",
        "signoff": "Sign off and finalise", "export": "Export report and bundle", "start": "Start a revision",
    },
}  # fmt: skip


@pytest.fixture(params=["ja", "en"])
def lang(request):
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")  # its translators removed: the next test starts in English


def _summary_window(session, qtbot, manager, prompts=None):
    window = MainWindow(session, manager, prompts or FakePrompts())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_summary(True)
    return window, window._summary


def _plain(text: str) -> str:
    return text.replace("<b>", "").replace("</b>", "")


def _shown(button) -> bool:
    return button.isVisible() and button.isEnabled()


def test_in_progress_says_how_far_and_offers_sign_off(tmp_path, catalogue, qtbot, lang):
    window, summary = _summary_window(demo_session(tmp_path / "demo", catalogue), qtbot, lang)
    words, banner = WORDS[lang.lang], summary.state_banner
    open_points = len(
        AssessmentWorkspace.of(store_of(window.session)).readiness(catalogue, window.session.cycle.id).points
    )
    text = _plain(banner.text.text())
    assert words["progress"] in text and words["answered"] in text
    assert words["open"].format(n=open_points) in text
    assert _shown(banner.signoff_button) and words["signoff"] in banner.signoff_button.text().replace("&", "")
    assert not banner.export_button.isVisible() and not banner.revision_button.isVisible()
    window.close()


def test_finalised_says_when_and_by_whom_and_offers_export_and_revision(tmp_path, catalogue, qtbot, lang):
    session = demo_session(tmp_path / "demo", catalogue)
    view = session.assessment_workspace
    note = FinaliseNote.of(view.readiness(catalogue, session.cycle.id), "理事会の日程に合わせるため")
    view.finalise(session.cycle.id, ALL_SIGNOFFS, note=note)
    session.refresh()
    window, summary = _summary_window(session, qtbot, lang)
    words, banner = WORDS[lang.lang], summary.state_banner
    text = _plain(banner.text.text())
    day = terms.date_text(finalised_day(session.cycle), lang.lang)
    assert words["final"] in text and day in text and words["approver"] in text
    assert f"{note.open_total:,}" in text  # finalised with points open: said, as the report does
    assert not banner.signoff_button.isVisible()
    assert _shown(banner.export_button) and words["export"] in banner.export_button.text().replace("&", "")
    assert _shown(banner.revision_button) and words["start"] in banner.revision_button.text().replace("&", "")
    assert window.act_revision.isEnabled()  # the banner offers what the menu offers
    window.close()


def test_a_revision_says_which_one(tmp_path, catalogue, qtbot, lang):
    session = demo_session(tmp_path / "demo", catalogue)
    view = session.assessment_workspace
    note = FinaliseNote.of(view.readiness(catalogue, session.cycle.id), "理由")
    view.finalise(session.cycle.id, ALL_SIGNOFFS, note=note)
    revision = view.start_revision(catalogue, session.cycle.id)
    ws = open_workspace(tmp_path / "demo")
    window, summary = _summary_window(AssessmentSession(ws, catalogue, revision.id), qtbot, lang)
    assert WORDS[lang.lang]["revision"] in _plain(summary.state_banner.text.text())
    assert _shown(summary.state_banner.signoff_button)
    window.close()


def test_a_name_is_shown_as_typed_not_as_markup(tmp_path, catalogue, qtbot):
    from dataclasses import replace

    session = demo_session(tmp_path / "demo", catalogue)
    view = session.assessment_workspace
    signoffs = [replace(s, name="<i>佐藤</i>", title="") if s.role is Role.APPROVER else s for s in ALL_SIGNOFFS]
    view.finalise(session.cycle.id, signoffs, note=FinaliseNote.of(view.readiness(catalogue, session.cycle.id), "x"))
    session.refresh()
    window, summary = _summary_window(session, qtbot, LanguageManager(QApplication.instance(), "en"))
    assert "&lt;i&gt;佐藤&lt;/i&gt;" in summary.state_banner.text.text()
    window.close()


def _when_modal(qtbot, act) -> list[object]:
    """Run `act(dialog)` on the next modal dialog, once it is on screen (exec() blocks the test)."""
    seen: list[object] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def test_sign_off_from_the_summary_then_export_from_the_banner(tmp_path, catalogue, qtbot):
    """The whole path in Japanese, by the widgets: 「承認を記録して確定…」 on the summary opens the
    File menu's sign-off dialog; finalised there, the banner turns to 確定済み without a restart
    and offers the export, which opens the File menu's export dialog."""
    manager = LanguageManager(QApplication.instance(), "ja")
    try:
        window, summary = _summary_window(demo_session(tmp_path / "demo", catalogue), qtbot, manager)
        ws, cycle_id = store_of(window.session), window.session.cycle.id
        banner = summary.state_banner

        def sign(dialog) -> None:
            assert isinstance(dialog, SignOffDialog)
            for entry in ALL_SIGNOFFS:
                type_text(qtbot, dialog.names[entry.role], entry.name)
                type_text(qtbot, dialog.titles[entry.role], entry.title)
            dialog.force.setChecked(True)
            type_text(qtbot, dialog.reason, "理事会の日程に合わせるため")
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

        signed = _when_modal(qtbot, sign)
        qtbot.mouseClick(banner.signoff_button, Qt.MouseButton.LeftButton)
        assert len(signed) == 1 and not ws.cycles.get(cycle_id).is_open
        assert window.pages.currentWidget() is summary  # still on the summary, now locked
        text = _plain(banner.text.text())
        assert "確定済み" in text and "田中 太郎（常務理事）" in text
        assert terms.date_text(finalised_day(ws.cycles.get(cycle_id)), "ja") in text  # e.g. 2027/05/20
        assert not banner.signoff_button.isVisible() and _shown(banner.export_button)
        assert not window.act_signoff.isEnabled()

        from fsadesk.ui.export_dialog import ExportDialog

        opened = _when_modal(qtbot, lambda dialog: dialog.reject())
        qtbot.mouseClick(banner.export_button, Qt.MouseButton.LeftButton)
        assert len(opened) == 1 and isinstance(opened[0], ExportDialog)
        assert opened[0].windowTitle() == "報告書と提出用ファイルの書き出し"
        window.close()
    finally:
        manager.set_language("en")


def test_finalised_summary_letters_are_unique(tmp_path, catalogue, qtbot, lang):
    """Alt+letter on the finalised summary leads to one place (the export and revision buttons
    appear only then, beside the action plan's export buttons and the menus)."""
    from tests.test_mnemonics import _mnemonics

    session = demo_session(tmp_path / "demo", catalogue)
    view = session.assessment_workspace
    view.finalise(
        session.cycle.id, ALL_SIGNOFFS, note=FinaliseNote.of(view.readiness(catalogue, session.cycle.id), "x")
    )
    session.refresh()
    window, summary = _summary_window(session, qtbot, lang)
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert summary.state_banner.export_button.isVisible()
    clashes = {k: n for k, n in _mnemonics(window).items() if n > 1}
    assert not clashes
    window.close()

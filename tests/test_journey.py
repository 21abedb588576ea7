"""A new user's whole journey through the real app controller: first-run wizard, answering a domain,
the summary, sign-off, export of the report and signed bundle, and the central organisation's check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

from fsadesk.assessment.answers import Status
from fsadesk.assessment.signoff import Role
from fsadesk.bundle.keys import load_workspace_public_key
from fsadesk.bundle.verify import verify_bundle
from fsadesk.ui import export_dialog, setup_wizard, signoff_dialog
from fsadesk.ui.i18n import LanguageManager
from tests.qt_helpers import activate, main_window_of, start_app, store_of, type_text
from tests.test_setup_wizard import NEXT, answer, fill_profile, press

FINISH = QWizard.WizardButton.FinishButton


def test_new_user_journey(qtbot, catalogue, isolated_data_dir, monkeypatch):
    """From an empty PC to a verified bundle, as a user would click and type it."""
    app = QApplication.instance()
    lang = LanguageManager(app, "ja")
    exported: list = []

    def drive_wizard(wizard: setup_wizard.SetupWizard) -> int:  # what the user does in the modal wizard
        qtbot.addWidget(wizard)
        wizard.show()
        press(qtbot, wizard, NEXT)  # welcome, Japanese
        press(qtbot, wizard, NEXT)  # the suggested folder
        fill_profile(qtbot, wizard.currentPage(), name="はまなす信用金庫", institution_id="SK-0101")
        press(qtbot, wizard, NEXT)
        press(qtbot, wizard, NEXT)  # scope: the preselected basic items
        answer(qtbot, wizard.currentPage(), {q.id: q.id == "uses_cloud" for q in catalogue.questions})
        press(qtbot, wizard, NEXT)
        press(qtbot, wizard, FINISH)
        return 1

    def drive_signoff(dialog: signoff_dialog.SignOffDialog) -> int:
        dialog.show()
        for role, name in zip(Role, ("佐藤 花子", "鈴木 一郎", "田中 太郎"), strict=True):
            type_text(qtbot, dialog.names[role], name)
        assert not dialog.readiness.is_ready  # only one domain answered: said, and a reason asked for
        dialog.force.setChecked(True)
        type_text(qtbot, dialog.reason, "理事会の日程に合わせるため")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return int(dialog.finalised is not None)  # the locked cycle, once finalised

    def drive_export(dialog: export_dialog.ExportDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.passphrase, "journey passphrase")
        qtbot.keyClicks(dialog.confirm, "journey passphrase")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60000)
        exported.append(dialog.exported)
        return 1

    monkeypatch.setattr(setup_wizard.SetupWizard, "exec", drive_wizard)
    monkeypatch.setattr(signoff_dialog.SignOffDialog, "exec", drive_signoff)
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", drive_export)
    monkeypatch.setattr("fsadesk.ui.prompts.QtPrompts.confirm", lambda self, title, text: True)
    monkeypatch.setattr("fsadesk.ui.prompts.QtPrompts.info", lambda self, title, text: None)
    monkeypatch.setattr("fsadesk.ui.prompts.QtPrompts.choose", lambda self, title, text, buttons: -1)

    _splash, controller = start_app(qtbot, isolated_data_dir, lang)
    window = main_window_of(qtbot, controller)
    activate(qtbot, window)
    assert window.session.profile.name == "はまなす信用金庫"

    # Answer the whole Detect domain with the keyboard.
    detect = [it.id for it in window.session.items if catalogue.domain_of(it.node) == "2.4"]
    window.go_to(detect[0])
    for _ in detect:
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    window.act_summary.trigger()
    summary = window.pages.currentWidget()
    assert summary.completion_label.text()  # the summary is showing its figures

    window.act_signoff.trigger()
    window.act_summary.trigger()  # back from the summary to the item page
    assert not window.session.cycle.is_open and window.page.locked_banner.isVisible()
    assert not window.page.answer_box.isEnabled()
    window.export_bundle()
    result = exported[0]
    ws = store_of(window.session)
    verified = verify_bundle(result.bundle, public_key=load_workspace_public_key(ws.folder))
    answers = verified.answers()
    assert all(answers[i].status is Status.IMPLEMENTED for i in detect)
    assert verified.assessment["cycle"]["state"] == "final"
    assert [s["name"] for s in verified.assessment["cycle"]["signoffs"]] == ["佐藤 花子", "鈴木 一郎", "田中 太郎"]
    assert result.pdf.read_bytes().startswith(b"%PDF")
    window.close()
    app._fsadesk_controller = None
    lang.set_language("en")

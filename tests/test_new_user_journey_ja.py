"""Issue #11, done when: a newcomer at a small 信用組合, in the Japanese UI on a 1366×768 screen, goes
from the first-run set-up to the files for the central organisation only through the widgets —
answers a few items (a gap with a plan that says what will be done, one accepted risk), reads the
summary, signs off from its banner with points still open (the readiness list, the explicit choice
and a reason), exports from the banner to a folder of their choice, opens that folder from the
finish message, looks at the export history and writes the enrolment file and sheet.

Each step asserts what the user sees, in Japanese; the end checks what is on disk: the PDF says what
will be done and why the cycle was finalised with open points, and the bundle verifies with
`fsadesk verify` against the enrolment file. Every screen is saved to /tmp/journey/ (grab()) so a
person can look at it as the newcomer would."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget, QWizard

from fsadesk import terms
from fsadesk.assessment.answers import Status
from fsadesk.assessment.readiness import OpenKind
from fsadesk.assessment.signoff import Role
from fsadesk.ui import export_dialog, export_history_dialog, setup_wizard, signoff_dialog
from fsadesk.ui.app import load_japanese_font
from fsadesk.ui.cycle_state import finalised_day
from fsadesk.ui.i18n import LanguageManager
from tests.qt_helpers import activate, main_window_of, start_app, store_of, type_text
from tests.test_setup_wizard import NEXT, answer, fill_profile, press

FINISH = QWizard.WizardButton.FinishButton
SHOTS = Path("/tmp/journey")
REPO = Path(__file__).resolve().parents[1]

INSTITUTION = "みなと信用組合"
MEASURE = "全職員に年2回の標的型メール訓練を行い、結果を理事会に報告する"
OWNER = "総務課 山本"
ACCEPT_BY = "理事長 田中 太郎"
ACCEPT_REASON = "代替の手作業点検で当面のリスクは小さいため"
REASON = "理事会の日程に合わせるため、残りは来年度に回答する"
NAMES = ("佐藤 花子", "鈴木 一郎", "田中 太郎")
PASSPHRASE = "minato kumiai 2026 passphrase"


def shot(widget: QWidget, name: str) -> None:
    """What the user sees at this step, for a person to look at (not asserted on)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for _ in range(3):  # the layouts settle as they do before the user's eye meets them
        QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))


def plain(text: str) -> str:
    return text.replace("&", "").replace("<b>", "").replace("</b>", "")


class Said:
    """What the app's message boxes said, and what the user answered (QtPrompts, answered here
    the way existing tests answer them: the real boxes are modal)."""

    def __init__(self, folder: Path, saves: list[Path]) -> None:
        self.folder = folder
        self.saves = saves
        self.infos: list[tuple[str, str]] = []
        self.errors: list[tuple[str, str]] = []
        self.confirms: list[str] = []
        self.choices: list[tuple[str, list[str]]] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        base = "fsadesk.ui.prompts.QtPrompts."
        monkeypatch.setattr(base + "confirm", lambda _s, title, text: self.confirms.append(text) or True)
        monkeypatch.setattr(base + "info", lambda _s, title, text: self.info(title, text))
        monkeypatch.setattr(base + "error", lambda _s, title, text: self.errors.append((title, text)))
        monkeypatch.setattr(base + "open_dir", lambda _s, title, start: self.folder)
        monkeypatch.setattr(base + "save_path", lambda _s, title, suggested, filters: self.saves.pop(0))
        monkeypatch.setattr(base + "choose", lambda _s, title, text, buttons: self.choose(title, text, buttons))

    def info(self, title: str, text: str) -> None:
        self.infos.append((title, text))
        box = QMessageBox(QMessageBox.Icon.Information, title, text)
        box.show()
        shot(box, f"17-info-{len(self.infos)}")
        box.close()

    def choose(self, title: str, text: str, buttons: list[str]) -> int:
        """The finish message, shown as QtPrompts builds it for a look; the user presses
        「フォルダーを開く」 (the second button)."""
        self.choices.append((text, list(buttons)))
        box = QMessageBox(QMessageBox.Icon.Information, title, text)
        for label in buttons:
            box.addButton(label, QMessageBox.ButtonRole.ActionRole)
        box.show()
        shot(box, f"15-message-{len(self.choices)}")
        box.close()
        return 1


@pytest.mark.slow
def test_a_newcomer_goes_from_set_up_to_the_files_for_the_central_organisation(
    qtbot, catalogue, isolated_data_dir, tmp_path, monkeypatch
):
    app = QApplication.instance()
    load_japanese_font(app)  # as the app does at start (fsadesk.ui.app.run)
    lang = LanguageManager(app, "ja")
    chosen = tmp_path / "書類" / "中央機関へ"
    chosen.mkdir(parents=True)
    enrolment_file, enrolment_sheet = tmp_path / "enrolment.json", tmp_path / "enrolment-sheet.pdf"
    said = Said(chosen, [enrolment_file, enrolment_sheet])
    said.install(monkeypatch)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    seen: dict[str, object] = {}

    def drive_wizard(wizard: setup_wizard.SetupWizard) -> int:
        qtbot.addWidget(wizard)
        wizard.show()
        shot(wizard, "01-welcome")
        press(qtbot, wizard, NEXT)
        shot(wizard, "02-workspace")
        press(qtbot, wizard, NEXT)
        page = wizard.currentPage()
        fill_profile(qtbot, page, name=INSTITUTION, institution_id="KM-0042")
        shot(wizard, "03-profile")
        press(qtbot, wizard, NEXT)
        shot(wizard, "04-scope")
        press(qtbot, wizard, NEXT)
        answer(qtbot, wizard.currentPage(), {q.id: False for q in catalogue.questions})
        shot(wizard, "05-applicability")
        press(qtbot, wizard, NEXT)
        shot(wizard, "06-confirm")
        press(qtbot, wizard, FINISH)
        return 1

    def drive_signoff(dialog: signoff_dialog.SignOffDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1366 and dialog.height() <= 768
        assert not dialog.readiness.is_ready
        assert "提出用ファイル" in dialog.intro.text()  # the bundle's one name in the Japanese UI
        summary = dialog.open_summary.text()
        assert "未完了" in summary and "未回答" in summary
        assert dialog.open_list.count() == len(dialog.readiness.points)
        for role, name in zip(Role, NAMES, strict=True):
            type_text(qtbot, dialog.names[role], name)
        shot(dialog, "11-signoff-open-points")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # a plain 確定 is refused and says why
        assert dialog.message.isVisible() and "未完了の項目があるまま確定する" in dialog.message.text()
        assert dialog.finalised is None
        # On its box, at the left: the check box spans the dialog, its text does not.
        qtbot.mouseClick(dialog.force, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.force.height() // 2))
        assert dialog.force.isChecked() and dialog.reason.isEnabled()
        # Done what the message asked: it goes, instead of still telling them to tick the box.
        assert not dialog.message.isVisible()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # ticked, no reason yet: asked for it
        assert dialog.message.isVisible() and "理由" in dialog.message.text() and dialog.finalised is None
        type_text(qtbot, dialog.reason, REASON)
        assert not dialog.message.isVisible()
        shot(dialog, "12-signoff-reason")
        seen["open_counts"] = dialog.readiness.counts()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.finalised is not None
        return 1

    def drive_export(dialog: export_dialog.ExportDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1366 and dialog.height() <= 768
        assert dialog.confirm.isVisible()  # no key yet: the passphrase is chosen now, typed twice
        qtbot.mouseClick(dialog.change_folder, Qt.MouseButton.LeftButton)
        assert dialog.folder.text() == str(chosen)
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClicks(dialog.confirm, PASSPHRASE)
        shot(dialog, "14-export")
        assert f"{ACCEPT_BY}、{OWNER}" in dialog.summary.text()  # names listed the Japanese way
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.exported is not None, timeout=90000)
        seen["exported"] = dialog.exported
        return 1

    def drive_history(dialog: export_history_dialog.ExportHistoryDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        shot(dialog, "16-export-history")
        assert dialog.windowTitle() == "書き出し履歴"
        assert dialog.table.rowCount() == 1
        cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
        seen["history"] = cells
        qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
        dialog.reject()
        return 0

    monkeypatch.setattr(setup_wizard.SetupWizard, "exec", drive_wizard)
    monkeypatch.setattr(signoff_dialog.SignOffDialog, "exec", drive_signoff)
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", drive_export)
    monkeypatch.setattr(export_history_dialog.ExportHistoryDialog, "exec", drive_history)

    _splash, controller = start_app(qtbot, isolated_data_dir, lang)
    window = main_window_of(qtbot, controller)
    window.resize(1366, 768)
    activate(qtbot, window)
    assert window.session.profile.name == INSTITUTION
    page = window.page
    shot(window, "07-first-item")

    # A few items: the first two are in place, the third is a gap with a plan, the fourth a gap
    # whose risk management accepted. Clicks on the answers, Japanese typed as the IME commits it.
    items = [it.id for it in window.session.items][:4]
    for item_id in items[:2]:
        assert window.current == item_id
        qtbot.mouseClick(page.status_buttons[Status.IMPLEMENTED], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert window.current == items[2]
    qtbot.mouseClick(page.status_buttons[Status.NOT_IMPLEMENTED], Qt.MouseButton.LeftButton)
    qtbot.wait(200)  # a moment, as a person takes: the page brings the plan into view
    assert page.plan_box.isVisible() and page.accept_box.isVisible()
    assert "実施する対策" in page.gap_hint.text()  # the hint asks for what the plan now holds
    assert plain(page.plan_measure_label.text()).startswith(terms.word("plan_measure", "ja"))
    type_text(qtbot, page.plan_measure, MEASURE)
    type_text(qtbot, page.plan_owner, OWNER)
    page.plan_date.setFocus()
    qtbot.keyClick(page.plan_date, Qt.Key.Key_Up)  # from "—": the suggested date, end of the fiscal year
    assert not page.plan_date.is_empty()
    shot(window, "08-gap-with-plan")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert window.current == items[3]
    qtbot.mouseClick(page.status_buttons[Status.PARTIAL], Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    type_text(qtbot, page.accept_by, ACCEPT_BY)
    type_text(qtbot, page.accept_reason, ACCEPT_REASON)
    page.accept_date.setFocus()
    qtbot.keyClick(page.accept_date, Qt.Key.Key_Up)
    assert not page.plan_priority.isVisible()  # no priority where the risk is accepted
    shot(window, "09-risk-accepted")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)

    ws = store_of(window.session)
    cycle_id = window.session.cycle.id
    stored = {i: ws.answers.get(cycle_id, i) for i in items}
    assert [stored[i].status for i in items] == [Status.IMPLEMENTED, Status.IMPLEMENTED, Status.NOT_IMPLEMENTED,
                                                 Status.PARTIAL]  # fmt: skip
    assert stored[items[2]].plan is not None and stored[items[2]].plan.measure == MEASURE
    assert stored[items[2]].plan.owner == OWNER and stored[items[2]].plan.is_complete()
    assert stored[items[3]].acceptance is not None and stored[items[3]].acceptance.is_complete()

    # The summary: where the cycle stands, and the next step as a button.
    window.act_summary.trigger()
    summary = window.pages.currentWidget()
    banner = summary.state_banner
    text = plain(banner.text.text())
    total = len(window.session.items)
    assert "作業中" in text and f"{total:,}項目中4項目" in text.replace(" ", ""), text
    assert banner.signoff_button.isVisible() and not banner.export_button.isVisible()
    shot(window, "10-summary-in-progress")
    assert window.geometry().width() <= 1366 and window.geometry().height() <= 768
    qtbot.mouseClick(banner.signoff_button, Qt.MouseButton.LeftButton)

    cycle = ws.cycles.get(cycle_id)
    assert not cycle.is_open and cycle.finalise_note is not None and cycle.finalise_note.reason == REASON
    assert cycle.finalise_note.open_counts == seen["open_counts"]
    summary = window.pages.currentWidget()
    banner = summary.state_banner
    text = plain(banner.text.text())
    assert "確定" in text and "田中 太郎" in text and "未完了" in text, text
    assert banner.export_button.isVisible() and not banner.signoff_button.isVisible()
    # The keyboard is on the next step, not on the hidden sign-off button (focus nowhere).
    assert window.focusWidget() is banner.export_button
    shot(window, "13-summary-finalised")

    qtbot.mouseClick(banner.export_button, Qt.MouseButton.LeftButton)
    done = seen["exported"]
    assert done.pdf.parent == chosen and done.bundle.parent == chosen
    assert done.pdf.name == "KM-0042_" + cycle.label + "_ja.pdf"
    finish, buttons = said.choices[-1]
    assert "送るものと送り方" in finish and f"「{done.bundle.name}」" in finish and f"「{done.pdf.name}」" in finish
    assert "パスフレーズと署名鍵のファイルは、絶対に送らないでください" in finish
    assert "登録ファイル" in finish  # a new key: send the enrolment file first
    assert "バンドル" not in finish  # jargon: it is the 提出用ファイル everywhere else
    assert "PDFを開く" in buttons[0] and "フォルダーを開く" in buttons[1]
    assert opened == [QUrl.fromLocalFile(str(chosen))]  # Open folder: nothing launched, the folder asked for

    window.act_export_history.trigger()
    cells = seen["history"]
    assert cells[1] == "日本語" and done.bundle.name in cells[3] and done.pdf.name in cells[3]
    assert cells[5] == "書き出したときのまま"  # the bundle on disk is the one written
    assert opened[-1] == QUrl.fromLocalFile(str(chosen))

    window.go_to(items[2])  # back to the gap: locked, its plan still there to read
    assert page.locked_banner.isVisible() and not page.answer_box.isEnabled()
    day = finalised_day(ws.cycles.get(cycle_id))
    # The local day of the sign-off, written 2026/12/02 as everywhere else in Japanese.
    assert day is not None and f"{day:%Y/%m/%d}に承認・確定" in page.locked_banner.text()
    assert page.plan_measure.toPlainText() == MEASURE
    shot(window, "18-item-locked")

    # The File menu, where the newcomer looks for the hand-over: Japanese only, nothing left in English.
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.popup(window.mapToGlobal(QPoint(0, 24)))
    shot(file_menu, "19-file-menu")
    labels = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert all(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", label) for label in labels), labels
    file_menu.close()
    window.show_help("report")
    shot(window._help, "20-help-report")

    window.act_enrolment_file.trigger()
    title, message = said.infos[-1]
    assert "登録ファイル" in title and str(enrolment_file) in message and "中央機関" in message
    assert "バンドル" not in message
    window.act_enrolment_sheet.trigger()
    title, message = said.infos[-1]
    assert "登録票" in title and str(enrolment_sheet) in message
    assert said.errors == []

    # On disk: the PDF for the board, the bundle for the central organisation, the enrolment files.
    pdf_text = subprocess.run(["pdftotext", str(done.pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(pdf_text.split())
    assert "".join(MEASURE.split()) in flat
    assert "".join(REASON.split()) in flat
    key = json.loads(enrolment_file.read_text(encoding="utf-8"))
    assert key and enrolment_sheet.read_bytes().startswith(b"%PDF")
    sheet_text = subprocess.run(
        ["pdftotext", str(enrolment_sheet), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert INSTITUTION in sheet_text
    verify = subprocess.run(
        [sys.executable, "-m", "fsadesk", "verify", str(done.bundle), "--key", str(enrolment_file)],
        capture_output=True, text=True, cwd=REPO, timeout=120, check=False,
    )  # fmt: skip
    assert verify.returncode == 0, verify.stdout + verify.stderr

    window.close()
    app._fsadesk_controller = None
    lang.set_language("en")
    assert OpenKind.UNANSWERED in seen["open_counts"]

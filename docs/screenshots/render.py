"""Render the gallery in docs/screenshots/: the main screens in Japanese and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render.py

Uses a fresh demo workspace in a temporary folder; writes <screen>-<lang>.png next to this file.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

HERE = Path(__file__).resolve().parent
SIZE = (1366, 768)  # the laptop screen offices have (issue #11 makes every screen fit it)


class NoPrompts:
    def confirm(self, *_: object) -> bool:
        return True

    def info(self, *_: object) -> None: ...
    def error(self, *_: object) -> None: ...
    def save_path(self, *_: object) -> None: ...
    def open_dir(self, *_: object) -> None: ...


class ShootingPrompts(NoPrompts):
    """Answers like NoPrompts, but photographs the message with buttons that `choose` would show
    (the export's finish message) before "closing" it."""

    def __init__(self, app: QApplication, name: str, lang: str) -> None:
        self.app, self.name, self.lang = app, name, lang

    def choose(self, title: str, text: str, buttons: Sequence[str]) -> int:
        from fsadesk.ui.prompts import QtPrompts

        box, _ = QtPrompts().choice_box(title, text, buttons)
        box.show()
        settle(self.app)
        path = HERE / f"{self.name}-{self.lang}.png"
        box.grab().save(str(path))
        print("wrote", path.relative_to(HERE.parents[1]))
        box.close()
        return -1


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, name: str, lang: str, size: tuple[int, int] = SIZE) -> None:
    widget.resize(*size)
    widget.show()
    settle(app)
    path = HERE / f"{name}-{lang}.png"
    widget.grab().save(str(path))
    print("wrote", path.relative_to(HERE.parents[1]))


def main() -> None:
    app = QApplication(sys.argv)
    from fsadesk.app.answering import AssessmentSession
    from fsadesk.app.cycles import start_next_cycle
    from fsadesk.app.workspace import AssessmentWorkspace
    from fsadesk.assessment.answers import Status
    from fsadesk.catalogue import load_catalogue
    from fsadesk.cli import run
    from fsadesk.store import open_workspace
    from fsadesk.ui.app import StartWindow, load_japanese_font
    from fsadesk.ui.compare_dialog import CompareDialog
    from fsadesk.ui.help_dialog import HelpDialog
    from fsadesk.ui.i18n import LanguageManager
    from fsadesk.ui.main_window import MainWindow
    from fsadesk.ui.setup_wizard import SetupWizard
    from fsadesk.ui.summary_page import SummaryPage

    load_japanese_font(app)
    catalogue = load_catalogue()
    manager = LanguageManager(app, "ja")
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo"
        run(["demo", str(demo)])
        with open_workspace(demo) as ws:  # a second cycle for the comparison view
            first = ws.cycles.latest()
            assert first is not None
            second = start_next_cycle(ws, catalogue, "2027年度", 2027, first.id, by="demo").cycle
            answers = ws.answers.load(second.id)
            for item_id in list(answers)[:12]:
                a = answers[item_id]
                better = Status.IMPLEMENTED if a.status in (Status.PARTIAL, Status.NOT_IMPLEMENTED) else a.status
                ws.answers.save(second.id, a.__class__(**{**a.__dict__, "status": better, "marked_for_review": False}))
        for lang in ("ja", "en"):
            manager.set_language(lang)  # type: ignore[arg-type]
            settle(app)
            screens: list[tuple[str, Callable[[], QWidget], tuple[int, int]]] = []

            def wizard(page: int, lang: str = lang) -> QWidget:  # called in this round of the loop
                w = SetupWizard(catalogue, manager, Path(tmp) / f"data-{lang}-{page}", NoPrompts())
                w.restart()
                for _ in range(page):
                    if page >= 3 and w.currentId() == 2:  # profile: fill in so Next is allowed
                        p = w.currentPage()
                        p.name_edit.setText("みなと信用組合" if lang == "ja" else "Minato Credit Cooperative")  # type: ignore[attr-defined]
                        p.id_edit.setText("SK-0042")  # type: ignore[attr-defined]
                    if w.currentId() == 4:  # questions: answer them all, two with Yes
                        boxes = list(w.currentPage().boxes.values())  # type: ignore[attr-defined]
                        for n, box in enumerate(boxes):
                            (box.yes if n in (0, 6) else box.no).setChecked(True)
                    w.next()
                return w

            screens.append(("wizard-welcome", lambda: wizard(0), (820, 660)))
            screens.append(("wizard-profile", lambda: wizard(2), (820, 660)))
            screens.append(("wizard-scope", lambda: wizard(3), (820, 660)))
            screens.append(("wizard-applicability", lambda: wizard(4), (820, 720)))
            screens.append(("wizard-confirm", lambda: wizard(5), (820, 720)))

            ws = open_workspace(demo)
            session = AssessmentSession(ws, catalogue, first.id)
            window = MainWindow(session, manager, NoPrompts())
            window.go_to("2.2.3-B3")
            shoot(app, window, "main-item", lang)
            gap = next(a.item_id for a in session.assessment_workspace.answers(first.id).values() if a.plan)
            window.go_to(gap)
            settle(app)
            window.item_scroll.ensureWidgetVisible(window.page.gap_panel, 0, 40)  # as choosing a gap does
            shoot(app, window, "main-gap-plan", lang)
            target = session.next_unanswered(None)
            assert target is not None
            window.go_to(target)
            window.page.choose_status(4)  # Not applicable, no reason yet: the page says what is missing
            window.page.flush()  # as leaving the item would: the message appears
            QTest.qWait(150)  # the reason field is scrolled into view
            shoot(app, window, "main-na-needs-reason", lang)
            window.page.choose_status(5)
            window.page.flush()
            # A paste longer than a note may be: what fits goes in, and the page says the rest did not.
            window.go_to("2.1.1-B1")
            from PySide6.QtCore import QMimeData

            pasted = QMimeData()
            pasted.setText("規程の見直し記録。" * 700)  # 6,300 characters, the limit is 5,000
            window.page.notes.setFocus()
            window.page.notes.moveCursor(window.page.notes.textCursor().MoveOperation.End)
            window.page.notes.insertFromMimeData(pasted)
            settle(app)
            window.item_scroll.ensureWidgetVisible(window.page.notes_limit, 0, 40)
            shoot(app, window, "main-note-limit", lang)
            window.page.notes.undo()  # back to the demo's note, as a user would
            window.page.flush()
            summary = SummaryPage(session, manager, NoPrompts())
            shoot(app, summary, "summary", lang)
            summary.close()
            window.close()
            ws.close()

            _end_of_cycle(app, demo, catalogue, manager, second.id, first.id, lang, Path(tmp))

            ws2 = open_workspace(demo)
            profile = ws2.institution.get()
            assert profile is not None
            compare = CompareDialog(AssessmentWorkspace.of(ws2), catalogue, profile, manager)
            shoot(app, compare, "compare-cycles", lang, (1100, 760))
            compare.close()
            ws2.close()
            helpdlg = HelpDialog(manager)
            helpdlg.show_topic("statuses")
            shoot(app, helpdlg, "help", lang, (1000, 720))
            helpdlg.close()
            start = StartWindow()
            shoot(app, start, "start", lang, (460, 180))
            start.close()
            for name, make, size in screens:
                widget = make()
                shoot(app, widget, name, lang, size)
                widget.close()
            _central(app, manager, lang, Path(tmp))
    _ = QDate  # keep the import: QtCore must load before the fsadesk UI modules


def _end_of_cycle(
    app: QApplication, demo: Path, catalogue: object, manager: object, open_id: int, first_id: int, lang: str, tmp: Path
) -> None:
    """The end of a cycle: the sign-off's readiness list (the open cycle, finalising anyway with a
    reason), the export's finish message and the export history (the demo's first cycle)."""
    from fsadesk.app.answering import AssessmentSession
    from fsadesk.store import open_workspace
    from fsadesk.ui.export_dialog import ExportDialog
    from fsadesk.ui.export_history_dialog import ExportHistoryDialog
    from fsadesk.ui.signoff_dialog import SignOffDialog

    ws = open_workspace(demo)
    session = AssessmentSession(ws, catalogue, open_id)  # type: ignore[arg-type]
    signoff = SignOffDialog(session.assessment_workspace, catalogue, open_id, NoPrompts(), lang=lang)  # type: ignore[arg-type]
    signoff.force.setChecked(True)
    signoff.reason.setPlainText(
        "未回答の項目は来年度の評価で回答する。理事会で了承済み。"
        if lang == "ja"
        else "The unanswered items will be answered in next year's assessment; the board agreed."
    )
    shoot(app, signoff, "signoff-readiness", lang, (900, 740))
    signoff.reject()
    session.close()
    ws.close()

    ws = open_workspace(demo)
    session = AssessmentSession(ws, catalogue, first_id)  # type: ignore[arg-type]
    export = ExportDialog(session, manager, ShootingPrompts(app, "export-finished", lang))  # type: ignore[arg-type]
    export.folder.setText(str(tmp / f"exports-{lang}"))
    export.passphrase.setText("gallery passphrase 2026")
    export.confirm.setText("gallery passphrase 2026")
    shoot(app, export, "export-dialog", lang, (760, 640))
    export.export()
    deadline = time.monotonic() + 120
    while export.exported is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    assert export.exported is not None, export.message.text()
    export.close()
    history = ExportHistoryDialog(session.assessment_workspace, session.cycle, lang)  # type: ignore[arg-type]
    shoot(app, history, "export-history", lang, (1000, 420))
    history.close()
    session.close()
    ws.close()


def _central(app: QApplication, manager: object, lang: str, tmp: Path) -> None:
    """The central organisation's screens: its set-up, the member registry with a few members (one
    edited, one revoked) and the enrolment confirmation list with a file that could not be read."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fsadesk.assessment.profile import InstitutionProfile
    from fsadesk.bundle.keys import write_enrolment
    from fsadesk.central.members import accept_enrolment, edit_member, read_enrolments, revoke_member
    from fsadesk.central.setup import init_central
    from fsadesk.ui.central.member_dialogs import EnrolConfirmDialog
    from fsadesk.ui.central.setup import CentralSetupDialog
    from fsadesk.ui.central.window import CentralWindow
    from fsadesk.ui.settings import AppSettings

    ja = lang == "ja"
    setup = CentralSetupDialog()
    setup.name.setText("東海信用組合協会" if ja else "Tokai Association of Credit Cooperatives")
    setup.db_file.setText(str(Path.home() / "Documents" / "fsadesk-central.sqlite"))
    shoot(app, setup, "central-setup", lang, (760, 560))
    setup.close()
    folder = tmp / f"central-{lang}"
    folder.mkdir()
    db = init_central(folder / "central.sqlite", "東海信用組合協会", folder / "keys", "gallery passphrase 2026")
    enrolments = folder / "enrolments"
    enrolments.mkdir()
    names = ("みなと信用組合", "やまなみ信用組合", "はまかぜ信用組合", "さくら通信信用組合")
    for n, name in enumerate(names, start=1):
        profile = InstitutionProfile(name=name, institution_id=f"SK-{n:04d}", category="regional")
        write_enrolment(enrolments / f"SK-{n:04d}.json", profile, Ed25519PrivateKey.generate().public_key())
    good, _bad = read_enrolments([enrolments])
    for pending in good[:3]:
        accept_enrolment(db, pending, confirmed_by="gallery")
    edit_member(db, "SK-0001", size_band="small", region="愛知" if ja else "Aichi")
    revoke_member(db, "SK-0003", "鍵を保存したPCの盗難" if ja else "The PC holding the key was stolen")
    window = CentralWindow(db, folder / "keys", manager, NoPrompts(), AppSettings(), tmp / f"data-central-{lang}")  # type: ignore[arg-type]
    shoot(app, window, "central-members", lang)
    (enrolments / "scan.json").write_text("not an enrolment file", encoding="utf-8")
    good, bad = window.members.read_files([enrolments])  # the reasons in the user's words
    confirm = EnrolConfirmDialog(good[3:], bad, window)
    confirm.tick(0)
    shoot(app, confirm, "central-enrol-confirm", lang, (980, 560))
    confirm.close()
    window.close()


if __name__ == "__main__":
    main()

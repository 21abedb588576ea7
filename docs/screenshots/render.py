"""Render the gallery in docs/screenshots/: the main screens in Japanese and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/render.py [central]

Uses a fresh demo workspace in a temporary folder; writes <screen>-<lang>.png next to this file.
With `central`, only the central organisation's screens and the member's summary once its
submission was received (the rest takes minutes); with `peers`, only the member's summary with a
benchmark pack imported.
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
    only_central = sys.argv[1:] == ["central"]
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo"
        run(["demo", str(demo)])
        if only_central:
            for lang in ("ja", "en"):
                manager.set_language(lang)  # type: ignore[arg-type]
                settle(app)
                _central(app, manager, lang, Path(tmp), demo, catalogue)
            return
        if sys.argv[1:] == ["peers"]:  # only the member's summary with a benchmark pack
            for lang in ("ja", "en"):
                manager.set_language(lang)  # type: ignore[arg-type]
                _summary_peers(app, manager, lang, Path(tmp), catalogue)
            return
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
            _summary_peers(app, manager, lang, Path(tmp), catalogue)
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
            _central(app, manager, lang, Path(tmp), demo, catalogue)
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


def _central(app: QApplication, manager: object, lang: str, tmp: Path, demo: Path, catalogue: object) -> None:
    """The central organisation's screens, in the order of its year: set-up, the member registry
    (one member edited, one revoked) and the enrolment confirmation list, a new campaign and the
    campaigns tab, the intake of a mixed folder (while it runs, then its summary), and the member's
    summary once the campaign file and the receipt for its submission were imported."""
    import shutil

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
    name = "東海信用組合協会" if ja else "Tokai Association of Credit Cooperatives"
    setup = CentralSetupDialog()
    setup.name.setText(name)
    setup.db_file.setText(str(Path.home() / "Documents" / "fsadesk-central.sqlite"))
    shoot(app, setup, "central-setup", lang, (760, 560))
    setup.close()
    folder = tmp / f"central-{lang}"
    folder.mkdir()
    db = init_central(folder / "central.sqlite", name, folder / "keys", PASSPHRASE)
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

    member = tmp / f"member-{lang}"  # the demo institution, which submits to this organisation
    shutil.copytree(demo, member)
    campaign_file = _central_campaign(app, window, lang, folder, catalogue)
    inbox = _central_inbox(folder, member, catalogue, window)
    _central_intake(app, window, lang, inbox)
    receipt = next((window.intake.folders.outbox / "DEMO-0001").glob("*.fsar"))  # type: ignore[attr-defined]
    from render_dashboard import add_members, shoot_dashboard  # beside this script

    add_members(db, folder, member, catalogue, PASSPHRASE)  # more members, so the dashboard has figures
    shoot_dashboard(app, window, lang, shoot)
    window.close()
    _member_received(app, manager, lang, member, catalogue, campaign_file, receipt)


PASSPHRASE = "gallery passphrase 2026"


def _central_campaign(app: QApplication, window: QWidget, lang: str, folder: Path, catalogue: object) -> Path:
    """The New campaign dialog filled in, then the campaigns tab holding the campaign it made."""
    from fsadesk.ui.central.campaign_dialog import CampaignDialog

    dialog = CampaignDialog(window.db, folder / "keys", window.lang_manager, NoPrompts(), catalogue, window)  # type: ignore[attr-defined, arg-type]
    title = "2026年度 サイバーセキュリティ自己評価" if lang == "ja" else "FY2026 cybersecurity self-assessment"
    dialog.title.setText(title)
    dialog.year.setValue(2026)
    dialog.cycle_label.setText("2026年度")  # the demo's cycle: members answer it under this name
    dialog.deadline.setDate(QDate(2027, 6, 30))
    dialog.target.setText(str(Path.home() / "Documents" / "2026年度_提出依頼.fsac"))
    dialog.passphrase.setText(PASSPHRASE)
    shoot(app, dialog, "central-campaign-dialog", lang, (760, dialog.sizeHint().height()))
    dialog.target.setText(str(folder / "campaign.fsac"))
    dialog.submit()
    assert dialog.written is not None, "the campaign was not made"
    window._campaign_created()  # type: ignore[attr-defined]  # as the menu's action does after the dialog
    window.tabs.setCurrentWidget(window.campaigns)  # type: ignore[attr-defined]
    shoot(app, window, "central-campaigns", lang)
    return dialog.written


def _central_inbox(folder: Path, member: Path, catalogue: object, window: QWidget) -> Path:
    """A folder as members' submissions arrive: the demo institution's real export, and bundles of
    its answers signed by other members, one of each kind the intake tells apart."""
    import dataclasses
    import datetime as dt
    import zipfile

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from pyrage import x25519

    from fsadesk.app.export import export_cycle, read_record
    from fsadesk.bundle import spec
    from fsadesk.bundle.build import bundle_bytes
    from fsadesk.bundle.encrypt import encrypt_bundle
    from fsadesk.bundle.keys import write_enrolment
    from fsadesk.bundle.zipfmt import write_zip
    from fsadesk.central.keys import load_organisation_public
    from fsadesk.central.members import accept_enrolment, read_enrolment, revoke_member
    from fsadesk.store import open_workspace

    db = window.db  # type: ignore[attr-defined]
    inbox, enrolments = folder / "inbox", folder / "member-keys"
    inbox.mkdir()
    enrolments.mkdir()
    with open_workspace(member) as ws:
        cycle = ws.cycles.all()[0]  # the demo's 2026年度, which the campaign asks for
        base = read_record(ws, catalogue, cycle.id)  # type: ignore[arg-type]
    pdf = b"%PDF-1.7\n%%EOF\n"  # the intake checks the report's hash, not its pages

    def enrolled(institution_id: str, name: str, *, register: bool = True) -> tuple[object, Ed25519PrivateKey]:
        record = dataclasses.replace(base, profile=dataclasses.replace(base.profile, institution_id=institution_id,
                                                                       name=name))  # fmt: skip
        key = Ed25519PrivateKey.generate()
        if register:
            path = enrolments / f"{institution_id}.json"
            write_enrolment(path, record.profile, key.public_key())
            accept_enrolment(db, read_enrolment(path), confirmed_by="gallery")
        return record, key

    def signed(record: object, key: Ed25519PrivateKey, days: int = 0, year: int | None = None) -> bytes:
        if year is not None:
            cycle = dataclasses.replace(record.cycle, label=f"{year}年度", fiscal_year=year)  # type: ignore[attr-defined]
            record = dataclasses.replace(record, cycle=cycle)  # type: ignore[type-var]
        created = dt.datetime(2027, 6, 1, 9, 0, tzinfo=dt.UTC) + dt.timedelta(days=days)
        return bundle_bytes(record, catalogue, key, report_pdf=pdf, include_notes=True, created=created)[0]  # type: ignore[arg-type]

    # The demo institution: its own export, made by the app's export as a member makes it.
    key = Ed25519PrivateKey.generate()
    write_enrolment(enrolments / "demo.json", base.profile, key.public_key())
    accept_enrolment(db, read_enrolment(enrolments / "demo.json"), confirmed_by="gallery")
    name = f"{base.profile.institution_id}_2026年度.fsab"
    with open_workspace(member) as ws:
        export_cycle(ws, catalogue, cycle.id, lambda: key, lang="ja", include_notes=True, bundle_path=inbox / name)  # type: ignore[arg-type]
    sent = (inbox / name).read_bytes()
    (inbox / f"{base.profile.institution_id}_2026年度_再送.fsab").write_bytes(sent)  # sent twice
    minami, minami_key = enrolled("SK-0101", "みなみ信用組合")
    (inbox / "SK-0101_2026年度.fsab").write_bytes(signed(minami, minami_key))
    (inbox / "SK-0101_2026年度_再提出.fsab").write_bytes(signed(minami, minami_key, days=3))  # corrected
    (inbox / "SK-0101_2026年度_旧版.fsab").write_bytes(signed(minami, minami_key, days=-5))  # an old copy again
    yamabuki, yamabuki_key = enrolled("SK-0102", "やまぶき信用組合")
    with zipfile.ZipFile(__import__("io").BytesIO(signed(yamabuki, yamabuki_key))) as z:
        members = [(n, z.read(n)) for n in spec.MEMBER_ORDER]
    members = [(n, b.replace(b"%%EOF", b"%%EOX") if n == "report.pdf" else b) for n, b in members]
    (inbox / "SK-0102_2026年度.fsab").write_bytes(write_zip(members))  # changed after signing
    stranger, stranger_key = enrolled("SK-0201", "あおば信用組合", register=False)
    (inbox / "SK-0201_2026年度.fsab").write_bytes(signed(stranger, stranger_key))
    tsubaki, tsubaki_key = enrolled("SK-0103", "つばき信用組合")
    revoke_member(db, "SK-0103", "鍵を保存したPCの盗難")
    (inbox / "SK-0103_2026年度.fsab").write_bytes(signed(tsubaki, tsubaki_key))
    kaede, kaede_key = enrolled("SK-0104", "かえで信用組合")
    (inbox / "SK-0104_2025年度.fsab").write_bytes(signed(kaede, kaede_key, year=2025))
    sumire, sumire_key = enrolled("SK-0105", "すみれ信用組合")
    recipient = x25519.Recipient.from_str(load_organisation_public(folder / "keys").age_recipient)
    (inbox / "SK-0105_2026年度_暗号化.fsab").write_bytes(encrypt_bundle(signed(sumire, sumire_key), [recipient]))
    return inbox


def _central_intake(app: QApplication, window: QWidget, lang: str, inbox: Path) -> None:
    """The intake tab while the batch runs (photographed as the third file is reported done, so the
    picture is the same each time), then its summary."""
    view = window.intake  # type: ignore[attr-defined]
    window.tabs.setCurrentWidget(view)  # type: ignore[attr-defined]
    view.ask_passphrase = lambda _problem: PASSPHRASE
    for field in (view.quarantine, view.outbox):  # shown as on a user's PC, not the temporary folder
        field.setText(str(Path.home() / "Documents" / "fsadesk-central" / Path(field.text()).name))
    window.resize(*SIZE)
    window.show()
    settle(app)

    def running(done: int, _total: int, _name: str) -> None:
        if done == 3:
            path = HERE / f"central-intake-progress-{lang}.png"
            window.grab().save(str(path))
            print("wrote", path.relative_to(HERE.parents[1]))

    view._signals.file_done.connect(running)
    view.start_import([inbox])
    deadline = time.monotonic() + 120
    while view._worker is not None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    assert view.batch is not None, "the intake did not finish"
    view._signals.file_done.disconnect(running)
    shoot(app, window, "central-intake", lang)


def _member_received(
    app: QApplication, manager: object, lang: str, member: Path, catalogue: object, campaign: Path, receipt: Path
) -> None:
    """The member's summary once it imported the campaign file and then the receipt for the
    submission it exported: the deadline, and "received by … on …"."""
    from fsadesk.app.answering import AssessmentSession
    from fsadesk.app.campaigns import import_campaign, import_receipt
    from fsadesk.store import open_workspace
    from fsadesk.ui.summary_page import SummaryPage

    import_campaign(member, campaign)
    import_receipt(member, receipt)
    ws = open_workspace(member)
    session = AssessmentSession(ws, catalogue, ws.cycles.all()[0].id)  # type: ignore[arg-type]
    summary = SummaryPage(session, manager, NoPrompts())  # type: ignore[arg-type]
    shoot(app, summary, "summary-received", lang)
    summary.close()
    session.close()
    ws.close()


def _summary_peers(app: QApplication, manager: object, lang: str, tmp: Path, catalogue: object) -> None:
    """The member's summary on its "You and your peer group" tab, a benchmark pack imported."""
    from gallery_peers import member_with_pack

    from fsadesk.app.answering import AssessmentSession
    from fsadesk.store import open_workspace
    from fsadesk.ui.summary_page import SummaryPage

    folder = member_with_pack(tmp / f"peers-{lang}")
    ws = open_workspace(folder)
    session = AssessmentSession(ws, catalogue, ws.cycles.latest().id)  # type: ignore[arg-type, union-attr]
    summary = SummaryPage(session, manager, NoPrompts())  # type: ignore[arg-type]
    summary.top_tabs.setCurrentWidget(summary.peer_panel)
    shoot(app, summary, "summary-peers", lang)
    summary.close()
    session.close()
    ws.close()


if __name__ == "__main__":
    main()

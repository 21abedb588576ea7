"""The central organisation's intake, driven as an analyst would in its window's Intake tab: drop
(or choose) a folder of members' submission files, answer the passphrase, watch progress (the window
stays responsive), cancel, read the summary in Japanese and English, and save it as XLSX."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pyrage import x25519
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from fsadesk.bundle.encrypt import encrypt_bundle
from fsadesk.catalogue import Catalogue
from fsadesk.central.campaigns import create_campaign
from fsadesk.central.keys import load_organisation_public
from fsadesk.central.members import revoke_member
from fsadesk.ui.central.intake_model import NOT_IMPORTED
from fsadesk.ui.central.intake_view import IntakeView
from fsadesk.ui.central.window import CentralWindow
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.settings import AppSettings
from tests.bundle_support import members_of, rezip
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    PASSPHRASE,
    T0,
    Org,
    base_fixture,
    bundle,
    catalogue_fixture,
    demo_fixture,
    enrol,
    make_member,
    make_org,
    tree_of,
)


class FakePrompts:
    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.save_to: Path | None = None
        self.dir_to: Path | None = None

    def confirm(self, title: str, text: str) -> bool:
        return True

    def info(self, title: str, text: str) -> None:
        self.infos.append((title, text))

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def save_path(self, title: str, suggested: Path, filters: str) -> Path | None:
        return self.save_to

    def open_dir(self, title: str, start: Path) -> Path | None:
        return self.dir_to

    def choose(self, title: str, text: str, buttons: object) -> int:
        return -1


@pytest.fixture(params=["ja", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[LanguageManager]:
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")  # removes its translators: the next test starts without Japanese


@pytest.fixture
def ja_lang() -> Iterator[LanguageManager]:
    manager = LanguageManager(QApplication.instance(), "ja")
    yield manager
    manager.set_language("en")


@pytest.fixture
def en_lang() -> LanguageManager:
    return LanguageManager(QApplication.instance(), "en")


@pytest.fixture
def org(tmp_path: Path) -> Iterator[Org]:
    org = make_org(str(tmp_path / "central.db"), tmp_path)
    yield org
    org.db.close()


def _campaign(org: Org, base, catalogue: Catalogue) -> None:
    create_campaign(
        org.db, signing_key=org.unlock().signing_key, title="2026年度 自己評価", cycle_label=base.cycle.label,
        fiscal_year=base.cycle.fiscal_year, deadline=dt.date(2027, 6, 30), catalogue=catalogue, campaign_id="fy2026",
    )  # fmt: skip


def _mixed(tmp_path: Path, org: Org, base, catalogue: Catalogue) -> Path:
    """Every kind of file the issue names, in the order the batch takes them: the name says which.
    B-0002 sends a first bundle, the same file twice, a tampered one, a newer one (a resubmission,
    which replaces the first) and then an older one (a replay, which arrives after the newer)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    b = make_member(base, "B-0002", "北テスト信用組合")
    enrol(org, b, tmp_path / "enrolments")
    good = bundle(b, catalogue, created=T0)
    (inbox / "a-valid.fsab").write_bytes(good)
    shutil.copyfile(inbox / "a-valid.fsab", inbox / "b-duplicate.fsab")
    changed = members_of(bundle(b, catalogue, created=T0 + dt.timedelta(days=1)))
    changed["report.pdf"] = changed["report.pdf"].replace(b"%%EOF", b"%%EOX")
    (inbox / "c-tampered.fsab").write_bytes(rezip(changed))
    (inbox / "d-unknown-signer.fsab").write_bytes(bundle(make_member(base, "C-0003"), catalogue))
    h = make_member(base, "H-0008", "南テスト信用組合")
    enrol(org, h, tmp_path / "enrolments")
    recipient = x25519.Recipient.from_str(load_organisation_public(org.keys).age_recipient)
    (inbox / "e-encrypted.fsab").write_bytes(encrypt_bundle(bundle(h, catalogue), [recipient]))
    (inbox / "f-resubmission.fsab").write_bytes(bundle(b, catalogue, created=T0 + dt.timedelta(days=2)))
    (inbox / "g-replay.fsab").write_bytes(bundle(b, catalogue, created=T0 - dt.timedelta(days=1)))
    e = make_member(base, "E-0005", "東テスト信用組合")
    enrol(org, e, tmp_path / "enrolments")
    revoke_member(org.db, "E-0005", "会員のPCが盗まれたため")  # revoked today, before the bundle's date
    (inbox / "h-revoked.fsab").write_bytes(bundle(e, catalogue))
    (inbox / "i-wrong-campaign.fsab").write_bytes(bundle(b, catalogue, label="2025年度", fiscal_year=2025))
    return inbox


def _view(qtbot, org: Org, lang: LanguageManager, prompts: FakePrompts) -> IntakeView:
    view = IntakeView(org.db, org.keys, lang, prompts)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def _drop(view: IntakeView, *paths: Path) -> None:
    """What the file manager sends when files or folders are dropped on the drop area."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(view.drop, enter)
    assert enter.isAccepted()  # the drop area takes files and folders
    QApplication.sendEvent(view.drop, QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, buttons, keys))


def _table(view: IntakeView) -> dict[str, list[str]]:
    model = view.proxy
    return {model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, 6)] for r in range(model.rowCount())}


WORDS = {
    "ja": {"accepted": "受け付けました", "already": "取り込み済みです", "rejected": "受け付けませんでした",
           "superseded": "新しい提出に置き換えられました",
           "older": "受け付け済みのものより古い提出です（履歴に残します）",
           "unknown": "登録されていない", "tampered": "署名した後", "revoked": "失効した鍵",
           "campaign": "別の年度", "wrong": "正しくありません",
           "replaced_by": "f-resubmission.fsab に置き換えられました", "replaces": "a-valid.fsab を置き換えます",
           "replay": "すでに受け付けている"},
    "en": {"accepted": "Accepted", "already": "Already imported", "rejected": "Rejected",
           "superseded": "Replaced by a newer submission", "older": "Older than the one held (kept in history)",
           "unknown": "not registered", "tampered": "changed after the member signed", "revoked": "was revoked",
           "campaign": "another year or cycle", "wrong": "not correct",
           "replaced_by": "Replaced by f-resubmission.fsab", "replaces": "It replaces a-valid.fsab",
           "replay": "made before the submission already held"},
}  # fmt: skip

REJECTED = ["c-tampered.fsab", "d-unknown-signer.fsab", "h-revoked.fsab", "i-wrong-campaign.fsab"]


@pytest.mark.slow
def test_a_mixed_folder_dropped_or_chosen_in_the_window_gets_counts_and_reasons_in_the_users_language(
    qtbot, tmp_path: Path, org: Org, base, catalogue: Catalogue, lang: LanguageManager
):
    _campaign(org, base, catalogue)
    inbox = _mixed(tmp_path, org, base, catalogue)
    before = tree_of(inbox)
    prompts = FakePrompts()
    window = CentralWindow(org.db, org.keys, lang, prompts, AppSettings(), tmp_path / "data")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    view = window.intake
    assert isinstance(view, IntakeView) and window.tabs.currentWidget() is view
    asked: list[str | None] = []
    answers = iter(["not the passphrase", PASSPHRASE])

    def ask(problem: str | None) -> str | None:
        asked.append(problem)
        return next(answers)

    view.ask_passphrase = ask
    assert view.campaign.currentData() == "fy2026"  # the newest campaign is chosen
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    shown: list[str] = []  # what the progress line said after each file
    view._signals.file_done.connect(lambda *_: shown.append(view.progress_label.text()))
    if lang.lang == "ja":
        _drop(view, inbox)  # from the file manager
    else:
        prompts.dir_to = inbox  # or chosen with the button
        qtbot.mouseClick(view.choose_folder, Qt.MouseButton.LeftButton)
    assert not view.drop.isEnabled() and view.cancel.isVisible()  # running: no second batch, Cancel shown
    qtbot.waitUntil(lambda: view.batch is not None, timeout=60000)
    timer.stop()
    assert ticks, "the window processed no events while importing"
    words = WORDS[lang.lang]
    of = {"ja": "9 件中 3 件（直前: c-tampered.fsab）", "en": "3 of 9 files (last: c-tampered.fsab)"}[lang.lang]
    assert len(shown) == 9 and shown[2] == of
    # Asked once, then again after the wrong passphrase, saying so plainly.
    assert asked[0] is None and asked[1] is not None and words["wrong"] in asked[1]
    rows = _table(view)
    assert sorted(rows) == [p.name for p in sorted(inbox.iterdir())]
    status = {name: row[2] for name, row in rows.items()}
    reason = {name: row[3] for name, row in rows.items()}
    assert status == {
        "a-valid.fsab": words["superseded"], "b-duplicate.fsab": words["already"],
        "c-tampered.fsab": words["rejected"], "d-unknown-signer.fsab": words["rejected"],
        "e-encrypted.fsab": words["accepted"], "f-resubmission.fsab": words["accepted"],
        "g-replay.fsab": words["older"], "h-revoked.fsab": words["rejected"],
        "i-wrong-campaign.fsab": words["rejected"],
    }  # fmt: skip
    assert "B-0002" in rows["a-valid.fsab"][0] and rows["a-valid.fsab"][1] == base.cycle.label
    assert "H-0008" in rows["e-encrypted.fsab"][0]
    # A rejected file names its member (the registry's name) where its enrolled key proved it sent
    # it; a file that proved nothing names nobody.
    assert rows["h-revoked.fsab"][0] == "東テスト信用組合 (E-0005)"
    assert rows["i-wrong-campaign.fsab"][0] == rows["a-valid.fsab"][0]
    assert rows["c-tampered.fsab"][0] == "" and rows["d-unknown-signer.fsab"][0] == ""
    # The history: the first is replaced by the resubmission, which says so; the replay is kept aside.
    assert words["replaced_by"] in reason["a-valid.fsab"] and words["replaces"] in reason["f-resubmission.fsab"]
    assert words["replay"] in reason["g-replay.fsab"]
    assert words["tampered"] in reason["c-tampered.fsab"] and words["unknown"] in reason["d-unknown-signer.fsab"]
    assert words["revoked"] in reason["h-revoked.fsab"] and words["campaign"] in reason["i-wrong-campaign.fsab"]
    summary = view.summary.text()
    for word, count in (("accepted", 2), ("superseded", 1), ("already", 1), ("older", 1), ("rejected", 4)):
        assert f"{words[word]}: {count}" in summary
    # Receipts for the campaign's accepted submissions (the replaced one's too: it was received).
    receipts = sorted(p.relative_to(view.folders.outbox).as_posix() for p in view.folders.outbox.rglob("*.fsar"))
    assert receipts == ["B-0002/a-valid.fsar", "B-0002/f-resubmission.fsar", "H-0008/e-encrypted.fsar"]
    # Rejected files copied to quarantine with a reason file each; the user's folder untouched.
    assert tree_of(inbox) == before and prompts.errors == []
    copies = sorted(view.folders.quarantine.rglob("*.fsab"))
    assert [p.name for p in copies] == REJECTED
    for copy in copies:
        assert copy.read_bytes() == (inbox / copy.name).read_bytes()
        note = copy.with_name(copy.name + ".reason.txt").read_text(encoding="utf-8")
        assert "理由:" in note and "Reason (" in note
    assert "失効した鍵" in copies[2].with_name("h-revoked.fsab.reason.txt").read_text(encoding="utf-8")
    # Filtered by status: only the rejected files.
    view.filter.setCurrentIndex(view.filter.findData("rejected"))
    assert sorted(_table(view)) == REJECTED


def test_cancel_keeps_the_files_imported_and_lists_the_rest_as_not_imported(
    qtbot, tmp_path: Path, org: Org, base, catalogue: Catalogue, en_lang: LanguageManager
):
    lang = en_lang
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(6):
        member = make_member(base, f"M-{n:04d}")
        enrol(org, member, tmp_path / "enrolments")
        (inbox / f"m{n}.fsab").write_bytes(bundle(member, catalogue))
    view = _view(qtbot, org, lang, FakePrompts())
    view.ask_passphrase = lambda problem: pytest.fail("no passphrase is needed without a campaign or encryption")
    # Cancel as soon as the first file is done, as a user pressing Cancel would.
    pressed: list[int] = []

    def press_cancel(done: int, total: int, name: str) -> None:
        if not pressed:
            pressed.append(done)
            view.cancel.click()

    view._signals.file_done.connect(press_cancel)
    _drop(view, inbox)
    qtbot.waitUntil(lambda: view.batch is not None, timeout=60000)
    statuses = [r.status for r in view.model.rows]
    done = [s for s in statuses if s != NOT_IMPORTED]
    assert 1 <= len(done) < 6 and statuses[len(done) :] == [NOT_IMPORTED] * (6 - len(done))
    assert all(s == "accepted" for s in done)
    assert "cancelled" in view.summary.text()
    assert "Not imported (cancelled)" in [view.proxy.index(r, 3).data() for r in range(view.proxy.rowCount())]
    # Dropping the folder again takes in the rest; the ones already held are said to be so.
    _drop(view, inbox)
    qtbot.waitUntil(lambda: view._worker is None and len(view.batch.outcomes) == 6, timeout=60000)
    again = [r.status for r in view.model.rows]
    assert again.count("already_imported") == len(done) and again.count("accepted") == 6 - len(done)


def test_summary_saved_as_xlsx_and_folders_opened(
    qtbot,
    tmp_path: Path,
    org: Org,
    base,
    catalogue: Catalogue,
    monkeypatch: pytest.MonkeyPatch,
    ja_lang: LanguageManager,
):
    lang = ja_lang
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "note.fsab").write_bytes("会議の議事録です。\n".encode())
    prompts = FakePrompts()
    view = _view(qtbot, org, lang, prompts)
    assert view.quarantine.text() == str(tmp_path / "central-quarantine")  # beside the database, visible
    _drop(view, inbox)
    qtbot.waitUntil(lambda: view.batch is not None, timeout=60000)
    prompts.save_to = tmp_path / "out" / "summary"  # no suffix: saved as Excel
    (tmp_path / "out").mkdir()
    view.save.click()
    book = openpyxl.load_workbook(tmp_path / "out" / "summary.xlsx")
    values = [[c.value for c in row] for row in book.worksheets[0].iter_rows()]
    # In the user's words, as the table shows them: headings, result and reason.
    assert values[0][:5] == ["ファイル", "会員", "年度", "結果", "理由"]
    assert values[1][0] == "note.fsab" and values[1][3] == "受け付けませんでした"
    assert values[1][4].startswith("fsadesk の提出用ファイル（.fsab）ではありません。")
    assert values[1][6] == str(inbox / "note.fsab") and values[1][7].startswith(str(tmp_path / "central-quarantine"))
    counts = [[c.value for c in row] for row in book.worksheets[1].iter_rows()]
    assert counts == [["結果", "件数"], ["受け付けませんでした", 1]]
    prompts.save_to = tmp_path / "out" / "summary.csv"
    view.save.click()
    lines = (tmp_path / "out" / "summary.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("ファイル,会員,年度,結果,理由") and "受け付けませんでした" in lines[1]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    view.open_quarantine.click()
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_path / "central-quarantine"]
    view.open_outbox.click()  # nothing written there yet: said, not opened
    assert len(opened) == 1 and "central-outbox" in prompts.infos[-1][1]


def test_a_changed_folder_is_remembered(qtbot, tmp_path: Path, org: Org, ja_lang: LanguageManager):
    lang = ja_lang
    prompts = FakePrompts()
    view = _view(qtbot, org, lang, prompts)
    prompts.dir_to = tmp_path / "elsewhere"
    view.change_quarantine.click()
    again = _view(qtbot, org, lang, prompts)
    assert again.quarantine.text() == str(tmp_path / "elsewhere")
    assert again.outbox.text() == str(tmp_path / "central-outbox")


def test_cancelling_the_passphrase_imports_nothing(
    qtbot, tmp_path: Path, org: Org, base, catalogue: Catalogue, ja_lang: LanguageManager
):
    _campaign(org, base, catalogue)
    inbox = _mixed(tmp_path, org, base, catalogue)
    view = _view(qtbot, org, ja_lang, FakePrompts())
    view.ask_passphrase = lambda problem: None
    _drop(view, inbox)
    assert view.batch is None and view._worker is None and view.drop.isEnabled()
    assert not (tmp_path / "central-quarantine").exists()


def test_the_passphrase_is_asked_masked_and_says_why_it_is_asked_again(qtbot, ja_lang: LanguageManager):
    from fsadesk.ui.central.passphrase import PassphraseDialog, wrong_text

    dialog = PassphraseDialog("理由", wrong_text())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.problem.isVisible() and "パスフレーズが正しくありません" in dialog.problem.text()


def test_an_empty_folder_is_said_plainly(qtbot, tmp_path: Path, org: Org, ja_lang: LanguageManager):
    prompts = FakePrompts()
    view = _view(qtbot, org, ja_lang, prompts)
    (tmp_path / "empty").mkdir()
    _drop(view, tmp_path / "empty")
    assert view._worker is None and view.batch is None
    empty = ("取り込むファイルがありません", "フォルダーが空で、取り込む提出用ファイルがありません。")
    assert prompts.errors == [empty]

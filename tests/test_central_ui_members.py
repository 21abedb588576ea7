"""The central window's member registry, driven as a user would, in Japanese and English: enrol
from a folder with a bad file (only ticked rows enrolled), search, edit (a too-long region refused
in words), rotate a key, revoke with a reason; each read back from the real SQLite database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from fsadesk.central.members import find_member
from fsadesk.central.setup import init_central
from fsadesk.central.store.database import CentralDatabase
from fsadesk.limits import REGION
from fsadesk.ui.central.member_dialogs import EditMemberDialog, EnrolConfirmDialog, RevokeDialog
from fsadesk.ui.central.window import CentralWindow
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.settings import AppSettings

from .central.conftest import make_enrolment

PASSPHRASE = "correct horse battery"


class FakePrompts:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.confirms: list[str] = []
        self.folder: Path | None = None
        self.answer = True

    def confirm(self, title: str, text: str) -> bool:
        self.confirms.append(text)
        return self.answer

    def info(self, title: str, text: str) -> None:
        self.infos.append(text)

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def save_path(self, title: str, suggested: Path, filters: str) -> Path | None:
        return None

    def open_dir(self, title: str, start: Path) -> Path | None:
        return self.folder

    def choose(self, title: str, text: str, buttons: object) -> int:
        return -1


@pytest.fixture(params=["ja", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp, request.param)
    yield manager
    manager.set_language("en")


@pytest.fixture
def central_db(tmp_path: Path) -> Iterator[CentralDatabase]:
    db = init_central(tmp_path / "central.sqlite", "東海信用組合協会", tmp_path / "keys", PASSPHRASE)
    yield db
    db.close()


@pytest.fixture
def window(qtbot, central_db: CentralDatabase, lang: LanguageManager, tmp_path: Path):
    prompts = FakePrompts()
    win = CentralWindow(central_db, tmp_path / "keys", lang, prompts, AppSettings(), tmp_path / "data")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win, prompts


def answering(handler: Callable[[QDialog], None]) -> Callable[[QDialog], int]:
    """Answer a modal dialog like a user (fill it in, press its button) without blocking."""

    def run(dialog: QDialog) -> int:
        dialog.show()
        handler(dialog)
        return dialog.result()

    return run


def enrol_two(window_and_prompts, tmp_path: Path, qtbot) -> None:
    win, prompts = window_and_prompts
    folder = tmp_path / "enrolments"
    make_enrolment(folder, "0001", "みらい信用組合", file="a.json")
    make_enrolment(folder, "0002", "さくら信用組合", file="b.json")
    make_enrolment(folder, "0003", "ひかり信用組合", file="c.json")
    (folder / "d.json").write_text("not an enrolment file", encoding="utf-8")
    prompts.folder = folder
    seen: dict[str, object] = {}

    def tick_two(dialog: QDialog) -> None:
        assert isinstance(dialog, EnrolConfirmDialog)
        table = dialog.table
        seen["rows"] = [table.item(r, 0).text() for r in range(table.rowCount())]
        seen["fingerprints"] = [table.item(r, 2).text() for r in range(table.rowCount())]
        seen["ticked_at_start"] = dialog.ticked()
        seen["bad"] = dialog.bad_list.toPlainText()
        seen["bad_visible"] = dialog.bad_list.isVisible()
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # nothing ticked: refused
        seen["refused"] = dialog.message.text() if dialog.isVisible() else None
        dialog.tick(0)
        dialog.tick(2)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    win.members.exec_dialog = answering(tick_two)
    win.members.enrol_folder_button.click()
    qtbot.waitUntil(lambda: bool(prompts.infos), timeout=20000)  # enrolled on a worker
    assert seen["rows"] == ["0001", "0002", "0003"]
    for fp in seen["fingerprints"]:
        assert len(str(fp).split()) == 16 and str(fp).count("\n") == 3  # four lines of four groups
    assert seen["ticked_at_start"] == []  # nothing is trusted before it is confirmed
    assert seen["refused"]
    assert "d.json" in str(seen["bad"]) and seen["bad_visible"]
    # The reason is in the user's words (the reader's English stays out of the list).
    assert "not an enrolment file" not in str(seen["bad"])
    if win.lang_manager.lang == "ja":
        assert "登録ファイル" in str(seen["bad"]) or "鍵" in str(seen["bad"]), seen["bad"]


def test_enrol_from_a_folder_enrols_only_the_ticked_rows(window, tmp_path: Path, central_db, qtbot) -> None:
    enrol_two(window, tmp_path, qtbot)
    win, prompts = window
    ids = [win.members.table.item(r, 0).text() for r in range(win.members.table.rowCount())]
    assert ids == ["0001", "0003"]
    assert "0001" in prompts.infos[-1] and "0003" in prompts.infos[-1]
    assert find_member(central_db, "0001").active_key is not None
    state = win.members.table.item(0, 5).text()
    assert state in ("有効", "active")
    full = win.members.table.item(0, 6).toolTip()
    assert full.replace("\n", " ") == find_member(central_db, "0001").active_key.fingerprint


def test_search_filters_the_table(window, tmp_path: Path, qtbot) -> None:
    enrol_two(window, tmp_path, qtbot)
    win, _ = window
    win.members.search.setText("ひかり")
    assert win.members.table.rowCount() == 1
    assert win.members.table.item(0, 0).text() == "0003"
    win.members.search.clear()
    assert win.members.table.rowCount() == 2


def test_edit_refuses_a_too_long_region_in_words_then_saves(window, tmp_path: Path, central_db, qtbot) -> None:
    enrol_two(window, tmp_path, qtbot)
    win, prompts = window
    win.members.select("0001")
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, EditMemberDialog)
        dialog.region.setText("x" * (REGION.max_chars + 1))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        seen["message"] = dialog.message.text()
        seen["still_open"] = str(dialog.isVisible())
        dialog.region.setText("東海")
        dialog.size_band.setCurrentIndex(dialog.size_band.findData("small"))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    win.members.exec_dialog = answering(fill)
    win.members.edit_button.click()
    assert str(REGION.max_chars) in seen["message"] and seen["still_open"] == "True"
    member = find_member(central_db, "0001")
    assert (member.region, member.size_band) == ("東海", "small")
    assert win.members.table.item(0, 4).text() == "東海"
    assert prompts.errors == []


def test_rotate_keeps_the_old_key_retired(window, tmp_path: Path, central_db, qtbot) -> None:
    enrol_two(window, tmp_path, qtbot)
    win, prompts = window
    old = find_member(central_db, "0003").active_key
    new_file, _ = make_enrolment(tmp_path / "new", "0003", "ひかり信用組合")
    win.members.choose_files = lambda _title: [new_file]
    win.members.select("0003")
    win.members.rotate_button.click()
    assert prompts.confirms, "the new fingerprint is confirmed explicitly"
    member = find_member(central_db, "0003")
    assert member.active_key is not None and member.active_key != old
    assert member.keys[0].retired_at is not None
    assert member.active_key.fingerprint.split()[0] in prompts.confirms[-1]
    # An enrolment file of another institution is refused in words, nothing changes.
    other, _ = make_enrolment(tmp_path / "other", "0009", "別の組合")
    win.members.choose_files = lambda _title: [other]
    win.members.select("0003")
    win.members.rotate_button.click()
    assert "0009" in prompts.errors[-1]
    assert find_member(central_db, "0003").active_key == member.active_key


def test_revoke_needs_a_reason_and_marks_the_key_revoked(window, tmp_path: Path, central_db, qtbot) -> None:
    enrol_two(window, tmp_path, qtbot)
    win, _ = window
    win.members.select("0001")
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RevokeDialog)
        seen["explanation"] = dialog.explanation.text()
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # no reason: refused
        seen["message"] = dialog.message.text()
        dialog.reason.setPlainText("鍵を保存したPCの盗難")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    win.members.exec_dialog = answering(fill)
    win.members.revoke_button.click()
    assert seen["message"]
    assert "0001" in seen["explanation"]
    member = find_member(central_db, "0001")
    assert member.active_key is None
    assert member.keys[-1].revoke_reason == "鍵を保存したPCの盗難"
    assert win.members.table.item(0, 5).text() in ("失効", "revoked")


def test_window_title_names_organisation_and_database(window, tmp_path: Path) -> None:
    win, _ = window
    assert "東海信用組合協会" in win.windowTitle()
    assert "central.sqlite" in win.windowTitle()
    assert win.tabs.count() == 4  # members, intake, campaigns, and the dashboard (#14)
    assert type(win.tabs.widget(3)).__name__ == "Dashboard"
    # The intake view is mounted once its module exists (another part of #12), else a placeholder.
    import importlib.util

    from fsadesk.ui.central.window import INTAKE_MODULE

    expected = "IntakeView" if importlib.util.find_spec(INTAKE_MODULE) else "ComingView"
    assert type(win.tabs.widget(1)).__name__ == expected
    # File > New campaign… (signed with the organisation's key) is in the menu.
    texts = [a.text().replace("&", "") for a in win.file_menu.actions()]
    assert any(t.startswith(("New campaign", "新しい提出依頼", "提出依頼の作成")) for t in texts), texts
    win.members.search.setFocus()
    assert win.members.table.horizontalHeader().isVisible()
    assert win.tabs.tabText(0).replace("&", "") in ("会員(M)", "Members", "会員")

"""After an export, the finish message says what to send and how, naming the files (ja/en); its
enrolment button writes the enrolment file through the same hand-over as the File menu; and an
export whose history cannot be written still finishes, saying so in plain words."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from fsadesk.bundle.keys import fingerprint, load_workspace_public_key
from fsadesk.cli import run
from fsadesk.ui.i18n import LanguageManager
from tests.qt_helpers import demo_session
from tests.test_export_files import PASSPHRASE, Prompts, _export, _finished

SEND = {
    "ja": ("送るものと送り方", "中央機関", "パスフレーズと署名鍵のファイルは、絶対に送らないでください", "取締役会"),
    "en": ("What to send, and how", "central organisation", "Never send the passphrase", "board"),
}
ENROL_FIRST = {"ja": "登録ファイル", "en": "enrolment file"}
ENROL_BUTTON = {"ja": "登録ファイル", "en": "enrolment file"}
HISTORY = {"ja": "書き出し履歴を更新できませんでした", "en": "export history of this workspace could not be updated"}
BUSY = {"ja": "別のウィンドウかプログラムで fsadesk が開いています", "en": "open in another window or program"}


@pytest.fixture(params=["ja", "en"])
def ui_lang(request):
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")


@pytest.fixture
def session(tmp_path, catalogue):
    session = demo_session(tmp_path / "demo", catalogue)
    yield session
    session.close()


class SavingPrompts(Prompts):
    def __init__(self, target: Path, choice: int) -> None:
        super().__init__(choice=choice)
        self.target = target

    def save_path(self, *args: object) -> Path:
        return self.target


@pytest.mark.slow
def test_finish_says_what_to_send_naming_the_files(session, ui_lang, qtbot, tmp_path):
    code = ui_lang.lang
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert run(["key", "init", str(session.folder), "--passphrase-file", str(pass_file)]) == 0
    key = fingerprint(load_workspace_public_key(session.folder))
    prompts = SavingPrompts(tmp_path / "enrolment.json", choice=2)
    done = _finished(qtbot, _export(qtbot, session, ui_lang, prompts))
    text = prompts.asked[0]  # the finish message (the enrolment hand-over's message follows)
    for words in SEND[code]:
        assert words in text, words
    assert f"「{done.bundle.name}」" in text and f"「{done.pdf.name}」" in text
    assert ENROL_FIRST[code] in text  # with an existing key: send the enrolment file first, if not yet
    assert ENROL_BUTTON[code] in prompts.buttons[0][2].replace("&", "")
    # The third button wrote the enrolment file, as File ▸ Write the enrolment file… does.
    enrolment = json.loads((tmp_path / "enrolment.json").read_text(encoding="utf-8"))
    assert enrolment and key in (tmp_path / "enrolment.json").read_text(encoding="utf-8")


@pytest.mark.slow
def test_history_not_updated_is_said_and_the_files_are_kept(session, ui_lang, qtbot):
    code = ui_lang.lang
    other = sqlite3.connect(session.folder / "workspace.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is writing the workspace
    try:
        prompts = Prompts()
        done = _finished(qtbot, _export(qtbot, session, ui_lang, prompts))
    finally:
        other.execute("ROLLBACK")
        other.close()
    text = prompts.asked[-1]
    assert HISTORY[code] in text and BUSY[code] in text
    assert done.pdf.read_bytes().startswith(b"%PDF") and done.bundle.stat().st_size > 0
    assert session.assessment_workspace.exports(session.cycle.id) == []

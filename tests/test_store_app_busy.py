"""The app when another process holds the workspace's write lock (issue #9, defect 2): the page
says, in the user's language, that fsadesk is open elsewhere, keeps what was typed, and saves it
once the other program lets go."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtWidgets import QApplication

from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.ui.i18n import LanguageManager
from tests.qt_helpers import main_window_of, start_app, type_text

MESSAGES = {
    "en": "fsadesk is open in another window or program",
    "ja": "別のウィンドウかプログラムで fsadesk が開いています",
}
WRONG_ADVICE = {"en": "disk is not full", "ja": "ディスクの空き容量"}  # the generic hint does not apply


@pytest.mark.parametrize("lang_code", ["en", "ja"])
def test_save_while_another_process_writes_keeps_the_text(tmp_path, qtbot, lang_code):
    folder = tmp_path / "demo"
    run(["demo", str(folder)])
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"lang": lang_code, "last_workspace": str(folder)}))
    app = QApplication.instance()
    lang = LanguageManager(app, lang_code)
    _splash, controller = start_app(qtbot, data, lang)
    window = main_window_of(qtbot, controller)
    try:
        window.session.wait_until_open()
        item = window.current
        assert item is not None
        typed = "規程は来月改定予定"
        type_text(qtbot, window.page.notes, typed)

        other = sqlite3.connect(folder / "workspace.sqlite", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program is in the middle of a write
        try:
            assert window.page.flush() is False
            assert window.page.message.isVisible()
            assert MESSAGES[lang_code] in window.page.message.text()
            assert WRONG_ADVICE[lang_code] not in window.page.message.text()
            assert typed in window.page.notes.toPlainText()  # nothing typed is lost
        finally:
            other.execute("ROLLBACK")
            other.close()

        assert window.page.flush() is True  # the next attempt saves it
        with open_workspace(folder) as ws:
            assert typed in ws.answers.get(ws.cycles.latest().id, item).notes
    finally:
        window.close()
        app._fsadesk_controller = None
        lang.set_language("en")

"""A central organisation's PC, in Japanese and English: the first-run welcome asks who uses the PC;
choosing the central organisation leads to its set-up (refusals said before the passphrase), then
its window; the next start opens that window again. The member's start loads none of it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.launch import launch
from fsadesk.ui.settings import AppSettings

from .test_app_start import FIRST_RUN_PROBE, RESUMED_PROBE, _remember

PASSPHRASE = "correct horse battery"


@pytest.fixture(params=["ja", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp, request.param)
    yield manager
    manager.set_language("en")


def when(condition: Callable[[], object], action: Callable[[object], None]) -> None:
    """Run `action(found)` as soon as `condition()` finds something (polled from the event loop, so
    that it can answer a modal dialog running its own loop)."""

    def poll() -> None:
        found = condition()
        if found:
            action(found)
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def visible(class_name: str) -> Callable[[], QWidget | None]:
    def find() -> QWidget | None:
        return next(
            (w for w in QApplication.topLevelWidgets() if type(w).__name__ == class_name and w.isVisible()), None
        )

    return find


def central_window() -> QWidget | None:
    return visible("CentralWindow")()


@pytest.fixture
def no_quit(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> list[int]:
    quits: list[int] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(0))
    monkeypatch.setattr(qapp, "exit", lambda code=0: quits.append(code))
    return quits


def test_choose_central_at_first_run_then_set_up_then_reopen(
    tmp_path: Path, qtbot, lang: LanguageManager, no_quit: list[int]
) -> None:
    app = QApplication.instance()
    data = tmp_path / "data"
    database = tmp_path / "協会" / "central.sqlite"
    database.parent.mkdir()
    (tmp_path / "used-keys").mkdir()
    seen: dict[str, str] = {}

    def choose_central(wizard: object) -> None:
        page = wizard.currentPage()
        seen["role_question"] = page.role_box.title()
        assert page.member_radio.isChecked()  # a member institution is the usual case
        page.central_radio.setChecked(True)
        wizard.next()

    def fill_details(dialog: object) -> None:
        dialog.name.setText("Tokai Shinkumi Association")
        dialog.db_file.setText(str(database))
        assert dialog.keys.text() == str(database.parent / "central-keys")  # beside the database
        # A refusal of check_can_init (keys already there) is said before the passphrase is asked.
        from fsadesk.central.keys import create_organisation_keys

        create_organisation_keys(tmp_path / "used-keys", PASSPHRASE)
        dialog.keys.setText(str(tmp_path / "used-keys"))
        dialog.keys.setModified(True)
        dialog.next_button.click()
        seen["refusal"] = dialog.details_message.text()
        seen["step_after_refusal"] = str(dialog.stack.currentIndex())
        dialog.keys.setText(str(database.parent / "central-keys"))
        dialog.next_button.click()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE + "x")
        dialog.next_button.click()
        seen["mismatch"] = dialog.pass_message.text()
        dialog.repeat.setText(PASSPHRASE)
        dialog.next_button.click()  # the keys and database are made on a worker
        when(lambda: dialog.stack.currentIndex() == 2, lambda _found: finish(dialog))

    def finish(dialog: object) -> None:
        seen["fingerprint"] = dialog.fingerprint_label.text()
        dialog.grab().save(str(tmp_path / f"central-setup-{lang.lang}.png"))
        dialog.next_button.click()

    when(visible("SetupWizard"), choose_central)
    when(visible("CentralSetupDialog"), fill_details)
    launch(app, data, AppSettings.load(data), lang, None)
    qtbot.waitUntil(lambda: central_window() is not None, timeout=60000)
    window = central_window()
    assert seen["role_question"] in ("このPCを使うのは？", "Who uses this PC?")
    assert seen["step_after_refusal"] == "0" and seen["refusal"]
    assert seen["mismatch"]
    assert len(seen["fingerprint"].split()) == 16
    assert "Tokai Shinkumi Association" in window.windowTitle() and "central.sqlite" in window.windowTitle()
    assert database.is_file() and (database.parent / "central-keys").is_dir()
    remembered = AppSettings.load(data)
    assert (remembered.role, remembered.central_db) == ("central", str(database))
    window.resize(1366, 768)
    window.grab().save(str(tmp_path / f"central-window-{lang.lang}.png"))
    window.close()
    assert not no_quit
    placed = AppSettings.load(data).central_window  # its size and place are remembered
    assert placed is not None and (placed["width"], placed["height"]) == (1366, 768)

    # The next start opens the central window again, on the remembered database.
    launch(app, data, AppSettings.load(data), lang, None)
    qtbot.waitUntil(lambda: central_window() is not None, timeout=30000)
    again = central_window()
    assert again is not window and "Tokai Shinkumi Association" in again.windowTitle()
    again.close()


def test_a_remembered_database_that_is_gone_is_said_and_the_welcome_comes_back(
    tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch, no_quit: list[int]
) -> None:
    app = QApplication.instance()
    shown: list[str] = []
    monkeypatch.setattr("fsadesk.ui.launch.QMessageBox.warning", lambda parent, title, text: shown.append(text))
    settings = AppSettings(lang="en", role="central", central_db=str(tmp_path / "gone.sqlite"))
    when(visible("SetupWizard"), lambda wizard: wizard.reject())
    launch(app, tmp_path / "data", settings, LanguageManager(app, "en"), None)
    qtbot.waitUntil(lambda: bool(shown) and bool(no_quit), timeout=30000)
    assert "gone.sqlite" in shown[0] and "Traceback" not in shown[0]


def _probe(script: str, data: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    out = subprocess.run(
        [sys.executable, "-c", script, str(data)], capture_output=True, text=True, env=env, timeout=120
    )
    return out.stdout + out.stderr


CENTRAL = '"fsadesk.central", "fsadesk.ui.central", '


def test_the_members_first_paint_loads_no_central_code(tmp_path: Path) -> None:
    first = _probe(FIRST_RUN_PROBE.replace("HEAVY = (", "HEAVY = (" + CENTRAL), tmp_path / "new-data")
    assert first.split()[:2] == ["PAINT", "WelcomePage"] and "central" not in first, first
    resumed = _probe(RESUMED_PROBE.replace("DEFERRED = (", "DEFERRED = (" + CENTRAL), _remember(tmp_path, "ja"))
    assert resumed.startswith("PAINT") and "central" not in resumed, resumed


def test_a_server_that_does_not_answer_is_said_without_its_password(
    tmp_path: Path, qtbot, lang: LanguageManager
) -> None:
    """The server choice: the password field hides what is typed, the server is asked before the
    passphrase, and its refusal names the problem in words without ever showing the password."""
    from PySide6.QtWidgets import QLineEdit

    from fsadesk.ui.central.setup import CentralSetupDialog, server_target
    from fsadesk.ui.central.start import without_password

    dialog = CentralSetupDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Tokai Shinkumi Association")
    dialog.server_radio.setChecked(True)
    dialog.server.setText("postgresql+psycopg://analyst@127.0.0.1:9/fsadesk")  # port 9: nobody listens
    dialog.server_password.setText("s3cret pass")
    assert dialog.server_password.echoMode() == QLineEdit.EchoMode.Password
    dialog.keys.setText(str(tmp_path / "keys"))
    dialog.keys.setModified(True)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=30000)
    message = dialog.details_message.text()
    assert dialog.stack.currentIndex() == 0 and message
    assert "s3cret" not in message and "Traceback" not in message
    # The words for a server that cannot be reached (its first line: the log's path, which holds
    # the test's name, must not make this pass), not the words for a programming error.
    first = message.split("\n")[0]
    assert any(word in first for word in ("サーバー", "server")), message
    assert "fsadesk" not in first, message
    assert not (tmp_path / "keys").exists()  # nothing made
    # The password goes into the address only for connecting, quoted; it is never remembered.
    target = server_target(dialog.server.text(), dialog.server_password.text())
    assert target == "postgresql+psycopg://analyst:s3cret%20pass@127.0.0.1:9/fsadesk"
    assert without_password(target) == "postgresql+psycopg://analyst@127.0.0.1:9/fsadesk"


def test_a_remembered_server_asks_for_its_password_and_never_shows_it(
    tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch, no_quit: list[int]
) -> None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    app = QApplication.instance()
    shown: list[str] = []
    asked: list[bool] = []
    monkeypatch.setattr("fsadesk.ui.launch.QMessageBox.warning", lambda parent, title, text: shown.append(text))
    server = "postgresql+psycopg://analyst@127.0.0.1:9/fsadesk"  # port 9: nobody listens
    settings = AppSettings(lang="en", role="central", central_db=server)

    def answer(dialog: QInputDialog) -> None:
        asked.append(dialog.textEchoMode() == QLineEdit.EchoMode.Password)
        dialog.setTextValue("s3cret")
        dialog.accept()

    when(visible("QInputDialog"), answer)
    when(visible("SetupWizard"), lambda wizard: wizard.reject())
    launch(app, tmp_path / "data", settings, LanguageManager(app, "en"), None)
    qtbot.waitUntil(lambda: bool(shown) and bool(no_quit), timeout=30000)
    assert asked == [True]  # hidden as it is typed
    assert "127.0.0.1" in shown[0] and "s3cret" not in shown[0]
    # Why, in plain words: the server cannot be reached (not the words for a programming error)
    assert "The database server cannot be reached" in shown[0] and "Something went wrong" not in shown[0]


def test_cancelling_the_central_set_up_goes_back_to_who_uses_this_pc(
    tmp_path: Path, qtbot, lang: LanguageManager, no_quit: list[int]
) -> None:
    """Someone who chose "central organisation" by mistake and cancels its set-up gets the welcome
    page's question again (and can choose a member institution), not a closed app."""
    app = QApplication.instance()
    data = tmp_path / "data"
    seen: list[str] = []

    def choose_central(wizard: object) -> None:
        wizard.currentPage().central_radio.setChecked(True)
        wizard.next()

    def cancel_set_up(dialog: object) -> None:
        seen.append("set-up")
        dialog.reject()
        when(visible("SetupWizard"), asked_again)

    def asked_again(wizard: object) -> None:
        page = wizard.currentPage()
        seen.append(f"welcome {wizard.currentId()} {page.role_box.isVisible()}")
        page.member_radio.setChecked(True)
        wizard.next()  # a member institution after all: the member's pages follow
        seen.append(f"next {wizard.currentId()}")
        wizard.reject()

    when(visible("SetupWizard"), choose_central)
    when(visible("CentralSetupDialog"), cancel_set_up)
    launch(app, data, AppSettings.load(data), lang, None)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=20000)
    assert seen == ["set-up", "welcome 0 True", "next 1"]
    qtbot.waitUntil(lambda: bool(no_quit), timeout=10000)  # only the wizard's own Cancel ends the app
    assert central_window() is None and not (data / "central.sqlite").exists()

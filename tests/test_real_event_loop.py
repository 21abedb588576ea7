"""The app under its real event loop (`fsadesk` → QApplication.exec), in a child process.

Other GUI tests drive widgets inside pytest-qt's loops, where Qt never quits on its own. Here the
real loop runs, so a gap with no window on screen (between the wizard closing and the main
window appearing) would end the app as it would for a user: that once made the program vanish
after the set-up wizard's Finish button.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import sys
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

app = QApplication(sys.argv)
done = set()

def click(button):
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(8, button.height() // 2))

def type_japanese(widget, text):
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)

def drive_wizard(wizard):
    from fsadesk.ui.setup_pages import ApplicabilityPage, ProfilePage
    nxt = wizard.button(QWizard.WizardButton.NextButton)
    click(nxt)  # welcome
    click(nxt)  # the suggested folder
    profile = wizard.page_of(ProfilePage)
    type_japanese(profile.name_edit, "さくら信用組合")
    QTest.keyClicks(profile.id_edit, "2241")
    click(nxt)
    click(nxt)  # scope as suggested
    page = wizard.page_of(ApplicabilityPage)
    for box in page.boxes.values():
        page.scroll_area.ensureWidgetVisible(box)
        click(box.no)
    click(nxt)
    print("FINISH", flush=True)
    click(wizard.button(QWizard.WizardButton.FinishButton))

def poll():
    for widget in app.topLevelWidgets():
        name = type(widget).__name__
        if not widget.isVisible() or name in done:
            continue
        if name == "SetupWizard":
            done.add(name)
            QTimer.singleShot(0, lambda w=widget: drive_wizard(w))
        elif name == "MainWindow":
            done.add(name)
            print("MAIN", widget.current, flush=True)
            QTimer.singleShot(0, widget.close)

timer = QTimer()
timer.timeout.connect(poll)
timer.start(20)
from fsadesk.__main__ import main
code = main(["--data-dir", sys.argv[1]])
print("EXIT", code, flush=True)
"""


def _run(data: Path) -> list[str]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    out = subprocess.run([sys.executable, "-c", CHILD, str(data)], capture_output=True, text=True, env=env, timeout=120)
    return out.stdout.splitlines()


def test_finishing_the_wizard_opens_the_main_window_and_closing_it_quits(tmp_path):
    """First run: the wizard's Finish leads to the main window (the app does not vanish), and
    closing the main window ends the app normally; the next start remembers the workspace."""
    data = tmp_path / "data"
    lines = _run(data)
    assert "FINISH" in lines
    main = [line for line in lines if line.startswith("MAIN")]
    assert main and main[0] != "MAIN None", lines  # shown, at an item
    assert lines[-1] == "EXIT 0"
    settings = json.loads((data / "settings.json").read_text(encoding="utf-8"))
    assert Path(settings["last_workspace"]).is_dir()


def test_reopening_under_the_real_loop_shows_the_main_window(tmp_path):
    """Second start: the remembered workspace reopens in the main window (snapshot path) and
    the app ends when it is closed."""
    data = tmp_path / "data"
    _run(data)
    lines = _run(data)
    assert "FINISH" not in lines  # no wizard this time
    assert any(line.startswith("MAIN") and line != "MAIN None" for line in lines), lines
    assert lines[-1] == "EXIT 0"

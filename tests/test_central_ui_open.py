"""`fsadesk central open DB`: the central window on that database, remembered for the next start;
a database that is not one is one plain line, exit 1, and nothing remembered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fsadesk.central.setup import init_central

PROBE = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)


class FirstPaint(QObject):
    # Test only: print the central window's title at its first paint, and end.
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            if type(window).__name__ == "CentralWindow":
                print("TITLE", window.windowTitle())
                sys.stdout.flush()
                os._exit(0)
        return False


probe = FirstPaint()
app.installEventFilter(probe)
from fsadesk.__main__ import main

code = main(sys.argv[1:])
print("EXIT", code)
"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=120)


def test_central_open_shows_the_window_and_remembers_it(tmp_path: Path) -> None:
    database = tmp_path / "central.sqlite"
    init_central(database, "北陸信用組合協会", tmp_path / "keys", "correct horse battery").close()
    data = tmp_path / "data"
    out = _run("--data-dir", str(data), "--lang", "en", "central", "open", str(database))
    assert "TITLE" in out.stdout and "北陸信用組合協会" in out.stdout and "central.sqlite" in out.stdout, out.stderr
    remembered = json.loads((data / "settings.json").read_text(encoding="utf-8"))
    assert (remembered["role"], remembered["central_db"]) == ("central", str(database))
    # The next plain start opens the same window.
    again = _run("--data-dir", str(data), "--lang", "en")
    assert "TITLE" in again.stdout and "北陸信用組合協会" in again.stdout, again.stdout + again.stderr


def test_central_open_on_something_else_is_one_plain_line(tmp_path: Path) -> None:
    other = tmp_path / "notes.sqlite"
    other.write_text("just some text", encoding="utf-8")
    data = tmp_path / "data"
    out = _run("--data-dir", str(data), "central", "open", str(other))
    assert "EXIT 1" in out.stdout and "TITLE" not in out.stdout
    assert "notes.sqlite" in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert not (data / "settings.json").exists()

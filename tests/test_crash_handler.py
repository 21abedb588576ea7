"""The app's top-level handler (issue #9, defect 9): an unexpected error in a slot or a worker
thread is logged with its traceback in the data folder and shown as one plain, translated message
naming the log; the window stays usable."""

from __future__ import annotations

import stat
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from fsadesk.ui.crash_handler import install_crash_handler


@pytest.fixture
def reporter(qtbot, tmp_path, monkeypatch):
    # monkeypatch puts pytest-qt's own hooks back afterwards
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    reporter = install_crash_handler(QApplication.instance(), tmp_path / "data")
    yield reporter
    if reporter.box is not None:
        reporter.box.close()


def _shown(qtbot, reporter):
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible(), timeout=5000)
    return reporter.box.text()


def test_an_error_in_a_slot_is_logged_and_shown(qtbot, reporter, tmp_path):
    def broken_slot():
        raise RuntimeError("boom in a slot")

    QTimer.singleShot(0, broken_slot)
    text = _shown(qtbot, reporter)
    log = tmp_path / "data" / "logs" / "fsadesk.log"
    assert "Something went wrong" in text and str(log) in text and "Traceback" not in text
    content = log.read_text(encoding="utf-8")
    assert "Traceback" in content and "RuntimeError: boom in a slot" in content
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_an_error_in_a_worker_thread_is_shown_on_the_gui_thread(qtbot, reporter, tmp_path):
    def broken_worker():
        raise ValueError("boom in a worker")

    worker = threading.Thread(target=broken_worker, name="export-worker")
    worker.start()
    worker.join()
    assert str(tmp_path / "data" / "logs" / "fsadesk.log") in _shown(qtbot, reporter)
    content = (tmp_path / "data" / "logs" / "fsadesk.log").read_text(encoding="utf-8")
    assert "ValueError: boom in a worker" in content and "export-worker" in content


def test_errors_while_the_message_is_open_make_no_second_box(qtbot, reporter):
    def broken_slot():
        raise RuntimeError("again")

    QTimer.singleShot(0, broken_slot)
    first = _shown(qtbot, reporter) and reporter.box
    QTimer.singleShot(0, broken_slot)
    qtbot.wait(50)
    assert reporter.box is first


def test_when_the_log_cannot_be_written_the_message_says_so(qtbot, reporter, tmp_path):
    (tmp_path / "data").write_text("a file where the data folder should be")

    def broken_slot():
        raise RuntimeError("no log")

    QTimer.singleShot(0, broken_slot)
    assert "could not be written to a log" in _shown(qtbot, reporter)


def test_the_message_is_in_japanese(qtbot, reporter):
    from fsadesk.ui.i18n import LanguageManager

    manager = LanguageManager(QApplication.instance(), "ja")
    try:
        text = reporter.message("/tmp/fsadesk.log")
        assert "/tmp/fsadesk.log" in text and "Something went wrong" not in text and "fsadesk" in text
    finally:
        manager.set_language("en")


def test_a_window_that_cannot_start_says_why_in_one_line(tmp_path):
    """`fsadesk --data-dir FILE` (no command: the window) fails before any window: one line, no traceback."""
    import os
    import subprocess

    (tmp_path / "data").write_text("a file, not a folder")
    done = subprocess.run(
        [sys.executable, "-m", "fsadesk", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and str(tmp_path / "data") in done.stderr

"""Portable mode (issue #13): with fsadesk-portable.txt beside the program every file fsadesk
writes goes to <program folder>/fsadesk-data/; without it, the per-user folders; an explicit data
folder wins. A read-only program folder in portable mode gets a clear message and nothing written,
in the command line (one line, exit 1) and in the window (a message box)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fsadesk.paths import PORTABLE_MARKER, check_writable, data_location

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A program folder with a space and Japanese in its name, holding the portable marker; the
    per-user folders point into `home` so that anything written there is seen."""
    folder = tmp_path / "USB メモリ" / "fsadesk"
    folder.mkdir(parents=True)
    (folder / PORTABLE_MARKER).write_text("", encoding="utf-8")
    home = tmp_path / "home"
    monkeypatch.setenv("FSADESK_PORTABLE_DIR", str(folder))
    monkeypatch.delenv("FSADESK_DATA_DIR")
    monkeypatch.delenv("FSADESK_CACHE_DIR")
    for name, sub in (("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config")):
        monkeypatch.setenv(name, str(home / sub))
    return folder


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def _fsadesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-m", "fsadesk", *args], capture_output=True, text=True, cwd="/", env=env, timeout=120
    )


@pytest.fixture
def immutable() -> Iterator[Callable[[Path], None]]:
    """chattr +i (which stops root too, as tests/test_store_faults.py explains) for one test."""
    done: list[Path] = []

    def make(path: Path) -> None:
        try:
            subprocess.run(["chattr", "+i", str(path)], check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            pytest.skip(f"chattr +i is not possible here: {exc}")
        done.append(path)

    yield make
    for path in reversed(done):
        subprocess.run(["chattr", "-i", str(path)], check=True, capture_output=True)


def test_where_the_data_lives(program: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    assert data_location() == data_location(None)
    assert data_location().folder == program / "fsadesk-data" and data_location().kind == "portable"
    assert data_location(tmp_path / "given").kind == "given"  # --data-dir wins
    monkeypatch.setenv("FSADESK_DATA_DIR", str(tmp_path / "env"))
    assert data_location().folder == tmp_path / "env" and data_location().kind == "given"
    monkeypatch.delenv("FSADESK_DATA_DIR")
    (program / PORTABLE_MARKER).unlink()
    per_user = data_location()
    assert per_user.kind == "per-user" and per_user.folder == tmp_path / "home" / "data" / "fsadesk"


def test_the_command_line_keeps_everything_beside_the_program(program: Path, tmp_path: Path):
    result = _fsadesk("catalogue", "show")
    assert result.returncode == 0, result.stderr
    written = _files(program / "fsadesk-data")
    assert written and all(name.startswith("cache/catalogue/") for name in written)
    assert _files(tmp_path / "home") == []


def test_without_the_marker_nothing_is_written_in_the_program_folder(program: Path, tmp_path: Path):
    (program / PORTABLE_MARKER).unlink()
    assert _fsadesk("catalogue", "show").returncode == 0
    assert _files(program) == []
    assert any(name.startswith("cache/fsadesk/catalogue/") for name in _files(tmp_path / "home"))


def test_a_read_only_program_folder_is_one_line_and_nothing_written(program: Path, tmp_path: Path, immutable):
    immutable(program)
    result = _fsadesk("catalogue", "show")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "read-only" in lines[0] and PORTABLE_MARKER in lines[0] and "Copy the whole fsadesk folder" in lines[0]
    assert _files(program) == [PORTABLE_MARKER]
    assert _files(tmp_path / "home") == []


def test_the_window_keeps_qt_settings_beside_the_program(qapp, program: Path):
    from fsadesk.ui.app import portable_folder_usable
    from fsadesk.ui.settings import default_qt_settings

    try:
        assert portable_folder_usable(data_location(), "en")
        settings = QSettings("QtProject", "fsadesk-test")
        assert Path(settings.fileName()).is_relative_to(program / "fsadesk-data" / "qt-settings")
    finally:
        default_qt_settings()


@pytest.mark.parametrize(("lang", "words"), [("en", "read-only"), (None, "読み取り専用")])
def test_a_read_only_program_folder_is_said_in_the_window(qapp, program: Path, immutable, lang, words):
    from fsadesk.ui.app import run_gui

    immutable(program)
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.close()

    QTimer.singleShot(0, read_and_close)
    assert run_gui(lang=lang) == 1
    assert len(seen) == 1 and words in seen[0] and PORTABLE_MARKER in seen[0] and str(program) in seen[0]
    assert _files(program) == [PORTABLE_MARKER]
    with pytest.raises(OSError):
        check_writable(data_location())

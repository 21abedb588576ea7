"""Help ▸ About (issue #13): the version, the catalogue's digest, the scoring engine, where the data
lives (portable or per-user), and the third-party licences as copyable text, in Japanese and
English, closed from the keyboard; and the build's licence collector."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

import fsadesk
from fsadesk.app.answering import AssessmentSession
from fsadesk.assessment.scoring import ENGINE_VERSION
from fsadesk.cli import run
from fsadesk.paths import PORTABLE_MARKER
from fsadesk.shown import shown_path
from fsadesk.store import open_workspace
from fsadesk.ui.about_dialog import AboutDialog
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.main_window import MainWindow
from tests.qt_helpers import activate

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(params=["en", "ja"])
def lang(request):
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")  # removes the translators: later tests start from plain Qt


class Prompts:
    def info(self, *_: object) -> None: ...
    def error(self, *_: object) -> None: ...
    def confirm(self, *_: object) -> bool:
        return True


def _about_from_the_menu(qtbot, tmp_path: Path, catalogue, lang) -> dict[str, object]:
    """Help ▸ About on a demo workspace's main window; what the dialog shows, read while it is
    open, then closed with Esc."""
    run(["demo", str(tmp_path / "demo")])
    ws = open_workspace(tmp_path / "demo")
    window = MainWindow(AssessmentSession(ws, catalogue, ws.cycles.latest().id), lang, Prompts())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    seen: dict[str, object] = {}

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen["title"] = dialog.windowTitle()
        seen["labels"] = [dialog.version.text(), dialog.digest.text(), dialog.engine.text(), dialog.data_kind.text(),
                          dialog.data_folder.text(), dialog.settings_file.text(), dialog.log_file.text()]  # fmt: skip
        seen["licences"] = dialog.licences.toPlainText()
        seen["size"] = dialog.size()
        seen["read_only"] = dialog.licences.isReadOnly()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        seen["closed_by_esc"] = not dialog.isVisible()

    QTimer.singleShot(0, read_and_close)
    window.menu_help.menuAction()  # the menu exists; the action is what the user picks
    window.act_about.trigger()
    assert "title" in seen, "the About dialog did not open"
    return seen


def test_about_shows_what_this_copy_is_and_where_the_data_lives(qtbot, tmp_path, catalogue, lang, isolated_data_dir):
    seen = _about_from_the_menu(qtbot, tmp_path, catalogue, lang)
    assert seen["title"] == {"en": "About fsadesk", "ja": "fsadesk について"}[lang.lang]
    labels = seen["labels"]
    assert isinstance(labels, list)
    assert labels[0] == fsadesk.__version__
    assert labels[1] == f"sha256:{catalogue.digest}"
    assert labels[2] == ENGINE_VERSION
    assert "given" not in labels[3] and labels[3]  # FSADESK_DATA_DIR names it: said in words
    assert labels[4] == shown_path(isolated_data_dir)
    assert labels[5] == shown_path(isolated_data_dir / "settings.json")
    assert labels[6] == shown_path(isolated_data_dir / "logs" / "fsadesk.log")
    licences = seen["licences"]
    assert isinstance(licences, str)
    assert "PySide6" in licences and "LGPL" in licences and "IPA Font License" in licences
    assert "https://download.qt.io/official_releases/qt/" in licences
    assert seen["read_only"] and seen["closed_by_esc"]
    size = seen["size"]
    assert size.width() <= 1366 and size.height() <= 700  # type: ignore[attr-defined]


def test_about_says_portable(qtbot, tmp_path, catalogue, monkeypatch):
    program = tmp_path / "プログラム フォルダ"
    program.mkdir()
    (program / PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setenv("FSADESK_PORTABLE_DIR", str(program))
    monkeypatch.delenv("FSADESK_DATA_DIR")
    manager = LanguageManager(QApplication.instance(), "ja")
    try:
        seen = _about_from_the_menu(qtbot, tmp_path, catalogue, manager)
    finally:
        manager.set_language("en")
    labels = seen["labels"]
    assert isinstance(labels, list)
    assert "ポータブル" in labels[3]
    assert labels[4] == shown_path(program / "fsadesk-data")


def test_the_collector_writes_every_required_package_but_not_the_test_tools(tmp_path):
    out = tmp_path / "licences" / "third-party.txt"
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "collect_licences.py"), str(out)],
        capture_output=True, text=True, timeout=120, cwd="/",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    listing = text.split("Python packages included in fsadesk (name, version, licence):\n")[1].split("\n\n")[0]
    names = {line.split()[0].lower().replace("_", "-") for line in listing.splitlines()}
    assert {"pyside6-essentials", "pyside6-addons", "shiboken6", "sqlalchemy", "reportlab", "cryptography"} <= names
    assert {"psycopg-binary", "pydantic-core", "mako"} <= names  # reached through extras and dependencies
    assert not names & {"pytest", "pytest-qt", "hypothesis", "ruff", "mypy", "pyinstaller"}
    assert "LGPL" in text and "IPA Font License" in text and "https://download.qt.io/official_releases/qt/" in text
    assert "Permission is hereby granted" in text  # a licence file's own text (MIT), not only its name


def test_the_collector_fails_where_the_packages_are_not_installed(tmp_path):
    """Run without site-packages (python -S): no list is written that would leave packages out."""
    out = tmp_path / "third-party.txt"
    result = subprocess.run(
        [sys.executable, "-S", str(REPO / "packaging" / "collect_licences.py"), str(out)],
        capture_output=True, text=True, timeout=120, cwd="/",
    )  # fmt: skip
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "No installed package" in result.stderr and not out.exists()

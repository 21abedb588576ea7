"""Starting the app: a window at once, then the last workspace reopened off the GUI thread."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication

from fsadesk.cli import run
from fsadesk.ui.app import StartWindow
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.launch import launch
from fsadesk.ui.settings import AppSettings


def test_last_workspace_reopens_in_main_window(tmp_path, qtbot):
    """With a remembered workspace, the start window gives way to its main window at the last item."""
    run(["demo", str(tmp_path / "demo")])
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"lang": "ja", "last_workspace": str(tmp_path / "demo")}))
    app = QApplication.instance()
    lang = LanguageManager(app, "ja")
    splash = StartWindow()
    qtbot.addWidget(splash)
    splash.show()
    launch(app, data, AppSettings.load(data), lang, splash)
    qtbot.waitUntil(lambda: getattr(app, "_fsadesk_controller", None) is not None, timeout=20000)
    controller = app._fsadesk_controller
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=20000)
    window = controller.window
    qtbot.addWidget(window)
    assert not splash.isVisible()
    assert window.current is not None
    assert "みなと信用組合" in window.windowTitle()
    window.close()
    app._fsadesk_controller = None
    lang.set_language("en")  # take the translators out again: later tests expect plain Qt


def test_settings_survive_damage(tmp_path):
    """A damaged settings file falls back to defaults instead of stopping the app."""
    (tmp_path / "settings.json").write_text("{not json")
    assert AppSettings.load(tmp_path) == AppSettings()
    AppSettings(lang="en", last_workspace="/x").save(tmp_path)
    assert AppSettings.load(tmp_path) == AppSettings(lang="en", last_workspace="/x")


def test_damaged_last_workspace_is_named_and_left_alone(tmp_path, qtbot, monkeypatch):
    """A remembered workspace that is now damaged gives a message naming the problem, then the
    set-up wizard; the damaged file is not touched."""
    import hashlib

    from fsadesk.ui import setup_wizard

    run(["demo", str(tmp_path / "demo")])
    db = tmp_path / "demo" / "workspace.sqlite"
    db.write_bytes(db.read_bytes()[:3000])  # cut short, as by an interrupted copy
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"lang": "en", "last_workspace": str(tmp_path / "demo")}))
    errors: list[str] = []
    wizards: list[bool] = []
    monkeypatch.setattr("fsadesk.ui.prompts.QtPrompts.error", lambda self, title, text: errors.append(text))
    monkeypatch.setattr(setup_wizard.SetupWizard, "exec", lambda self: wizards.append(True) or 0)
    app = QApplication.instance()
    lang = LanguageManager(app, "en")
    splash = StartWindow()
    qtbot.addWidget(splash)
    splash.show()
    launch(app, data, AppSettings.load(data), lang, splash)
    qtbot.waitUntil(lambda: bool(wizards), timeout=20000)
    assert errors and "damaged" in errors[0] and str(tmp_path / "demo") in errors[0]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    app._fsadesk_controller = None


def test_broken_catalogue_stops_with_a_message(tmp_path, qtbot, monkeypatch):
    """If the guideline data cannot be read, the app says so (naming the problem) and exits 1."""
    broken = tmp_path / "cat"
    broken.mkdir()
    (broken / "catalogue.yaml").write_text("id: x\n", encoding="utf-8")
    monkeypatch.setenv("FSADESK_CATALOGUE", str(broken))
    shown: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr("fsadesk.ui.launch.QMessageBox.critical", lambda parent, title, text: shown.append(text))
    app = QApplication.instance()
    monkeypatch.setattr(app, "exit", lambda code=0: exits.append(code))
    splash = StartWindow()
    qtbot.addWidget(splash)
    splash.show()
    launch(app, tmp_path / "data", AppSettings(), LanguageManager(app, "en"), splash)
    qtbot.waitUntil(lambda: bool(exits), timeout=20000)
    assert exits == [1] and "guideline data could not be read" in shown[0] and "field version" in shown[0]

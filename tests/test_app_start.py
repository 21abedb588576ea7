"""Starting the app: a window at once, then the last workspace reopened off the GUI thread."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fsadesk.assessment.answers import Answer, Status
from fsadesk.catalogue import load_catalogue
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.store.errors import CorruptWorkspace
from fsadesk.store.snapshot import read_snapshot
from fsadesk.ui.app import StartWindow
from fsadesk.ui.controller import AppController, prepare
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.launch import launch
from fsadesk.ui.settings import AppSettings
from tests.qt_helpers import main_window_of, start_app


def test_last_workspace_reopens_in_main_window(tmp_path, qtbot):
    """With a remembered workspace, the start window gives way to its main window at the last item."""
    run(["demo", str(tmp_path / "demo")])
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"lang": "ja", "last_workspace": str(tmp_path / "demo")}))
    app = QApplication.instance()
    lang = LanguageManager(app, "ja")
    splash, controller = start_app(qtbot, data, lang)
    window = main_window_of(qtbot, controller)
    assert not splash.isVisible()
    assert window.current is not None
    assert "みなと信用組合" in window.windowTitle()
    window.close()
    app._fsadesk_controller = None
    lang.set_language("en")  # take the translators out again: later tests expect plain Qt


def _start_until_the_wizard(qtbot, monkeypatch, data) -> list[str]:
    """Start the app; return the error messages shown before the set-up wizard opened."""
    from fsadesk.ui import setup_wizard

    errors: list[str] = []
    wizards: list[bool] = []
    monkeypatch.setattr("fsadesk.ui.prompts.QtPrompts.error", lambda self, title, text: errors.append(text))
    monkeypatch.setattr(setup_wizard.SetupWizard, "exec", lambda self: wizards.append(True) or 0)
    start_app(qtbot, data, LanguageManager(QApplication.instance(), "en"))
    qtbot.waitUntil(lambda: bool(wizards), timeout=20000)
    return errors


def _remember(tmp_path, lang: str = "en"):
    run(["demo", str(tmp_path / "demo")])
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"lang": lang, "last_workspace": str(tmp_path / "demo")}))
    return data


def test_reopening_shows_the_page_before_the_workspace_opens(tmp_path):
    """An up-to-date workspace is prepared as a snapshot (no SQLAlchemy needed to show it)."""
    data = _remember(tmp_path)
    prepared = prepare(AppSettings.load(data))
    assert prepared.snapshot is not None and prepared.session is None and prepared.error is None
    assert prepared.snapshot.folder == tmp_path / "demo"


def test_first_answer_after_reopening_is_saved(tmp_path, qtbot):
    """Answering at once on the resumed page stores the answer: the save waits for the workspace
    that is still opening behind the page, and the status bar says saved."""
    data = _remember(tmp_path)
    app = QApplication.instance()
    lang = LanguageManager(app, "en")
    _splash, controller = start_app(qtbot, data, lang)
    window = main_window_of(qtbot, controller)
    item = window.session.next_unanswered(None)
    window.go_to(item)
    qtbot.mouseClick(window.page.status_buttons[Status.IMPLEMENTED], Qt.MouseButton.LeftButton)
    assert window.saved_label.text().startswith("✓")
    with open_workspace(tmp_path / "demo") as ws:
        assert ws.answers.load(window.session.cycle.id)[item].status is Status.IMPLEMENTED
    window.close()
    app._fsadesk_controller = None


def test_workspace_that_fails_to_open_behind_the_page_is_explained(tmp_path, qtbot, monkeypatch):
    """The snapshot read fine, but the full open refuses the file: the page goes away, the
    problem is named, and the set-up wizard follows."""
    from fsadesk.store import workspace as store_workspace

    data = _remember(tmp_path)

    def refuse(folder):
        raise CorruptWorkspace(folder, f"The workspace file {folder} is damaged (test).")

    monkeypatch.setattr(store_workspace, "open_workspace", refuse)
    errors = _start_until_the_wizard(qtbot, monkeypatch, data)
    app = QApplication.instance()
    controller = app._fsadesk_controller
    assert controller.window is None
    assert errors and "damaged" in errors[0] and str(tmp_path / "demo") in errors[0]
    app._fsadesk_controller = None


def test_a_change_made_meanwhile_is_shown_after_the_open(tmp_path, qtbot):
    """If the workspace changed between the snapshot and the open (fsadesk open twice), the
    window is rebuilt from what is stored."""
    data = _remember(tmp_path)
    folder = tmp_path / "demo"
    snapshot = read_snapshot(folder)
    assert snapshot is not None
    catalogue = load_catalogue()
    item = next(it.id for it in catalogue.items if it.id not in snapshot.answers)
    with open_workspace(folder) as other:
        other.answers.save(snapshot.cycle.id, Answer(item, Status.NOT_IMPLEMENTED, notes="別の端末で入力"))
    app = QApplication.instance()
    lang = LanguageManager(app, "en")
    controller = AppController(app, data, catalogue, lang, AppSettings.load(data))
    controller.resume(snapshot)
    first = controller.window  # not given to qtbot: the controller deletes it when it reloads
    assert first is not None
    assert first.session.answer(item).status is Status.UNANSWERED  # the snapshot's view
    qtbot.waitUntil(lambda: controller.window is not first and controller.window is not None, timeout=20000)
    window = controller.window
    qtbot.addWidget(window)
    assert window.session.answer(item).notes == "別の端末で入力"
    window.close()


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

    run(["demo", str(tmp_path / "demo")])
    db = tmp_path / "demo" / "workspace.sqlite"
    db.write_bytes(db.read_bytes()[:3000])  # cut short, as by an interrupted copy
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"lang": "en", "last_workspace": str(tmp_path / "demo")}))
    errors = _start_until_the_wizard(qtbot, monkeypatch, data)
    app = QApplication.instance()
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


def test_after_first_paint_runs_once_after_the_window_is_painted(qtbot):
    from PySide6.QtWidgets import QLabel

    from fsadesk.ui.first_paint import AfterFirstPaint

    label = QLabel("fsadesk")
    qtbot.addWidget(label)
    calls: list[bool] = []
    AfterFirstPaint(label, lambda: calls.append(label.isVisible()))
    QApplication.processEvents()
    assert calls == []  # not before the window is shown and painted
    label.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=2000)
    label.repaint()
    QApplication.processEvents()
    assert calls == [True]  # once only


FIRST_RUN_PROBE = r"""
import os, sys
import PySide6.QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
HEAVY = ("sqlalchemy", "alembic", "fsadesk.store.workspace", "fsadesk.app.onboarding")


class FirstPaint(QObject):
    # Test only: an application-wide filter sees the wizard's very first paint event.
    def eventFilter(self, watched, event):
        painted = event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
        if painted and type(watched.window()).__name__ == "SetupWizard":
            wizard = watched.window()
            page = type(wizard.currentPage()).__name__
            heavy = [name for name in HEAVY if name in sys.modules]
            # PySide6 creates all 93 enums of the Qt namespace (~13 ms) when Qt is first named.
            qt = ["Qt namespace"] if "Qt" in vars(PySide6.QtCore) else []
            print("PAINT", page, *heavy, *qt)
            sys.stdout.flush()
            os._exit(0)
        return False


probe = FirstPaint()
app.installEventFilter(probe)
from fsadesk.__main__ import main

main(["--data-dir", sys.argv[1]])
print("NO WIZARD")
"""


def test_first_run_wizard_is_painted_before_the_database_libraries_load(tmp_path):
    """On a first run the set-up wizard's first page needs no database: it is on screen before
    SQLAlchemy, Alembic and the store are imported (they load behind it, for Finish), and before
    PySide6 builds the Qt namespace's enums, which nothing on that page needs."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    out = subprocess.run(
        [sys.executable, "-c", FIRST_RUN_PROBE, str(tmp_path / "new-data")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert out.stdout.split() == ["PAINT", "WelcomePage"], out.stdout + out.stderr


RESUMED_PROBE = r"""
import os, sys
import PySide6.QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
# What the page the user returns to does not need: the database libraries (the workspace opens
# behind the page), the signing and report libraries, the pages and dialogs not on screen.
DEFERRED = ("sqlalchemy", "alembic", "fsadesk.store.workspace", "cryptography", "reportlab", "openpyxl",
            "fsadesk.ui.summary_page", "fsadesk.ui.help_dialog", "fsadesk.ui.export_dialog",
            "fsadesk.ui.setup_wizard")


class FirstPaint(QObject):
    # Test only: an application-wide filter sees the item page's very first paint event.
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "ItemPage":
            loaded = [name for name in DEFERRED if name in sys.modules]
            # PySide6 creates all 93 enums of the Qt namespace (~13 ms) when Qt is first named.
            qt = ["Qt namespace"] if "Qt" in vars(PySide6.QtCore) else []
            print("PAINT", watched.item_id, bool(watched.title.text()), *loaded, *qt)
            sys.stdout.flush()
            os._exit(0)
        return False


probe = FirstPaint()
app.installEventFilter(probe)
from fsadesk.__main__ import main

main(["--data-dir", sys.argv[1]])
print("NO PAGE")
"""


def test_resumed_page_is_painted_before_what_it_does_not_need_loads(tmp_path):
    """Reopening the last workspace: the item page is painted, with the last item filled in,
    before the database, signing and report libraries and the other pages' modules are imported,
    and before anything names the Qt namespace (its 93 enums cost ~13 ms), as is the start window
    before it (docs/performance.md, "Start-up and item switching")."""
    import os
    import subprocess
    import sys

    data = _remember(tmp_path, "ja")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    out = subprocess.run(
        [sys.executable, "-c", RESUMED_PROBE, str(data)], capture_output=True, text=True, env=env, timeout=120
    )
    painted = out.stdout.split()
    assert painted[:1] == ["PAINT"] and painted[1] != "None", out.stdout + out.stderr  # an item, filled in
    assert painted[2:] == ["True"], out.stdout + out.stderr


def test_broken_catalogue_on_a_first_run_stops_with_a_message(tmp_path, qtbot, monkeypatch):
    """A first run shows the wizard before the guideline data is read; if it cannot be read, the
    wizard closes, the same message names the problem and the app exits 1."""
    broken = tmp_path / "cat"
    broken.mkdir()
    (broken / "catalogue.yaml").write_text("id: x\n", encoding="utf-8")
    monkeypatch.setenv("FSADESK_CATALOGUE", str(broken))
    shown: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr("fsadesk.ui.launch.QMessageBox.critical", lambda parent, title, text: shown.append(text))
    app = QApplication.instance()
    monkeypatch.setattr(app, "exit", lambda code=0: exits.append(code))
    monkeypatch.setattr(app, "quit", lambda: exits.append(0))
    launch(app, tmp_path / "data", AppSettings(), LanguageManager(app, "en"), None)
    qtbot.waitUntil(lambda: bool(exits), timeout=20000)
    assert exits == [1] and "guideline data could not be read" in shown[0] and "field version" in shown[0]
    assert not any(type(w).__name__ == "SetupWizard" and w.isVisible() for w in app.topLevelWidgets())


def test_workspace_faults_on_opening_are_named_in_japanese(tmp_path, qapp):
    """Issue #9 defect 3 in the app: a workspace that cannot be opened because of the file system
    (in use, no permission, a folder where the file should be, a full disk) is named as such in
    the user's language, not as damage, with the store's detail underneath."""
    from fsadesk.store import errors
    from fsadesk.ui.controller import explain

    db = tmp_path / "demo" / "workspace.sqlite"
    expected = {
        errors.WorkspaceBusy: "別のウィンドウかプログラムで fsadesk が開いています",
        errors.NoPermission: "権限",
        errors.NotAFile: "フォルダー",
        errors.DiskFull: "ディスク",
        errors.ReadOnlyFolder: "読み取り専用",
        errors.ReadOnlyFile: "読み取り専用",
    }
    lang = LanguageManager(QApplication.instance(), "ja")
    try:
        for kind, words in expected.items():
            text = explain(kind(db, "English detail for the log"))
            first, _, details = text.partition("\n\n")
            assert words in first and "English detail" not in first, (kind, text)
            assert "damaged" not in text and "破損" not in text
            assert "English detail for the log" in details
    finally:
        lang.set_language("en")

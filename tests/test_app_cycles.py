"""The cycle use cases (fsadesk.app): each user action is stored whole or not at all, proven by
making its last step fail and finding the workspace exactly as it was — through the app layer,
the CLI and the windows that call it."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from fsadesk.app import cycles as app_cycles
from fsadesk.app.errors import CycleRejected, NotFinalised, ProfileIncomplete, SignOffIncomplete
from fsadesk.app.onboarding import create_assessment_workspace
from fsadesk.app.workspace import AssessmentWorkspace
from fsadesk.assessment.demo import DEMO_PROFILE
from fsadesk.assessment.fiscal import default_cycle_label, fiscal_year
from fsadesk.cli import run
from fsadesk.store import faults, open_workspace
from fsadesk.store.answers import AnswerRepository
from fsadesk.store.cycles import CycleRepository
from fsadesk.store.errors import DiskFull
from tests.workspace_support import ALL_SIGNOFFS, SIGNED_ON, dump, make_demo

D = SIGNED_ON
ALL = ALL_SIGNOFFS


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return make_demo(tmp_path)


def _one_more_page(dbapi_conn: Any, _record: Any) -> None:
    """A new connection may grow the file by one page only: a cycle row still fits, copying a
    year's answers does not (a real SQLITE_FULL from SQLite's own limit)."""
    pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
    dbapi_conn.execute(f"PRAGMA max_page_count={pages + 1}")


@pytest.fixture
def disk_full_after_a_page() -> Iterator[None]:
    event.listen(Engine, "connect", _one_more_page)
    yield
    event.remove(Engine, "connect", _one_more_page)


def _fail_last(monkeypatch: pytest.MonkeyPatch, cls: type, name: str) -> None:
    """The last step of the use case is refused as a full disk would refuse it."""

    def refuse(self: object, *args: object, **kwargs: object) -> None:
        raise faults.disk_full(Path("workspace.sqlite"))

    monkeypatch.setattr(cls, name, refuse)


# Start the next cycle ---------------------------------------------------------------------------


def test_next_cycle_copies_in_the_same_transaction(demo, catalogue):
    """The new cycle arrives with its copied answers, each marked for review, in one call."""
    with open_workspace(demo) as ws:
        first = ws.cycles.latest()
        assert first is not None
        started = app_cycles.start_next_cycle(ws, catalogue, None, 2027, first.id, by="sato")
        assert started.cycle.label == default_cycle_label(2027) and started.cycle.copied_from_id == first.id
        copied = ws.answers.load(started.cycle.id)
        assert started.carried == len(copied) > 0
        assert all(a.marked_for_review for a in copied.values())


def test_next_cycle_failing_in_the_copy_leaves_no_cycle(demo, catalogue, monkeypatch):
    """The copy of the answers (the last step) fails: no empty cycle is left behind."""
    before = dump(demo)
    _fail_last(monkeypatch, AnswerRepository, "save_many")
    with open_workspace(demo) as ws:
        first = ws.cycles.latest()
        assert first is not None
        with pytest.raises(DiskFull):
            app_cycles.start_next_cycle(ws, catalogue, "2027年度", 2027, first.id)
    assert dump(demo) == before


def test_cli_cycle_new_on_a_full_disk_changes_nothing(demo, disk_full_after_a_page, capsys):
    """`fsadesk cycle new` when the disk fills while copying: one line naming the full disk,
    exit 1, and no half-copied cycle in the workspace."""
    before = dump(demo)
    capsys.readouterr()
    assert run(["cycle", "new", str(demo), "--year", "2027"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "is full" in err and len(err.strip().splitlines()) == 1, err
    assert dump(demo) == before


def test_cli_cycle_new_uses_the_default_label(demo, capsys):
    """`fsadesk cycle new` without --label names the cycle as the app does (2027年度)."""
    assert run(["cycle", "new", str(demo), "--year", "2027"]) == 0
    assert "(2027年度)" in capsys.readouterr().out
    with open_workspace(demo) as ws:
        latest = ws.cycles.latest()
        assert latest is not None and latest.label == default_cycle_label(2027)


def test_a_label_over_the_limit_is_refused_before_anything_is_written(demo, catalogue):
    """The use case applies cycle_problems itself: a label over fsadesk.limits writes nothing."""
    from fsadesk import limits

    before = dump(demo)
    with open_workspace(demo) as ws, pytest.raises(CycleRejected) as caught:
        app_cycles.start_next_cycle(ws, catalogue, "年" * (limits.CYCLE_LABEL.max_chars + 1), 2027, None)
    assert caught.value.problems == ["label_too_long"] and caught.value.kind == "cycle_rejected"
    assert dump(demo) == before


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "nothing was changed"), ("ja", "何も変更されていません")],
)
def test_new_cycle_dialog_on_a_full_disk_says_nothing_changed(demo, catalogue, qtbot, lang, words):
    """The new-cycle window: the disk fills while copying; one message says (in the user's
    language) that nothing was changed, never that answers "may not have been copied", and the
    workspace is exactly as it was."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from fsadesk.ui.i18n import LanguageManager
    from fsadesk.ui.new_cycle_dialog import NewCycleDialog

    class Prompts:
        def __init__(self) -> None:
            self.errors: list[str] = []

        def confirm(self, title: str, text: str) -> bool:
            return True

        def error(self, title: str, text: str) -> None:
            self.errors.append(text)

    before = dump(demo)
    manager = LanguageManager(QApplication.instance(), lang)
    prompts = Prompts()
    try:
        with open_workspace(demo) as ws:
            dialog = NewCycleDialog(AssessmentWorkspace.of(ws), catalogue, manager, prompts)  # type: ignore[arg-type]
            qtbot.addWidget(dialog)
            dialog.show()
            assert dialog.copy_check.isChecked()
            event.listen(Engine, "connect", _one_more_page)
            ws.engine.dispose()  # the next connection is made under the limit
            try:
                qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
                qtbot.waitUntil(lambda: bool(prompts.errors), timeout=20000)
            finally:
                event.remove(Engine, "connect", _one_more_page)
            assert len(prompts.errors) == 1 and words in prompts.errors[0]
            assert "may not have been copied" not in prompts.errors[0]
            assert dialog.isVisible() and dialog.created_cycle_id() is None
            dialog.close()
    finally:
        manager.set_language("en")
    assert dump(demo) == before


# Revision ---------------------------------------------------------------------------------------


def _finalised(demo: Path, catalogue: Any) -> int:
    with open_workspace(demo) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        return app_cycles.finalise(ws, cycle.id, ALL, by="sato").id


def test_revision_failing_in_the_copy_leaves_no_revision(demo, catalogue, monkeypatch):
    """A revision whose copy of the answers fails leaves only the finalised original."""
    final_id = _finalised(demo, catalogue)
    before = dump(demo)
    _fail_last(monkeypatch, AnswerRepository, "save_many")
    with open_workspace(demo) as ws, pytest.raises(DiskFull):
        app_cycles.start_revision(ws, catalogue, final_id)
    assert dump(demo) == before


def test_revision_copies_everything_and_refuses_an_open_cycle(demo, catalogue):
    """A revision has every answer of the original; an open cycle gets none."""
    final_id = _finalised(demo, catalogue)
    with open_workspace(demo) as ws:
        revision = app_cycles.start_revision(ws, catalogue, final_id)
        assert revision.revision == 2 and revision.is_open
        assert ws.answers.load(revision.id) == ws.answers.load(final_id)
        before = dump(demo)
        with pytest.raises(NotFinalised):
            app_cycles.start_revision(ws, catalogue, revision.id)
    assert dump(demo) == before


# Sign-off and finalise --------------------------------------------------------------------------


def test_finalise_failing_keeps_no_signoff(demo, catalogue, monkeypatch):
    """The lock (the last step) fails: none of the three sign-offs is stored and the cycle stays open."""
    before = dump(demo)
    _fail_last(monkeypatch, CycleRepository, "finalise")
    with open_workspace(demo) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        with pytest.raises(DiskFull):
            app_cycles.finalise(ws, cycle.id, ALL, by="sato")
    assert dump(demo) == before


def test_finalise_with_a_missing_role_writes_nothing(demo, catalogue):
    """A missing approver is named, and the two complete sign-offs are not stored either."""
    before = dump(demo)
    with open_workspace(demo) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        with pytest.raises(SignOffIncomplete) as caught:
            app_cycles.finalise(ws, cycle.id, ALL[:2], by="sato")
    assert caught.value.problems == ["approver"]
    assert dump(demo) == before


def test_signoff_dialog_failing_to_finalise_keeps_no_signoff(demo, catalogue, monkeypatch, qtbot):
    """The sign-off window: finalising refused by a full disk shows one message, stores no
    sign-off, and the cycle stays open."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from fsadesk.ui.signoff_dialog import SignOffDialog
    from tests.qt_helpers import type_text

    class Prompts:
        def __init__(self) -> None:
            self.errors: list[tuple[str, str]] = []

        def confirm(self, title: str, text: str) -> bool:
            return True

        def error(self, title: str, text: str) -> None:
            self.errors.append((title, text))

    before = dump(demo)
    _fail_last(monkeypatch, CycleRepository, "finalise")
    prompts = Prompts()
    with open_workspace(demo) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None
        dialog = SignOffDialog(AssessmentWorkspace.of(ws), catalogue, cycle.id, prompts, "sato")
        qtbot.addWidget(dialog)
        dialog.show()
        for signoff in ALL:
            type_text(qtbot, dialog.names[signoff.role], signoff.name)
        dialog.force.setChecked(True)  # the demo has open points: finalised anyway, with a reason
        type_text(qtbot, dialog.reason, "理事会の日程に合わせるため")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert not dialog.finalised and dialog.isVisible()
        assert len(prompts.errors) == 1 and "full" in prompts.errors[0][1]
        dialog.close()
    assert dump(demo) == before


# Profile ----------------------------------------------------------------------------------------


def test_a_refused_profile_change_changes_nothing(demo, catalogue):
    """The database refuses the change (a trigger, as a real refusal would): the stored profile
    is as it was; an incomplete profile is refused before writing."""
    from dataclasses import replace

    con = sqlite3.connect(demo / "workspace.sqlite")
    con.execute("CREATE TRIGGER refuse BEFORE UPDATE ON institution BEGIN SELECT RAISE(ABORT, 'refused'); END")
    con.commit()
    con.close()
    before = dump(demo)
    with open_workspace(demo) as ws:
        with pytest.raises(Exception, match="refused"):
            app_cycles.change_profile(ws, catalogue, replace(DEMO_PROFILE, name="新しい名前"))
        with pytest.raises(ProfileIncomplete, match="institution name is empty"):
            app_cycles.change_profile(ws, catalogue, replace(DEMO_PROFILE, name=" "))
    assert dump(demo) == before


# First-run set-up -------------------------------------------------------------------------------


def test_setup_failing_at_the_first_cycle_leaves_no_workspace(tmp_path, catalogue, monkeypatch):
    """Set-up whose last step (the first cycle) fails leaves no folder and no file behind."""
    _fail_last(monkeypatch, CycleRepository, "create")
    target = tmp_path / "new" / "ws"
    with pytest.raises(DiskFull):
        create_assessment_workspace(target, DEMO_PROFILE, catalogue, 2026)
    assert list(tmp_path.iterdir()) == []


def test_setup_failing_in_a_users_folder_leaves_it_as_it_was(tmp_path, catalogue, monkeypatch, capsys):
    """`fsadesk init` into an existing folder of the user's: when the last step fails, the folder
    keeps its mode and its own files, and nothing of fsadesk's is left in it."""
    folder = tmp_path / "mine"
    folder.mkdir()
    os.chmod(folder, 0o755)
    (folder / "notes.txt").write_text("私のメモ")
    _fail_last(monkeypatch, CycleRepository, "create")
    code = run(["init", str(folder), "--name", "テスト信用組合", "--institution-id", "T-1", "--category", "regional"])
    assert code == 1
    assert "is full" in capsys.readouterr().err
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]


def test_setup_creates_the_workspace_whole(tmp_path, catalogue):
    """Set-up stores the profile and the first cycle (this fiscal year, default label); the
    database is private and no temporary file is left beside it."""
    folder = tmp_path / "ws"
    year = fiscal_year(dt.date.today())
    ws, cycle = create_assessment_workspace(folder, DEMO_PROFILE, catalogue, year)
    ws.close()
    assert sorted(p.name for p in folder.iterdir()) == ["workspace.sqlite"]
    assert stat.S_IMODE((folder / "workspace.sqlite").stat().st_mode) == 0o600
    with open_workspace(folder) as ws:
        assert ws.institution.get() == DEMO_PROFILE
        assert [(c.id, c.label, c.fiscal_year) for c in ws.cycles.all()] == [
            (cycle.id, default_cycle_label(year), year)
        ]

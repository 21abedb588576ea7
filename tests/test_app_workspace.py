"""The windows' view of a workspace (fsadesk.app.workspace), tested without a window: what it reads
is what is stored, its use cases store whole, and it reaches the store only when asked."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path

import pytest

from fsadesk.app.errors import SignOffIncomplete
from fsadesk.app.workspace import AssessmentWorkspace, current_user, pending_workspace
from fsadesk.assessment.answers import Status
from fsadesk.assessment.signoff import Role
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.store.errors import CorruptWorkspace
from tests.workspace_support import ALL_SIGNOFFS, SIGNED_ON, dump, make_demo

REPO = Path(__file__).resolve().parents[1]
D = SIGNED_ON
ALL = ALL_SIGNOFFS


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return make_demo(tmp_path)


def test_reads_what_is_stored(demo, catalogue):
    """Cycles, answers, sign-offs and the profile read through it are the stored ones."""
    with open_workspace(demo) as ws:
        view = AssessmentWorkspace.of(ws)
        cycles = view.cycles()
        assert [c.id for c in cycles] == [c.id for c in ws.cycles.all()]
        latest = view.latest_cycle()
        assert latest is not None and view.cycle(latest.id) == latest
        answers = view.answers(latest.id)
        assert answers == ws.answers.load(latest.id)
        assert any(a.status is not Status.UNANSWERED for a in answers.values())
        assert view.signoffs(latest.id) == []
        profile = view.profile()
        assert profile is not None and profile == ws.institution.get() == view.profile_for(latest)
        assert view.record(catalogue, latest.id).cycle.id == latest.id
        assert view.folder == demo and not view.has_signing_key() and view.key_fingerprint() is None


def test_finalise_stores_the_signoffs_and_the_lock_with_the_login_name(demo):
    """Sign-off through it locks the cycle, records the three roles and who finalised."""
    with open_workspace(demo) as ws:
        view = AssessmentWorkspace.of(ws)
        cycle = view.latest_cycle()
        assert cycle is not None
        done = view.finalise(cycle.id, ALL)
        assert not done.is_open and done.finalised_by == current_user()
        assert {s.role for s in view.signoffs(cycle.id)} == set(Role)
        assert not view.cycle(cycle.id).is_open


def test_a_refused_finalise_stores_nothing(demo):
    """A missing approver: refused before writing; the workspace is byte for byte as it was."""
    before = dump(demo)
    with open_workspace(demo) as ws:
        view = AssessmentWorkspace.of(ws)
        cycle = view.latest_cycle()
        assert cycle is not None
        with pytest.raises(SignOffIncomplete):
            view.finalise(cycle.id, ALL[:2])
    assert dump(demo) == before


def test_next_cycle_and_revision_and_profile(demo, catalogue):
    """Start next year's cycle from a copy, revise a finalised one, change the profile."""
    with open_workspace(demo) as ws:
        view = AssessmentWorkspace.of(ws)
        first = view.latest_cycle()
        assert first is not None
        started = view.start_next_cycle(catalogue, None, first.fiscal_year + 1, first.id)
        assert started.carried == len(view.answers(started.cycle.id)) > 0
        view.finalise(started.cycle.id, ALL)
        revision = view.start_revision(catalogue, started.cycle.id)
        assert revision.revision == 2 and view.answers(revision.id) == view.answers(started.cycle.id)
        profile = view.profile()
        assert profile is not None
        view.change_profile(catalogue, replace(profile, name="新しい名前信用組合"))
        changed = view.profile()
        assert changed is not None and changed.name == "新しい名前信用組合"


def test_waits_for_a_background_open_only_when_the_store_is_needed(demo):
    """Made while the workspace is still opening: the folder is known at once, a read waits for it."""
    opened: Future = pending_workspace()
    calls: list[int] = []

    def get():  # what the session hands over: wait for the background open
        calls.append(1)
        return opened.result(timeout=10)

    view = AssessmentWorkspace(demo, get)
    assert view.folder == demo and calls == []
    with open_workspace(demo) as ws:
        opened.set_result(ws)
        assert [c.id for c in view.cycles()] == [c.id for c in ws.cycles.all()]
    assert calls == [1]


def test_a_failed_background_open_is_raised_as_its_own_kind(demo):
    """A workspace that could not be opened: each read names that problem (typed, not flattened)."""
    opened: Future = pending_workspace()
    opened.set_exception(CorruptWorkspace(demo, "damaged"))
    view = AssessmentWorkspace(demo, lambda: opened.result())
    with pytest.raises(CorruptWorkspace):
        view.cycles()


def test_importing_it_loads_no_database_library():
    """The main window imports it before its first paint: no SQLAlchemy at import."""
    code = (
        "import sys, fsadesk.app.workspace\n"
        "names = ('sqlalchemy', 'alembic', 'fsadesk.store.workspace', 'cryptography')\n"
        "heavy = [m for m in names if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_demo_the_disk_refuses_leaves_no_workspace(tmp_path, capsys, monkeypatch):
    """`fsadesk demo` whose last step (the answers) is refused: one plain message, exit 1, and no
    half-made workspace (profile and cycle without answers) left in the folder."""
    from fsadesk.store import faults
    from fsadesk.store.answers import AnswerRepository
    from fsadesk.store.files import is_workspace

    def full(self: object, *args: object, **kwargs: object) -> None:
        raise faults.disk_full(Path("workspace.sqlite"))

    monkeypatch.setattr(AnswerRepository, "save_many", full)
    assert run(["demo", str(tmp_path / "demo")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "disk" in err.lower()
    assert not is_workspace(tmp_path / "demo")


# What the CLI reads and does through it (issue #10: the CLI calls the application layer, never
# repositories): one answer, saving one with its rules, the history, unknown items, and opening.


def test_opened_reads_and_closes(demo):
    """Opened from a folder for one command: it reads what is stored, and the database is closed
    after (SQLite removes its -wal file when the last connection closes), even after an error."""
    from fsadesk.app.workspace import opened_workspace

    with opened_workspace(demo) as view:
        latest = view.latest_cycle()
        assert latest is not None and view.folder == demo and view.cycle(latest.id) == latest
        assert (demo / "workspace.sqlite-wal").exists()
    assert not (demo / "workspace.sqlite-wal").exists()
    with pytest.raises(KeyError), opened_workspace(demo) as view:
        view.cycle(999)
    assert not (demo / "workspace.sqlite-wal").exists()


def test_saves_one_answer_with_its_history(demo, catalogue):
    """A saved answer is stored, read back, and recorded in the history under who made it; the
    same answer again changes nothing and adds no history."""
    from fsadesk.assessment.answers import Answer

    item = catalogue.items[0].id
    with open_workspace(demo) as ws:
        view = AssessmentWorkspace.of(ws)
        cycle = view.latest_cycle()
        assert cycle is not None
        answer = Answer(item_id=item, status=Status.PARTIAL, notes="検討中")
        assert view.save_answer(cycle.id, answer, by="佐藤") is True
        assert view.answer(cycle.id, item) == answer
        assert view.save_answer(cycle.id, answer, by="佐藤") is False
        entries = view.history(cycle.id, item)
        assert entries[-1].new == answer and entries[-1].changed_by == "佐藤"
        assert len([e for e in view.history(cycle.id) if e.item_id == item]) == len(entries)
        assert view.answer(cycle.id, "no-such-item").status is Status.UNANSWERED


def test_an_answer_breaking_a_rule_or_a_locked_cycle_stores_nothing(demo, catalogue):
    """Not applicable without a reason, and any answer to a finalised cycle: refused with their
    own typed errors, and the workspace is byte for byte as it was."""
    from fsadesk.assessment.answers import Answer
    from fsadesk.store.errors import AnswerRejected, CycleLocked

    item = catalogue.items[0].id
    with open_workspace(demo) as ws:
        view = AssessmentWorkspace.of(ws)
        cycle = view.latest_cycle()
        assert cycle is not None
        before = dump(demo)
        with pytest.raises(AnswerRejected):
            view.save_answer(cycle.id, Answer(item_id=item, status=Status.NOT_APPLICABLE))
        assert dump(demo) == before
        view.finalise(cycle.id, ALL)
        before = dump(demo)
        with pytest.raises(CycleLocked):
            view.save_answer(cycle.id, Answer(item_id=item, status=Status.IMPLEMENTED))
        assert dump(demo) == before


def test_orphans_are_the_stored_items_the_catalogue_lacks(demo, catalogue):
    """Answers kept for items a catalogue does not have are named (sorted); none for the full one."""
    with open_workspace(demo) as ws:
        view = AssessmentWorkspace.of(ws)
        cycle = view.latest_cycle()
        assert cycle is not None
        assert view.orphans(cycle.id, catalogue) == []
        answered = sorted(view.answers(cycle.id))
        smaller = replace(catalogue, items=tuple(it for it in catalogue.items if it.id != answered[0]))
        assert view.orphans(cycle.id, smaller) == [answered[0]]

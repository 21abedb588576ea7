"""Yearly cycles: the next one can start from a copy of the last."""

from __future__ import annotations

from fsadesk.app.cycles import start_next_cycle
from fsadesk.assessment.answers import Answer, Status
from fsadesk.cli import run
from fsadesk.store import create_workspace, open_workspace


def test_next_cycle_copies_answers_for_review(tmp_path, catalogue):
    """Answers carry over with notes and plans, marked for review; the old cycle is unchanged."""
    with create_workspace(tmp_path / "ws") as ws:
        first = ws.cycles.create("2025年度", 2025, catalogue)
        ws.answers.save(first.id, Answer("2.1.1-B1", Status.IMPLEMENTED, notes="決議済み"))
        ws.answers.save(first.id, Answer("2.1.1-B2", Status.NOT_APPLICABLE, justification="理由"))
        ws.answers.save(first.id, Answer("2.9.9-B1", Status.IMPLEMENTED))  # no longer in the catalogue
        second = start_next_cycle(ws, catalogue, "2026年度", 2026, copy_from=first.id).cycle
        assert second.copied_from_id == first.id
        carried = ws.answers.load(second.id)
        assert set(carried) == {"2.1.1-B1", "2.1.1-B2"}
        assert carried["2.1.1-B1"].notes == "決議済み" and carried["2.1.1-B1"].marked_for_review
        assert carried["2.1.1-B2"].justification == "理由"
        assert not ws.answers.load(first.id)["2.1.1-B1"].marked_for_review
        assert len(ws.answers.history(second.id)) == 2
        assert [c.label for c in ws.cycles.all()] == ["2025年度", "2026年度"]


def test_cli_cycle_new(tmp_path, capsys):
    """`fsadesk cycle new` starts next year's cycle from the latest; scores then read the new cycle."""
    run(["demo", str(tmp_path / "d")])
    assert run(["cycle", "new", str(tmp_path / "d"), "--year", "2027", "--label", "2027年度"]) == 0
    out = capsys.readouterr().out
    assert "answers carried over from 2026年度" in out
    assert run(["scores", str(tmp_path / "d")]) == 0
    assert "2027年度" in capsys.readouterr().out


def test_cli_notes_unknown_items(tmp_path, capsys):
    """Scores name stored answers whose items the catalogue no longer has, and still succeed."""
    ws = str(tmp_path / "ws")
    run(["init", ws, "--name", "テスト信金", "--institution-id", "T1", "--category", "regional"])
    with open_workspace(tmp_path / "ws") as w:
        cycle = w.cycles.latest()
        assert cycle is not None
        w.answers.save(cycle.id, Answer("2.9.9-B1", Status.IMPLEMENTED))
    capsys.readouterr()
    assert run(["scores", ws]) == 0
    assert "2.9.9-B1" in capsys.readouterr().err

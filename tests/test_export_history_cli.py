"""`fsadesk export` records each export, and `fsadesk exports` lists a cycle's history with the
state of each file on disk; bad arguments get one plain line, and a history that cannot be
written does not fail an export whose bundle was written."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from fsadesk import bundle_cli
from fsadesk.__main__ import main
from tests.bundle_support import FAKE_PDF, PASSPHRASE
from tests.workspace_support import dump, make_demo


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    folder = make_demo(tmp_path)
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def fake(*_args: Any) -> bytes:
        return FAKE_PDF

    monkeypatch.setattr(bundle_cli, "_render_pdf", fake)  # the real report has its own tests
    return folder, pass_file


def _export(folder: Path, pass_file: Path, out: Path, *extra: str) -> int:
    return main(["export", str(folder), "--out", str(out), "--passphrase-file", str(pass_file), *extra])


def test_exports_lists_each_export_and_the_state_of_its_file(demo, tmp_path, capsys) -> None:
    folder, pass_file = demo
    capsys.readouterr()
    assert main(["exports", str(folder)]) == 0
    assert capsys.readouterr().out.strip() == "This cycle has not been exported yet."

    first, second = tmp_path / "first.fsab", tmp_path / "second.fsab"
    assert _export(folder, pass_file, first) == 0
    assert _export(folder, pass_file, second, "--no-notes", "--lang", "en") == 0
    sha = hashlib.sha256(second.read_bytes()).hexdigest()
    first.write_bytes(b"edited")
    capsys.readouterr()
    assert main(["exports", str(folder)]) == 0
    out = capsys.readouterr().out
    newest, older = out.strip().split("\n\n")
    assert "en, without notes" in newest and str(second.absolute()) in newest
    assert f"same as exported, SHA-256 {sha}" in newest
    assert "ja, with notes" in older and "CHANGED since the export" in older
    second.unlink()
    assert main(["exports", str(folder), "--cycle", "1"]) == 0
    assert "MISSING (moved or deleted)" in capsys.readouterr().out.split("\n\n")[0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cycle", "99"], "This workspace has no cycle 99."),
        (["--cycle", "x"], "argument --cycle: a cycle number is a whole number; 'x' is not one"),
    ],
)
def test_bad_arguments_get_one_plain_line(demo, capsys, args: list[str], message: str) -> None:
    folder, _ = demo
    capsys.readouterr()
    try:
        code = main(["exports", str(folder), *args])
    except SystemExit as exc:  # argparse's usage errors exit 2 by SystemExit
        code = int(str(exc.code))
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err
    assert message in err


def test_missing_workspace_is_named(tmp_path, capsys) -> None:
    assert main(["exports", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "No fsadesk workspace in" in err


def test_export_succeeds_when_the_history_cannot_be_written(demo, tmp_path, capsys) -> None:
    folder, pass_file = demo
    assert _export(folder, pass_file, tmp_path / "first.fsab") == 0  # makes the key
    before = dump(folder)
    other = sqlite3.connect(folder / "workspace.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is writing the workspace
    capsys.readouterr()
    try:
        code = _export(folder, pass_file, tmp_path / "second.fsab")
    finally:
        other.execute("ROLLBACK")
        other.close()
    captured = capsys.readouterr()
    assert code == 0
    assert "Wrote" in captured.out and (tmp_path / "second.fsab").stat().st_size > 0
    assert "the bundle was written, but the export history could not be updated" in captured.err
    assert "Traceback" not in captured.err and len(captured.err.strip().splitlines()) == 1
    assert dump(folder) == before

"""The command line as a script or a central organisation would use it."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl

from fsadesk.cli import run


def test_demo_then_scores_json(tmp_path, capsys):
    """`fsadesk demo` makes a partly completed workspace that `scores --json` reports on."""
    assert run(["demo", str(tmp_path / "demo")]) == 0
    assert "みなと信用組合" in capsys.readouterr().out
    assert run(["scores", str(tmp_path / "demo"), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    overall = doc["scores"]["overall"]
    assert 0 < overall["answered"] < overall["applicable"]  # partly completed
    assert overall["open_gaps"] > 0
    assert set(doc["scores"]["domains"]) == {"2.1", "2.2", "2.3", "2.4", "2.5", "2.6"}
    assert doc["scores"]["engine_version"]


def test_scores_table_in_both_languages(tmp_path, capsys):
    """The plain scores table uses Japanese by default and English on request."""
    run(["demo", str(tmp_path / "demo")])
    capsys.readouterr()
    run(["scores", str(tmp_path / "demo")])
    assert "ガバナンス" in capsys.readouterr().out
    run(["scores", str(tmp_path / "demo"), "--lang", "en"])
    assert "Governance" in capsys.readouterr().out


def test_init_answer_history(tmp_path, capsys):
    """A workspace made with `init` takes answers from `answer` and lists them in `history`."""
    ws = str(tmp_path / "ws")
    assert run(["init", ws, "--name", "テスト信金", "--institution-id", "T1", "--category", "regional",
                "--yes", "uses_cloud", "--year", "2026"]) == 0  # fmt: skip
    assert run(["answer", ws, "2.1.1-B1", "implemented", "--notes", "決議済み", "--by", "tanaka"]) == 0
    assert run(["answer", ws, "2.1.1-B1", "implemented", "--notes", "決議済み"]) == 0
    assert "unchanged" in capsys.readouterr().out
    assert run(["history", ws]) == 0
    out = capsys.readouterr().out
    assert "tanaka" in out and "2.1.1-B1" in out and "implemented" in out


def test_not_applicable_without_reason_is_refused(tmp_path, capsys):
    """The CLI enforces the same rule as the wizard: Not applicable needs a reason."""
    ws = str(tmp_path / "ws")
    run(["init", ws, "--name", "テスト信金", "--institution-id", "T1", "--category", "regional"])
    assert run(["answer", ws, "2.1.1-B1", "not_applicable"]) == 1
    assert "needs a reason" in capsys.readouterr().err
    assert run(["answer", ws, "2.1.1-B1", "not_applicable", "--justification", "該当なし"]) == 0


def test_errors_are_plain_messages(tmp_path, capsys):
    """A missing workspace, a bad category and an unknown item each give one clear line, exit 1."""
    assert run(["scores", str(tmp_path / "missing")]) == 1
    assert "No fsadesk workspace" in capsys.readouterr().err
    assert run(["init", str(tmp_path / "w"), "--name", "x", "--institution-id", "1", "--category", "bank"]) == 1
    assert "unknown institution category 'bank'" in capsys.readouterr().err
    run(["init", str(tmp_path / "w"), "--name", "x", "--institution-id", "1", "--category", "regional"])
    assert run(["answer", str(tmp_path / "w"), "9.9-B1", "implemented"]) == 1
    assert "no item '9.9-B1'" in capsys.readouterr().err


def test_catalogue_validate_and_show(capsys):
    """`catalogue validate` reports the counts and digest; `show --lang en` prints the English tree."""
    from tests.conftest import CATALOGUE_DIR

    assert run(["catalogue", "validate", str(CATALOGUE_DIR)]) == 0
    out = capsys.readouterr().out
    assert "176 items (126 basic, 50 desirable)" in out and "digest sha256:" in out
    assert run(["catalogue", "show", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "2.3.4.5 Measures when using cloud services" in out
    assert run(["catalogue", "show", "--lang", "ja"]) == 0
    assert "クラウドサービス利用時の対策" in capsys.readouterr().out


def test_catalogue_validate_reports_problems(tmp_path, capsys):
    """`catalogue validate` on a broken folder lists the problems and exits 1."""
    (tmp_path / "catalogue.yaml").write_text("id: x\n", encoding="utf-8")
    assert run(["catalogue", "validate", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "catalogue.yaml" in err and "field version" in err


def test_catalogue_export_xlsx(tmp_path, capsys, catalogue):
    """`catalogue export --format xlsx` writes a workbook Excel users can open."""
    out = tmp_path / "items.xlsx"
    assert run(["catalogue", "export", "--format", "xlsx", str(out)]) == 0
    wb = openpyxl.load_workbook(out, read_only=True)
    rows = list(wb["Items"].iter_rows(values_only=True))
    assert len(rows) == 177
    assert rows[1][0] == catalogue.items[0].id


def test_module_entry_point(tmp_path):
    """`python -m fsadesk` works as a real process (the console script runs the same main)."""
    result = subprocess.run(
        [sys.executable, "-m", "fsadesk", "demo", str(tmp_path / "d")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "fsadesk", "scores", str(tmp_path / "d"), "--lang", "en"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0 and "Overall" in result.stdout


def test_data_dir_names_workspaces(tmp_path, capsys, monkeypatch):
    """A bare workspace name is looked up in --data-dir (or FSADESK_DATA_DIR)."""
    base = tmp_path / "data"
    run(["demo", str(base / "workspaces" / "minato")])
    capsys.readouterr()
    assert run(["--data-dir", str(base), "scores", "minato", "--lang", "en"]) == 0
    assert "Overall" in capsys.readouterr().out
    monkeypatch.setenv("FSADESK_DATA_DIR", str(base))
    assert run(["scores", "minato", "--lang", "en"]) == 0

"""`fsadesk self-test` (issue #13): every step passes on this program, in-process and as its own
process, leaving the user's data folder alone; a broken part fails with one line naming its step."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fsadesk.catalogue import load_catalogue
from fsadesk.cli import run

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "guideline_data" / "fsa-cyber"
STEPS_EN = ["catalogue", "workspace", "report ja", "report en", "bundle", "central intake", "window"]


@pytest.fixture
def catalogue_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped catalogue, copied, with DIGEST recording what it holds now: this file tests the
    self-test itself (that the shipped DIGEST is up to date is tests/test_catalogue_loader.py's job)."""
    folder = tmp_path / "catalogue"
    shutil.copytree(SHIPPED, folder)
    cat = load_catalogue(folder, use_cache=False)
    (folder / "DIGEST").write_text(f"{cat.version} {cat.digest}\n", encoding="utf-8")
    monkeypatch.setenv("FSADESK_CATALOGUE", str(folder))
    return folder


@pytest.fixture
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's own data folder and cache, which the self-test must not touch."""
    data = tmp_path / "user-data"
    monkeypatch.setenv("FSADESK_DATA_DIR", str(data))
    monkeypatch.setenv("FSADESK_CACHE_DIR", str(tmp_path / "user-cache"))
    return data


def _ok_lines(out: str) -> list[str]:
    return [line.split(":")[0].removeprefix("ok  ") for line in out.splitlines() if line.startswith("ok  ")]


def test_in_process_every_step_passes(qapp, catalogue_copy, user_data, tmp_path, capsys):
    assert run(["--lang", "en", "self-test"]) == 0
    captured = capsys.readouterr()
    assert _ok_lines(captured.out) == STEPS_EN
    cat = load_catalogue(catalogue_copy, use_cache=False)
    assert f"ok  catalogue: {cat.id} {cat.version} sha256 {cat.digest} ({len(cat.items)} items)" in captured.out
    assert "Japanese font IPAexGothic embedded" in captured.out
    assert "encrypted bundle accepted, receipt imported by the member" in captured.out
    assert "Japanese shown: “ファイル”" in captured.out
    assert captured.out.splitlines()[-1].startswith("Self-test passed (")
    assert captured.err == ""
    # Nothing of the user's was written, and the environment is as it was.
    assert not user_data.exists() and not (tmp_path / "user-cache").exists()
    assert os.environ["FSADESK_DATA_DIR"] == str(user_data)


def test_as_its_own_process_in_japanese(catalogue_copy, user_data, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop("QT_QPA_PLATFORM", None)  # the self-test sets offscreen for itself
    result = subprocess.run(
        [sys.executable, "-m", "fsadesk", "self-test"], capture_output=True, text=True, env=env, cwd="/", timeout=240
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert len(_ok_lines(result.stdout)) == len(STEPS_EN)
    assert "ok  項目集:" in result.stdout and "ok  画面:" in result.stdout
    assert "自己診断はすべて成功しました" in result.stdout
    assert not user_data.exists()


def test_a_damaged_catalogue_fails_the_catalogue_step(catalogue_copy, user_data, capsys):
    first_items = sorted((catalogue_copy / "items").glob("*.yaml"))[0]
    first_items.write_text("items: [this is: not: valid\n", encoding="utf-8")
    assert run(["--lang", "en", "self-test"]) == 1
    captured = capsys.readouterr()
    assert _ok_lines(captured.out) == []
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err
    assert lines[0].startswith("Self-test failed at the step “catalogue”: ")
    assert first_items.name in lines[0]


def test_a_digest_that_does_not_match_is_named(catalogue_copy, user_data, capsys):
    (catalogue_copy / "DIGEST").write_text("2025.07.1 " + "0" * 64 + "\n", encoding="utf-8")
    assert run(["self-test"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("自己診断は「項目集」の段階で失敗しました：") and "DIGEST" in err


def test_a_failure_later_names_its_step_and_keep_holds_the_log(qapp, catalogue_copy, user_data, tmp_path, capsys):
    """A catalogue that validates but has no category 'regional': the workspace step fails."""
    path = catalogue_copy / "catalogue.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("id: regional", "id: local"), encoding="utf-8")
    cat = load_catalogue(catalogue_copy, use_cache=False)
    (catalogue_copy / "DIGEST").write_text(f"{cat.version} {cat.digest}\n", encoding="utf-8")
    keep = tmp_path / "kept"
    assert run(["--lang", "en", "self-test", "--keep", str(keep)]) == 1
    captured = capsys.readouterr()
    assert _ok_lines(captured.out) == ["catalogue"]
    assert captured.err.startswith("Self-test failed at the step “workspace”: ")
    assert f"Files of the self-test: {keep}" in captured.err
    assert (keep / "passphrase.txt").is_file()


def test_keep_must_be_a_new_or_empty_folder(user_data, tmp_path, capsys):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("mine", encoding="utf-8")
    assert run(["self-test", "--keep", str(tmp_path / "full")]) == 1
    assert "is not an empty folder" in capsys.readouterr().err
    assert (tmp_path / "full" / "x").read_text(encoding="utf-8") == "mine"

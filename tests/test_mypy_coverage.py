"""Strict mypy covers the whole package (issue #10), and the README's test command runs it.

Running mypy itself is the test command's job (packaging/dev.sh test); this checks, in a few
milliseconds, that its configuration reaches every module, so a narrowed `files` or a widened
`exclude` cannot quietly leave code unchecked.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Folders left out of strict mypy: none since the windows became strict-clean (issue #10). A folder
# put back here must also be left out of pyproject's mypy `files`, and the test below checks that.
NOT_YET_CHECKED: set[str] = set()


def _mypy_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]


def _checked_files(config: dict) -> set[str]:
    excludes = [re.compile(pattern) for pattern in config.get("exclude", [])]
    out: set[str] = set()
    for entry in config["files"]:
        target = ROOT / entry
        if any(char in entry for char in "*?["):  # mypy expands globs in `files`
            paths = [path for path in ROOT.glob(entry) if path.suffix == ".py"]
        else:
            paths = [target] if target.is_file() else list(target.rglob("*.py"))
        for path in paths:
            rel = path.relative_to(ROOT).as_posix()
            if not any(pattern.search(rel) for pattern in excludes):
                out.add(rel)
    return out


def test_mypy_is_strict():
    config = _mypy_config()
    assert config["strict"] is True


def test_every_module_outside_the_listed_folders_is_checked():
    checked = _checked_files(_mypy_config())
    every = {path.relative_to(ROOT).as_posix() for path in (ROOT / "fsadesk").rglob("*.py")}
    unchecked = {rel for rel in every - checked if not rel.startswith(tuple(NOT_YET_CHECKED))}
    assert unchecked == set(), f"mypy does not check: {sorted(unchecked)}"


def test_only_the_listed_folders_are_left_out():
    checked = _checked_files(_mypy_config())
    for folder in NOT_YET_CHECKED:
        # still left out: when it is checked, drop it from NOT_YET_CHECKED so it stays checked
        assert not any(rel.startswith(folder) for rel in checked), f"{folder} is checked now: update this test"


def test_no_module_is_let_off_its_errors():
    """No override silences a package's errors (follow_imports = silent hid the windows' errors)."""
    silenced = [o["module"] for o in _mypy_config().get("overrides", []) if o.get("follow_imports") == "silent"]
    assert silenced == []


def test_the_readme_test_command_runs_mypy_with_this_configuration():
    script = (ROOT / "packaging" / "dev.sh").read_text(encoding="utf-8")
    # bare `.venv/bin/mypy`: the files and options come from pyproject.toml, nothing narrows them
    assert re.search(r"^\s*\.venv/bin/mypy\s*$", script, re.MULTILINE)

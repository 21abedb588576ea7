"""Only what fsadesk creates gets fsadesk's private modes (issue #9, defect 5).

`fsadesk demo DIR` in an existing shared folder (1777, like /tmp) made it 0700, locking everyone
else out of it; as a user who does not own the folder it ended in a traceback.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from fsadesk.cli import run

REPO = Path(__file__).resolve().parents[1]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_existing_shared_folder_keeps_its_mode(tmp_path):
    """An existing 1777 folder stays 1777; the workspace file inside is still 0600."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    assert run(["demo", str(shared)]) == 0
    assert _mode(shared) == 0o1777
    assert _mode(shared / "workspace.sqlite") == 0o600


def test_new_folders_are_private(tmp_path):
    """A folder that did not exist (and the parents made for it) becomes 0700; an existing parent
    keeps its mode."""
    parent = tmp_path / "parent"
    parent.mkdir()
    parent.chmod(0o755)
    target = parent / "a" / "b"
    assert run(["demo", str(target)]) == 0
    assert _mode(target) == 0o700
    assert _mode(parent / "a") == 0o700
    assert _mode(parent) == 0o755


def test_init_in_existing_folder_keeps_its_mode(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    folder.chmod(0o755)
    args = ["init", str(folder), "--name", "テスト信金", "--institution-id", "T1", "--category", "regional"]
    assert run(args) == 0
    assert _mode(folder) == 0o755


def test_folder_owned_by_someone_else(tmp_path):
    """In a shared folder owned by another user, `demo` works (no traceback) and changes nothing
    about the folder. Run as root without the capabilities that let root chmod others' files."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to act as a user who does not own the folder")
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    os.chown(shared, 65534, 65534)
    result = subprocess.run(
        ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--",
         sys.executable, "-m", "fsadesk", "demo", str(shared)],
        capture_output=True, text=True, cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert _mode(shared) == 0o1777
    assert _mode(shared / "workspace.sqlite") == 0o600

"""Where fsadesk keeps its data: platformdirs by default, overridable for portable use and tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "FSADESK_DATA_DIR"
APP_NAME = "fsadesk"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir wins, then $FSADESK_DATA_DIR, then the per-user data folder of this OS."""
    if override:
        return Path(override)
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env)
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def workspaces_dir(base: Path) -> Path:
    return base / "workspaces"


def resolve_workspace(arg: str, base: Path) -> Path:
    """A workspace argument is a folder path, or the name of a workspace in the data folder."""
    path = Path(arg)
    if path.exists() or os.sep in arg or "/" in arg:
        return path
    named = workspaces_dir(base) / arg
    return named if named.exists() else path


def resources_dir() -> Path:
    """resources/ sits beside the package in the source tree and in the frozen app alike."""
    return Path(__file__).resolve().parents[1] / "resources"

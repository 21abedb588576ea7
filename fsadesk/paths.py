"""Where fsadesk keeps its data: the per-user folders of the OS, or beside the program in portable
mode, or wherever --data-dir / $FSADESK_DATA_DIR say.

Portable mode (issue #13): a file named fsadesk-portable.txt beside the program (the frozen
executable's folder; in a source checkout the folder named by $FSADESK_PORTABLE_DIR, so tests can
use it) puts everything — workspaces, keys, settings, logs, caches — in <that folder>/fsadesk-data/,
so the whole thing runs from a USB stick. Without the marker nothing is written in the program's
folder. An explicit data folder wins over both.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import platformdirs

ENV_DATA_DIR = "FSADESK_DATA_DIR"
ENV_PORTABLE_DIR = "FSADESK_PORTABLE_DIR"
APP_NAME = "fsadesk"
PORTABLE_MARKER = "fsadesk-portable.txt"
PORTABLE_DATA = "fsadesk-data"
CACHE = "cache"

Kind = Literal["given", "portable", "per-user"]


@dataclass(frozen=True)
class DataLocation:
    """The data folder and why it is there: named by the user, portable, or the per-user folder."""

    folder: Path
    kind: Kind


class PortableFolderReadOnly(OSError):
    """Portable mode, but the program's folder cannot be written: nothing is written at all."""

    def __init__(self, program_folder: Path) -> None:
        super().__init__(
            f"fsadesk runs in portable mode ({PORTABLE_MARKER} is in {program_folder}), but that folder is "
            "read-only, so your data cannot be kept there. Copy the whole fsadesk folder to a place you can "
            f"write to (for example your Documents), or delete {PORTABLE_MARKER} to keep the data in your "
            "user folder. Nothing was written."
        )
        self.program_folder = program_folder


def program_dir() -> Path | None:
    """The folder looked at for the portable marker: $FSADESK_PORTABLE_DIR, or the frozen
    executable's folder; None when running from source without the variable."""
    env = os.environ.get(ENV_PORTABLE_DIR)
    if env:
        return Path(env)
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_data_dir() -> Path | None:
    """<program folder>/fsadesk-data when the portable marker is there, else None."""
    folder = program_dir()
    if folder is not None and (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA
    return None


def data_location(override: str | os.PathLike[str] | None = None) -> DataLocation:
    """--data-dir wins, then $FSADESK_DATA_DIR, then portable mode, then the per-user data folder."""
    if override:
        return DataLocation(Path(override), "given")
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return DataLocation(Path(env), "given")
    portable = portable_data_dir()
    if portable is not None:
        return DataLocation(portable, "portable")
    return DataLocation(platformdirs.user_data_path(APP_NAME, appauthor=False), "per-user")


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    return data_location(override).folder


def cache_dir() -> Path:
    """Caches (the validated catalogue): in the portable data folder, else the per-user cache."""
    portable = portable_data_dir()
    if portable is not None and not os.environ.get(ENV_DATA_DIR):
        return portable / CACHE
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def check_writable(location: DataLocation) -> None:
    """In portable mode, make sure the data folder beside the program can be written before
    anything is; PortableFolderReadOnly (nothing written) when it cannot. Other modes: no check."""
    if location.kind != "portable":
        return
    folder = location.folder
    try:
        folder.mkdir(exist_ok=True)  # fails on a read-only stick or folder: nothing is left behind
        probe = folder / f".fsadesk-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise PortableFolderReadOnly(folder.parent) from exc


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

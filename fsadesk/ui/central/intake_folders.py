"""Where the intake window copies rejected files (quarantine) and writes receipts (outbox): visible
defaults beside a SQLite database (as `fsadesk central import` does), or under Documents for a
server database; the user's choice is remembered per database in the data folder, so the next
batch goes to the same place."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from fsadesk.paths import data_dir

FILE = "central-intake-folders.json"


@dataclass(frozen=True)
class IntakeFolders:
    quarantine: Path
    outbox: Path


def default_folders(shown: str, is_sqlite: bool, documents: Path) -> IntakeFolders:
    """Beside the database file (central-quarantine/ for central.db), or in Documents for a server."""
    if is_sqlite:
        db = Path(shown)
        return IntakeFolders(db.with_name(db.stem + "-quarantine"), db.with_name(db.stem + "-outbox"))
    return IntakeFolders(documents / "fsadesk-quarantine", documents / "fsadesk-outbox")


def _read() -> dict[str, dict[str, str]]:
    try:
        raw = json.loads((data_dir() / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged: the defaults are shown, nothing worth bothering the user
    return raw if isinstance(raw, dict) else {}


def remembered(shown: str, default: IntakeFolders) -> IntakeFolders:
    entry = _read().get(shown)
    if not isinstance(entry, dict):
        return default
    q, o = entry.get("quarantine"), entry.get("outbox")
    return IntakeFolders(
        Path(q) if isinstance(q, str) and q else default.quarantine,
        Path(o) if isinstance(o, str) and o else default.outbox,
    )


def remember(shown: str, folders: IntakeFolders) -> None:
    """Best effort: a settings file that cannot be written costs only the default next time."""
    entries = _read()
    entries[shown] = {"quarantine": str(folders.quarantine), "outbox": str(folders.outbox)}
    folder = data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / (FILE + ".tmp")
        tmp.write_text(json.dumps(entries, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, folder / FILE)
    except OSError:
        pass

"""The export history, as the windows and the CLI show it: each recorded export, and whether the
files it wrote are still on disk as written (the SHA-256 recorded then, compared with the file now).
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from pathlib import Path

from fsadesk.assessment.export_record import ExportRecord

__all__ = ["ExportRecord", "FileState", "file_state", "local_time", "sha256_hex"]

_CHUNK = 1 << 20


class FileState(enum.Enum):
    SAME = "same"  # on disk, with the bytes that were written
    CHANGED = "changed"  # on disk, but its bytes differ from what was written (replaced or edited)
    MISSING = "missing"  # not there any more (moved, deleted) or cannot be read


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_state(path: str | None, sha256: str | None) -> FileState:
    """Whether the file an export wrote is still as written. Reading only, in chunks."""
    if not path or not sha256:
        return FileState.MISSING
    digest = hashlib.sha256()
    try:
        with Path(path).open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
    except (OSError, ValueError):  # gone, a folder now, no permission, a path this system cannot name
        return FileState.MISSING
    return FileState.SAME if digest.hexdigest() == sha256.lower() else FileState.CHANGED


def local_time(iso: str) -> dt.datetime:
    """When an export was made, in this computer's time zone (it is stored in UTC)."""
    when = dt.datetime.fromisoformat(iso)
    return when.astimezone() if when.tzinfo is not None else when

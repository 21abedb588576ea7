"""Private files: modes set on the file itself, and complete-or-nothing writes.

A leaf module (standard library only) so that the bundle's key handling and the exports can make
0600 files without importing the workspace store, and `fsadesk verify` stays light.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private_dir(path: Path) -> list[Path]:
    """Make a folder (and any missing parents) readable only by its owner. A folder that already
    exists keeps its mode and owner: it may be shared (a 1777 folder like /tmp, a team share), and
    it is not fsadesk's to change. Returns the folders created, outermost first."""
    missing: list[Path] = []
    for folder in (path, *path.parents):
        if os.path.lexists(folder):
            break
        missing.append(folder)
    created: list[Path] = []
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue  # made by someone else meanwhile: theirs, left as it is
        created.append(folder)
        os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is filtered by umask; make it exact
    if not path.is_dir():
        path.mkdir()  # not a folder (a file is in the way): raises the OSError that says so
    return created


def create_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner (set on the file, not via umask)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE)  # O_CREAT's mode is filtered by umask; make it exact


def write_private_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` with mode 0600, complete or not at all (see write_whole)."""
    write_whole(path, data, PRIVATE_FILE)


def write_whole(path: Path, data: bytes, mode: int) -> None:
    """Write `data` to `path` with exactly `mode`, complete or not at all: written beside the
    target, flushed to disk, then renamed into place, so a crash or a full disk never leaves half a
    file. A target that exists and is not an ordinary file (a device, a pipe, a folder) is refused
    before anything is written: the rename would replace /dev/full itself, or a disk, with a file."""
    path = Path(path)
    if os.path.lexists(path) and not path.is_file():
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "a folder, not a file", str(path))
        raise OSError(errno.EINVAL, "a device or other special file, not an ordinary file", str(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)  # mkstemp made it 0600; a public file (an enrolment) is widened here
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

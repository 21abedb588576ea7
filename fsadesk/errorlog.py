"""The error log: where an unexpected problem's details (the traceback) go, for the CLI and the app.

The person in front of the screen gets one plain sentence naming this file; whoever helps them
later reads the details here. The log sits in the data folder (<data_dir>/logs/fsadesk.log), the
folder 0700 and the file 0600 because a traceback can quote what the user typed. It rotates, so it
never fills a disk. When even the log cannot be written (read-only medium, full disk), logging
falls back to nothing but stderr's plain line: a failing log must never become a second crash.

Light on purpose: logging is imported only when something goes wrong.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import io
    import logging
    from types import TracebackType

LOG_FOLDER = "logs"
LOG_NAME = "fsadesk.log"
MAX_LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3
_LOGGER = "fsadesk.crash"


def log_path(data_dir_override: str | Path | None = None) -> Path:
    """The log file in the data folder (--data-dir, $FSADESK_DATA_DIR or the per-user folder)."""
    from fsadesk.paths import data_dir

    return data_dir(data_dir_override) / LOG_FOLDER / LOG_NAME


def _private_dir(folder: Path) -> None:
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True)
        os.chmod(folder, 0o700)  # mkdir's mode is narrowed by the umask; only what we create


def _logger(path: Path) -> logging.Logger:
    import logging
    from logging.handlers import RotatingFileHandler

    class PrivateRotatingHandler(RotatingFileHandler):
        """Every file it opens, the first and those after a rotation, is created 0600."""

        def _open(self) -> io.TextIOWrapper:  # logging.FileHandler's own return type
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.fchmod(fd, 0o600)  # O_CREAT's mode is narrowed by the umask; make it exact
            return open(fd, "a", encoding=self.encoding, errors=self.errors)  # the handler closes it

        def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
            raise  # back to log_exception, which gives up quietly instead of printing a traceback

    logger = logging.getLogger(_LOGGER)
    logger.propagate = False  # never echoed to stderr by a root handler: the user gets one line
    logger.setLevel(logging.ERROR)
    for handler in list(logger.handlers):
        if getattr(handler, "baseFilename", None) != os.path.abspath(path):
            logger.removeHandler(handler)
            handler.close()
    if not logger.handlers:
        handler = PrivateRotatingHandler(path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger.addHandler(handler)
    return logger


def log_exception(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    context: str = "",
    data_dir_override: str | Path | None = None,
) -> Path | None:
    """Append the traceback to the log; the log's path, or None when it could not be written."""
    try:
        path = log_path(data_dir_override)
        _private_dir(path.parent)
        logger = _logger(path)
        from fsadesk import __version__

        logger.error("fsadesk %s: %s", __version__, context or "unexpected error", exc_info=(exc_type, exc, tb))
        for handler in logger.handlers:
            handler.flush()
        return path
    except Exception:  # the log is a help, never a second failure
        return None

"""Every failure of a command as one plain line: known problems in their own words, anything else
as "an unexpected problem" with the details (the traceback) in the error log.

The command line's single top-level handler (fsadesk.cli.run) and the bundle commands use this.
Light on purpose: `fsadesk verify` must not pay for SQLAlchemy or the catalogue loader, so their
error types are only looked at when their modules are already loaded (an exception of a class
whose module was never imported cannot occur).
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from fsadesk.bundle.errors import BundleError
from fsadesk.shown import shown_path
from fsadesk.store.errors import AnswerRejected, CycleLocked, SaveFailed, WorkspaceError

EXIT_PROBLEM = 1
EXIT_INTERRUPTED = 130  # as shells report Ctrl+C
_NAME_MAX = 255  # bytes in one file or folder name, on the file systems fsadesk meets

# The store reports broken rules as codes; these say what to do about them.
PROBLEM_MESSAGES = {
    "na_needs_reason": "'Not applicable' needs a reason (--justification).",
    "alternative_needs_justification": "'Alternative measure' needs a description of the measure (--justification).",
    "plan_incomplete": "A remediation plan needs both an owner and a target date.",
    "acceptance_incomplete": "A risk acceptance needs the approver, the reason and the date.",
    # Reached when a text stored before limits existed is longer than its limit now.
    "notes_too_long": "The notes are longer than {limit:,} characters; shorten them (--notes).",
    "evidence_too_long": "The evidence is longer than {limit:,} characters; shorten it (--evidence).",
    "justification_too_long": "The reason is longer than {limit:,} characters; shorten it (--justification).",
    "owner_too_long": "The plan's owner is longer than {limit:,} characters; shorten it in the app.",
    "measure_too_long": "The plan's 'what will be done' is longer than {limit:,} characters; shorten it in the app.",
    "approver_too_long": "The risk acceptance's approver is longer than {limit:,} characters; shorten it in the app.",
    "acceptance_reason_too_long": (
        "The risk acceptance's reason is longer than {limit:,} characters; shorten it in the app."
    ),
}


def problem_message(code: str) -> str:
    """The words for one broken rule of an answer (fsadesk.assessment.answers.Problem)."""
    from fsadesk.assessment.answers import TOO_LONG, Problem

    text = PROBLEM_MESSAGES.get(code)
    if text is None:
        return f"The answer was not saved ({code})."
    limit = TOO_LONG.get(Problem(code))
    return text.format(limit=limit.max_chars) if limit else text


class CliError(Exception):
    """A problem to print for the user; exit status 1."""


def _os_message(exc: OSError) -> str:
    """What an operating-system error means for the file it happened to, in plain words."""
    name = shown_path(exc.filename) if exc.filename not in (None, "") else None
    the = name or "the file"
    code = exc.errno
    if code == errno.ENAMETOOLONG:
        if _has_long_name(exc.filename):
            return f"A name in this path is longer than a file or folder name can be ({_NAME_MAX} bytes): {the}."
        return f"The path is too long for this computer's file system: {the}."
    if code == errno.EISDIR:
        return f"{the} is a folder, not a file."
    if code == errno.ENOTDIR:
        return f"{the}: part of this path is a file, not a folder."
    if code in (errno.ENOSPC, errno.EDQUOT):
        return f"There is no space left on the disk for {the}; nothing more was written."
    if code == errno.EFBIG:
        return f"{the} would be larger than this disk allows."
    if code in (errno.EACCES, errno.EPERM):
        return f"fsadesk is not allowed to use {the} (permission denied)."
    if code == errno.EROFS:
        return f"{the} is on a disk that can only be read, not written."
    if code == errno.ENOENT:
        return f"{the} does not exist."
    if code == errno.EEXIST:
        return f"{the} already exists."
    if code == errno.ELOOP:
        return f"{the} goes round in a circle of links."
    if code == errno.EIO:
        return f"The disk reported an error while reading or writing {the}."
    reason = exc.strerror or str(exc) or type(exc).__name__
    return f"{the} cannot be used: {reason}."


def _has_long_name(path: object) -> bool:
    try:
        return any(len(os.fsencode(part)) > _NAME_MAX for part in Path(os.fsdecode(path)).parts)  # type: ignore[arg-type]
    except (TypeError, ValueError):  # UnicodeEncodeError too: no name at all, or not one of a file
        return False


def output_failed(exc: OSError, target: Path) -> Exception:
    """An error while writing the output file `target`, worded for that: a write error names no
    file by itself, and "does not exist" about a file being created means its folder (/proc, /sys)
    does not take new files."""
    if exc.errno == errno.ENOENT and target.parent.is_dir():
        return CliError(
            f"{shown_path(target)} cannot be written: the folder {shown_path(target.parent)} does not take new files."
        )
    if exc.filename is None:
        exc.filename = str(target)
    return exc


def known_problem(exc: BaseException) -> str | None:
    """The plain message of an error fsadesk expects (bad input, a file problem, a refused save),
    or None for anything else."""
    if isinstance(exc, CliError | WorkspaceError | BundleError):
        return str(exc)
    if isinstance(exc, AnswerRejected):
        return " ".join(problem_message(p) for p in exc.problems)
    if isinstance(exc, CycleLocked):
        return "This cycle is finalised and can no longer be changed."
    if isinstance(exc, SaveFailed):
        detail = f" ({exc})" if str(exc) else ""
        return f"The change could not be saved, and nothing was changed{detail}."
    if isinstance(exc, OSError):
        return _os_message(exc)
    loader = sys.modules.get("fsadesk.catalogue.loader")
    if loader is not None and isinstance(exc, loader.CatalogueError):
        if len(exc.problems) == 1:
            return f"The catalogue has a problem: {exc.problems[0]}"
        return "The catalogue has problems:\n" + "".join(f"  - {p}\n" for p in exc.problems).rstrip("\n")
    return None


def unexpected_problem(exc: BaseException, log: Path | None) -> str:
    """One line for an error nobody planned for; its traceback is in `log` (when that worked)."""
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())  # one line, whatever the message holds
    if len(detail) > 200:
        detail = detail[:200] + "…"
    where = f"The details are in {shown_path(log)}." if log else "The details could not be written to a log."
    return f"fsadesk stopped because of an unexpected problem: {detail}. {where}"

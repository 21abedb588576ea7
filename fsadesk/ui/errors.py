"""Errors users can read: every error the windows show, in the user's language (issue #10, point 5).

One table, from an error's kind to plain words (fsadesk.ui.error_texts and error_texts_bundle):
the store's WorkspaceError kinds and faults, a refused save, a finalised cycle, each broken rule of
an answer, the signing key's and the bundle's kinds, the catalogue, and the common OSError errnos.
The English `str(exc)` is the technical detail: shown under the words (`detailed_message`), never
as the main message. An error that is none of these is a programming error: its traceback goes to
the error log and the user gets the crash handler's plain text naming the log.

Workers (fsadesk.ui.workers) send the exception object itself; every receiver shows
`user_message(exc)` or `detailed_message(exc)`.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtWidgets import QApplication

from fsadesk.assessment.answers import TOO_LONG, Problem
from fsadesk.bundle.errors import BundleError, EmptyPassphrase, WeakPassphrase
from fsadesk.catalogue.loader import CatalogueError
from fsadesk.shown import shown_path
from fsadesk.store.errors import AnswerRejected, CycleLocked, SaveFailed, WorkspaceError, WorkspaceFault
from fsadesk.ui.error_texts import fault_texts, os_texts, problem_texts, refusal_texts, workspace_texts
from fsadesk.ui.error_texts_bundle import bundle_texts

# The errnos with words of their own; any other OSError gets the general text for files.
OS_ERRNOS = ("ENOENT", "EACCES", "EPERM", "ENOSPC", "EROFS", "EISDIR", "ENOTDIR", "ENAMETOOLONG")
# Errors fsadesk expects and words; anything else is a programming error (logged, see above).
EXPECTED: tuple[type[BaseException], ...] = (
    WorkspaceError,
    SaveFailed,
    CycleLocked,
    AnswerRejected,
    BundleError,
    CatalogueError,
    OSError,
)


class UnexpectedError(Exception):
    """What a worker sends instead of an exception none of fsadesk's typed errors: the original,
    and the log its traceback was written to on the worker's thread (None when that failed)."""

    def __init__(self, original: BaseException, log: Path | None) -> None:
        self.original = original
        self.log = log
        super().__init__(f"{type(original).__name__}: {original}")


# Errors that another part of the windows words itself (the central organisation's windows:
# fsadesk.ui.central.words registers the central database's errors). They are expected too: a
# worker hands them on as they are, so that their receiver can say e.g. "the server cannot be
# reached" instead of the text for a programming error. Kept here as a registry, not imported,
# because the member's windows never load the central side.
_HANDED_ON: list[type[BaseException]] = []


def hand_on(*classes: type[BaseException]) -> None:
    """Workers pass `classes` on unwrapped; whoever registers them words them."""
    _HANDED_ON.extend(c for c in classes if c not in _HANDED_ON)


def typed(exc: BaseException, where: str = "fsadesk window") -> BaseException:
    """`exc` itself when it is an error fsadesk expects; otherwise logged now, with its traceback
    (call it where the exception was caught), and wrapped as an UnexpectedError."""
    if isinstance(exc, (*EXPECTED, *_HANDED_ON, UnexpectedError)):
        return exc
    from fsadesk.ui.crash_handler import log_unexpected  # not before the first page has painted

    return UnexpectedError(exc, log_unexpected(exc, where))


def _tr(text: str) -> str:
    return QApplication.translate("UserError", text)


def _own_kind(cls: type[BaseException]) -> str | None:
    """The key of `cls` in the table: its own `kind`, or its name for the errors without kinds."""
    if issubclass(cls, WorkspaceError | BundleError):
        kind = cls.__dict__.get("kind")
        return kind if isinstance(kind, str) else None
    return cls.__name__


def _subject(exc: BaseException) -> str:
    """What `%1` names in the error's text: a file or folder, or the shortest passphrase allowed."""
    if isinstance(exc, WorkspaceFault):
        # A fault of a file names the file; one of the folder (read-only, full, no permission) the folder.
        return str(exc.path if exc.kind in ("read_only_file", "not_a_file") else exc.path.parent)
    if isinstance(exc, WorkspaceError):
        return str(exc.path)
    if isinstance(exc, WeakPassphrase):
        from fsadesk.bundle.keys import MIN_PASSPHRASE_LENGTH  # cryptography: not before the first paint

        return str(MIN_PASSPHRASE_LENGTH)
    if isinstance(exc, OSError):
        name = exc.filename if exc.filename not in (None, "") else exc.filename2
        return shown_path(name) if name not in (None, "") else _tr("the file")
    return ""


def _table_text(cls: type[BaseException], exc: BaseException | None = None) -> str | None:
    """The table's own text for `cls` (no parent's), before `%1` is filled in; None when it has none."""
    if issubclass(cls, OSError):
        code = getattr(exc, "errno", None)
        name = errno.errorcode.get(code, "") if isinstance(code, int) else ""
        return os_texts().get(name if name in OS_ERRNOS else "OSError")
    kind = _own_kind(cls)
    if kind is None:
        return None
    if issubclass(cls, WorkspaceFault):
        return fault_texts().get(kind)
    if issubclass(cls, WorkspaceError):
        return workspace_texts().get(kind)
    if issubclass(cls, BundleError):
        return bundle_texts().get(kind)
    return refusal_texts().get(kind)


def own_text(exc: BaseException) -> str | None:
    """The words for exactly this error's class, or None when its kind has none of its own (the
    test over every class uses this: a new kind must come with its words)."""
    if isinstance(exc, AnswerRejected):
        texts = problem_texts()
        if not exc.problems or any(p not in texts for p in exc.problems):
            return None
        return " ".join(_problem_text(p) for p in exc.problems)
    text = _table_text(type(exc), exc)
    return None if text is None else text.replace("%1", _subject(exc))


def _problem_text(code: str) -> str:
    text = problem_texts().get(code) or _tr("The answer was not saved as it stands. Open the item to see why.")
    limit = TOO_LONG.get(Problem(code)) if code in set(Problem) else None
    return text.replace("{limit}", f"{limit.max_chars:,}") if limit else text


def known_text(exc: BaseException) -> str | None:
    """The words for an expected error: its own, or failing that its nearest parent's."""
    text = own_text(exc)
    if text is not None:
        return text
    if isinstance(exc, AnswerRejected):
        return " ".join(_problem_text(p) for p in exc.problems) or _problem_text("")
    for cls in type(exc).__mro__[1:]:
        if issubclass(cls, BaseException):
            parent = _table_text(cls, exc)
            if parent is not None:
                return parent.replace("%1", _subject(exc))
    return None


def user_message(exc: BaseException) -> str:
    """The one message for the user, in their language, without technical detail. An unexpected
    error not yet logged is logged here, so its traceback is never lost."""
    if isinstance(exc, UnexpectedError):
        from fsadesk.ui.crash_handler import unexpected_text

        return unexpected_text(str(exc.log) if exc.log else "")
    text = known_text(exc) if isinstance(exc, EXPECTED) else None
    if text is not None:
        return text
    # No words here (a handed-on error too, when it reaches these instead of its own): logged.
    from fsadesk.ui.crash_handler import log_unexpected

    return user_message(UnexpectedError(exc, log_unexpected(exc, "fsadesk window")))


def detailed_message(exc: BaseException) -> str:
    """user_message, with the error's own (English) words underneath for whoever helps the user.
    An unexpected error's details are in the log the message names, not here."""
    return with_details(user_message(exc), exc)


def with_details(text: str, exc: BaseException) -> str:
    """`text` (already in the user's words), with the error's English words underneath."""
    detail = " ".join(str(exc).split())
    if isinstance(exc, UnexpectedError) or not detail or detail in text:
        return text
    return text + "\n\n" + QApplication.translate("WorkspaceProblem", "Details: %1").replace("%1", detail)


# --- texts built on the table, for particular places -----------------------------------------------


def save_failure_text(exc: SaveFailed) -> str | None:
    """The item page's message when an answer could not be saved for a known fault of the
    workspace: why, what to do, and that nothing typed is lost. None for other failures."""
    text = own_text(exc) if isinstance(exc, WorkspaceFault) and exc.kind != "save_failed" else None
    if text is None:
        return None
    return " ".join(
        (
            QApplication.translate("WorkspaceFault", "This answer could not be saved."),
            text,
            QApplication.translate(
                "WorkspaceFault", "What you typed is still here; fsadesk tries again with your next change."
            ),
        )
    )


def refusal_text(exc: SaveFailed | CycleLocked | AnswerRejected) -> str:
    """Why a change made outside the item page (the action plan table) was not stored."""
    if isinstance(exc, AnswerRejected):
        return QApplication.translate(
            "WorkspaceFault", "This answer is not complete as it stands; open the item to see what it needs."
        )
    if isinstance(exc, WorkspaceFault):
        return known_text(exc) or fault_texts()["save_failed"]
    if isinstance(exc, CycleLocked):
        return user_message(exc)
    return fault_texts()["save_failed"]


def passphrase_problem(passphrase: str, *, new: bool) -> str | None:
    """Why the typed passphrase cannot be used, or None. `new`: it is to protect a new key (the
    length rule of fsadesk.bundle.keys.check_passphrase applies); otherwise it unlocks the existing
    key, and only an empty field is refused before trying it."""
    from fsadesk.bundle.keys import MIN_PASSPHRASE_LENGTH, check_passphrase

    if not new:
        if passphrase:
            return None
        return user_message(EmptyPassphrase(""))
    try:
        check_passphrase(passphrase)
    except EmptyPassphrase:
        return QApplication.translate(
            "Passphrase", "The passphrase field is empty. Choose a passphrase of at least %1 characters."
        ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
    except WeakPassphrase as exc:
        return user_message(exc)
    return None

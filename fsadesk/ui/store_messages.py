"""What the app says when the workspace refuses a save or cannot be used as it should, in the
user's language. The store raises typed faults (fsadesk.store.errors.WorkspaceFault) whose `kind`
picks the text here; the store's own English message is what the CLI prints."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from fsadesk.store.errors import AnswerRejected, CycleLocked, SaveFailed, WorkspaceFault


def fault_text(exc: WorkspaceFault) -> str | None:
    """What is wrong and what to do, for each known kind of fault; None for others."""
    # Written out in full each time so that lupdate finds every string with its context.
    texts = {
        "busy": QApplication.translate(
            "WorkspaceFault",
            "fsadesk is open in another window or program on this workspace; close it and try again.",
        ),
        "read_only_folder": QApplication.translate(
            "WorkspaceFault",
            "The folder %1 is read-only, so nothing can be saved there (the workspace can still be read). "
            "Copy the folder to a place you can write to, or make it writable.",
        ),
        "read_only_file": QApplication.translate(
            "WorkspaceFault",
            "The workspace file %1 is read-only, so nothing can be saved in it. Make the file writable, "
            "or copy the workspace folder.",
        ),
        "disk_full": QApplication.translate(
            "WorkspaceFault", "The disk holding %1 is full. Free some space on it and try again."
        ),
        "no_permission": QApplication.translate(
            "WorkspaceFault",
            "You do not have permission to use the workspace in %1. Ask whoever manages this PC for access.",
        ),
        "not_a_file": QApplication.translate(
            "WorkspaceFault",
            "%1 is a folder, not a workspace file. Choose the folder that contains workspace.sqlite.",
        ),
    }
    text = texts.get(exc.kind)
    if text is None:
        return None
    subject = exc.path if exc.kind in ("read_only_file", "not_a_file") else exc.path.parent
    return text.replace("%1", str(subject))


def save_failure_text(exc: SaveFailed) -> str | None:
    """The item page's message when an answer could not be saved for a known reason: why, what
    to do, and that nothing typed is lost. None for other failures (the page's general text)."""
    text = fault_text(exc) if isinstance(exc, WorkspaceFault) else None
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
    """Why a change made outside the item page (the action plan table) was not stored, in the
    user's language: a finalised cycle, a broken rule, or a known fault of the workspace."""
    if isinstance(exc, CycleLocked):
        return QApplication.translate(
            "WorkspaceFault", "This assessment is finalised (signed off), so it can no longer be changed."
        )
    if isinstance(exc, AnswerRejected):
        return QApplication.translate(
            "WorkspaceFault", "This answer is not complete as it stands; open the item to see what it needs."
        )
    known = fault_text(exc) if isinstance(exc, WorkspaceFault) else None
    return known or QApplication.translate(
        "WorkspaceFault",
        "Check that the disk is not full and that fsadesk is not open twice on this workspace, then try again.",
    )

"""The words of fsadesk.ui.errors' table: for each kind of error fsadesk expects, what is wrong and
what to do, in plain words for people without IT staff, in the user's language.

Written out in full, one QApplication.translate call per text, so that lupdate finds every string
with its context. `%1` stands for the file or folder concerned; `{limit}` for a length limit.
The contexts WorkspaceFault, WorkspaceProblem and Passphrase are those the texts had before they
were gathered here (their translations carry over); UserError holds the rest.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def fault_texts() -> dict[str, str]:
    """fsadesk.store.errors.WorkspaceFault kinds: the file system refuses the workspace (%1)."""
    return {
        "save_failed": QApplication.translate(
            "WorkspaceFault",
            "Check that the disk is not full and that fsadesk is not open twice on this workspace, then try again.",
        ),
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


def workspace_texts() -> dict[str, str]:
    """The other fsadesk.store.errors.WorkspaceError kinds: the workspace in %1 cannot be opened."""
    return {
        "workspace": QApplication.translate(
            "UserError", "The workspace in %1 cannot be used as it is. Nothing was changed in it."
        ),
        "not_found": QApplication.translate("WorkspaceProblem", "No fsadesk workspace was found in %1."),
        "not_a_workspace": QApplication.translate("WorkspaceProblem", "%1 is not an fsadesk workspace."),
        "corrupt": QApplication.translate(
            "WorkspaceProblem",
            "The workspace file %1 is damaged or incomplete, so it cannot be opened. Nothing was changed. "
            "Restore it from a backup: your own copy, or the backups folder next to it.",
        ),
        "newer": QApplication.translate(
            "WorkspaceProblem",
            "This workspace was saved by a newer version of fsadesk. Please update fsadesk on this PC. "
            "The file has not been changed.",
        ),
        "migration_failed": QApplication.translate(
            "WorkspaceProblem",
            "Updating the workspace to this version failed. A copy from before the update is in the "
            "backups folder next to it.",
        ),
    }


def refusal_texts() -> dict[str, str]:
    """A save refused for a reason that is not the file system's (keyed by the error's class name)."""
    return {
        "SaveFailed": QApplication.translate(
            "UserError",
            "The change could not be saved, and nothing was changed. Check that the disk is not full and "
            "that fsadesk is not open twice on this workspace, then try again.",
        ),
        "CycleLocked": QApplication.translate(
            "WorkspaceFault", "This assessment is finalised (signed off), so it can no longer be changed."
        ),
        "CatalogueError": QApplication.translate(
            "UserError",
            "fsadesk's guideline data could not be read. Nothing has been changed. Reinstalling fsadesk "
            "restores the data.",
        ),
    }


def problem_texts() -> dict[str, str]:
    """fsadesk.assessment.answers.Problem codes: why an answer was not saved as it stands."""
    return {
        "na_needs_reason": QApplication.translate(
            "UserError", "'Not applicable' needs a reason. Write why this item does not apply."
        ),
        "alternative_needs_justification": QApplication.translate(
            "UserError", "'Alternative measure' needs a description of the measure you take instead."
        ),
        "plan_incomplete": QApplication.translate(
            "UserError", "A remediation plan needs both a person in charge and a target date."
        ),
        "acceptance_incomplete": QApplication.translate(
            "UserError", "A risk acceptance needs who approved it, the reason and the date."
        ),
        "notes_too_long": QApplication.translate(
            "UserError", "The notes are longer than {limit} characters. Please shorten them."
        ),
        "evidence_too_long": QApplication.translate(
            "UserError", "The evidence is longer than {limit} characters. Please shorten it."
        ),
        "justification_too_long": QApplication.translate(
            "UserError", "The reason is longer than {limit} characters. Please shorten it."
        ),
        "owner_too_long": QApplication.translate(
            "UserError", "The name of the person in charge is longer than {limit} characters. Please shorten it."
        ),
        "measure_too_long": QApplication.translate(
            "UserError", "What will be done is longer than {limit} characters. Please shorten it."
        ),
        "approver_too_long": QApplication.translate(
            "UserError", "The name of who approved the risk is longer than {limit} characters. Please shorten it."
        ),
        "acceptance_reason_too_long": QApplication.translate(
            "UserError", "The reason for accepting the risk is longer than {limit} characters. Please shorten it."
        ),
    }


def os_texts() -> dict[str, str]:
    """Operating-system errors (OSError), by errno name: what happened to the file %1."""
    return {
        "ENOENT": QApplication.translate("UserError", "%1 does not exist. Check the name and the folder."),
        "EACCES": QApplication.translate(
            "UserError", "fsadesk is not allowed to use %1. Choose another folder, or ask whoever manages this PC."
        ),
        "EPERM": QApplication.translate(
            "UserError", "This PC does not allow fsadesk to change %1. Choose another folder or file."
        ),
        "ENOSPC": QApplication.translate(
            "UserError", "There is no space left on the disk for %1. Free some space and try again."
        ),
        "EROFS": QApplication.translate(
            "UserError", "%1 is on a disk that can only be read, not written. Choose another place."
        ),
        "EISDIR": QApplication.translate("UserError", "%1 is a folder, not a file. Choose a file."),
        "ENOTDIR": QApplication.translate(
            "UserError", "Part of the path %1 is a file, not a folder. Choose another folder."
        ),
        "ENAMETOOLONG": QApplication.translate(
            "UserError",
            "The name or path %1 is too long for this PC. Choose a shorter name or a folder nearer the top.",
        ),
        "OSError": QApplication.translate(
            "UserError", "%1 could not be read or written. Check the disk and the folder, then try again."
        ),
    }

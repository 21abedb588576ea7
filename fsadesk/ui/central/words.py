"""Plain words for the central database's and member registry's errors (fsadesk.central.store.errors),
by kind, in the user's language; other errors go to fsadesk.ui.errors.user_message. The English
detail stays underneath for whoever helps the user."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from fsadesk.central.store.errors import CentralError
from fsadesk.ui.errors import hand_on, user_message, with_details

# Workers hand the central database's errors on as they are, for central_message to word.
hand_on(CentralError)


def central_texts() -> dict[str, str]:
    """One translate call per text, so that lupdate finds each."""
    return {
        "not_found": QApplication.translate(
            "CentralError", "The central database was not found there. Check the file or server address."
        ),
        "exists": QApplication.translate(
            "CentralError", "A central database already exists there. Open it instead, or choose another place."
        ),
        "not_a_central_database": QApplication.translate(
            "CentralError", "This is not a central organisation's database. Choose the right file or server."
        ),
        "corrupt": QApplication.translate(
            "CentralError", "The central database is damaged. Restore it from its latest backup."
        ),
        "newer": QApplication.translate(
            "CentralError", "The central database was made by a newer fsadesk. Install the newer fsadesk to open it."
        ),
        "migration_failed": QApplication.translate(
            "CentralError",
            "The central database could not be brought up to date. It was left as it was; a backup is beside it.",
        ),
        "unavailable": QApplication.translate(
            "CentralError",
            "The database server cannot be reached. Check the address, the user name and the password, "
            "and that the server is running.",
        ),
        "bad_target": QApplication.translate(
            "CentralError", "This is neither a file name nor a server address fsadesk can use."
        ),
        "member_not_found": QApplication.translate("CentralError", "This institution is not enrolled."),
        "key_not_found": QApplication.translate("CentralError", "This key is not registered."),
        "key_of_another_member": QApplication.translate(
            "CentralError",
            "This key is already registered for another institution. Ask the member which institution it "
            "belongs to before going on.",
        ),
        "rotation_not_asked": QApplication.translate(
            "CentralError",
            "This institution already has an active key. To replace it, use Rotate key… on its row.",
        ),
        "key_revoked": QApplication.translate(
            "CentralError",
            "This key was revoked or retired; it cannot be enrolled again. Ask the member for a new one.",
        ),
        "invalid_attribute": QApplication.translate(
            "CentralError", "A value entered was not accepted: it is empty or too long."
        ),
        "unknown_campaign": QApplication.translate(
            "CentralError", "No campaign with this identifier is held in the central database. Check the campaign."
        ),
        "campaign_exists": QApplication.translate(
            "CentralError", "A campaign with this identifier already exists. Choose another identifier."
        ),
        "simulate_refused": QApplication.translate(
            "CentralError",
            "The practice data could not be made there: the folder cannot be used or a value is out of range. "
            "Nothing was written.",
        ),
        "report_refused": QApplication.translate(
            "CentralError",
            "The report was not written: a filter or value is not valid, or the file cannot go there. "
            "Nothing was written.",
        ),
        "benchmark_unknown_catalogue": QApplication.translate(
            "CentralError",
            "The benchmark pack was not written: the campaign was set on a catalogue this version of fsadesk does "
            "not know. Use the fsadesk version the campaign was created with.",
        ),
        "benchmark_file_exists": QApplication.translate(
            "CentralError", "A file with this name exists already. Choose another name, or allow replacing it."
        ),
        "benchmark_threshold": QApplication.translate(
            "CentralError", "The minimum group size must be 2 or more. Nothing was written."
        ),
        "central": QApplication.translate("CentralError", "The central database could not do this."),
    }


def central_message(exc: BaseException) -> str:
    """The words for `exc` with its English detail underneath."""
    if isinstance(exc, CentralError):
        texts = central_texts()
        return with_details(texts.get(exc.kind, texts["central"]), exc)
    return with_details(user_message(exc), exc)

"""The hand-over to the central organisation, from the File menu: the enrolment file and sheet.

The central organisation trusts a bundle only once it has the institution's public key (the
enrolment file) and has made sure, by telephone or on a signed paper sheet, that the file came
from the institution. These two actions write those files; when the workspace has no signing key
yet, they offer to make it first (the key dialog, which explains the passphrase).

Imported when a menu item is first used: cryptography and reportlab load in the actions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QWidget

from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.lang import Lang
from fsadesk.ui.prompts import Prompts


class HandOver(QObject):
    """Write the enrolment file or sheet of one workspace's key, asking where through `prompts`."""

    def __init__(
        self,
        workspace_folder: Path,
        profile: InstitutionProfile,
        lang: Lang,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = workspace_folder
        self.profile = profile
        self.lang: Lang = lang
        self.prompts = prompts
        self.parent_widget = parent

    def write_file(self) -> Path | None:
        """Save the enrolment file; None when the user stopped (no key made, no file chosen)."""
        from fsadesk.app.enrolment import suggested_names, write_enrolment_file

        title = self.tr("Enrolment file for the central organisation")
        return self._write(
            title,
            suggested_names(self.profile)[0],
            self.tr("Enrolment file (*.json)"),
            lambda path: write_enrolment_file(self.folder, self.profile, path),
            self.tr(
                "The enrolment file was saved:\n%1\n\n"
                "What to do now:\n"
                "1. Send this file to your central organisation (by e-mail or on a USB stick, as they ask).\n"
                "2. Confirm the fingerprint with them by telephone, or send them the signed enrolment "
                "sheet (File ▸ Print the enrolment sheet…).\n"
                "Only then can they trust the bundles you send them.\n\n"
                "Fingerprint: %2"
            ),
        )

    def write_sheet(self) -> Path | None:
        """Save the one-page enrolment sheet (PDF, in the UI language); None when the user stopped."""
        from fsadesk.app.enrolment import suggested_names, write_enrolment_sheet

        title = self.tr("Enrolment sheet (PDF)")
        return self._write(
            title,
            suggested_names(self.profile)[1],
            self.tr("PDF file (*.pdf)"),
            lambda path: write_enrolment_sheet(self.folder, self.profile, path, self.lang),
            self.tr(
                "The enrolment sheet was saved:\n%1\n\n"
                "Print it, sign it, and send it to your central organisation with the enrolment file "
                "(File ▸ Write the enrolment file…), or read the fingerprint out to them by telephone.\n\n"
                "Fingerprint: %2"
            ),
        )

    def _write(self, title: str, name: str, filters: str, write: Callable[[Path], str], done: str) -> Path | None:
        if not self._ensure_key(title):
            return None
        path = self.prompts.save_path(title, _documents() / name, filters)
        if path is None:
            return None
        from fsadesk.bundle.errors import BundleError
        from fsadesk.ui.errors import user_message

        try:
            fingerprint = write(path)
        except (BundleError, OSError) as exc:  # a read-only folder, a full disk: nothing half-written
            self.prompts.error(title, user_message(exc))
            return None
        self.prompts.info(title, done.replace("%1", str(path)).replace("%2", fingerprint))
        return path

    def _ensure_key(self, title: str) -> bool:
        """True when the workspace has a signing key, made now if the user agrees."""
        from fsadesk.bundle.keys import has_signing_key
        from fsadesk.ui.key_dialog import KeyDialog

        if has_signing_key(self.folder):
            return True
        if not self.prompts.confirm(
            title,
            self.tr(
                "This workspace has no signing key yet. The enrolment file and sheet show the central "
                "organisation which key is yours, so the key is made first. Make it now?"
            ),
        ):
            return False
        dialog = KeyDialog(self.folder, self.profile, self.prompts, self.parent_widget, offer_enrolment=False)
        return bool(dialog.exec()) and has_signing_key(self.folder)


def _documents() -> Path:
    """Where the save dialog opens: the user's Documents folder, where staff look for files."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()

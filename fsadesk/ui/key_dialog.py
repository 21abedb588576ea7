"""The signing key: see its fingerprint, make a new one when the passphrase is lost, and save the
enrolment file the central organisation needs to trust it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.bundle.errors import BundleError
from fsadesk.bundle.keys import (
    fingerprint,
    generate_signing_key,
    has_signing_key,
    load_workspace_public_key,
    write_enrolment,
)
from fsadesk.ui.errors import passphrase_problem, user_message
from fsadesk.ui.new_passphrase import new_passphrase_fields
from fsadesk.ui.prompts import Prompts


def current_fingerprint(workspace_folder: Path) -> str | None:
    return fingerprint(load_workspace_public_key(workspace_folder)) if has_signing_key(workspace_folder) else None


def first_key_advice() -> str:
    """What the passphrase of a new signing key protects, and how to keep it: said wherever the
    first key is made (this dialog, the export dialog), in the same words."""
    return QApplication.translate(
        "KeyAdvice",
        "A signing key is created now. It seals the files you send to your central organisation, so "
        "they can see that the files really come from you and were not changed.\n\n"
        "The passphrase protects the key: anyone who knows it can seal files in your institution's name. "
        "Choose at least 8 characters. Nobody can recover a forgotten passphrase, not even fsadesk or "
        "your central organisation: write it down and keep the paper locked away (for example in the safe)."
    )


class KeyDialog(QDialog):
    """accept() creates the key (a replaced one is kept under keys/retired/) and, unless the
    caller writes it itself (offer_enrolment=False), offers to save the enrolment file."""

    def __init__(
        self,
        workspace_folder: Path,
        profile: InstitutionProfile,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        offer_enrolment: bool = True,
    ) -> None:
        super().__init__(parent)
        self.folder = workspace_folder
        self.profile = profile
        self.prompts = prompts
        self.offer_enrolment = offer_enrolment
        self.first_key = not has_signing_key(workspace_folder)
        self.new_fingerprint: str | None = None
        self.enrolment_path: Path | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.current = QLabel()
        self.current.setWordWrap(True)
        fields = new_passphrase_fields()
        self.passphrase, self.repeat = fields.passphrase, fields.repeat
        self.pass_label, self.repeat_label = fields.pass_label, fields.repeat_label
        form = fields.form
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020; font-weight: bold;")
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.current):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create the signing key") if self.first_key else self.tr("New signing key"))
        self.explanation.setText(
            first_key_advice()
            if self.first_key
            else self.tr(
                "Make a new signing key when the passphrase is lost, or when someone else may know it. "
                "The old key is kept, so bundles it signed can still be checked. Afterwards, send the new "
                "enrolment file to your central organisation: it tells them to trust the new key."
            )
        )
        fp = current_fingerprint(self.folder)
        self.current.setText(
            self.tr("Current key fingerprint: %1").replace("%1", fp)
            if fp
            else self.tr("This workspace has no key yet.")
        )
        self.pass_label.setText(self.tr("New &passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat passphrase:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create new key"))

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def accept(self) -> None:
        passphrase = self.passphrase.text()
        problem = passphrase_problem(passphrase, new=True)
        if problem:
            self._fail(problem)
            return
        if passphrase != self.repeat.text():
            self._fail(self.tr("The two passphrases are not the same."))
            return
        try:
            public = generate_signing_key(self.folder, passphrase, replace=has_signing_key(self.folder))
        except (BundleError, OSError) as exc:  # a read-only or full disk: said in the user's words
            self._fail(user_message(exc))
            return
        self.new_fingerprint = fingerprint(public)
        if not self.offer_enrolment:
            super().accept()
            return
        suggested = self.folder / f"{self.profile.institution_id}-enrolment.json"
        path = self.prompts.save_path(self.tr("Save the enrolment file"), suggested, self.tr("Enrolment file (*.json)"))
        if path is not None:
            try:
                write_enrolment(path, self.profile, public)
            except (BundleError, OSError) as exc:
                self.prompts.error(self.tr("Save the enrolment file"), user_message(exc))
            else:
                self.enrolment_path = path
        self.prompts.info(
            self.tr("New signing key"),
            self.tr("The new key is ready. Fingerprint: %1").replace("%1", self.new_fingerprint),
        )
        super().accept()

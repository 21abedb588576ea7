"""Asking the central organisation's passphrase (masked) and unlocking its keys with it: for an
intake that decrypts bundles or signs receipts, and for signing a campaign file. A wrong passphrase
is said plainly and asked again; Cancel gives up without changing anything."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from fsadesk.bundle.errors import BundleError, EmptyPassphrase, WrongPassphrase
from fsadesk.ui.errors import detailed_message

if TYPE_CHECKING:
    from fsadesk.central.intake_types import UnlockedOrganisation

# Asks once: (why the last try failed, or None) -> the passphrase typed, or None for Cancel.
Ask = Callable[[str | None], str | None]


def wrong_text() -> str:
    return QCoreApplication.translate(
        "CentralPassphrase",
        "That passphrase is not correct. Type the central organisation's passphrase again, taking care of "
        "capital letters.",
    )


class PassphraseDialog(QDialog):
    def __init__(self, why: str, problem: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CentralPassphrase", "Central organisation's passphrase"))
        self.intro = QLabel(why)
        self.intro.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(QCoreApplication.translate("CentralPassphrase", "Passphrase"))
        self.problem = QLabel(problem or "")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020; font-weight: bold;")
        self.problem.setVisible(bool(problem))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.field, self.problem, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)


def dialog_ask(parent: QWidget | None, why: str) -> Ask:
    def ask(problem: str | None) -> str | None:
        box = PassphraseDialog(why, problem, parent)
        return box.field.text() if box.exec() == QDialog.DialogCode.Accepted else None

    return ask


def unlock_with(ask: Ask, keys_folder: Path) -> UnlockedOrganisation | None:
    """Ask until the passphrase unlocks both keys, or the user cancels (None). Any other problem of
    the keys (missing, damaged) is said the same way, and asked again only if the user wants."""
    from fsadesk.central.intake_types import UnlockedOrganisation
    from fsadesk.central.keys import load_age_identity, load_signing_key

    problem: str | None = None
    while True:
        passphrase = ask(problem)
        if passphrase is None:
            return None
        try:
            return UnlockedOrganisation(
                load_age_identity(keys_folder, passphrase), load_signing_key(keys_folder, passphrase)
            )
        except EmptyPassphrase:
            problem = QCoreApplication.translate(
                "CentralPassphrase", "The passphrase field is empty. Type the central organisation's passphrase."
            )
        except WrongPassphrase:
            problem = wrong_text()
        except (BundleError, OSError) as exc:
            problem = detailed_message(exc)

"""The passphrase fields' own checks, worded in the user's language.

The key store raises EmptyPassphrase / WeakPassphrase with English text for the CLI; the windows
check the field first, with the same rule (fsadesk.bundle.keys.check_passphrase), and say it here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from fsadesk.bundle.errors import EmptyPassphrase, WeakPassphrase
from fsadesk.bundle.keys import MIN_PASSPHRASE_LENGTH, check_passphrase


def passphrase_problem(passphrase: str, *, new: bool) -> str | None:
    """Why the typed passphrase cannot be used, or None. `new`: it is to protect a new key (the
    length rule applies); otherwise it unlocks the existing key, and only an empty field is refused
    before trying it."""
    if not new:
        if passphrase:
            return None
        return QApplication.translate(
            "Passphrase", "The passphrase field is empty. Type the passphrase of this workspace's signing key."
        )
    try:
        check_passphrase(passphrase)
    except EmptyPassphrase:
        return QApplication.translate(
            "Passphrase", "The passphrase field is empty. Choose a passphrase of at least %1 characters."
        ).replace("%1", str(MIN_PASSPHRASE_LENGTH))
    except WeakPassphrase:
        return QApplication.translate("Passphrase", "The passphrase must have at least %1 characters.").replace(
            "%1", str(MIN_PASSPHRASE_LENGTH)
        )
    return None

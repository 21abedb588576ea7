"""The words of fsadesk.ui.errors' table for fsadesk.central.errors: the central organisation's
keys, and campaign files and receipts that cannot be used, by `kind`. What is wrong and what to do,
in plain words, in the user's language; the English detail stays underneath (fsadesk.ui.errors).

One QApplication.translate call per text, so that lupdate finds each.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def organisation_key_texts() -> dict[str, str]:
    return {
        "organisation_keys_exist": QApplication.translate(
            "UserError",
            "This folder already holds the central organisation's keys. They are never replaced; choose an "
            "empty folder for new keys.",
        ),
        "no_organisation_keys": QApplication.translate(
            "UserError",
            "The central organisation's keys are not in this folder. Set up the central organisation first, "
            "or choose the folder its keys are in.",
        ),
        "organisation_keys_damaged": QApplication.translate(
            "UserError",
            "The central organisation's key files are damaged or mixed up with others. Restore the key folder "
            "from its backup.",
        ),
    }


def campaign_texts() -> dict[str, str]:
    return {
        "signed_file": QApplication.translate("UserError", "This file from the central organisation cannot be used."),
        "central_value_refused": QApplication.translate(
            "UserError",
            "A value is not allowed in a campaign file or receipt (too long, or not in the expected form), "
            "so nothing was written. Correct it (the details below name it) and try again.",
        ),
        "not_a_campaign": QApplication.translate(
            "UserError",
            "This file is not an fsadesk campaign file (.fsac). Choose the campaign file your central "
            "organisation sent.",
        ),
        "campaign_damaged": QApplication.translate(
            "UserError",
            "The campaign file is damaged or was changed after it was made, so it cannot be trusted. Ask your "
            "central organisation to send it again.",
        ),
        "campaign_newer_format": QApplication.translate(
            "UserError", "This campaign file was made by a newer version of fsadesk. Please update fsadesk on this PC."
        ),
        "campaign_bad_signature": QApplication.translate(
            "UserError",
            "The campaign file's signature does not match: it was changed after signing. Do not use it; ask "
            "your central organisation for a new one.",
        ),
        "campaign_other_organisation": QApplication.translate(
            "UserError",
            "This campaign file was signed by another key than the central organisation this workspace "
            "trusts. Call your central organisation and compare the key's fingerprint before using it.",
        ),
    }


def receipt_texts() -> dict[str, str]:
    return {
        "not_a_receipt": QApplication.translate(
            "UserError",
            "This file is not an fsadesk receipt (.fsar). Choose the receipt your central organisation sent.",
        ),
        "receipt_damaged": QApplication.translate(
            "UserError",
            "The receipt is damaged or was changed after it was made, so it cannot be trusted. Ask your "
            "central organisation to send it again.",
        ),
        "receipt_newer_format": QApplication.translate(
            "UserError", "This receipt was made by a newer version of fsadesk. Please update fsadesk on this PC."
        ),
        "receipt_bad_signature": QApplication.translate(
            "UserError",
            "The receipt's signature does not match: it was changed after signing, or someone else made it. "
            "It does not prove that your submission arrived.",
        ),
        "receipt_other_signer": QApplication.translate(
            "UserError",
            "This receipt is from another organisation than the one in your campaign file. It does not prove "
            "that your submission arrived; ask your central organisation.",
        ),
    }


def central_texts() -> dict[str, str]:
    return organisation_key_texts() | campaign_texts() | receipt_texts()

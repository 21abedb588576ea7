"""The words of the central organisation's intake, by the stable values of
fsadesk.central.intake_types (IntakeStatus, ReasonKind) and fsadesk.central.receipt.ReceiptFlag:
what each status means, why a file was rejected and what to do, in plain words, in the user's
language. The English detail of each file's outcome stays underneath, as for errors.

Keyed by the values, not the enums, so the windows need not import the central code to look a word
up (tests/central/test_intake_texts.py checks every value has its words). One
QApplication.translate call per text, so that lupdate finds each.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def status_texts() -> dict[str, str]:
    return {
        "accepted": QApplication.translate("Intake", "Accepted"),
        "accepted_with_flags": QApplication.translate("Intake", "Accepted, with a note"),
        "superseded": QApplication.translate("Intake", "Replaced by a newer submission"),
        "already_imported": QApplication.translate("Intake", "Already imported"),
        "older_than_held": QApplication.translate("Intake", "Older than the one held (kept in history)"),
        "rejected": QApplication.translate("Intake", "Rejected"),
    }


def reason_texts() -> dict[str, str]:
    return {
        "unreadable": QApplication.translate(
            "Intake", "The file could not be read: it was moved or deleted, or another program has it open."
        ),
        "too_large": QApplication.translate("Intake", "The file is far too large to be a submission (.fsab)."),
        "not_a_bundle": QApplication.translate("Intake", "This is not an fsadesk submission file (.fsab)."),
        "damaged": QApplication.translate(
            "Intake", "The submission file is damaged or was repacked. Ask the member to export it again."
        ),
        "tampered": QApplication.translate(
            "Intake",
            "The contents were changed after the member signed them (damaged or altered). Ask the member to "
            "export it again.",
        ),
        "newer_format": QApplication.translate(
            "Intake", "The file was made by a newer version of fsadesk. Please update fsadesk on this PC."
        ),
        "invalid_contents": QApplication.translate(
            "Intake", "The signature is correct, but the answers inside cannot be read. Ask the member to export again."
        ),
        "unknown_signer": QApplication.translate(
            "Intake",
            "It is signed with a key that is not registered. If the member is new or made a new key, register "
            "its enrolment file first (after confirming the fingerprint).",
        ),
        "revoked_key": QApplication.translate(
            "Intake", "It is signed with a key that was revoked. The member must make a new key and register it."
        ),
        "retired_key": QApplication.translate(
            "Intake", "It was made after the member changed keys, but is signed with the old key."
        ),
        "other_institution_key": QApplication.translate(
            "Intake", "It names one member but is signed with another member's key."
        ),
        "wrong_campaign": QApplication.translate(
            "Intake", "It is for another year or cycle than this campaign's."
        ),
        "catalogue_mismatch": QApplication.translate(
            "Intake",
            "It was answered against another edition of the guideline's item list than the campaign's. The "
            "member's fsadesk and the campaign must use the same edition: check which fsadesk the member uses "
            "(older or newer than the campaign's), then ask for a new export.",
        ),
        "undecryptable": QApplication.translate(
            "Intake",
            "The encrypted file could not be opened: it is encrypted for someone else, or the organisation's "
            "keys were not given.",
        ),
    }


def flag_texts() -> dict[str, str]:
    return {
        "scores_differ": QApplication.translate(
            "Intake", "The scores in the file differ from those recomputed from its answers."
        ),
        "other_engine_version": QApplication.translate(
            "Intake", "It was scored by another version of fsadesk's scoring."
        ),
        "late": QApplication.translate("Intake", "It was made after the campaign's deadline."),
    }

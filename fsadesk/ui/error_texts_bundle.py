"""The words of fsadesk.ui.errors' table for fsadesk.bundle.errors: the signing key, and bundles
that fail verification, by `kind`. What is wrong and what to do, in plain words, in the user's
language; the English detail of the error stays underneath (see fsadesk.ui.errors).

One QApplication.translate call per text, so that lupdate finds each. `%1` in the passphrase texts
stands for the shortest passphrase allowed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from fsadesk.ui.error_texts_benchmark import benchmark_texts
from fsadesk.ui.error_texts_campaign import member_campaign_texts
from fsadesk.ui.error_texts_central import central_texts


def key_texts() -> dict[str, str]:
    """The workspace's signing key and enrolment files."""
    return {
        "key": QApplication.translate("UserError", "The signing key of this workspace cannot be used."),
        "no_key": QApplication.translate(
            "UserError", "This workspace has no signing key yet. Exporting once creates it."
        ),
        "key_exists": QApplication.translate(
            "UserError", "This workspace already has a signing key. Use 'New signing key' to replace it."
        ),
        "wrong_passphrase": QApplication.translate(
            "UserError",
            "The passphrase is not right for this workspace's signing key. Type it again, taking care of "
            "capital letters. If nobody knows it any more, make a new signing key.",
        ),
        "weak_passphrase": QApplication.translate("Passphrase", "The passphrase must have at least %1 characters."),
        "empty_passphrase": QApplication.translate(
            "Passphrase", "The passphrase field is empty. Type the passphrase of this workspace's signing key."
        ),
        "key_damaged": QApplication.translate(
            "UserError",
            "The signing key file of this workspace is damaged or mixed up with another one. Make a new "
            "signing key, and send the new enrolment file to your central organisation.",
        ),
        "enrolment_invalid": QApplication.translate(
            "UserError", "This is not an fsadesk enrolment file, or it is damaged. Ask for a new one."
        ),
    }


def container_texts() -> dict[str, str]:
    """The bundle's zip container."""
    return {
        "bundle": QApplication.translate("UserError", "This bundle cannot be used."),
        "not_a_bundle": QApplication.translate(
            "UserError", "This file is not an fsadesk bundle (.fsab). Choose the bundle file you received."
        ),
        "truncated": QApplication.translate(
            "UserError",
            "The bundle file is incomplete: it was cut off while being copied or sent. Ask for it again.",
        ),
        "damaged_zip": QApplication.translate(
            "UserError",
            "The bundle is damaged or has been changed since it was signed, so it cannot be trusted. Ask the "
            "sender for a new one.",
        ),
        "unsafe_name": QApplication.translate(
            "UserError",
            "The bundle contains a file name that could write outside its folder. It was not made by "
            "fsadesk; do not open it.",
        ),
        "non_utf8_name": QApplication.translate(
            "UserError", "The bundle contains a file name fsadesk never writes. It was not made by fsadesk."
        ),
        "duplicate_member": QApplication.translate(
            "UserError", "The bundle contains the same file twice. It has been changed since it was made."
        ),
        "symlink": QApplication.translate(
            "UserError", "The bundle contains a link to another file. It was not made by fsadesk; do not open it."
        ),
        "directory": QApplication.translate(
            "UserError", "The bundle contains a folder entry, which fsadesk never writes. It has been changed."
        ),
        "oversized": QApplication.translate(
            "UserError", "A file in the bundle is larger than fsadesk ever writes. It has been changed."
        ),
        "zip_bomb": QApplication.translate(
            "UserError",
            "A file in the bundle would unpack to far more than its size. It is not a real bundle; do not open it.",
        ),
        "unsupported_zip": QApplication.translate(
            "UserError",
            "The bundle uses a zip feature fsadesk never writes (such as a password). It was repacked by "
            "another program; ask for the original.",
        ),
        "non_canonical": QApplication.translate(
            "UserError",
            "The bundle was repacked by another program, so it is not the file fsadesk signed. Ask for the original.",
        ),
    }


def content_texts() -> dict[str, str]:
    """What the bundle holds, its signature and its encryption."""
    return {
        "member_set": QApplication.translate(
            "UserError", "The bundle does not hold the files it should. It has been changed since it was made."
        ),
        "missing_member": QApplication.translate(
            "UserError", "A file is missing from the bundle. Ask the sender to export it again."
        ),
        "unexpected_member": QApplication.translate(
            "UserError", "The bundle holds a file that fsadesk did not put there. It has been changed."
        ),
        "manifest_invalid": QApplication.translate(
            "UserError", "The bundle's list of contents is damaged or not in fsadesk's format."
        ),
        "newer_format": QApplication.translate(
            "UserError", "This bundle was made by a newer version of fsadesk. Please update fsadesk on this PC."
        ),
        "member_changed": QApplication.translate(
            "UserError",
            "A file in the bundle was changed after it was signed, so its contents cannot be trusted. "
            "Ask the sender for a new bundle.",
        ),
        "assessment_invalid": QApplication.translate(
            "UserError", "The assessment in the bundle is damaged or not in fsadesk's format."
        ),
        "over_limit": QApplication.translate(
            "UserError",
            "A text in this assessment is longer than a bundle allows, so nothing was exported. Shorten it "
            "(the details below name it) and export again.",
        ),
        "bad_signature": QApplication.translate(
            "UserError",
            "The bundle's signature does not match: it was changed after signing, or signed with another "
            "key. Do not trust its contents.",
        ),
        "unknown_signer": QApplication.translate(
            "UserError",
            "The bundle was signed by an institution whose key is not enrolled here. Enrol its key first.",
        ),
        "encryption": QApplication.translate("UserError", "The bundle could not be encrypted or decrypted."),
        "encrypted": QApplication.translate(
            "UserError", "This bundle is encrypted. Decrypt it with your key first, then open it."
        ),
    }


def bundle_texts() -> dict[str, str]:
    """Every BundleError kind's words, the central organisation's (whose errors derive from it) too."""
    return (
        key_texts() | container_texts() | content_texts() | central_texts() | member_campaign_texts()
        | benchmark_texts()
    )  # fmt: skip

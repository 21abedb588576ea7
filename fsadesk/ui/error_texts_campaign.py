"""The words of fsadesk.ui.errors' table for fsadesk.app.campaign_errors: why a member's workspace
did not take a campaign file or a receipt, by `kind`. Nothing was stored in each case.

One QApplication.translate call per text, so that lupdate finds each.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def member_campaign_texts() -> dict[str, str]:
    return {
        "campaign_already_imported": QApplication.translate(
            "UserError", "This campaign file was already imported. Nothing was changed."
        ),
        "receipt_already_imported": QApplication.translate(
            "UserError", "This receipt was already imported. Nothing was changed."
        ),
        "no_campaign_imported": QApplication.translate(
            "UserError",
            "No campaign file has been imported yet. Import the campaign file from your central organisation "
            "first (File ▸ Import campaign file…), then the receipt.",
        ),
        "receipt_unknown_campaign": QApplication.translate(
            "UserError",
            "This receipt is for a campaign that was never imported into this workspace. Import that "
            "campaign file first, or ask your central organisation which receipt is yours.",
        ),
        "receipt_unknown_bundle": QApplication.translate(
            "UserError",
            "This receipt is for a bundle this workspace never exported. It may be meant for another "
            "institution or another workspace; ask your central organisation. Nothing was stored.",
        ),
    }

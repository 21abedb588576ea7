"""The words of fsadesk.ui.errors' table for the benchmark pack (issue #14 point 3): why a pack
file cannot be used (fsadesk.central.errors) and why a member's workspace did not take it
(fsadesk.app.benchmark_errors), by `kind`. Nothing was stored in each case.

One QApplication.translate call per text, so that lupdate finds each.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def benchmark_texts() -> dict[str, str]:
    return {
        "not_a_benchmark_pack": QApplication.translate(
            "UserError",
            "This file is not an fsadesk benchmark pack (.fsbp). Choose the benchmark pack your central "
            "organisation sent.",
        ),
        "benchmark_pack_damaged": QApplication.translate(
            "UserError",
            "The benchmark pack is damaged or was changed after it was made, so it cannot be trusted. Ask your "
            "central organisation to send it again.",
        ),
        "benchmark_pack_newer_format": QApplication.translate(
            "UserError", "This benchmark pack was made by a newer version of fsadesk. Please update fsadesk on this PC."
        ),
        "benchmark_pack_bad_signature": QApplication.translate(
            "UserError",
            "The benchmark pack's signature does not match: it was changed after signing. Do not use it; ask "
            "your central organisation for a new one.",
        ),
        "benchmark_pack_other_organisation": QApplication.translate(
            "UserError",
            "This benchmark pack was signed by another key than the central organisation whose campaign file "
            "this workspace holds. Nothing was stored. Ask your central organisation which file is theirs.",
        ),
        "benchmark_already_imported": QApplication.translate(
            "UserError", "This benchmark pack was already imported. Nothing was changed."
        ),
        "benchmark_no_campaign": QApplication.translate(
            "UserError",
            "No campaign file has been imported yet. Import the campaign file from your central organisation "
            "first (File ▸ Import campaign file…), then the benchmark pack.",
        ),
        "benchmark_unknown_campaign": QApplication.translate(
            "UserError",
            "This benchmark pack is for a campaign that was never imported into this workspace. Import that "
            "campaign file first, or ask your central organisation which pack is for you.",
        ),
    }

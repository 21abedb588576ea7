"""Japanese fiscal years (1 April to 31 March): which one a day falls in, and when it ends."""

from __future__ import annotations

import datetime as dt


def fiscal_year(today: dt.date) -> int:
    """Japanese fiscal years start on 1 April: 2026-11-26 is in fiscal 2026, 2027-02-01 too."""
    return today.year if today.month >= 4 else today.year - 1


def end_of_fiscal_year(today: dt.date) -> dt.date:
    """31 March closing the fiscal year `today` falls in: a sensible first target date."""
    return dt.date(fiscal_year(today) + 1, 3, 31)


def default_cycle_label(year: int) -> str:
    """The label a new cycle gets unless the user names it: 2026年度."""
    return f"{year}年度"


def cycle_display_label(label: str, year: int, lang: str) -> str:
    """A cycle's label for the screen or report: a default Japanese label reads FY2026 in English;
    a label the user chose is shown as typed."""
    if lang == "en" and label == default_cycle_label(year):
        return f"FY{year}"
    return label

"""The intake's summary table (a row per file, counts per status), saved as XLSX or CSV for the
analyst's records (`fsadesk central import --report`, and the window's Save later)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from fsadesk.central.intake_types import FileOutcome, IntakeStatus
from fsadesk.spreadsheet import Cell, append_row, save_workbook, write_csv

HEADER = (
    "ファイル / File",
    "結果 / Status",
    "理由の種類 / Reason kind",
    "理由 / Reason",
    "会員 / Institution",
    "受付番号 / Submission",
    "注記 / Flags",
    "隔離先 / Quarantined as",
)
REPORT_SUFFIXES = (".xlsx", ".csv")


def counts(outcomes: Sequence[FileOutcome]) -> dict[IntakeStatus, int]:
    """Files per status, in the enum's order, statuses with no file left out."""
    tally = Counter(o.status for o in outcomes)
    return {s: tally[s] for s in IntakeStatus if tally[s]}


def rows(outcomes: Sequence[FileOutcome]) -> list[list[Cell]]:
    return [
        [
            str(o.path),
            o.status.value,
            o.reason_kind.value if o.reason_kind else "",
            o.reason + (f" {o.quarantine_error}" if o.quarantine_error else ""),
            o.institution_id or "",
            o.submission_id,
            ", ".join(f.value for f in o.flags),
            str(o.quarantined) if o.quarantined else "",
        ]
        for o in outcomes
    ]


def write_report(outcomes: Sequence[FileOutcome], out: Path, *, stamp: dt.datetime | None = None) -> None:
    """By the file's suffix: .csv (the rows) or .xlsx (the rows, and a sheet of counts)."""
    if out.suffix.lower() == ".csv":
        write_csv(HEADER, rows(outcomes), out)
        return
    from openpyxl import Workbook  # type: ignore[import-untyped]

    wb = Workbook()
    sheet = wb.active
    sheet.title = "Files"
    append_row(sheet, HEADER, bold=True)
    for row in rows(outcomes):
        append_row(sheet, row)
    totals = wb.create_sheet("Counts")
    append_row(totals, ("結果 / Status", "件数 / Files"), bold=True)
    for status, n in counts(outcomes).items():
        append_row(totals, (status.value, n))
    save_workbook(wb, stamp or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0), out)

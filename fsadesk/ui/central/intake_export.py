"""The intake summary saved as the user sees it: the table's columns in the user's language (plus
where each file lies and where a rejected one was copied), and for XLSX a second sheet of counts
per result. A person filing the batch reads the same words as on screen; the stable English values
stay in the database and in `fsadesk central import --report` (fsadesk.central.intake_report)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from fsadesk.spreadsheet import Cell, append_row, save_workbook, write_csv
from fsadesk.ui.central.intake_model import COLUMNS, IntakeModel, status_words


def _headings(model: IntakeModel) -> list[str]:
    shown = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(COLUMNS)]
    return [
        *shown,
        QCoreApplication.translate("IntakeExport", "Where the file is"),
        QCoreApplication.translate("IntakeExport", "Copied to quarantine as"),
    ]


def _rows(model: IntakeModel) -> list[list[Cell]]:
    return [
        [*(model.text(row, c) for c in range(COLUMNS)), str(row.path), str(row.quarantined or "")] for row in model.rows
    ]


def write_summary(model: IntakeModel, out: Path, *, stamp: dt.datetime | None = None) -> None:
    """By the file's suffix: .csv (the rows) or .xlsx (the rows, and a sheet of counts)."""
    if out.suffix.lower() == ".csv":
        write_csv(_headings(model), _rows(model), out)
        return
    from openpyxl import Workbook  # type: ignore[import-untyped]

    wb = Workbook()
    files = wb.active
    files.title = QCoreApplication.translate("IntakeExport", "Files")
    append_row(files, _headings(model), bold=True)
    for values in _rows(model):
        append_row(files, values)
    for column, width in zip("ABCDEFGH", (28, 28, 12, 22, 60, 40, 40, 40), strict=True):
        files.column_dimensions[column].width = width
    totals = wb.create_sheet(QCoreApplication.translate("IntakeExport", "Counts"))
    append_row(
        totals,
        (
            QCoreApplication.translate("IntakeExport", "Result"),
            QCoreApplication.translate("IntakeExport", "Number of files"),
        ),
        bold=True,
    )
    tally = Counter(r.status for r in model.rows)
    for status, words in status_words().items():
        if tally[status]:
            append_row(totals, (words, tally[status]))
    save_workbook(wb, stamp or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0), out)

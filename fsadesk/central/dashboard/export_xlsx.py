"""The dashboard as one XLSX workbook: a sheet per view, each opening with the filters applied (who,
which campaign, tier, category, size band, threshold, when made), a blank row, then the table with
its header frozen and an auto filter. Rates are numbers with a percent format, so a board member's
own formulas and sorting work on them; the heatmap's cells are coloured on a colour-blind safe
scale (Okabe–Ito orange, white, sky blue), the figure always printed in the cell.

Text typed by people (member names) goes through fsadesk.spreadsheet.sheet_text, as append_row's:
control characters become visible marks, and a leading '=' stays text, never a formula. The file
is written whole or not at all, readable by its owner only (0600), like the member's PDF: it names
members and figures.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fsadesk.central.dashboard.export_tables import Column, ExportReport, Table
from fsadesk.files import write_private_file
from fsadesk.spreadsheet import Cell, save_workbook, sheet_text

PERCENT = "0%"
# Okabe–Ito: low rates orange, the middle white, high rates sky blue; black text reads on all three.
LOW, MIDDLE, HIGH = "E69F00", "FFFFFF", "56B4E9"
HEADER_FILL = "E4EBF2"  # the PDF's header tint
_BAD_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})


def sheet_name(title: str) -> str:
    """Excel refuses names over 31 characters or holding []:*?/\\."""
    return sheet_text(title).translate(_BAD_SHEET_CHARS)[:31]


def _column_letter(n: int) -> str:
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    return str(get_column_letter(n))


def _put(ws: Any, row: int, values: Sequence[Cell]) -> None:
    """One row, as fsadesk.spreadsheet.append_row writes it (text made safe, a leading '=' kept as
    text, never a formula), by position: append_row asks the sheet for its last row each time, which
    openpyxl works out over every cell, and 1,000 members × 3 campaigns took minutes."""
    for column, value in enumerate(values, start=1):
        cell = ws.cell(row, column, sheet_text(value) if isinstance(value, str) else value)
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"  # text, never a formula


def _shown_width(value: Cell) -> int:
    """Roughly how many character widths Excel needs: a Japanese character takes two."""
    text = value if isinstance(value, str) else "100%"
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _width(column: Column, values: Sequence[Cell]) -> int:
    """Wide enough for the heading and the longest value (the first 2,000 rows are measured), within
    the column's own width and 60; a rate column fits its heading and '100%'."""
    longest = max((_shown_width(v) for v in values[:2000]), default=0)
    return min(max(column.width if column.kind != "rate" else 8, _shown_width(column.title), longest) + 2, 60)


def write_sheet(ws: Any, report: ExportReport, table: Table) -> None:
    from openpyxl.formatting.rule import ColorScaleRule  # type: ignore[import-untyped]
    from openpyxl.styles import Font, PatternFill  # type: ignore[import-untyped]

    bold = Font(bold=True)
    for row, (label, value) in enumerate(report.filters, start=1):
        _put(ws, row, (label, value))
        ws.cell(row, 1).font = bold
    header_row = len(report.filters) + 2  # after one blank row
    _put(ws, header_row, [c.title for c in table.columns])
    fill = PatternFill("solid", start_color=HEADER_FILL, end_color=HEADER_FILL)
    for n in range(1, len(table.columns) + 1):
        ws.cell(header_row, n).font = bold
        ws.cell(header_row, n).fill = fill
    rates = [n for n, c in enumerate(table.columns, start=1) if c.kind == "rate"]
    for row, values in enumerate(table.rows, start=header_row + 1):
        _put(ws, row, values)
        for n in rates:
            ws.cell(row, n).number_format = PERCENT
    last_row = header_row + len(table.rows)
    last_col = _column_letter(len(table.columns))
    for n, column in enumerate(table.columns, start=1):
        ws.column_dimensions[_column_letter(n)].width = _width(column, [r[n - 1] for r in table.rows])
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    ws.auto_filter.ref = f"A{header_row}:{last_col}{last_row}"
    if table.key == "heatmap" and rates and table.rows:
        span = f"{_column_letter(rates[0])}{header_row + 1}:{_column_letter(rates[-1])}{last_row}"
        scale = ColorScaleRule(start_type="num", start_value=0, start_color=LOW, mid_type="num", mid_value=0.5,
                               mid_color=MIDDLE, end_type="num", end_value=1, end_color=HIGH)  # fmt: skip
        ws.conditional_formatting.add(span, scale)


def xlsx_bytes(report: ExportReport, stamp: dt.datetime) -> bytes:
    """The workbook's bytes; the same report and stamp give the same bytes."""
    from openpyxl import Workbook  # type: ignore[import-untyped]

    wb = Workbook()
    wb.remove(wb.active)
    for table in report.tables:
        write_sheet(wb.create_sheet(sheet_name(table.title)), report, table)
    wb.properties.title = report.filters[1][1] if len(report.filters) > 1 else ""
    with tempfile.TemporaryDirectory(prefix="fsadesk-xlsx-") as folder:
        path = Path(folder) / "report.xlsx"
        save_workbook(wb, stamp, path)
        return path.read_bytes()


def write_xlsx(report: ExportReport, out: Path, *, stamp: dt.datetime | None = None) -> Path:
    """Write the workbook to `out` (complete or not at all, mode 0600) and return it."""
    stamp = stamp or dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    write_private_file(out, xlsx_bytes(report, stamp))
    return out

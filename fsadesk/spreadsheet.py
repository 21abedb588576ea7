"""Writing spreadsheets the same way everywhere: Excel-readable CSV and reproducible XLSX.

Shared by the catalogue export, the action plan and the results export (pure: no Qt, no database).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.writer.excel import ExcelWriter  # type: ignore[import-untyped]

Cell = str | int | float | bool | dt.date | None
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Cell) -> str:
    """Dates as ISO text; typed text that Excel would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return str(value)


def write_csv(header: Sequence[str], rows: Iterable[Sequence[Cell]], out: Path) -> None:
    """UTF-8 with a BOM (so Excel reads Japanese correctly), RFC 4180 quoting, CRLF line ends."""
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, dialect="excel")
        writer.writerow(header)
        for row in rows:
            writer.writerow([csv_cell(v) for v in row])


def append_row(ws: Any, values: Sequence[Cell], *, bold: bool = False, wrap: bool = True) -> None:
    ws.append(list(values))
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"  # text, never a formula
        if isinstance(cell.value, dt.date):
            cell.number_format = "yyyy-mm-dd"
        cell.alignment = Alignment(wrap_text=wrap, vertical="top")
        if bold:
            cell.font = Font(bold=True)


def save_workbook(wb: Any, stamp: dt.datetime, out: Path) -> None:
    """Save so that the same content gives the same bytes: document dates and every zip entry's
    timestamp are `stamp` (openpyxl's own save writes the current time into docProps/core.xml)."""
    wb.properties.created = wb.properties.modified = stamp
    raw = io.BytesIO()
    ExcelWriter(wb, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    packed = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info))
    out.write_bytes(packed.getvalue())

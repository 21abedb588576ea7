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

# openpyxl (≈ 0.25 s to import) is imported where a workbook is written, not with this module:
# the app's Summary page uses the texts of these modules and must open quickly (issue #9).

Cell = str | int | float | bool | dt.date | None
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
REPLACEMENT = "\ufffd"
# XML 1.0, which XLSX is made of, has no way to hold C0 control characters other than tab, line
# feed and carriage return, nor U+FFFE/U+FFFF; openpyxl refuses them and the export used to stop.
# Each is shown as its Unicode "control picture" (\x1b as ␛, \x00 as ␀): visible, and telling the
# reader which character the pasted text held. A lone surrogate (half of a broken emoji) can be
# stored in no file at all: it becomes U+FFFD, the replacement mark.
_SHEET_FIXES: dict[int, int | str] = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\t\n\r"}
_SHEET_FIXES |= {0xFFFE: REPLACEMENT, 0xFFFF: REPLACEMENT}
_SHEET_FIXES |= {code: REPLACEMENT for code in range(0xD800, 0xE000)}
_FILE_FIXES = {code: REPLACEMENT for code in range(0xD800, 0xE000)}


def sheet_text(text: str) -> str:
    """`text` as an XLSX cell (or document property) can hold it; every other character unchanged."""
    return text.translate(_SHEET_FIXES)


def csv_cell(value: Cell) -> str:
    """Dates as ISO text; typed text that Excel would run as a formula gets a leading apostrophe.
    Control characters stay as typed (CSV holds them); only a lone surrogate, which no UTF-8 file
    can hold, becomes the replacement mark."""
    if isinstance(value, str):
        value = value.translate(_FILE_FIXES)
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
    """Every sheet writer's way to add a row: any text a user could paste is written (see sheet_text).

    The cells are made and styled before they are appended: reading the new row back through
    `ws[ws.max_row]` makes openpyxl count every cell of the sheet on each call, which turned a
    1,000-row intake summary into minutes of work."""
    from openpyxl.cell import Cell as SheetCell  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]

    alignment = Alignment(wrap_text=wrap, vertical="top")
    font = Font(bold=True) if bold else None
    cells = []
    for v in values:
        cell = SheetCell(ws, value=sheet_text(v) if isinstance(v, str) else v)
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"  # text, never a formula
        if isinstance(cell.value, dt.date):
            cell.number_format = "yyyy-mm-dd"
        cell.alignment = alignment
        if font is not None:
            cell.font = font
        cells.append(cell)
    ws.append(cells)


def save_workbook(wb: Any, stamp: dt.datetime, out: Path) -> None:
    """Save so that the same content gives the same bytes: document dates and every zip entry's
    timestamp are `stamp` (openpyxl's own save writes the current time into docProps/core.xml)."""
    from openpyxl.writer.excel import ExcelWriter  # type: ignore[import-untyped]

    wb.properties.created = wb.properties.modified = stamp
    props = wb.properties
    for name in ("title", "subject", "creator", "description", "keywords", "lastModifiedBy"):
        value = getattr(props, name, None)
        if isinstance(value, str):
            setattr(props, name, sheet_text(value))  # a title made of an institution's name, say
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

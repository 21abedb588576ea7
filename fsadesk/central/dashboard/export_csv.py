"""The dashboard as CSV files, one per view (report-status.csv, report-heatmap.csv, …): UTF-8 with
a BOM so Excel in Japan reads the Japanese, CRLF line ends, RFC 4180 quoting.

Each file opens with the filters applied as a block of two-cell rows (label, value), a blank row,
then the table. Excel has no comment syntax: a "# key: value" line would land whole in column A and
read as data, while two cells read as a small labelled table, and the blank row lets Excel's
Ctrl+A / auto filter pick up the table below on its own. Scripts skip to the first blank row.

Rates are written as the app shows them ("63%", "—" when nothing is assessed): Excel reads "63%"
as the number 0.63 with a percent format. Typed text that Excel would run as a formula is
neutralised by fsadesk.spreadsheet.csv_cell. Each file is written whole or not at all, mode 0600.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from fsadesk import terms
from fsadesk.central.dashboard.export_tables import VIEWS, ExportReport, Table
from fsadesk.files import write_private_file
from fsadesk.spreadsheet import Cell, csv_cell

# Characters a file name cannot hold on Windows, and the control characters no file system likes.
_SAFE_NAME = str.maketrans({c: "_" for c in '<>:"/\\|?*' + "".join(map(chr, range(32)))})


def _shown(value: Cell, kind: str) -> str:
    if kind == "rate":
        return terms.percent(value) if isinstance(value, float | int) else terms.NOT_RATED
    return csv_cell(value)


def csv_text(report: ExportReport, table: Table) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect="excel")  # CRLF, quotes where needed
    for label, value in report.filters:
        writer.writerow([csv_cell(label), csv_cell(value)])
    writer.writerow([])
    writer.writerow([csv_cell(c.title) for c in table.columns])
    for row in table.rows:
        writer.writerow([_shown(v, c.kind) for v, c in zip(row, table.columns, strict=True)])
    return buffer.getvalue()


def csv_paths(out: Path, default_stem: str, views: Sequence[str] = VIEWS) -> list[Path]:
    """Where each view goes: `out` a folder → <folder>/<default_stem>-<view>.csv; `out` a file name
    (report.csv) → report-status.csv, report-heatmap.csv, … beside it."""
    if out.is_dir():
        folder, stem = out, default_stem.translate(_SAFE_NAME)
    else:
        folder, stem = out.parent, out.stem if out.suffix.lower() == ".csv" else out.name
    return [folder / f"{stem}-{view}.csv" for view in views]


def write_csvs(report: ExportReport, paths: list[Path]) -> list[Path]:
    """Write each view to its path (as csv_paths gives them, in the report's order)."""
    for table, path in zip(report.tables, paths, strict=True):
        write_private_file(path, csv_text(report, table).encode("utf-8-sig"))
    return paths

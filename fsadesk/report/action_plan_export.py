"""Write the action plan to CSV or XLSX, for the people who will work on it in Excel.

Pure Python (no Qt, no database). Columns are in the language the user works in. The XLSX is
byte-for-byte deterministic for the same rows and the same `prepared_on` date: the document dates
and the zip entry times come from that date, never from the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

from fsadesk import terms
from fsadesk.assessment.action_plan import ActionRow
from fsadesk.catalogue.model import Lang
from fsadesk.spreadsheet import Cell, append_row, save_workbook, write_csv

ExportFormat = Literal["csv", "xlsx"]
Progress = Callable[[int, int], None]

# Column headings per language, in the order of the cells `row_cells` returns.
# What will be done comes before who and when: it is what the people working on the plan read first.
HEADERS: dict[Lang, tuple[str, ...]] = {
    "ja": ("項目", "分野", "項目名", "回答", terms.word("plan_measure", "ja"), "担当者", "完了予定日", "優先度",
           "メモ", "リスクの受容", "リスクの受容の理由"),
    "en": ("Item", "Domain", "Title", "Status", terms.word("plan_measure", "en"), "Owner", "Target date", "Priority",
           "Notes", "Risk acceptance", "Reason for accepting the risk"),
}  # fmt: skip
WIDTHS: tuple[int, ...] = (14, 18, 50, 16, 50, 24, 13, 9, 40, 30, 40)  # characters; long text wraps
SHEET_NAMES: dict[Lang, str] = {"ja": terms.word("action_plan", "ja"), "en": terms.word("action_plan", "en")}
_NO_DATE = dt.datetime(1980, 1, 1)  # the earliest time a zip entry can carry
# A cell starting with one of these is run as a formula when Excel opens a CSV.


def title_text(lang: Lang, institution: str, cycle: str, prepared_on: dt.date | None) -> str:
    """The heading above the table: what this is, whose, which cycle, as of when."""
    parts = [SHEET_NAMES[lang], institution.strip(), cycle.strip()]
    text = " — ".join(p for p in parts if p)
    if prepared_on is not None:
        day = prepared_on.isoformat()
        text += f"（{day} 作成）" if lang == "ja" else f" (prepared {day})"
    return text


def acceptance_text(row: ActionRow, lang: Lang) -> str:
    """Who approved the risk acceptance and when, or an empty cell."""
    if not row.accepted_by and row.accepted_on is None:
        return ""
    day = terms.date_text(row.accepted_on, lang)  # 2027/03/31 in Japanese, as everywhere; "—" when none
    who = row.accepted_by or "—"
    return f"{who}（{day}）" if lang == "ja" else f"{who} ({day})"


def row_cells(row: ActionRow, lang: Lang) -> list[Cell]:
    """One row's cells in the order of HEADERS; the target date stays a date (a date cell in XLSX)."""
    return [
        row.item_id,
        f"{row.domain} {row.domain_name.get(lang)}",
        f"{row.label} {row.title.get(lang)}",
        terms.status_name(row.status, lang),
        row.measure,
        row.owner,
        row.target_date if row.target_date is not None else "",
        "" if row.accepts_risk else terms.priority_name(row.priority, lang),
        row.notes,
        acceptance_text(row, lang),
        row.acceptance_reason,
    ]


def _write_csv(rows: Sequence[ActionRow], lang: Lang, out: Path, progress: Progress) -> None:
    def cells() -> Iterator[Sequence[Cell]]:
        for done, row in enumerate(rows, start=1):
            yield row_cells(row, lang)
            progress(done, len(rows))

    write_csv(HEADERS[lang], cells(), out)


def _workbook(rows: Sequence[ActionRow], lang: Lang, heading: str, stamp: dt.datetime, progress: Progress) -> Any:
    # Here, not at the top: the app's Summary page imports this module and must open without
    # openpyxl (≈ 0.25 s to import); an export runs off the GUI thread.
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_NAMES[lang]
    if heading:
        append_row(ws, [heading], wrap=False)  # through the one place that makes any text writable
        ws["A1"].font = Font(bold=True, size=14)
        ws.append([])  # a blank line between the heading and the table reads better
    append_row(ws, HEADERS[lang], bold=True)
    header_row = ws.max_row
    for done, row in enumerate(rows, start=1):
        append_row(ws, row_cells(row, lang))
        progress(done, len(rows))
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = f"B{header_row + 1}"  # the header and the item column stay in view
    last = get_column_letter(len(WIDTHS))
    ws.auto_filter.ref = f"A{header_row}:{last}{header_row + len(rows)}"
    ws.print_title_rows = f"{header_row}:{header_row}"  # the header repeats on every printed page
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    props = wb.properties
    props.title = heading or SHEET_NAMES[lang]
    props.creator = props.lastModifiedBy = "fsadesk"
    props.created = props.modified = stamp
    return wb


def _no_progress(done: int, total: int) -> None:
    pass


def export_action_plan(
    rows: Sequence[ActionRow],
    lang: Lang,
    fmt: ExportFormat,
    out: Path,
    *,
    institution: str = "",
    cycle: str = "",
    prepared_on: dt.date | None = None,
    progress: Progress | None = None,
) -> int:
    """Write `rows` to `out` as CSV or XLSX in `lang`; return the number of rows written.

    The XLSX gets a heading above the table naming the institution, the cycle and the date when
    any of them is given; the CSV is the bare table (header and rows) so it imports cleanly.
    `progress(done, total)` is called after each row.
    """
    if fmt not in ("csv", "xlsx"):
        raise ValueError(f"unknown export format {fmt!r}: use 'csv' or 'xlsx'")
    if lang not in HEADERS:
        raise ValueError(f"unknown language {lang!r}: use 'ja' or 'en'")
    report = progress or _no_progress
    if fmt == "csv":
        _write_csv(rows, lang, out, report)
    else:
        stamp = dt.datetime.combine(prepared_on, dt.time()) if prepared_on else _NO_DATE
        heading = title_text(lang, institution, cycle, prepared_on) if (institution or cycle) else ""
        save_workbook(_workbook(rows, lang, heading, stamp, report), stamp, out)
    return len(rows)

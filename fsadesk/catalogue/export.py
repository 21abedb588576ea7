"""Export a catalogue to CSV or XLSX, one row per item, for people who work in Excel.

Pure Python (no Qt, no database). The XLSX is byte-for-byte deterministic: document dates come
from the catalogue's revised (or established) date and the zip entries carry that same timestamp.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from fsadesk.catalogue.model import Catalogue, Item, Lang
from fsadesk.spreadsheet import append_row, save_workbook, write_csv

ExportFormat = Literal["csv", "xlsx"]
Cell = str | bool

# (header, column width in characters); every data cell wraps, so long texts stay readable.
COLUMNS: tuple[tuple[str, int], ...] = (
    ("id", 14), ("section", 10), ("section_title_ja", 30), ("section_title_en", 30),
    ("domain", 8), ("domain_ja", 14), ("domain_en", 18), ("label", 6),
    ("tier", 10), ("tier_ja", 18), ("tier_en", 22),
    ("title_ja", 30), ("title_en", 30),
    ("requirement_ja", 60), ("requirement_en", 60), ("explanation_ja", 60), ("explanation_en", 60),
    ("evidence_ja", 45), ("evidence_en", 45),
    ("frequency", 12), ("severity_gated", 10),
    ("applies_if", 20), ("applies_if_ja", 40), ("applies_if_en", 40),
    ("clauses_ja", 45), ("clauses_en", 45), ("nist_csf", 16),
)  # fmt: skip
HEADER: tuple[str, ...] = tuple(name for name, _ in COLUMNS)


def _condition(catalogue: Catalogue, cond: str, lang: Lang) -> str:
    """A condition ('fmi', '<question id>', 'not <question id>') in words: the question and the answer."""
    negated = cond.startswith("not ")
    name = cond.removeprefix("not ").strip()
    question = next((q.question.get(lang) for q in catalogue.questions if q.id == name), None)
    if question is None:  # 'fmi' names the institution category, not a question
        text = next((c.get(lang) for c in catalogue.categories if c.id == name), name)
        return f"{'not ' if negated else ''}{text}"
    answer = ("いいえ" if negated else "はい") if lang == "ja" else ("no" if negated else "yes")
    return f"{question} → {answer}"


def _row(catalogue: Catalogue, item: Item) -> list[Cell]:
    node = catalogue.node(item.node)
    domain_number = catalogue.domain_of(item.node)
    domain = catalogue.node(domain_number)
    domain_name = domain.short or domain.title
    tier = getattr(catalogue.header.tiers, item.tier)
    return [
        item.id, node.number, node.title.ja, node.title.en,
        domain_number, domain_name.ja, domain_name.en, item.label,
        item.tier, tier.ja, tier.en,
        item.title.ja, item.title.en,
        item.requirement.ja, item.requirement.en, item.explanation.ja, item.explanation.en,
        "\n".join(item.evidence.ja), "\n".join(item.evidence.en),
        item.frequency or "", item.severity_gated,
        "; ".join(item.applies_if),
        "\n".join(_condition(catalogue, c, "ja") for c in item.applies_if),
        "\n".join(_condition(catalogue, c, "en") for c in item.applies_if),
        "\n".join(f"[{c.when}] {c.text.ja}" for c in item.clauses),
        "\n".join(f"[{c.when}] {c.text.en}" for c in item.clauses),
        "; ".join(item.nist_csf),
    ]  # fmt: skip


def item_rows(catalogue: Catalogue) -> list[list[Cell]]:
    """One row per item in catalogue order, in the order of HEADER."""
    return [_row(catalogue, item) for item in catalogue.items]


def _fixed_time(catalogue: Catalogue) -> dt.datetime:
    source = catalogue.header.source
    day = source.revised or source.established
    return dt.datetime(day.year, day.month, day.day)


def _write_csv(rows: list[list[Cell]], out: Path) -> None:
    write_csv(HEADER, rows, out)


def _sheet(wb: Workbook, title: str, header: tuple[str, ...], rows: list[list[Cell]], widths: list[int]) -> None:
    ws = wb.create_sheet(title)
    append_row(ws, header, bold=True, wrap=False)
    for row in rows:
        append_row(ws, row)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"


def _workbook(catalogue: Catalogue, rows: list[list[Cell]]) -> Workbook:
    header, source = catalogue.header, catalogue.header.source
    wb = Workbook()
    wb.remove(wb.active)
    _sheet(wb, "Items", HEADER, rows, [w for _, w in COLUMNS])
    items = wb["Items"]
    items.freeze_panes = "B2"  # header row and id column
    items.auto_filter.ref = items.dimensions
    about: list[list[Cell]] = [
        ["catalogue_id", header.id],
        ["version", header.version],
        ["digest", catalogue.digest],
        ["items", str(len(catalogue.items))],
        ["source_title_ja", source.title.ja],
        ["source_title_en", source.title.en],
        ["issuer_ja", source.issuer.ja],
        ["issuer_en", source.issuer.en],
        ["established", source.established.isoformat()],
        ["revised", source.revised.isoformat() if source.revised else ""],
        ["notice_ja", source.notice.ja],
        ["notice_en", source.notice.en],
    ]
    _sheet(wb, "About", ("field", "value"), about, [18, 100])
    questions: list[list[Cell]] = [
        [q.id, q.question.ja, q.question.en, q.help.ja, q.help.en] for q in catalogue.questions
    ]
    _sheet(wb, "Questions", ("id", "question_ja", "question_en", "help_ja", "help_en"), questions, [28, 50, 50, 60, 60])
    props = wb.properties
    props.title = f"{source.title.en} ({header.id} {header.version})"
    props.subject = source.title.ja
    props.creator = props.lastModifiedBy = "fsadesk"
    props.identifier = catalogue.digest
    props.description = source.notice.en
    return wb


def _write_xlsx(catalogue: Catalogue, rows: list[list[Cell]], out: Path) -> None:
    save_workbook(_workbook(catalogue, rows), _fixed_time(catalogue), out)


def export_catalogue(catalogue: Catalogue, fmt: ExportFormat, out: Path) -> int:
    """Write every item of `catalogue` to `out` as CSV or XLSX; return the number of item rows."""
    if fmt not in ("csv", "xlsx"):
        raise ValueError(f"unknown export format {fmt!r}: use 'csv' or 'xlsx'")
    rows = item_rows(catalogue)
    if fmt == "csv":
        _write_csv(rows, out)
    else:
        _write_xlsx(catalogue, rows, out)
    return len(rows)

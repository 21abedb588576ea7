"""Every applicable item with its answer, plus the scores per domain, as XLSX or CSV.

For auditors, boards and central organisations who work in Excel. Pure: no Qt, no database —
the caller passes the catalogue, profile and answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from fsadesk import terms
from fsadesk.assessment.answers import Answer
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import applicable_items
from fsadesk.assessment.scoring import Scores, score
from fsadesk.catalogue.model import Catalogue, Lang
from fsadesk.spreadsheet import Cell, append_row, save_workbook, write_csv

Format = Literal["csv", "xlsx"]

COLUMNS: dict[Lang, tuple[str, ...]] = {
    "ja": ("項目", "分野", "節", "番号", "区分", "項目名", "回答", "メモ", "証跡", "理由・代替策",
           "改善計画 担当者", "改善計画 完了予定日", "改善計画 優先度", "リスクの受容 承認者", "リスクの受容 日付",
           "見直しの印"),
    "en": ("Item", "Domain", "Section", "Label", "Tier", "Title", "Answer", "Notes", "Evidence",
           "Reason / alternative measure", "Plan owner", "Plan target date", "Plan priority",
           "Risk accepted by", "Risk accepted on", "Marked for review"),
}  # fmt: skip
WIDTHS = (12, 14, 10, 6, 16, 40, 16, 40, 30, 36, 16, 14, 10, 16, 14, 10)
_APPLICABLE_ANSWERED: dict[Lang, tuple[str, str]] = {"ja": ("対象項目", "回答済み"), "en": ("Applicable", "Answered")}
# Rates are numbers in percent (62.5), one decimal, so Excel can sum and chart them; the
# headers say so. The figures' names are the glossary's (fsadesk.terms).
SCORE_COLUMNS: dict[Lang, tuple[str, ...]] = {
    lang: (
        terms.word("domain", lang),
        *_APPLICABLE_ANSWERED[lang],
        f"{terms.word('completion', lang)} (%)",
        f"{terms.word('basic_rate', lang)} (%)",
        f"{terms.word('desirable_rate', lang)} (%)",
        terms.word("open_gaps", lang),
    )
    for lang in ("ja", "en")
}
YES = {"ja": "あり", "en": "yes"}


def result_rows(
    catalogue: Catalogue, profile: InstitutionProfile, answers: Mapping[str, Answer], lang: Lang
) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    tiers = catalogue.header.tiers
    for item in applicable_items(catalogue, profile):
        a = answers.get(item.id) or Answer(item.id)
        domain = catalogue.node(catalogue.domain_of(item.node))
        plan, acc = a.plan, a.acceptance
        rows.append(
            [
                item.id,
                f"{domain.number} {(domain.short or domain.title).get(lang)}",
                item.node,
                item.label,
                (tiers.basic if item.is_basic else tiers.desirable).get(lang),
                item.title.get(lang),
                terms.status_name(a.status, lang),
                a.notes,
                a.evidence,
                a.justification,
                plan.owner if plan else "",
                plan.target_date if plan else None,
                terms.priority_name(plan.priority, lang) if plan else "",
                acc.approved_by if acc else "",
                acc.date if acc else None,
                YES[lang] if a.marked_for_review else "",
            ]
        )
    return rows


def _rate(value: float | None) -> Cell:
    return None if value is None else round(value * 100, 1)


def score_rows(scores: Scores, catalogue: Catalogue, lang: Lang) -> list[list[Cell]]:
    out: list[list[Cell]] = []
    named = [
        (f"{n} {(catalogue.node(n).short or catalogue.node(n).title).get(lang)}", t) for n, t in scores.domains.items()
    ]
    named.append((terms.word("overall", lang), scores.overall))
    for name, t in named:
        completion = _rate(t.completion)
        out.append(
            [name, t.applicable, t.answered, completion, _rate(t.basic.rate), _rate(t.desirable.rate), t.open_gaps]
        )
    return out


def export_results(
    catalogue: Catalogue,
    profile: InstitutionProfile,
    answers: Mapping[str, Answer],
    lang: Lang,
    fmt: Format,
    out: Path,
    *,
    heading: str = "",
    stamp: dt.datetime | None = None,
) -> int:
    """Write the results; returns the number of item rows. `stamp` fixes the XLSX dates so the
    same answers give the same bytes (default: 2000-01-01)."""
    if fmt not in ("csv", "xlsx"):
        raise ValueError(f"unknown export format {fmt!r}: use 'csv' or 'xlsx'")
    rows = result_rows(catalogue, profile, answers, lang)
    if fmt == "csv":
        write_csv(COLUMNS[lang], rows, out)
        return len(rows)
    wb = Workbook()
    sheet = wb.active
    sheet.title = "回答" if lang == "ja" else "Answers"
    if heading:
        append_row(sheet, [heading], wrap=False)
        sheet.append([])
    append_row(sheet, COLUMNS[lang], bold=True)
    header_row = sheet.max_row
    for row in rows:
        append_row(sheet, row)
    _widths(sheet, WIDTHS)
    sheet.freeze_panes = f"B{header_row + 1}"
    sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(len(WIDTHS))}{header_row + len(rows)}"
    scores_sheet = wb.create_sheet("分野別の結果" if lang == "ja" else "Scores")
    append_row(scores_sheet, SCORE_COLUMNS[lang], bold=True)
    for row in score_rows(score(catalogue, profile, answers), catalogue, lang):
        append_row(scores_sheet, row, wrap=False)
    _widths(scores_sheet, (24, 10, 10, 10, 16, 16, 12))
    wb.properties.title = heading or sheet.title
    wb.properties.creator = "fsadesk"
    save_workbook(wb, stamp or dt.datetime(2000, 1, 1), out)
    return len(rows)


def _widths(sheet: object, widths: Sequence[int]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width  # type: ignore[attr-defined]

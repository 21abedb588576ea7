"""The report's back matter, after the sign-off: the evidence appendix and the technical page
(what the report was made from and with: the catalogue and its digest, the scoring engine, the
signing key's fingerprint, the fsadesk version; for whoever checks the files, not for the board).

Evidence is an appendix rather than a fifth column of the results tables: those tables are what the
board reads, item by item, and evidence (document names, minute numbers, folder paths, up to
fsadesk.limits.EVIDENCE characters) is reference material for whoever checks an answer, the
central organisation or an auditor. A column would halve the width of titles and notes on every
results page; the appendix lists only the items that have evidence, in guideline order.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from fsadesk.report.pdf_layout import Context
from fsadesk.report.pdf_rows import Cell
from fsadesk.report.pdf_tables import EMPTY_SECTION_ROOM, none_line

EVIDENCE_COLUMNS = (0.13, 0.30, 0.57)  # item | title | evidence


def evidence(ctx: Context) -> list[Flowable]:
    """Item | title | evidence for every applicable item with evidence. A report made without the
    free text says so, rather than "none", so no reader takes it for a lack of evidence."""
    data = ctx.data
    pairs = [(it, a) for it in data.items if (a := data.answer(it.id)).evidence]
    if not data.includes_notes or not pairs:  # one line, like an empty list (pdf_tables)
        line = ctx.p(ctx.t("evidence_withheld")) if not data.includes_notes else none_line(ctx)
        return [CondPageBreak(EMPTY_SECTION_ROOM), ctx.heading(ctx.t("evidence_section"), 0), line]
    out: list[Flowable] = [PageBreak(), ctx.heading(ctx.t("evidence_section"), 0)]
    rows: list[list[Cell]] = [[ctx.item_cell(it), ctx.title_cell(it), ctx.cell(a.evidence)] for it, a in pairs]
    header = [ctx.t(k) for k in ("col_item", "col_title", "col_evidence")]
    return [*out, ctx.p(ctx.t("evidence_intro")), ctx.table(header, rows, EVIDENCE_COLUMNS)]


def technical(ctx: Context) -> list[Flowable]:
    """The last page: the facts that let the central organisation or an auditor check the files."""
    data = ctx.data
    rows: list[tuple[str, str]] = [
        (ctx.t("catalogue"), f"{data.catalogue.id} {data.catalogue.version}"),
        (ctx.t("catalogue_digest"), data.catalogue.digest),
        (ctx.t("engine"), data.engine_version),
    ]
    if data.fingerprint:
        rows.append((ctx.t("fingerprint"), _two_lines(data.fingerprint)))
    rows.append((ctx.t("software"), f"fsadesk {data.app_version}"))
    details = ctx.table(None, [[ctx.cell(k), ctx.cell(v)] for k, v in rows], (0.30, 0.70), zebra=False)
    return [PageBreak(), ctx.heading(ctx.t("technical_section"), 0), ctx.p(ctx.t("technical_intro")), details]


def _two_lines(fingerprint: str) -> str:
    """16 groups of 4 break after the 8th group, not wherever the cell ends, so it reads like the app."""
    groups = fingerprint.split()
    if len(groups) < 9:
        return fingerprint
    half = (len(groups) + 1) // 2
    return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])

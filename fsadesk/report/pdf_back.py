"""The report's back matter, after the sign-off: the evidence appendix and the technical page.

Evidence is an appendix rather than a fifth column of the results tables: those tables are what the
board reads, item by item, and evidence (document names, minute numbers, folder paths, up to
fsadesk.limits.EVIDENCE characters) is reference material for whoever checks an answer, the
central organisation or an auditor. A column would halve the width of titles and notes on every
results page; the appendix lists only the items that have evidence, in guideline order.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from fsadesk.report.pdf_layout import Context
from fsadesk.report.pdf_rows import Cell

EVIDENCE_COLUMNS = (0.13, 0.30, 0.57)  # item | title | evidence


def evidence(ctx: Context) -> list[Flowable]:
    """Item | title | evidence for every applicable item with evidence. A report made without the
    free text says so, rather than "none", so no reader takes it for a lack of evidence."""
    data = ctx.data
    out: list[Flowable] = [PageBreak(), ctx.heading(ctx.t("evidence_section"), 0)]
    if not data.includes_notes:
        return [*out, ctx.p(ctx.t("evidence_withheld"))]
    pairs = [(it, a) for it in data.items if (a := data.answer(it.id)).evidence]
    if not pairs:
        return [*out, ctx.p(ctx.t("none"), ctx.styles.small)]
    rows: list[list[Cell]] = [[ctx.item_cell(it), ctx.title_cell(it), ctx.cell(a.evidence)] for it, a in pairs]
    header = [ctx.t(k) for k in ("col_item", "col_title", "col_evidence")]
    return [*out, ctx.p(ctx.t("evidence_intro")), ctx.table(header, rows, EVIDENCE_COLUMNS)]

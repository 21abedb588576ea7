"""Building blocks shared by the report's sections: headings that feed the table of contents,
wrapped table cells, item and status cells, and tables that fit the page width."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table

from fsadesk.assessment.answers import Answer, Status
from fsadesk.catalogue.model import Item, Node
from fsadesk.lang import Lang
from fsadesk.report.pdf_data import ReportData
from fsadesk.report.pdf_rows import Cell, split_rows
from fsadesk.report.pdf_styles import CELL_PADDING, STATUS_COLOURS, Styles, markup, table_style
from fsadesk.report.pdf_text import status_label, t


class Heading(Paragraph):
    """A heading that the document template reports to the table of contents and the outline."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str, plain: str) -> None:
        super().__init__(text, style)
        self.toc_level = level
        self.toc_key = key
        self.toc_text = plain


@dataclass
class Context:
    """What every section needs: the data, the language, the styles and the frame width."""

    data: ReportData
    lang: Lang
    styles: Styles
    width: float
    _headings: int = field(default=0)

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def heading(self, text: str, level: int, *, toc: bool = True) -> Paragraph:
        """h1 for level 0, h2 for level 1, h3 below. Keys are numbered in story order, so every
        build of the same data gives the same destinations (the PDF must be reproducible)."""
        style = (self.styles.h1, self.styles.h2, self.styles.h3)[min(level, 2)]
        style = self.styles.cjk(style) if self.lang == "ja" else style
        if not toc:
            return Paragraph(markup(text), style)
        self._headings += 1
        return Heading(markup(text), style, level, f"h{self._headings:04d}", text)

    def domain_name(self, node: Node) -> str:
        """A domain as the app names it (tree, summary, compare dialog): number and short name."""
        return f"{node.number} {(node.short or node.title).get(self.lang)}"

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return self.styles.para(text, style or self.styles.body)

    def cell(self, text: str) -> Paragraph:
        return self.styles.para(text, self.styles.cell)

    def item_cell(self, item: Item) -> Paragraph:
        """The item id (what the central organisation and the bundle use) over its tier."""
        tier = self.t("basic_short" if item.is_basic else "desirable_short")
        body = f"{markup(item.id)}<br/><font size=6.5 color='#5A5A5A'>{markup(tier)}</font>"
        return self.styles.para(body, self.styles.cell, raw=True)

    def title_cell(self, item: Item) -> Paragraph:
        """The guideline's own label (① or a) before the title, as in the guideline."""
        return self.styles.para(
            f"{markup(item.label)}\u2002{markup(item.title.get(self.lang))}", self.styles.cell, raw=True
        )

    def status_cell(self, status: Status, answer: Answer | None = None, extra: str = "") -> Paragraph:
        """A coloured dot and the status name; a review mark or an extra line below."""
        dot = f"<font color='{STATUS_COLOURS[status]}'>●</font>"
        lines = [f"{dot} {markup(status_label(status, self.lang))}"]
        if answer is not None and answer.marked_for_review:
            lines.append(f"<font size=6.5 color='#5A5A5A'>{markup(self.t('marked'))}</font>")
        if extra:
            lines.append(f"<font size=6.5 color='#5A5A5A'>{markup(extra)}</font>")
        return self.styles.para("<br/>".join(lines), self.styles.cell, raw=True)

    def table(
        self,
        header: Sequence[str] | None,
        rows: Sequence[Sequence[Cell]],
        fractions: Sequence[float],
        *,
        zebra: bool = True,
        compact: bool = False,
    ) -> Table:
        """A full-width table; plain strings become wrapped cells; the header repeats on each page."""
        widths = [self.width * f for f in fractions]
        cells = [[self.cell(c) if isinstance(c, str) else c for c in row] for row in rows]
        body, groups = split_rows(cells, widths, CELL_PADDING)  # rows taller than a page can break
        if header is not None:
            body.insert(0, [self.styles.para(h, self.styles.cell_head) for h in header])
            groups = [0, *(g + 1 for g in groups)]
        table = Table(body, colWidths=widths, repeatRows=1 if header is not None else 0, hAlign="LEFT")
        table.setStyle(table_style(header=header is not None, zebra=zebra, compact=compact, groups=groups))
        return table

    def item_rows(self, pairs: Sequence[tuple[Item, Answer]], text: str = "notes") -> list[list[Cell]]:
        """Item | title | status | notes (or justification) rows for a list of answers."""
        return [
            [self.item_cell(it), self.title_cell(it), self.status_cell(a.status, a), self.cell(getattr(a, text))]
            for it, a in pairs
        ]

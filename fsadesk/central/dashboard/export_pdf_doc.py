"""The page frame of the board summary PDF: A4, the member report's margins, a running header
(organisation · campaign · title) and "n / N" page numbers on every page after the cover.

The total page count is known only once every page is laid out: the canvas keeps each page's state
and draws the footers at the end (one layout pass, not the member report's several: this summary
has no table of contents). reportlab's invariant mode keeps the bytes free of the clock and a
random document id.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from fsadesk.central.dashboard.export_words import w
from fsadesk.lang import Lang
from fsadesk.report.pdf_fonts import draw_line, line_width
from fsadesk.report.pdf_styles import FONT, MUTED, PAGE_MARGIN, RULE, register_fonts

HEADER_GAP = 9 * mm
HEADER_SIZE = 7.5


def fit(text: str, size: float, width: float) -> str:
    """One line that fits `width`, cut with '…' (an organisation's long name)."""
    text = " ".join(text.split())
    if line_width(text, size) <= width:
        return text
    low, high = 0, len(text)
    while high - low > 1:
        middle = (low + high) // 2
        if line_width(text[:middle] + "…", size) <= width:
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + "…"


def _numbered_canvas(header: str, lang: Lang, left: float, width: float, top: float, bottom: float) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        """Holds every page until the end, then draws header and "n / N" on each but the cover."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if number > 1:
                    self._frame(number, total)
                super().showPage()
            super().save()

        def _frame(self, number: int, total: int) -> None:
            self.saveState()
            y = A4[1] - top + HEADER_GAP - 4 * mm
            self.setFillColor(MUTED)
            draw_line(self, left, y, header, HEADER_SIZE)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, y - 2.5 * mm, left + width, y - 2.5 * mm)
            self.setFont(FONT, HEADER_SIZE)
            self.drawCentredString(A4[0] / 2, bottom - 9 * mm, w("page", lang, page=number, total=total))
            self.restoreState()

    return NumberedCanvas


def build(story: Sequence[Flowable], *, lang: Lang, header: str, title: str, author: str) -> bytes:
    """Lay out `story` on A4 pages with the running header and page numbers; the PDF's bytes."""
    register_fonts()
    buffer = io.BytesIO()
    top, bottom = PAGE_MARGIN + HEADER_GAP, PAGE_MARGIN + 4 * mm
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=PAGE_MARGIN, rightMargin=PAGE_MARGIN, topMargin=top, bottomMargin=bottom,
        title=title, author=author, creator="fsadesk", invariant=1, displayDocTitle=1, initialFontName=FONT,
        lang=lang,
    )  # fmt: skip
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    line = fit(header, HEADER_SIZE, doc.width)
    doc.build(list(story), canvasmaker=_numbered_canvas(line, lang, doc.leftMargin, doc.width, top, bottom))
    return buffer.getvalue()

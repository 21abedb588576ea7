"""The board-ready PDF report of one assessment cycle, in Japanese or English.

    pdf = render_record(record, catalogue, "ja", fingerprint=fp, progress=callback)

The record is read once from a workspace (fsadesk.app.export) or taken from a verified bundle.
The PDF is reproducible: the same record gives byte-identical bytes (the bundle signs them), so a
report rendered from a received bundle is the very report.pdf inside it.
reportlab's invariant mode removes the random document id and the clock, and the creation date is
the cycle's last change, read from the data. Every loop runs in a fixed order.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from fsadesk import __version__
from fsadesk.assessment.fiscal import cycle_display_label
from fsadesk.assessment.peer_position import PeerPosition
from fsadesk.assessment.record import CycleRecord
from fsadesk.catalogue.model import Catalogue
from fsadesk.lang import Lang
from fsadesk.report import pdf_back, pdf_front, pdf_peers, pdf_tables
from fsadesk.report.pdf_data import ReportData, report_data
from fsadesk.report.pdf_fonts import draw_line, line_width
from fsadesk.report.pdf_layout import Context, Heading
from fsadesk.report.pdf_styles import FONT, MUTED, PAGE_MARGIN, RULE, make_styles, markup, register_fonts
from fsadesk.report.pdf_text import t
from fsadesk.report.pdf_warnings import Unprintable, find_unprintable

Progress = Callable[[int, int], None]

__all__ = ["build_pdf", "render_record"]

# Builds the table of contents usually needs (first pass collects headings, second fills in
# page numbers); progress is spread over this many, and jumps to the end when done.
_EXPECTED_PASSES = 3
_HEADER_GAP = 9 * mm


class _PageCount(Flowable):
    """Makes multiBuild repeat until the total page count is stable, so the "n / N" footer, drawn
    with the count of the previous pass, is right on the final pass."""

    def __init__(self, doc: _ReportDoc) -> None:
        super().__init__()
        self._doc = doc
        self._previous: int | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        pass

    def isIndexing(self) -> int:  # noqa: N802 (reportlab's API)
        return 1

    def beforeBuild(self) -> None:  # noqa: N802
        self._previous = self._doc.page_total

    def afterBuild(self) -> None:  # noqa: N802
        self._doc.page_total = self._doc.page

    def isSatisfied(self) -> bool:  # noqa: N802
        return self._previous == self._doc.page_total

    def notify(self, kind: str, stuff: object) -> None:
        """multiBuild sends every indexing flowable the contents entries; this one needs none."""


class _ReportDoc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, data: ReportData, report_lang: Lang, **kw: Any) -> None:
        super().__init__(buffer, lang=report_lang, **kw)  # `lang` also becomes the PDF's /Lang
        self.data = data
        self.report_lang = report_lang
        self.page_total: int | None = None
        label = cycle_label(data, report_lang)
        self.header_text = " · ".join(
            part for part in (data.profile.name, label, t("report_title", report_lang)) if part
        )
        register_fonts()
        self.header_line = _fit(self.header_text, 7.5, self.width)  # once: the same on every page
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", leftPadding=0, rightPadding=0
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self._cover_page),
                PageTemplate(id="body", frames=[frame], onPage=self._body_page),
            ]
        )

    def beforeDocument(self) -> None:  # noqa: N802 (reportlab's hook)
        stamp = self.data.last_change
        offset = stamp.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset else 0
        text = stamp.strftime("D:%Y%m%d%H%M%S") + f"{minutes // 60:+03d}'{minutes % 60:02d}'"
        # Creation and modification date from the data, not the clock (see the module docstring).
        self.canv.setDateFormatter(lambda *_: text)
        # The document /ID is an MD5 that reportlab seeds with a timestamp, which honours the
        # SOURCE_DATE_EPOCH environment variable even in invariant mode; seed it from the data
        # instead, so the same data gives the same bytes in every environment.
        seed = f"fsadesk|{self.data.catalogue.digest}|{self.data.cycle.id}|{text}|{self.report_lang}"
        self.canv._doc.signature = hashlib.md5(seed.encode(), usedforsecurity=False)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's hook)
        """Headings become PDF bookmarks (all levels) and contents entries (levels 0 and 1)."""
        if not isinstance(flowable, Heading):
            return
        self.canv.bookmarkPage(flowable.toc_key)
        self.canv.addOutlineEntry(flowable.toc_text, flowable.toc_key, flowable.toc_level, closed=True)
        if flowable.toc_level <= 1:
            self.notify("TOCEntry", (flowable.toc_level, markup(flowable.toc_text), self.page, flowable.toc_key))

    def _cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(3)
        top = A4[1] - PAGE_MARGIN + 4 * mm
        canv.line(self.leftMargin, top, self.leftMargin + self.width, top)
        canv.restoreState()

    def _body_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        """Running header (institution · cycle · report title) and the "n / N" footer."""
        canv.saveState()
        left, right = self.leftMargin, self.leftMargin + self.width
        y = A4[1] - self.topMargin + _HEADER_GAP - 4 * mm
        canv.setFillColor(MUTED)
        draw_line(canv, left, y, self.header_line, 7.5)
        canv.setFont(FONT, 7.5)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, y - 2.5 * mm, right, y - 2.5 * mm)
        total = self.page_total if self.page_total is not None else doc.page
        canv.drawCentredString(
            A4[0] / 2, self.bottomMargin - 9 * mm, t("page", self.report_lang, page=doc.page, total=total)
        )
        canv.restoreState()


def cycle_label(data: ReportData, lang: Lang) -> str:
    """The cycle as the app names it: a default label 2026年度 reads FY2026 in English."""
    return cycle_display_label(data.cycle.label, data.cycle.fiscal_year, lang)


def _fit(text: str, size: float, width: float) -> str:
    """Shorten a header line that would run past the margin (a very long institution name), with
    '…' at the end. The longest prefix that fits is found by bisection: the header is drawn on every
    page, and shortening a 2,000-character line one character at a time took minutes."""
    text = " ".join(text.split())  # one line, whatever the name holds
    if line_width(text, size) <= width:
        return text
    low, high = 0, len(text)  # text[:low] + "…" fits, text[:high] + "…" does not
    while high - low > 1:
        middle = (low + high) // 2
        if line_width(text[:middle] + "…", size) <= width:
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + "…"


def build_pdf(
    data: ReportData, lang: Lang, progress: Progress | None = None, warnings: list[Unprintable] | None = None
) -> bytes:
    """Draw the report for already gathered data (tests and benchmarks call this directly).
    `warnings`, when given, receives the printed fields that show 〓 for characters no font has."""
    if warnings is not None:
        warnings.extend(find_unprintable(data))
    buffer = io.BytesIO()
    title = f"{t('report_title', lang)} — {data.profile.name} {cycle_label(data, lang)}"
    doc = _ReportDoc(
        buffer,
        data,
        lang,
        pagesize=A4,
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=PAGE_MARGIN + _HEADER_GAP,
        bottomMargin=PAGE_MARGIN + 4 * mm,
        title=title,
        author=data.profile.name,
        subject=data.catalogue.header.source.title.get(lang),
        creator=f"fsadesk {data.app_version}",
        keywords=[data.catalogue.id, data.catalogue.version, data.profile.institution_id],
        invariant=1,
        displayDocTitle=1,
        initialFontName=FONT,
    )
    ctx = Context(data=data, lang=lang, styles=make_styles(lang), width=doc.width)
    story: list[Flowable] = [
        *pdf_front.cover(ctx),
        *pdf_front.contents(ctx),
        *pdf_front.summary(ctx),
        *pdf_peers.peers(ctx),  # only when a benchmark pack applies
        *pdf_tables.results(ctx),
        *pdf_tables.open_gaps(ctx),
        *pdf_tables.action_plan(ctx),
        *pdf_tables.justifications(ctx),
        *pdf_tables.acceptances(ctx),
        *pdf_tables.review(ctx),
        *pdf_tables.comparison(ctx),
        *pdf_front.signoff(ctx),
        *pdf_back.evidence(ctx),
        *pdf_back.technical(ctx),
        _PageCount(doc),
    ]
    if progress is not None:
        doc.setProgressCallBack(_ProgressRelay(progress, len(story)))
    doc.multiBuild(story, maxPasses=6)
    if progress is not None:
        total = _EXPECTED_PASSES * len(story)
        progress(total, total)
    return buffer.getvalue()


class _ProgressRelay:
    """Turns reportlab's per-pass flowable counts into one rising (done, total) sequence."""

    def __init__(self, progress: Progress, flowables: int) -> None:
        self._progress = progress
        self._size = flowables
        self._total = _EXPECTED_PASSES * flowables
        self._pass = 0
        self._last = -1

    def __call__(self, kind: str, value: int) -> None:
        if kind == "PASS":
            self._pass = value
        elif kind == "PROGRESS":
            done = min((max(self._pass, 1) - 1) * self._size + value, self._total - 1)
            if done > self._last:
                self._last = done
                self._progress(done, self._total)


def render_record(
    record: CycleRecord,
    catalogue: Catalogue,
    lang: Lang,
    *,
    fingerprint: str | None = None,
    progress: Progress | None = None,
    warnings: list[Unprintable] | None = None,
    app_version: str = __version__,
    peers: PeerPosition | None = None,
) -> bytes:
    """The PDF report of one cycle's record: cover, contents, summary, the institution against its
    peer group (`peers`, from an imported benchmark pack; left out when None), results, gaps, action plan,
    justifications, risk acceptances, items for review, comparison, sign-off, the evidence
    appendix and the technical page. A record shared
    without notes (CycleRecord.shared(False)) prints no notes, evidence or reasons. A list given as
    `warnings` receives every printed field with characters no font has (shown as 〓; describe()
    words each entry in Japanese or English, pdf_warnings.summary() the line before them)."""
    data = report_data(record, catalogue, fingerprint=fingerprint, app_version=app_version, peers=peers)
    return build_pdf(data, lang, progress, warnings)

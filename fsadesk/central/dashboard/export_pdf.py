"""The board summary PDF of a campaign, in the member report's style (IPAexGothic embedded, A4,
running header, page numbers): cover (organisation, campaign, filters, date), the submission
counts and the members still to follow up, the member × domain heatmap (the header repeats on
every page it spans), the weakest items, the peer-group statistics, the members below the
threshold and the open gaps.

Its tables are the export's tables (export_tables), the same rows as the XLSX and CSV files: no
figure is computed here. A heatmap cell's colour follows the XLSX scale (Okabe–Ito orange, white,
sky blue: colour-blind safe), and the figure is always printed in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from fsadesk import terms
from fsadesk.central.dashboard.export_pdf_doc import build
from fsadesk.central.dashboard.export_tables import ExportReport
from fsadesk.central.dashboard.export_tables import Table as ExportTable
from fsadesk.central.dashboard.export_words import w
from fsadesk.central.dashboard.export_xlsx import HIGH, LOW, MIDDLE
from fsadesk.central.dashboard.status import SubmissionState
from fsadesk.report.pdf_rows import split_rows
from fsadesk.report.pdf_styles import (
    ACCENT,
    CELL_PADDING,
    FONT,
    HEADER_FILL,
    RULE,
    ZEBRA,
    Styles,
    make_styles,
    table_style,
)

WIDTH = 210 * mm - 2 * 18 * mm  # A4 less the report's margins (pdf_styles.PAGE_MARGIN)
WEAKEST_SHOWN = 20  # the board reads the top of the list; the XLSX holds every item


def _mix(a: str, b: str, share: float) -> colors.Color:
    x, y = colors.HexColor("#" + a), colors.HexColor("#" + b)
    return colors.Color(*(p + (q - p) * share for p, q in zip(x.rgb(), y.rgb(), strict=True)))


def heat(rate: float) -> colors.Color:
    """The XLSX colour scale: 0 orange, 0.5 white, 1 sky blue."""
    rate = min(max(rate, 0.0), 1.0)
    return _mix(LOW, MIDDLE, rate * 2) if rate < 0.5 else _mix(MIDDLE, HIGH, (rate - 0.5) * 2)


def shown(value: object, kind: str) -> str:
    if kind == "rate":
        return terms.percent(value) if isinstance(value, float | int) else terms.NOT_RATED
    return "" if value is None else str(value)


_SIZE_NAMES = {name for term in terms.SIZE_BAND.values() for name in term.values()}


def short_size(text: str) -> str:
    """A size band's name without its staff numbers ('小規模（役職員100人以下）' → '小規模'): the
    tables' columns are narrow. Any other text is left as it is."""
    return text.split("（", 1)[0].split(" (", 1)[0] if text in _SIZE_NAMES else text


def light_style(header: bool, compact: bool) -> TableStyle:
    """pdf_styles.table_style's look in a few commands for the whole table: reportlab goes through
    every command again at each page break, and table_style's per-row ones made a 1,000-member
    summary take minutes. (table_style is still used when a tall row was cut into pieces.)"""
    first = 1 if header else 0
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE" if compact else "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 if compact else 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2 if compact else 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, ZEBRA]),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    return TableStyle(commands)


class Sections:
    def __init__(self, report: ExportReport) -> None:
        self.report = report
        self.lang = report.lang
        self.s: Styles = make_styles(report.lang)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return self.s.para(text, style or self.s.body)

    def h1(self, text: str) -> Paragraph:
        return self.p(text, self.s.h1)

    def table(
        self, header: Sequence[str | Flowable] | None, rows: Sequence[Sequence[object]], fractions: Sequence[float],
        *, styles: Sequence[tuple[object, ...]] = (), compact: bool = False,
    ) -> Table:  # fmt: skip
        widths = [WIDTH * f for f in fractions]
        cells = [[self.p(str(c), self.s.cell) if not isinstance(c, Flowable) else c for c in r] for r in rows]
        body, groups = split_rows(cells, widths, CELL_PADDING)
        if header is not None:
            body.insert(0, [self.p(h, self.s.cell_head) if isinstance(h, str) else h for h in header])
            groups = [0, *(g + 1 for g in groups)]
        out = Table(body, colWidths=widths, repeatRows=1 if header is not None else 0, hAlign="LEFT")
        whole = len(set(groups)) == len(groups)  # no row was cut into pieces (see pdf_rows)
        out.setStyle(light_style(header is not None, compact) if whole else
                     table_style(header=header is not None, compact=compact, groups=groups))  # fmt: skip
        if styles:
            out.setStyle(list(styles))
        return out

    def of(self, t: ExportTable, fractions: Sequence[float], limit: int | None = None) -> list[Flowable]:
        rows = [[short_size(shown(v, c.kind)) for v, c in zip(r, t.columns, strict=True)] for r in t.rows[:limit]]
        if not rows:
            return [self.p(w("nothing", self.lang))]
        return [self.table([c.title for c in t.columns], rows, fractions)]

    def cover(self) -> list[Flowable]:
        r, lang = self.report, self.lang
        out: list[Flowable] = [Spacer(1, 30 * mm), self.p(w("report_title", lang), self.s.title),
                               self.p(f"{r.filters[0][1]}\n{r.filters[1][1]}", self.s.subtitle)]  # fmt: skip
        rows = [[label, value] for label, value in r.filters]
        out.append(self.table(None, rows[1:], (0.3, 0.7), compact=True))
        out += [Spacer(1, 8 * mm), self.p(w("status", lang), self.s.h2), self._counts()]
        return out

    def _counts(self) -> Table:
        st = self.report.status
        header = [w("expected", self.lang), *(w(s.value, self.lang) for s in SubmissionState)]
        values = [str(len(st.members)), *(str(st.count(s)) for s in SubmissionState)]
        return self.table(header, [values], (0.2, 0.2, 0.2, 0.2, 0.2), compact=True)

    def follow_up(self) -> list[Flowable]:
        """The submission status, members not simply received first: those to follow up."""
        t = self.report.table("status")
        state_col = 4
        received = w("received", self.lang)
        rows = sorted(t.rows, key=lambda r: (r[state_col] == received, str(r[0])))
        shown_rows = [[r[0], r[1], r[2], r[state_col], r[5] or "—"] for r in rows]
        if not shown_rows:
            return [self.h1(t.title), self.p(w("nothing", self.lang))]
        header = [t.columns[i].title for i in (0, 1, 2, 4, 5)]
        return [self.h1(t.title), self.table(header, shown_rows, (0.14, 0.3, 0.22, 0.14, 0.2))]

    def heatmap(self) -> list[Flowable]:
        t = self.report.table("heatmap")
        out: list[Flowable] = [PageBreak(), self.h1(t.title), self.p(w("rate_note", self.lang), self.s.small)]
        rates = [n for n, c in enumerate(t.columns) if c.kind == "rate"]
        if not t.rows:
            return [*out, self.p(w("nothing", self.lang))]
        rows: list[list[object]] = []
        paint: list[tuple[object, ...]] = []
        for y, r in enumerate(t.rows, start=1):
            who = self.p(f"{r[0]}\n{r[1]}", self.s.cell)
            rows.append([who, r[2], short_size(str(r[3])), *(shown(r[n], "rate") for n in rates)])
            for x, n in enumerate(rates, start=3):
                value = r[n]
                if isinstance(value, float | int):
                    paint.append(("BACKGROUND", (x, y), (x, y), heat(float(value))))
        header: list[str | Flowable] = [t.columns[0].title + " / " + t.columns[1].title, t.columns[2].title,
                                        t.columns[3].title]  # fmt: skip
        header += [self._domain_head(t.columns[n].title) for n in rates]
        share = 0.56 / max(len(rates), 1)
        paint.append(("GRID", (3, 1), (-1, -1), 0.25, RULE))
        return [*out, self.table(header, rows, (0.22, 0.14, 0.08, *([share] * len(rates))), styles=paint)]

    def _domain_head(self, title: str) -> Paragraph:
        """'2.1 ガバナンス' as the number over the name, smaller: the domain columns are narrow."""
        number, _, name = title.partition(" ")
        return self.p(f"{number}\n{name}", self.s.cell_muted)

    def weakest(self) -> list[Flowable]:
        t = self.report.table("weakest")
        out: list[Flowable] = [PageBreak(), self.h1(t.title)]
        if len(t.rows) > WEAKEST_SHOWN:
            note = (f"上位 {WEAKEST_SHOWN} 項目（全 {len(t.rows)} 項目は Excel 形式の書き出しにあります）"
                    if self.lang == "ja" else
                    f"The first {WEAKEST_SHOWN} of {len(t.rows)} items (the XLSX export holds them all).")  # fmt: skip
            out.append(self.p(note, self.s.small))
        return [*out, *self.of(t, (0.11, 0.35, 0.08, 0.15, 0.31), WEAKEST_SHOWN)]

    def peers(self) -> list[Flowable]:
        t = self.report.table("peers")
        return [PageBreak(), self.h1(t.title), *self.of(t, (0.12, 0.18, 0.13, 0.09, *([0.08] * 6)))]

    def below(self) -> list[Flowable]:
        t = self.report.table("below")
        out = [PageBreak(), self.h1(t.title), self.p(w("below_note", self.lang), self.s.small)]
        return [*out, *self.of(t, (0.1, 0.16, 0.2, 0.08, 0.14, 0.08, 0.14, 0.1))]

    def gaps(self) -> list[Flowable]:
        t = self.report.table("gaps")
        return [PageBreak(), self.h1(t.title), *self.of(t, (0.12, 0.22, 0.16, 0.1, 0.4))]


def pdf_bytes(report: ExportReport, stamp: dt.datetime) -> bytes:
    """The summary's bytes. `stamp` is unused by the layout; kept for the writers' one signature."""
    sec = Sections(report)
    story = [*sec.cover(), PageBreak(), *sec.follow_up(), *sec.heatmap(), *sec.weakest(), *sec.peers(),
             *sec.below(), *sec.gaps()]  # fmt: skip
    organisation, campaign = report.filters[0][1], report.filters[1][1]
    title = f"{w('report_title', report.lang)} — {campaign}"
    header = " · ".join(p for p in (organisation, campaign, w("report_title", report.lang)) if p)
    return build(story, lang=report.lang, header=header, title=title, author=organisation)

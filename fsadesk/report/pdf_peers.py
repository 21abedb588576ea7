"""The report's "You and your peer group" section (issue #14 point 3): only when a benchmark pack
applies to the cycle. Where the figures come from and how anonymity is kept, then per domain the
institution's rate against its group's quartiles (a table with the figures, and a small chart of
the same), then the basic items where most peers are ahead.

The chart is colour-blind safe (Okabe–Ito, as the rest of the report) and never the only carrier
of a figure: the table above it holds every number, and the band is said in words.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak

from fsadesk import terms
from fsadesk.assessment.peer_position import DomainPosition, ItemPosition, PeerPosition
from fsadesk.assessment.peer_words import (
    anonymity_sentence,
    band_name,
    catalogue_differs,
    figure_name,
    group_sentence,
    not_published,
    source_sentence,
)
from fsadesk.lang import Lang
from fsadesk.report.pdf_layout import Context
from fsadesk.report.pdf_rows import Cell
from fsadesk.report.pdf_styles import FONT, INK, MUTED, RULE
from fsadesk.report.pdf_text import percent

LABELS: dict[str, dict[Lang, str]] = {
    "section": {"ja": "同業の機関との比較", "en": "You and your peer group"},
    "intro": {
        "ja": "中央機関から届いたベンチマークファイルをもとに、自金融機関の実施率を、比べる集団の分布と並べています。"
        "「下位25%の水準」より低い分野は、同業の多くの機関より取組みが遅れている分野です。",
        "en": "From the benchmark pack sent by your central organisation: your implementation rate beside "
        "the distribution of your peer group. A domain below the lower quartile is one where most of "
        "your peers are further along.",
    },
    "rates_basic": {
        "ja": "分野ごとの実施率（基本的な対応事項）",
        "en": "Implementation rate by domain (basic response items)",
    },
    "rates_desirable": {
        "ja": "分野ごとの実施率（対応が望ましい事項）",
        "en": "Implementation rate by domain (desirable response items)",
    },
    "domain": {"ja": "分野", "en": "Domain"},
    "ahead": {"ja": "同業の多くが実施済みの項目", "en": "Items most of your peers implement"},
    "ahead_intro": {
        "ja": "自金融機関が「一部実施」または「未実施」と回答し、比べる集団の半数を超える機関が"
        "実施済みの基本的な対応事項です（実施済みの機関の割合が高い順）。まず取り組む候補になります。",
        "en": "Basic response items you answered Partially implemented or Not implemented while more than "
        "half of your peer group implements them, the largest share first: candidates to act on first.",
    },
    "none": {"ja": "該当する項目はありません。", "en": "None."},
    "every": {
        "ja": "基本的な対応事項ごとの、比べる集団で実施済みの機関の割合",
        "en": "Each basic item: the share of your peer group that implements it",
    },
    "every_intro": {
        "ja": "自金融機関にあてはまる基本的な対応事項のすべてについて、自金融機関の回答と、"
        "比べる集団のうち実施済みの機関の割合です（ガイドラインの順）。",
        "en": "Every basic response item that applies to you: your answer and the share of your peer group "
        "that implements it, in the guideline's order.",
    },
    "not_published_short": {"ja": "公表なし", "en": "not published"},
    "legend_band": {"ja": "下位25%〜上位25%の水準の範囲", "en": "Lower to upper quartile"},
    "legend_median": {"ja": "中央値", "en": "Median"},
    "legend_own": {"ja": "自金融機関", "en": "Your rate"},
}

BAND_FILL = colors.HexColor("#9CCBEA")  # a light Okabe–Ito sky blue: the middle half of the group
OWN = colors.HexColor("#D55E00")  # vermillion diamond: the institution (shape and colour differ)
MEDIAN = colors.HexColor("#1A1A1A")


def _t(key: str, lang: Lang) -> str:
    return LABELS[key][lang]


def peers(ctx: Context) -> list[Flowable]:
    """The section, or nothing when no benchmark pack applies to the cycle."""
    pos = ctx.data.peers
    if pos is None:
        return []
    lang, catalogue = ctx.lang, ctx.data.catalogue
    out: list[Flowable] = [PageBreak(), ctx.heading(_t("section", lang), 0), ctx.p(_t("intro", lang))]
    out.append(ctx.p(group_sentence(pos, catalogue, lang)))
    out.append(ctx.p(f"{source_sentence(pos, lang)} {anonymity_sentence(pos.threshold, lang)}", ctx.styles.small))
    if pos.catalogue_differs:
        out.append(ctx.p(catalogue_differs(pos, lang), ctx.styles.small))
    basic = pos.tier("basic")
    out += [
        ctx.heading(_t("rates_basic", lang), 2, toc=False),
        _rate_table(ctx, pos, basic),
        KeepTogether([_chart(ctx, basic)]),
    ]
    desirable = pos.tier("desirable")
    if desirable:
        out += [
            CondPageBreak(60 * mm),
            ctx.heading(_t("rates_desirable", lang), 2, toc=False),
            _rate_table(ctx, pos, desirable),
        ]
    out += [CondPageBreak(50 * mm), ctx.heading(_t("ahead", lang), 1), ctx.p(_t("ahead_intro", lang))]
    ahead = pos.ahead
    if not ahead:
        out.append(ctx.p(_t("none", lang), ctx.styles.small))
    else:
        out.append(_item_table(ctx, pos, ahead))
    # Every item too, in the guideline's order: what share of peers implement each (issue #14).
    order = {item.id: n for n, item in enumerate(ctx.data.catalogue.items)}
    every = tuple(sorted(pos.items, key=lambda i: order.get(i.item_id, len(order))))
    out += [CondPageBreak(50 * mm), ctx.heading(_t("every", lang), 1), ctx.p(_t("every_intro", lang))]
    out.append(_item_table(ctx, pos, every))
    return out


def _item_table(ctx: Context, pos: PeerPosition, entries: tuple[ItemPosition, ...]) -> Flowable:
    rows: list[list[Cell]] = []
    for entry in entries:
        item = ctx.data.item(entry.item_id)
        share = percent(entry.peers_implement) if entry.figures is not None else not_published(pos.threshold, ctx.lang)
        rows.append([ctx.item_cell(item), ctx.title_cell(item), ctx.status_cell(entry.status), share])
    header = [
        ctx.t("col_item"),
        ctx.t("col_title"),
        figure_name("your_answer", ctx.lang),
        figure_name("peers_implement", ctx.lang),
    ]
    return ctx.table(header, rows, (0.13, 0.49, 0.19, 0.19))


def _rate_table(ctx: Context, pos: PeerPosition, rows_of: tuple[DomainPosition, ...]) -> Flowable:
    lang = ctx.lang
    keys = ("own", "q1", "median", "q3", "mean", "band")
    header = [_t("domain", lang), *(figure_name(k, lang) for k in keys)]
    rows: list[list[Cell]] = []
    for d in rows_of:
        name = ctx.domain_name(ctx.data.catalogue.node(d.domain))
        f = d.figures
        if f is None:
            dash = terms.NOT_RATED
            rows.append([name, percent(d.own), dash, dash, dash, dash, not_published(pos.threshold, lang)])
            continue
        rows.append(
            [
                name,
                percent(d.own),
                percent(f.q1),
                percent(f.median),
                percent(f.q3),
                percent(f.mean),
                band_name(d.band, lang),
            ]
        )
    return ctx.table(header, rows, (0.25, 0.09, 0.1, 0.09, 0.1, 0.08, 0.29), compact=True)


def _chart(ctx: Context, rows_of: tuple[DomainPosition, ...]) -> Drawing:
    """One row per domain: the group's lower-to-upper-quartile band, its median as a line, the
    institution's rate as a diamond labelled with its figure. A cell not published draws no band."""
    lang, width = ctx.lang, ctx.width
    row_h, top, bottom = 19.0, 26.0, 18.0
    height = top + row_h * len(rows_of) + bottom
    drawing = Drawing(width, height, initialFontName=FONT)
    left, right = 0.3 * width, width - 14
    scale = (right - left) / 100.0

    def x(rate: float) -> float:
        return left + rate * 100 * scale

    for tick in range(0, 101, 20):  # the scale: 0 … 100 %, light rules
        drawing.add(Line(x(tick / 100), bottom, x(tick / 100), height - top + 4, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(
            String(
                x(tick / 100),
                bottom - 10,
                f"{tick}%",
                fontName=FONT,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    for n, d in enumerate(rows_of):
        y = height - top - row_h * (n + 0.5)
        name = ctx.domain_name(ctx.data.catalogue.node(d.domain))
        drawing.add(String(2, y - 2.5, _fit(name, left - 8), fontName=FONT, fontSize=7, fillColor=INK))
        f = d.figures
        if f is not None:
            drawing.add(Rect(x(f.q1), y - 5, max(x(f.q3) - x(f.q1), 1.0), 10, fillColor=BAND_FILL, strokeColor=None))
            drawing.add(Line(x(f.median), y - 7, x(f.median), y + 7, strokeColor=MEDIAN, strokeWidth=1.6))
        else:
            gone = _t("not_published_short", lang)
            where = 0.75 if d.own is None or d.own < 0.5 else 0.25  # clear of the diamond
            drawing.add(
                String(x(where), y - 2.5, gone, fontName=FONT, fontSize=6.5, fillColor=MUTED, textAnchor="middle")
            )
        if d.own is not None:
            cx = x(d.own)
            drawing.add(
                Polygon(
                    [cx, y + 5, cx + 4.5, y, cx, y - 5, cx - 4.5, y],
                    fillColor=OWN,
                    strokeColor=colors.white,
                    strokeWidth=0.6,
                )
            )
            drawing.add(
                String(cx, y + 6.5, percent(d.own), fontName=FONT, fontSize=6.5, fillColor=OWN, textAnchor="middle")
            )
    # Legend above the rows: the band, the median line, the diamond, each named.
    ly = height - 9
    lx = left
    drawing.add(Rect(lx, ly - 3, 14, 7, fillColor=BAND_FILL, strokeColor=None))
    drawing.add(String(lx + 18, ly - 2, _t("legend_band", lang), fontName=FONT, fontSize=7, fillColor=INK))
    lx += 18 + _width(_t("legend_band", lang)) + 14
    drawing.add(Line(lx + 3, ly - 4, lx + 3, ly + 5, strokeColor=MEDIAN, strokeWidth=1.6))
    drawing.add(String(lx + 9, ly - 2, _t("legend_median", lang), fontName=FONT, fontSize=7, fillColor=INK))
    lx += 9 + _width(_t("legend_median", lang)) + 14
    drawing.add(Polygon([lx + 4, ly + 4, lx + 8, ly, lx + 4, ly - 4, lx, ly], fillColor=OWN, strokeColor=None))
    drawing.add(String(lx + 12, ly - 2, _t("legend_own", lang), fontName=FONT, fontSize=7, fillColor=INK))
    return drawing


def _width(text: str) -> float:
    return float(stringWidth(text, FONT, 7))


def _fit(text: str, width: float) -> str:
    """A domain's name cut with '…' where it would run into the chart (the table above has it whole)."""
    if _width(text) <= width:
        return text
    while text and _width(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"

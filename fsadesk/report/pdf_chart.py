"""The executive summary's chart: implementation rate per domain (2.1–2.6), basic and desirable."""

from __future__ import annotations

import textwrap

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing

from fsadesk import terms
from fsadesk.lang import Lang
from fsadesk.report.pdf_data import ReportData
from fsadesk.report.pdf_styles import BASIC_BAR, DESIRABLE_BAR, FONT, INK, MUTED, RULE
from fsadesk.report.pdf_text import t


def _axis_label(number: str, name: str, lang: Lang) -> str:
    """Domain labels under the bars: the number, then the short name wrapped to fit its slot."""
    width = 7 if lang == "ja" else 13
    return "\n".join([number, *textwrap.wrap(name, width)])


def domain_chart(data: ReportData, lang: Lang, width: float) -> Drawing:
    """Grouped bars, in percent. A tier with nothing assessed in a domain draws no bar and is
    labelled '—', so 'not assessed' never looks like 0 %."""
    domains = data.catalogue.domains()
    desirable_in_scope = any(data.scores.domains[d.number].desirable.assessed for d in domains)
    series: list[list[float | None]] = [[], []]
    for d in domains:
        tally = data.scores.domains[d.number]
        for index, rate in enumerate((tally.basic.rate, tally.desirable.rate)):
            series[index].append(None if rate is None else round(rate * 100, 1))
    if not desirable_in_scope:
        series = series[:1]

    height = 165.0
    drawing = Drawing(width, height, initialFontName=FONT)  # else Helvetica is referenced, unembedded
    chart = VerticalBarChart()
    bottom = 36 if lang == "ja" else 44  # English domain names wrap to one more line
    chart.x, chart.y = 34, bottom
    chart.width, chart.height = width - 44, height - bottom - 36  # room for the legend and "100%" above
    chart.data = series
    chart.barSpacing = 1
    chart.groupSpacing = 10
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.strokeColor = MUTED
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.categoryNames = [_axis_label(d.number, (d.short or d.title).get(lang), lang) for d in domains]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.textAnchor = "middle"
    chart.categoryAxis.labels.dy = -4
    chart.categoryAxis.labels.leading = 9.5
    chart.barLabelFormat = lambda v: "—" if v is None else terms.percent(v / 100)  # 62.5 -> 63%, as the text says
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 5
    chart.barLabels.boxAnchor = "s"
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = BASIC_BAR
    if len(series) > 1:
        chart.bars[1].fillColor = DESIRABLE_BAR
    drawing.add(chart)

    legend = Legend()
    legend.fontName = FONT
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 120 if lang == "ja" else 135
    legend.dx = legend.dy = 7
    legend.strokeColor = None
    legend.boxAnchor = "nw"
    legend.x, legend.y = chart.x, height - 2
    names = [t("basic", lang), t("desirable", lang)]
    legend.colorNamePairs = list(zip([BASIC_BAR, DESIRABLE_BAR][: len(series)], names[: len(series)], strict=True))
    drawing.add(legend)
    return drawing

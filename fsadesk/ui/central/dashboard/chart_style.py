"""How the dashboard's charts look, in one place: colours that colour-blind readers can tell apart
(the Okabe–Ito palette, no red/green pair), a second channel beyond colour for every series (a fill
pattern for bars, a marker shape and a dash pattern for lines, named in the legend by a symbol),
fonts that render Japanese, and the percent axis (0–100 %) every rate is drawn on."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import QAbstractAxis, QChart, QLegend, QScatterSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPen

# Okabe & Ito (2008), "Color Universal Design": distinguishable in every common form of colour
# blindness. Black is left out (it is the axes' and the text's colour); the order puts the most
# different hues first, so a chart with two or three series never pairs two close ones.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
)

# Fill patterns for bars: the second channel, so that a bar's category is known in grey print too.
PATTERNS: tuple[Qt.BrushStyle, ...] = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.DiagCrossPattern,
)

# Marker shapes for lines and points, each with the symbol that names it in the legend's text (a
# legend marker of a line series shows only its colour).
MARKERS: tuple[tuple[QScatterSeries.MarkerShape, str], ...] = (
    (QScatterSeries.MarkerShape.MarkerShapeCircle, "●"),
    (QScatterSeries.MarkerShape.MarkerShapeRectangle, "■"),
    (QScatterSeries.MarkerShape.MarkerShapeTriangle, "▲"),
    (QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle, "◆"),
    (QScatterSeries.MarkerShape.MarkerShapeStar, "★"),
    (QScatterSeries.MarkerShape.MarkerShapePentagon, "⬟"),
)
DASHES: tuple[Qt.PenStyle, ...] = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
TEXT = QColor("#222222")
GRID = QColor("#D0D0D0")


@dataclass(frozen=True)
class SeriesStyle:
    """The look of the n-th series of a chart: colour, pattern, marker, dash and legend symbol."""

    colour: QColor
    pattern: Qt.BrushStyle
    marker: QScatterSeries.MarkerShape
    symbol: str
    dash: Qt.PenStyle

    def brush(self) -> QBrush:
        return QBrush(self.colour, self.pattern)

    def outline(self) -> QPen:
        # A dark outline keeps a patterned (mostly white) bar visible against the background.
        pen = QPen(self.colour.darker(160))
        pen.setWidthF(1.0)
        return pen

    def line(self) -> QPen:
        pen = QPen(self.colour)
        pen.setWidthF(2.5)
        pen.setStyle(self.dash)
        return pen


def style(n: int) -> SeriesStyle:
    """Series n's look; colours and patterns repeat in different pairs past the palette's end."""
    marker, symbol = MARKERS[n % len(MARKERS)]
    return SeriesStyle(
        QColor(OKABE_ITO[n % len(OKABE_ITO)]),
        PATTERNS[(n + n // len(OKABE_ITO)) % len(PATTERNS)],
        marker,
        symbol,
        DASHES[n % len(DASHES)],
    )


def chart_font(base: QFont, factor: float = 1.0, *, bold: bool = False) -> QFont:
    """The widget's font (its family list carries the bundled Japanese font as fallback, see
    fsadesk.ui.app.load_japanese_font), scaled: Qt Charts otherwise draws with its theme's own font,
    which has no Japanese fallback and shows boxes for kana."""
    font = QFont(base)
    if factor != 1.0:
        font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def new_chart(base: QFont) -> QChart:
    """A plain chart: no animation (the numbers must be readable at once), legend at the bottom."""
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(chart.margins() * 0)
    chart.setTitleFont(chart_font(base, 1.15, bold=True))
    chart.setTitleBrush(QBrush(TEXT))
    legend: QLegend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setFont(chart_font(base))
    legend.setLabelColor(TEXT)
    return chart


def percent_axis(base: QFont, title: str) -> QValueAxis:
    """0–100 % with a tick every 20 %: every rate on the dashboard is drawn on this axis."""
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(20)
    axis.setMinorTickCount(1)
    axis.setLabelFormat("%d%%")
    decorate_axis(axis, base, title)
    return axis


def decorate_axis(axis: QAbstractAxis, base: QFont, title: str) -> None:
    """Fonts and colours of an axis and its title."""
    axis.setLabelsFont(chart_font(base))
    axis.setLabelsColor(TEXT)
    axis.setTitleFont(chart_font(base, bold=True))
    axis.setTitleBrush(QBrush(TEXT))
    axis.setTitleText(title)
    axis.setGridLineColor(GRID)


def elided(text: str, base: QFont, pixels: int) -> str:
    """The text cut to `pixels` wide with "…" (the full text goes to a tooltip or the table)."""
    return QFontMetrics(chart_font(base)).elidedText(text, Qt.TextElideMode.ElideRight, pixels)

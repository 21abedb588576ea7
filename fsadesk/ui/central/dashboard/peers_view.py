"""Peer-group statistics per domain (issue #14): box plots of the members' implementation rates
(min, Q1, median, Q3, max) with the mean as a marker, for all members, by category or by size band;
one box per group in each domain, or one domain at a time when the groups are many.

The figures are fsadesk.central.dashboard.peers.peer_stats over grid_of's rates; this view only
chooses which of them to draw."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBoxPlotSeries, QBoxSet, QChartView, QScatterSeries, QValueAxis
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.peers import PeerStats, peer_stats
from fsadesk.central.dashboard.rates import Tier, grid_of
from fsadesk.central.dashboard.snapshot import CampaignData
from fsadesk.lang import Lang
from fsadesk.ui.central.dashboard import chart_style as cs
from fsadesk.ui.central.dashboard.chart_words import (
    GROUPINGS,
    domain_name,
    group_name,
    grouping_name,
    rate_text,
    short_group_name,
    tier_name,
)
from fsadesk.ui.central.dashboard.numbers import ChartNumbers, Column
from fsadesk.ui.i18n import LanguageManager, Retranslatable

MEAN_SYMBOL = "◆"
OFF_AXIS = -1000.0  # below the 0–100 % axis


class PeersView(Retranslatable, QWidget):
    def __init__(self, catalogue: Catalogue, lang_manager: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.lang_manager = lang_manager
        self.data: CampaignData | None = None
        self.tier: Tier = "basic"
        self.members = 0
        self.stats: list[PeerStats] = []  # every group of the campaign (as filtered)
        self.shown: list[PeerStats] = []  # the grouping and domains chosen, in drawing order
        self.box_series: list[QBoxPlotSeries] = []  # one per group, in the legend's order
        self.mean_series: list[QScatterSeries] = []

        self.grouping_label, self.grouping = QLabel(), QComboBox()
        self.grouping.addItems([""] * len(GROUPINGS))
        self.grouping_label.setBuddy(self.grouping)
        self.domain_label, self.domain = QLabel(), QComboBox()
        self.domain_label.setBuddy(self.domain)
        self.chart = cs.new_chart(self.font())
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.numbers = ChartNumbers(self.chart_view)
        self.note = QLabel()
        self.note.setWordWrap(True)

        top = QHBoxLayout()
        for label, box in ((self.grouping_label, self.grouping), (self.domain_label, self.domain)):
            top.addWidget(label)
            top.addWidget(box)
            top.addSpacing(16)
        top.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.numbers, 1)
        self.grouping.currentIndexChanged.connect(lambda _i: self._render())
        self.domain.currentIndexChanged.connect(lambda _i: self._render())
        self.retranslate()

    @property
    def lang(self) -> Lang:
        return self.lang_manager.lang

    def set_data(self, data: CampaignData, tier: str) -> None:
        self.data = data
        self.tier = "desirable" if tier == "desirable" else "basic"
        grid = grid_of(data, self.tier)
        self.members = len(grid.members)  # expected members with a current submission
        self.stats = peer_stats(grid)
        self._fill_domains(grid.domains)
        self._render()

    def retranslate(self) -> None:
        self.grouping_label.setText(self.tr("Grou&ping:"))
        for n, by in enumerate(GROUPINGS):
            self.grouping.setItemText(n, grouping_name(by))
        self.domain_label.setText(self.tr("&Domain:"))
        self._fill_domains(tuple(str(self.domain.itemData(n)) for n in range(1, self.domain.count())))
        self._render()

    @property
    def selected_grouping(self) -> str:
        return GROUPINGS[max(self.grouping.currentIndex(), 0)]

    @property
    def selected_domain(self) -> str | None:
        """None: every domain."""
        value = self.domain.currentData()
        return None if value is None else str(value)

    def _fill_domains(self, domains: tuple[str, ...]) -> None:
        """ "Every domain" and each domain, keeping the choice across a new campaign or language."""
        chosen = self.selected_domain
        self.domain.blockSignals(True)
        self.domain.clear()
        self.domain.addItem(self.tr("Every domain"), None)
        for number in domains:
            self.domain.addItem(domain_name(self.catalogue, number, self.lang), number)
        index = self.domain.findData(chosen) if chosen is not None else 0
        self.domain.setCurrentIndex(max(index, 0))
        self.domain.blockSignals(False)

    # --- drawing ----------------------------------------------------------------------------

    def _render(self) -> None:
        data = self.data
        if data is None:
            return
        by, domain = self.selected_grouping, self.selected_domain
        self.shown = [s for s in self.stats if s.by == by and (domain is None or s.domain == domain)]
        self.numbers.set_table(self._columns(), self._rows())
        if not self.members:
            self.numbers.set_empty(self.tr("No member has submitted for this campaign yet."))
            self.note.clear()
            return
        if not self.shown:
            self.numbers.set_empty(self.tr("No member has a rate for this tier: nothing of it is assessed."))
            self.note.clear()
            return
        self.numbers.set_empty(None)
        self.note.setText(self.tr("Boxes: the middle half of the members (Q1 to Q3), the line inside is the median, "
                                  "the whiskers reach the lowest and the highest rate; %1 is the mean.")
                          .replace("%1", MEAN_SYMBOL))  # fmt: skip
        self._draw()

    def _draw(self) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        base, lang = self.font(), self.lang
        domains = sorted({s.domain for s in self.shown})
        groups = sorted({s.group for s in self.shown})
        at = {(s.group, s.domain): s for s in self.shown}
        domain_axis = QBarCategoryAxis()
        # One domain: its full name; every domain: number and short name on two lines.
        domain_axis.append([domain_name(self.catalogue, d, lang).replace(" ", "\n", 1) for d in domains])
        cs.decorate_axis(domain_axis, base, "")
        domain_axis.setGridLineVisible(False)
        rate_axis = cs.percent_axis(base, self.tr("Implementation rate: %1").replace("%1", tier_name(self.tier, lang)))
        # The mean markers are drawn on a plain number axis laid over the domains (category n
        # spans n-0.5 … n+0.5), hidden: Qt Charts puts no scatter series on a category axis.
        place_axis = QValueAxis()
        place_axis.setRange(-0.5, len(domains) - 0.5)
        place_axis.setVisible(False)
        chart.addAxis(domain_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(place_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(rate_axis, Qt.AlignmentFlag.AlignLeft)
        self.box_series, self.mean_series = [], []
        for n, group in enumerate(groups):
            look = cs.style(n)
            name = short_group_name(self.selected_grouping, group, self.catalogue, lang)
            series = QBoxPlotSeries()
            series.setName(cs.elided(name, base, 260))
            series.setBrush(look.brush())
            pen = QPen(QColor(cs.TEXT))
            pen.setWidthF(1.6)
            series.setPen(pen)
            series.setBoxWidth(0.6)
            for d in domains:
                s = at.get((group, d))
                box = QBoxSet(d)
                if s is not None:
                    st = s.stats
                    box.append([st.minimum * 100, st.q1 * 100, st.median * 100, st.q3 * 100, st.maximum * 100])
                else:
                    # A group with nobody assessed in a domain keeps its place (boxes sit by
                    # position) but must not read as 0 %: an empty box set is drawn as a line at
                    # 0, so this one lies below the axis, where the plot area clips it away.
                    box.append([OFF_AXIS] * 5)
                series.append(box)
                if s is None:
                    box.setPen(QPen(Qt.PenStyle.NoPen))
                    box.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            chart.addSeries(series)
            series.attachAxis(domain_axis)
            series.attachAxis(rate_axis)
            self.box_series.append(series)
        self._draw_means(domains, groups, at, place_axis, rate_axis)
        chart.setTitle(self.tr("Peer groups: %1").replace("%1", grouping_name(self.selected_grouping)))

    def _draw_means(
        self, domains: list[str], groups: list[str], at: dict[tuple[str, str], PeerStats], x: QValueAxis, y: QValueAxis
    ) -> None:
        # Where Qt Charts centres series i of k in category n: n - 0.5 + (i + 0.5) / k.
        k = len(groups)
        for i, group in enumerate(groups):
            means = QScatterSeries()
            means.setName(self.tr("%1 mean").replace("%1", MEAN_SYMBOL))
            means.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle)
            means.setMarkerSize(11)
            means.setBrush(QBrush(QColor("#FFFFFF")))
            means.setPen(QPen(QColor(cs.TEXT), 1.6))
            for n, d in enumerate(domains):
                s = at.get((group, d))
                if s is not None:
                    means.append(QPointF(n - 0.5 + (i + 0.5) / k, s.stats.mean * 100))
            self.chart.addSeries(means)
            means.attachAxis(x)
            means.attachAxis(y)
            self.mean_series.append(means)
            for marker in self.chart.legend().markers(means):
                marker.setVisible(i == 0)  # one legend entry says what the marker means

    # --- the numbers ------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Grouping")),
            Column(self.tr("Group")),
            Column(self.tr("Domain")),
            Column(self.tr("Members"), numeric=True),
            Column(self.tr("Min"), numeric=True),
            Column(self.tr("Q1"), numeric=True),
            Column(self.tr("Median"), numeric=True),
            Column(self.tr("Q3"), numeric=True),
            Column(self.tr("Max"), numeric=True),
            Column(self.tr("Mean"), numeric=True),
        ]

    def _rows(self) -> list[list[str]]:
        lang = self.lang
        rows = []
        for s in sorted(self.shown, key=lambda s: (s.group, s.domain)):
            st = s.stats
            rows.append([
                grouping_name(s.by),
                group_name(s.by, s.group, self.catalogue, lang),
                domain_name(self.catalogue, s.domain, lang),
                str(st.count),
                *(rate_text(v) for v in (st.minimum, st.q1, st.median, st.q3, st.maximum, st.mean)),
            ])  # fmt: skip
        return rows

"""Trends across campaigns (issue #14), oldest to newest: the mean rate of each peer group in a
domain, or one member's rate in every domain (chosen from a searchable list); and the members that
stayed below a threshold in the same domain for two or more campaigns in a row.

The figures are fsadesk.central.dashboard.trends' (trends_of, Trends.below); a group's mean in a
campaign is peers.distribution's, the same statistics the peer-group view shows."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QChartView, QLineSeries, QScatterSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.rates import Tier
from fsadesk.central.dashboard.snapshot import CampaignData
from fsadesk.central.dashboard.trends import LowStreak, Trends, trends_of
from fsadesk.lang import Lang
from fsadesk.ui.central.dashboard import chart_style as cs
from fsadesk.ui.central.dashboard.chart_words import (
    GROUPINGS,
    campaign_name,
    domain_name,
    group_name,
    grouping_name,
    list_separator,
    rate_text,
    short_group_name,
    tier_name,
)
from fsadesk.ui.central.dashboard.member_picker import MemberPicker
from fsadesk.ui.central.dashboard.numbers import ChartNumbers, Column, RowsModel, fit_columns, rows_table
from fsadesk.ui.central.dashboard.trend_lines import Line, group_lines, member_lines
from fsadesk.ui.i18n import LanguageManager, Retranslatable

GROUPS, MEMBER = 0, 1  # what the chart follows


class TrendsView(Retranslatable, QWidget):
    def __init__(self, catalogue: Catalogue, lang_manager: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.lang_manager = lang_manager
        self.data: CampaignData | None = None
        self.tier: Tier = "basic"
        self.trends: Trends | None = None
        self.lines: list[Line] = []  # what the chart shows, one per series
        self.low: list[LowStreak] = []

        self.follow_label, self.follow = QLabel(), QComboBox()
        self.follow.addItems(["", ""])
        self.grouping_label, self.grouping = QLabel(), QComboBox()
        self.grouping.addItems([""] * len(GROUPINGS))
        self.domain_label, self.domain = QLabel(), QComboBox()
        self.picker = MemberPicker(self)
        self.search_label, self.search, self.member_list = QLabel(), self.picker.search, self.picker.list
        self.threshold_label, self.threshold = QLabel(), QSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setValue(50)
        self.threshold.setSuffix(" %")
        for label, widget in (
            (self.follow_label, self.follow), (self.grouping_label, self.grouping), (self.domain_label, self.domain),
            (self.search_label, self.search), (self.threshold_label, self.threshold),
        ):  # fmt: skip
            label.setBuddy(widget)

        self.chart = cs.new_chart(self.font())
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.numbers = ChartNumbers(self.chart_view)
        self.low_heading = QLabel()
        self.low_heading.setWordWrap(True)
        self.low_model = RowsModel(self)
        self.low_table = rows_table(self.low_model)
        self.low_table.horizontalHeader().setStretchLastSection(True)

        controls = QGridLayout()
        rows: list[tuple[QLabel, QWidget]] = [
            (self.follow_label, self.follow),
            (self.grouping_label, self.grouping),
            (self.domain_label, self.domain),
            (self.search_label, self.search),
        ]
        for n, (caption, control) in enumerate(rows):
            controls.addWidget(caption, n, 0)
            controls.addWidget(control, n, 1)
        controls.addWidget(self.member_list, len(rows), 0, 1, 2)
        controls.setRowStretch(len(rows), 1)
        side = QWidget()
        side.setLayout(controls)
        side.setMaximumWidth(self.fontMetrics().averageCharWidth() * 48)
        upper = QHBoxLayout()
        upper.addWidget(side)
        upper.addWidget(self.numbers, 1)
        low_top = QHBoxLayout()
        low_top.addWidget(self.threshold_label)
        low_top.addWidget(self.threshold)
        low_top.addSpacing(16)
        low_top.addWidget(self.low_heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(upper, 3)
        layout.addLayout(low_top)
        layout.addWidget(self.low_table, 1)

        self.follow.currentIndexChanged.connect(lambda _i: self._render())
        self.grouping.currentIndexChanged.connect(lambda _i: self._render())
        self.domain.currentIndexChanged.connect(lambda _i: self._render())
        self.picker.changed.connect(self._render)
        self.threshold.valueChanged.connect(lambda _v: self._render_low())
        self.retranslate()

    @property
    def lang(self) -> Lang:
        return self.lang_manager.lang

    def set_data(self, data: CampaignData, tier: str) -> None:
        self.data = data
        self.tier = "desirable" if tier == "desirable" else "basic"
        self.trends = trends_of(data, self.tier)
        self._fill_domains()
        self._fill_members()
        self._render()
        self._render_low()

    def retranslate(self) -> None:
        self.follow_label.setText(self.tr("&Show:"))
        self.follow.setItemText(GROUPS, self.tr("Peer groups (mean rate)"))
        self.follow.setItemText(MEMBER, self.tr("One member"))
        self.grouping_label.setText(self.tr("Grou&ping:"))
        for n, by in enumerate(GROUPINGS):
            self.grouping.setItemText(n, grouping_name(by))
        self.domain_label.setText(self.tr("&Domain:"))
        self.search_label.setText(self.tr("Loo&k up member:"))
        self.search.setPlaceholderText(self.tr("Institution ID or name"))
        self.threshold_label.setText(self.tr("Threshold le&vel:"))
        self.threshold.setToolTip(self.tr("Members whose rate stayed below this are listed"))
        self._fill_domains()
        self._fill_members()
        self._render()
        self._render_low()

    # --- choices ----------------------------------------------------------------------------

    @property
    def following_member(self) -> bool:
        return self.follow.currentIndex() == MEMBER

    @property
    def selected_grouping(self) -> str:
        return GROUPINGS[max(self.grouping.currentIndex(), 0)]

    @property
    def selected_domain(self) -> str | None:
        value = self.domain.currentData()
        return None if value is None else str(value)

    @property
    def selected_member(self) -> str | None:
        return self.picker.selected()

    def _domains(self) -> list[str]:
        if self.trends is None:
            return []
        return sorted({d for m in self.trends.members for r in m.rates if r for d in r})

    def _fill_domains(self) -> None:
        chosen = self.selected_domain
        self.domain.blockSignals(True)
        self.domain.clear()
        for number in self._domains():
            self.domain.addItem(domain_name(self.catalogue, number, self.lang), number)
        index = self.domain.findData(chosen) if chosen is not None else 0
        self.domain.setCurrentIndex(max(index, 0))
        self.domain.blockSignals(False)

    def _fill_members(self) -> None:
        members = self.trends.members if self.trends is not None else ()
        self.picker.blockSignals(True)
        self.picker.set_members([(m.institution_id, m.name) for m in members])
        self.picker.blockSignals(False)

    def _sync_enabled(self) -> None:
        member = self.following_member
        for on in (self.search_label, self.search, self.member_list):
            on.setEnabled(member)
        for off in (self.grouping_label, self.grouping, self.domain_label, self.domain):
            off.setEnabled(not member)

    # --- drawing ----------------------------------------------------------------------------

    def _render(self) -> None:
        self._sync_enabled()
        data, trends = self.data, self.trends
        if data is None or trends is None:
            return
        if len(trends.campaigns) < 2:
            self.lines = []
            self.numbers.set_table(self._columns(), [])
            self.numbers.set_empty(self.tr("Trends need two or more campaigns."))
            return
        lang = self.lang
        if self.following_member:
            chosen = next((m for m in trends.members if m.institution_id == self.selected_member), None)
            names = {d: domain_name(self.catalogue, d, lang) for d in self._domains()}
            self.lines = member_lines(chosen, names) if chosen is not None else []
        else:
            domain = self.selected_domain
            by = self.selected_grouping
            self.lines = (
                group_lines(
                    trends,
                    by,
                    domain,
                    lambda g: group_name(by, g, self.catalogue, lang),
                    lambda g: short_group_name(by, g, self.catalogue, lang),
                )
                if domain is not None
                else []
            )
        self.numbers.set_table(self._columns(), self._rows(trends))
        if not self.lines:
            self.numbers.set_empty(self.tr("No member has submitted for these campaigns yet."))
            return
        self.numbers.set_empty(None)
        self._draw(trends)

    def _draw(self, trends: Trends) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        base, lang = self.font(), self.lang
        campaign_axis = QBarCategoryAxis()
        campaign_axis.append([campaign_name(c) for c in trends.campaigns])
        cs.decorate_axis(campaign_axis, base, self.tr("Campaign (oldest to newest)"))
        rate_axis = cs.percent_axis(base, self.tr("Implementation rate: %1").replace("%1", tier_name(self.tier, lang)))
        chart.addAxis(campaign_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(rate_axis, Qt.AlignmentFlag.AlignLeft)
        for n, line in enumerate(self.lines):
            look = cs.style(n)
            # A campaign without a figure breaks the line (no figure is not a low figure): one
            # line series per run of figures, one marker series for every point.
            first = True
            for run in line.runs():
                segment = QLineSeries()
                segment.setPen(look.line())
                segment.append([QPointF(i, v * 100) for i, v in run])
                chart.addSeries(segment)
                segment.attachAxis(campaign_axis)
                segment.attachAxis(rate_axis)
                segment.setName(cs.elided(f"{look.symbol} {line.legend}", base, 300))
                for marker in chart.legend().markers(segment):
                    marker.setVisible(first)
                first = False
            points = QScatterSeries()
            points.setMarkerShape(look.marker)
            points.setMarkerSize(10)
            points.setColor(look.colour)
            points.setBorderColor(look.colour.darker(160))
            points.append([QPointF(i, v * 100) for i, v in enumerate(line.values) if v is not None])
            chart.addSeries(points)
            points.attachAxis(campaign_axis)
            points.attachAxis(rate_axis)
            for marker in chart.legend().markers(points):
                marker.setVisible(False)
        if self.following_member:
            title = self.tr("Rates of %1 by domain").replace("%1", self.picker.selected_text())
        else:
            title = self.tr("Mean rate of each peer group: %1").replace("%1", self.domain.currentText())
        chart.setTitle(title)

    def _render_low(self) -> None:
        """The members below the threshold in the same domain for two or more campaigns in a row."""
        trends = self.trends
        if trends is None:
            return
        threshold = self.threshold.value()
        self.low = trends.below(threshold / 100) if len(trends.campaigns) >= 2 else []
        names = {m.institution_id: m.name for m in trends.members}
        label = {c.campaign_id: campaign_name(c) for c in trends.campaigns}
        sep = list_separator(self.lang)
        domains = {d: domain_name(self.catalogue, d, self.lang) for d in {s.domain for s in self.low}}
        columns = [Column(self.tr("Institution ID")), Column(self.tr("Name")), Column(self.tr("Domain")),
                   Column(self.tr("Campaigns in a row"))]  # fmt: skip
        self.low_model.set_rows(columns, [
            [s.institution_id, names.get(s.institution_id, ""), domains[s.domain],
             sep.join(label.get(c, c) for c in s.campaigns)]
            for s in self.low
        ])  # fmt: skip
        fit_columns(self.low_table)
        if len(trends.campaigns) < 2:
            self.low_heading.setText(self.tr("Trends need two or more campaigns."))
        elif self.low:
            self.low_heading.setText(
                self.tr("Members below %1 % in the same domain for two or more campaigns in a row: %2")
                .replace("%1", str(threshold)).replace("%2", str(len(self.low)))
            )  # fmt: skip
        else:
            self.low_heading.setText(
                self.tr("No member stayed below %1 % in the same domain for two or more campaigns in a row.")
                .replace("%1", str(threshold))
            )  # fmt: skip

    # --- the numbers ------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Domain") if self.following_member else self.tr("Group")),
            Column(self.tr("Campaign")),
            Column(self.tr("Members"), numeric=True),
            Column(self.tr("Rate") if self.following_member else self.tr("Mean rate"), numeric=True),
        ]

    def _rows(self, trends: Trends) -> list[list[str]]:
        rows = []
        for line in self.lines:
            for info, value, count in zip(trends.campaigns, line.values, line.counts, strict=True):
                rows.append([line.name, campaign_name(info), str(count), rate_text(value)])
        return rows

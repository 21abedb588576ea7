"""Layout of the Summary page: the overview figures, the chart of implementation rates by domain,
the comparison with the peer group (fsadesk.ui.peer_panel), the action plan table and its buttons.
Widgets only; SummaryPage in fsadesk.ui.summary_page sets their texts and gives them behaviour."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fsadesk.ui.action_plan_table import ActionPlanTable
from fsadesk.ui.cycle_state import CycleStateBanner
from fsadesk.ui.i18n import Retranslatable
from fsadesk.ui.peer_panel import PeerPanel


def _scaled_font(base: QFont, factor: float) -> QFont:
    """A bold font `factor` times the app font: headings follow the user's font size."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(True)
    return font


class _ChartView(QChartView):
    """Asks for room for every domain's name beside its bars: at its minimum height (14 lines,
    kept for small screens) Qt Charts cut the names down to "…" once the figure captions stopped
    wrapping and no longer made the top half taller. The summary's splitter gives it this height
    where the screen has it (1280×720 included)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), self.fontMetrics().height() * 20)


class SummaryPageView(Retranslatable, QWidget):
    """Widgets and layout only. Texts are set by SummaryPage.retranslate()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setFont(_scaled_font(self.font(), 1.4))
        self.subheading = QLabel()
        self.state_banner = CycleStateBanner()  # where the cycle stands, and the next step

        # Overview: completion, the two rates and the open gaps.
        self.overview_box = QGroupBox()
        self.completion_caption = QLabel()
        self.completion_bar = QProgressBar()
        self.completion_label = QLabel()
        self.basic_caption, self.basic_value = QLabel(), QLabel()
        self.desirable_caption, self.desirable_value = QLabel(), QLabel()
        self.gaps_caption, self.gaps_value = QLabel(), QLabel()
        self.rates_note = QLabel()
        self.rates_note.setWordWrap(True)
        self.gaps_note = QLabel()
        self.gaps_note.setWordWrap(True)
        grid = QGridLayout(self.overview_box)
        grid.addWidget(self.completion_caption, 0, 0, 1, 3)
        grid.addWidget(self.completion_bar, 1, 0, 1, 3)
        grid.addWidget(self.completion_label, 2, 0, 1, 3)
        for column, (caption, value) in enumerate(
            [(self.basic_caption, self.basic_value), (self.desirable_caption, self.desirable_value),
             (self.gaps_caption, self.gaps_value)]
        ):  # fmt: skip
            # No word wrap: the translations break each caption where it reads right (a line
            # break in the text); wrapping in a narrow column broke 基本的な対応事項 mid-word.
            # The column is as wide as the caption's longest line instead.
            caption.setWordWrap(False)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            value.setFont(_scaled_font(self.font(), 1.8))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, 3, column)
            grid.addWidget(value, 4, column)
            grid.setColumnStretch(column, 1)
        grid.addWidget(self.rates_note, 5, 0, 1, 3)
        grid.addWidget(self.gaps_note, 6, 0, 1, 3)
        grid.setRowStretch(7, 1)
        grid.setVerticalSpacing(6)
        grid.setHorizontalSpacing(24)  # three figures, clearly apart (a user read two as one)

        # Implementation rate per domain.
        self.chart_box = QGroupBox()
        self.basic_set, self.desirable_set = QBarSet(""), QBarSet("")
        self.series = QHorizontalBarSeries()
        self.series.append(self.basic_set)
        self.series.setBarWidth(0.8)
        self.series.setLabelsVisible(True)
        self.series.setLabelsFormat("@value%")
        self.series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        text_colour = self.palette().color(self.foregroundRole())
        for bar_set in (self.basic_set, self.desirable_set):
            bar_set.setLabelColor(text_colour)  # the default white is lost on a light background
        self.chart = QChart()
        self.chart.addSeries(self.series)
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(self.chart.margins() * 0)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.domain_axis = QBarCategoryAxis()
        self.domain_axis.setReverse(True)  # 2.1 at the top, as in the guideline
        self.rate_axis = QValueAxis()
        # Room right of 100% for the bar labels; ticks stay on 0, 20 … 100.
        self.rate_axis.setRange(0, 114)
        self.rate_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.rate_axis.setTickAnchor(0)
        self.rate_axis.setTickInterval(20)
        self.rate_axis.setLabelFormat("%d%%")
        self.chart.addAxis(self.domain_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(self.rate_axis, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.domain_axis)
        self.series.attachAxis(self.rate_axis)
        self.chart_view = _ChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(self.fontMetrics().height() * 14)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QVBoxLayout(self.chart_box).addWidget(self.chart_view)

        # The action plan.
        self.plan_label = QLabel()
        self.plan_label.setFont(_scaled_font(self.font(), 1.15))
        self.plan_hint = QLabel()
        self.plan_hint.setWordWrap(True)
        self.table = ActionPlanTable()
        self.plan_label.setBuddy(self.table)
        self.open_button = QPushButton()
        self.export_progress = QProgressBar()
        self.export_progress.setVisible(False)
        self.export_xlsx_button = QPushButton()
        self.export_csv_button = QPushButton()
        self.export_bundle_button = QPushButton()  # the board report and the signed bundle
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_progress)
        buttons.addWidget(self.export_xlsx_button)
        buttons.addWidget(self.export_csv_button)
        buttons.addWidget(self.export_bundle_button)

        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.overview_box, 2)
        top_layout.addWidget(self.chart_box, 3)
        bottom = QWidget()
        plan_layout = QVBoxLayout(bottom)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.plan_label)
        plan_layout.addWidget(self.plan_hint)
        plan_layout.addWidget(self.table, 1)
        plan_layout.addLayout(buttons)
        # The figures, and beside them on a tab of their own "you and your peer group" (a benchmark
        # pack): a third band on the page left the action plan two rows on a 1366×768 screen.
        self.peer_panel = PeerPanel()
        self.top_tabs = QTabWidget()
        self.top_tabs.setDocumentMode(True)
        self.top_tabs.addTab(top, "")
        self.top_tabs.addTab(self.peer_panel, "")
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.top_tabs)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        # Heading and institution on one line: the state banner below takes the line saved, so the
        # chart and the plan keep their room on a 1366×768 screen.
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addSpacing(16)
        title_row.addWidget(self.subheading, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.state_banner)
        layout.addWidget(self.splitter, 1)
        for first, second in [(self.table, self.open_button), (self.open_button, self.export_xlsx_button),
                              (self.export_xlsx_button, self.export_csv_button)]:  # fmt: skip
            QWidget.setTabOrder(first, second)

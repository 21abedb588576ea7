"""The dashboard tab's widgets (no behaviour: fsadesk.ui.central.dashboard.frame connects them): the
top bar — campaign, tier, category and size-band filters, Refresh, Export… and Benchmark pack… — a
page for plain-word states (loading, no campaign yet, the database cannot be read) and the inner
tabs (status, heatmap, open gaps, and the chart views when they are installed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fsadesk.ui.central.dashboard.gaps_view import GapsView
from fsadesk.ui.central.dashboard.heatmap_view import HeatmapView
from fsadesk.ui.central.dashboard.status_view import StatusView


def _combo(characters: int) -> QComboBox:
    """A choice as wide as about `characters` characters, however long its entries (they elide)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


class DashboardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.campaign, self.tier = _combo(34), _combo(14)
        self.category, self.size_band = _combo(26), _combo(18)
        self.campaign_label, self.tier_label = QLabel(), QLabel()
        self.category_label, self.size_band_label = QLabel(), QLabel()
        for label, field in (
            (self.campaign_label, self.campaign), (self.tier_label, self.tier),
            (self.category_label, self.category), (self.size_band_label, self.size_band),
        ):  # fmt: skip
            label.setBuddy(field)
        self.refresh_button, self.export_button, self.benchmark_button = QPushButton(), QPushButton(), QPushButton()
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.campaign_label)
        first.addWidget(self.campaign, 1)
        first.addWidget(self.tier_label)
        first.addWidget(self.tier)
        first.addWidget(self.refresh_button)
        second.addWidget(self.category_label)
        second.addWidget(self.category, 1)
        second.addWidget(self.size_band_label)
        second.addWidget(self.size_band)
        second.addStretch(1)
        second.addWidget(self.export_button)
        second.addWidget(self.benchmark_button)
        self.message = QLabel()  # loading, no campaign yet, an error: the whole page
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice = QLabel()  # the filters leave nobody, nobody has submitted yet
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setVisible(False)
        self.status = StatusView()
        self.heatmap = HeatmapView()
        self.gaps = GapsView()
        self.views = QTabWidget()
        self.views.addTab(self.status, "")
        self.views.addTab(self.heatmap, "")
        self.views.addTab(self.gaps, "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.views)
        layout = QVBoxLayout(self)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_views(self) -> None:
        self.stack.setCurrentWidget(self.views)

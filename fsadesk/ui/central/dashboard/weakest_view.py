"""The items most often answered Not implemented across the members (issue #14): a horizontal bar
chart, one bar per item, stacked by the members' categories, basic tier first with a switch to the
desirable tier; the numbers table lists every such item of the tier with its exact counts.

The figures are fsadesk.central.dashboard.weakest.weakest_of's; this view only picks the tier and
the number of bars that fit on the screen."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChartView, QHorizontalStackedBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.snapshot import CampaignData
from fsadesk.central.dashboard.weakest import WeakItem, weakest_of
from fsadesk.lang import Lang
from fsadesk.ui.central.dashboard import chart_style as cs
from fsadesk.ui.central.dashboard.chart_words import TIERS, group_name, list_separator, rate_text, tier_short
from fsadesk.ui.central.dashboard.numbers import ChartNumbers, Column
from fsadesk.ui.i18n import LanguageManager, Retranslatable

CHART_BARS = 12  # bars that stay readable at 1366×768; the table lists every item
LABEL_PIXELS = 330  # an item's label beside its bar, elided (the full title is in the tooltip)


class WeakestView(Retranslatable, QWidget):
    def __init__(self, catalogue: Catalogue, lang_manager: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.lang_manager = lang_manager
        self.data: CampaignData | None = None
        self.frame_tier: str | None = None  # the tier set_data last brought
        self.items: list[WeakItem] = []  # every item of the tier shown, most members first
        self.shown: list[WeakItem] = []  # the ones drawn as bars

        self.tier_label = QLabel()
        self.tier = QComboBox()
        self.tier.addItems(["", ""])
        self.tier_label.setBuddy(self.tier)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.chart = cs.new_chart(self.font())
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.numbers = ChartNumbers(self.chart_view)

        top = QHBoxLayout()
        top.addWidget(self.tier_label)
        top.addWidget(self.tier)
        top.addSpacing(16)
        top.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.numbers, 1)
        self.tier.currentIndexChanged.connect(lambda _i: self._render())
        self.retranslate()

    @property
    def lang(self) -> Lang:
        return self.lang_manager.lang

    def set_data(self, data: CampaignData, tier: str) -> None:
        """Show the campaign's figures (as filtered); the frame's tier selects this view's switch
        when it changes, and the user may switch here on their own."""
        self.data = data
        if tier != self.frame_tier:
            self.frame_tier = tier
            self.tier.blockSignals(True)
            self.tier.setCurrentIndex(TIERS.index(tier) if tier in TIERS else 0)
            self.tier.blockSignals(False)
        self._render()

    def retranslate(self) -> None:
        self.tier_label.setText(self.tr("&Show tier:"))
        self.tier.setItemText(0, self.tr("Basic response items"))
        self.tier.setItemText(1, self.tr("Desirable response items"))
        self._render()

    @property
    def selected_tier(self) -> str:
        return TIERS[max(self.tier.currentIndex(), 0)]

    # --- drawing ----------------------------------------------------------------------------

    def _render(self) -> None:
        data = self.data
        if data is None:
            return
        if not submitted(data):
            self.items, self.shown = [], []
            self.note.clear()
            self.numbers.set_table(self._columns(), [])
            self.numbers.set_empty(self.tr("No member has submitted for this campaign yet."))
            return
        tier = self.selected_tier
        self.items = [w for w in weakest_of(data, self.catalogue, limit=None) if w.tier == tier]
        self.shown = self.items[:CHART_BARS]
        self.numbers.set_table(self._columns(), self._rows(data))
        if not self.items:
            self.note.clear()
            self.numbers.set_empty(
                self.tr("No member answered an item of this tier Not implemented.")
                if tier == "basic"
                else self.tr("No member answered a desirable item Not implemented (or none of them assesses it).")
            )
            return
        self.numbers.set_empty(None)
        if len(self.items) > len(self.shown):
            text = self.tr("The chart shows the %1 items answered Not implemented by the most members, of %2; "
                           "Numbers lists them all.")  # fmt: skip
            self.note.setText(text.replace("%1", str(len(self.shown))).replace("%2", str(len(self.items))))
        else:
            self.note.setText(self.tr("Items answered Not implemented, by the number of members."))
        self._draw(data)

    @property
    def drawn(self) -> list[WeakItem]:
        """The bars from the bottom of the chart up: Qt Charts draws a horizontal bar chart's first
        category at the bottom, and the item with the most members belongs at the top."""
        return self.shown[::-1]

    def _title(self, item_id: str) -> str:
        return self.catalogue.item(item_id).title.get(self.lang)

    def _draw(self, data: CampaignData) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        base = self.font()
        lang = self.lang
        categories = sorted({c for w in self.shown for c in w.categories})
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.7)
        for n, category in enumerate(categories):
            look = cs.style(n)
            bar_set = QBarSet(cs.elided(group_name("category", category, self.catalogue, lang), base, 260))
            bar_set.setBrush(look.brush())
            bar_set.setPen(look.outline())
            bar_set.append([float(w.categories.get(category, 0)) for w in self.drawn])
            series.append(bar_set)
        chart.addSeries(series)
        labels = [cs.elided(f"{w.item_id} {self._title(w.item_id)}", base, LABEL_PIXELS) for w in self.drawn]
        item_axis = QBarCategoryAxis()
        item_axis.append(labels)
        cs.decorate_axis(item_axis, base, "")
        item_axis.setGridLineVisible(False)
        count_axis = QValueAxis()
        # Up to the longest bar (rounded up to a tick), not to every member that submitted: with
        # 900 members the bars of about 100 were slivers. The axis title says of how many.
        most = max(w.members for w in self.shown)
        step = _tick(most)
        count_axis.setRange(0, -(-most // step) * step)
        count_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        count_axis.setTickAnchor(0)
        count_axis.setTickInterval(step)
        count_axis.setLabelFormat("%d")
        cs.decorate_axis(count_axis, base, self.tr("Members who answered Not implemented (of %1 that submitted)")
                         .replace("%1", str(submitted(data))))  # fmt: skip
        chart.addAxis(item_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(count_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(item_axis)
        series.attachAxis(count_axis)
        chart.legend().setVisible(bool(categories))
        title = self.tr("Items most often answered Not implemented: %1")
        chart.setTitle(title.replace("%1", tier_short(self.selected_tier, lang)))
        series.hovered.connect(self._hovered)

    def _hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status or not 0 <= index < len(self.drawn):
            QToolTip.hideText()
            return
        w = self.drawn[index]
        total = self.tr("%1 member(s) in all").replace("%1", str(w.members))
        text = f"{w.item_id} {self._title(w.item_id)}\n{bar_set.label()}: {int(bar_set.at(index))}\n{total}"
        QToolTip.showText(QCursor.pos(), text, self.chart_view)

    # --- the numbers ------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Item")),
            Column(self.tr("Title")),
            Column(self.tr("Tier")),
            Column(self.tr("Members"), numeric=True),
            Column(self.tr("Share of members that submitted"), numeric=True),
            Column(self.tr("Categories (members)")),
        ]

    def _rows(self, data: CampaignData) -> list[list[str]]:
        lang = self.lang
        members = submitted(data)
        sep = list_separator(lang)
        return [
            [
                w.item_id,
                self._title(w.item_id),
                tier_short(w.tier, lang),
                str(w.members),
                rate_text(w.members / members),
                sep.join(f"{group_name('category', c, self.catalogue, lang)} {n}" for c, n in w.categories.items()),
            ]
            for w in self.items
        ]


def submitted(data: CampaignData) -> int:
    """Expected members with a current submission: a revoked member's submission stays stored but
    counts nowhere, as in weakest_of."""
    return sum(1 for m in data.members if m.id in data.current)


def _tick(most: int) -> int:
    """A whole-number tick interval giving at most about ten ticks."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500):
        if most / step <= 10:
            return step
    return 1000

"""The heatmap's model and palette without a window: the model keeps Qt's model rules
(qtmodeltester), sorts rates as numbers with "nothing assessed" below 0%, and the colours are one
blue ramp, darker for higher rates, each readable with its text colour, never red against green."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from fsadesk.catalogue import load_catalogue
from fsadesk.central.dashboard.load import CampaignInfo
from fsadesk.central.dashboard.rates import MemberRates, RateGrid
from fsadesk.ui.central.dashboard import palette
from fsadesk.ui.central.dashboard.heatmap_model import FIXED, SORT_ROLE, HeatmapModel

INFO = CampaignInfo(1, "fy2026", "2026年度 自己評価", "2026年度", 2026, dt.date(2027, 6, 30))


def grid() -> RateGrid:
    members = (
        MemberRates("A-0001", "みなと信用組合", "regional", "small", 1, {"2.1": 0.625, "2.2": None}, ()),
        MemberRates("B-0002", "やまなみ信用組合", "insurance", "large", 2, {"2.1": 0.095, "2.2": 1.0}, ()),
        MemberRates("C-0003", "Minato", "securities", "", 3, {"2.1": None, "2.2": 0.4}, ("2.1.1-B1",)),
    )
    return RateGrid(INFO, "basic", ("2.1", "2.2"), members)


def test_the_model_keeps_qts_rules_and_shows_every_rate_as_a_number(qtmodeltester) -> None:
    model = HeatmapModel()
    model.set_grid(grid(), load_catalogue(), "en")
    qtmodeltester.check(model)
    texts = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert texts[0][:4] == ["A-0001", "みなと信用組合", "Small/medium-sized and regional financial institutions",
                            "Small (up to 100 staff)"]  # fmt: skip
    assert [row[FIXED:] for row in texts] == [["63%", "—"], ["10%", "100%"], ["—", "40%"]]  # half up: 62.5 → 63
    assert texts[2][3] == ""  # no size band recorded
    assert model.headerData(FIXED, Qt.Orientation.Horizontal) == "2.1\nGovernance"
    tip = model.index(0, FIXED + 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "No rate" in tip and "みなと信用組合" in tip


def test_rates_sort_as_numbers_with_no_rate_lowest() -> None:
    model = HeatmapModel()
    model.set_grid(grid(), load_catalogue(), "ja")
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(FIXED, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["C-0003", "B-0002", "A-0001"]  # —, 10%, 63%
    proxy.sort(FIXED + 1, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["B-0002", "C-0003", "A-0001"]  # 100%, 40%, —


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        ch = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_palette_is_one_blue_ramp_readable_in_every_class() -> None:
    bands = palette.bands()
    assert [(b.low, b.high) for b in bands] == [(0, 19), (20, 39), (40, 59), (60, 79), (80, 100)]
    colours = [QColor(b.colour) for b in bands]
    assert all(190 <= c.hslHue() <= 230 for c in colours)  # blue only: no red, no green
    lightness = [c.lightnessF() for c in colours]
    assert lightness == sorted(lightness, reverse=True)  # darker for higher rates
    for band in bands:
        for rate in (band.low / 100, band.high / 100):
            assert palette.background(rate) == QColor(band.colour)
            assert _contrast(palette.background(rate), palette.text_colour(rate)) >= 4.5
    assert palette.band_of(0.195) == 1  # shown as 20%: in the 20–39% class, as it reads
    assert palette.background(None) == QColor(palette.NO_RATE)

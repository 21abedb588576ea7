"""The dashboard's chart views (issue #14): weakest items, peer groups and trends, on SQLite and
PostgreSQL, with members' real bundles taken in by the real intake. Each view's numbers table and
its chart series are checked against figures worked out here from the answers sent; the switches
are driven from the keyboard and the mouse as a user would."""

from __future__ import annotations

import dataclasses
import statistics
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QBoxPlotSeries, QHorizontalStackedBarSeries, QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fsadesk.assessment.answers import Status
from fsadesk.assessment.record import CycleRecord
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.snapshot import load_campaign
from fsadesk.terms import SIZE_BAND, percent
from fsadesk.ui.central.dashboard.numbers import CHART, EMPTY, NUMBERS, tsv
from fsadesk.ui.central.dashboard.peers_view import PeersView
from fsadesk.ui.central.dashboard.trends_view import TrendsView
from fsadesk.ui.central.dashboard.weakest_view import WeakestView
from fsadesk.ui.i18n import LanguageManager
from tests.central.dashboard_support import FY2025, FY2026, World, build_world, campaign_of, expected_rates
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    Org,
    base_fixture,
    catalogue_fixture,
    demo_fixture,
    org_fixture,
)
from tests.qt_helpers import activate

CAMPAIGNS = (FY2025, FY2026)


@pytest.fixture
def world(org: Org, base: CycleRecord, catalogue: Catalogue, tmp_path: Path) -> World:
    return build_world(org, base, catalogue, tmp_path)


@pytest.fixture
def english():
    manager = LanguageManager(QApplication.instance(), "en")
    yield manager
    manager.set_language("en")  # a test that switched to Japanese leaves plain Qt behind


def not_implemented(world: World, catalogue: Catalogue, campaign: str = "fy2026") -> dict[str, Counter[str]]:
    """item → category → members that answered it Not implemented (items that apply to them only)."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for (cid, iid), answers in world.current.items():
        if cid != campaign:
            continue
        applicable = {i.id for i in applicable_items(catalogue, world.profiles[iid])}
        for item_id, answer in answers.items():
            if answer.status is Status.NOT_IMPLEMENTED and item_id in applicable:
                out[item_id][world.profiles[iid].category] += 1
    return out


def rates_of(world: World, catalogue: Catalogue, campaign: str, tier: str = "basic") -> dict[str, dict]:
    return {iid: expected_rates(catalogue, world.profiles[iid], a, tier)
            for (cid, iid), a in world.current.items() if cid == campaign}  # fmt: skip


def bar_values(series: QHorizontalStackedBarSeries) -> dict[str, list[float]]:
    sets: list[QBarSet] = series.barSets()
    return {s.label(): [s.at(i) for i in range(s.count())] for s in sets}


def test_weakest_items_table_and_bars_hold_the_members_counts(qtbot, world: World, catalogue: Catalogue, english):
    """The numbers list every basic item answered Not implemented with its members, share and
    categories; the stacked bars hold the same counts; Down switches to the desirable tier."""
    view = WeakestView(catalogue, english)
    qtbot.addWidget(view)
    view.set_data(load_campaign(world.org.db), "basic")
    counts = not_implemented(world, catalogue)
    submitted = sum(1 for cid, _ in world.current if cid == "fy2026")
    assert submitted == 4
    names = {c.id: c.en for c in catalogue.categories}
    basic = {i: c for i, c in counts.items() if catalogue.item(i).tier == "basic"}
    want = [[i, catalogue.item(i).title.en, "Basic", str(sum(c.values())), percent(sum(c.values()) / submitted, 1),
             ", ".join(f"{names[k]} {n}" for k, n in sorted(c.items()))]
            for i, c in sorted(basic.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))]  # fmt: skip
    assert view.numbers.rows == want
    assert view.numbers.headers[:4] == ["Item", "Title", "Tier", "Members"]

    # The chart: the items with the most members, most at the top (the axis lists bottom first).
    series = view.chart.series()[0]
    assert isinstance(series, QHorizontalStackedBarSeries)
    axis = next(a for a in view.chart.axes() if isinstance(a, QBarCategoryAxis))
    drawn = [label.split(" ")[0] for label in axis.categories()][::-1]
    assert drawn == [row[0] for row in want[: len(drawn)]] and 0 < len(drawn) <= 12
    values = bar_values(series)
    for category, per_item in values.items():
        key = next(k for k, n in names.items() if n.startswith(category.rstrip("…")))
        assert per_item[::-1] == [float(basic[i][key]) for i in drawn]

    # Numbers, then back to the chart, with the mouse.
    qtbot.mouseClick(view.numbers.numbers_button, Qt.MouseButton.LeftButton)
    assert view.numbers.stack.currentIndex() == NUMBERS
    assert view.numbers.model.rowCount() == len(want)
    assert view.numbers.model.text(0, 0) == want[0][0]
    qtbot.mouseClick(view.numbers.chart_button, Qt.MouseButton.LeftButton)
    assert view.numbers.stack.currentIndex() == CHART

    # The desirable tier: only A-0001 assesses it, so only its answers count.
    view.tier.setFocus()
    qtbot.keyClick(view.tier, Qt.Key.Key_Down)
    desirable = {i: c for i, c in counts.items() if catalogue.item(i).tier == "desirable"}
    assert desirable and all(c == Counter({"regional": 1}) for c in desirable.values())
    assert {r[0] for r in view.numbers.rows} == set(desirable)
    assert all(r[2] == "Desirable" and r[3] == "1" and r[4] == "25.0%" for r in view.numbers.rows)

    # Copy: the table, tab-separated, on the clipboard.
    qtbot.mouseClick(view.numbers.copy_button, Qt.MouseButton.LeftButton)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == view.numbers.headers
    assert [line.split("\t") for line in lines[1:]] == view.numbers.rows


def test_peer_boxes_and_numbers_hold_the_quartiles(qtbot, world: World, catalogue: Catalogue, english) -> None:
    """Each group's box holds min, Q1, median, Q3 and max of its members' rates and its marker the
    mean (statistics.quantiles, inclusive), for the grouping chosen; the numbers say the same."""
    view = PeersView(catalogue, english)
    qtbot.addWidget(view)
    view.set_data(load_campaign(world.org.db), "basic")
    rates = rates_of(world, catalogue, "fy2026")
    domains = sorted(d.number for d in catalogue.domains())

    def expected(by: str) -> dict[tuple[str, str], list[float]]:
        groups: dict[tuple[str, str], list[float]] = defaultdict(list)
        for iid, per in rates.items():
            p = world.profiles[iid]
            group = {"all": "all", "category": p.category, "size_band": p.size_band.value}[by]
            for d, r in per.items():
                if r is not None:
                    groups[(group, d)].append(r)
        return groups

    def five(values: list[float]) -> list[float]:
        v = sorted(values)
        q = statistics.quantiles(v, n=4, method="inclusive") if len(v) > 1 else [v[0]] * 3
        return [v[0], *q, v[-1]]

    for n, by in enumerate(("all", "category", "size_band")):
        if n:  # the user steps to the next grouping
            view.grouping.setFocus()
            qtbot.keyClick(view.grouping, Qt.Key.Key_Down)
        assert view.selected_grouping == by
        want = expected(by)
        groups = sorted({g for g, _ in want})
        boxes = [s for s in view.chart.series() if isinstance(s, QBoxPlotSeries)]
        assert len(boxes) == len(groups)
        for series, group in zip(boxes, groups, strict=True):
            for box, domain in zip(series.boxSets(), domains, strict=True):
                got = [box.at(i) for i in range(5)]
                assert got == pytest.approx([100 * v for v in five(want[(group, domain)])])
        means = [s for s in view.chart.series() if isinstance(s, QScatterSeries)]
        for series, group in zip(means, groups, strict=True):
            got = [p.y() for p in series.points()]
            assert got == pytest.approx([100 * statistics.fmean(want[(group, d)]) for d in domains])
        rows = view.numbers.rows
        assert len(rows) == len(want)
        for row in rows:
            assert row[0] == {"all": "All members", "category": "By category", "size_band": "By size band"}[by]
            domain = row[2].split(" ")[0]
            group = next(g for g in groups if row[1] == _group_words(by, g, catalogue))
            values = want[(group, domain)]
            assert row[3] == str(len(values))
            assert row[4:] == [percent(v, 1) for v in [*five(values), statistics.fmean(values)]]

    # One domain at a time: only its boxes and rows.
    view.domain.setCurrentIndex(view.domain.findData("2.3"))
    assert {r[2] for r in view.numbers.rows} == {"2.3 Protect"}
    assert all(len(s.boxSets()) == 1 for s in view.chart.series() if isinstance(s, QBoxPlotSeries))


def _group_words(by: str, group: str, catalogue: Catalogue) -> str:
    if by == "all":
        return "All members"
    if by == "size_band":
        return SIZE_BAND[group]["en"]
    return next(c.en for c in catalogue.categories if c.id == group)


def test_trend_lines_and_members_low_for_two_campaigns(qtbot, world: World, catalogue: Catalogue, english) -> None:
    """Group lines hold each group's mean rate per campaign, a member's lines its own rates; the
    low list names exactly the members below the threshold in a domain in both campaigns."""
    view = TrendsView(catalogue, english)
    qtbot.addWidget(view)
    view.set_data(load_campaign(world.org.db), "basic")
    per = {c.campaign_id: rates_of(world, catalogue, c.campaign_id) for c in CAMPAIGNS}

    # Peer groups by size band, domain 2.2.
    view.grouping.setCurrentIndex(2)
    view.domain.setCurrentIndex(view.domain.findData("2.2"))
    rows = view.numbers.rows
    bands = sorted({world.profiles[i].size_band.value for i in world.profiles if i != "F-0006"})
    want_rows = []
    for band in bands:
        for c in CAMPAIGNS:
            values = [r["2.2"] for iid, r in per[c.campaign_id].items()
                      if world.profiles[iid].size_band.value == band and r["2.2"] is not None]  # fmt: skip
            mean = statistics.fmean(values) if values else None
            want_rows.append([SIZE_BAND[band]["en"], c.label, str(len(values)), percent(mean, 1)])
    assert rows == want_rows
    points = [s for s in view.chart.series() if isinstance(s, QScatterSeries)]
    got = sorted(round(p.y(), 6) for s in points for p in s.points())
    assert got == sorted(round(100 * statistics.fmean(v), 6) for v in _groups(per, world, "2.2").values())

    # One member, found by typing part of its name: its own rates in every domain.
    qtbot.keyClick(view.follow, Qt.Key.Key_Down)
    assert view.following_member
    qtbot.keyClicks(view.search, "C-0003")
    assert view.selected_member == "C-0003"
    for row in view.numbers.rows:
        domain = row[0].split(" ")[0]
        campaign = next(c for c in CAMPAIGNS if c.label == row[1])
        assert row[3] == percent(per[campaign.campaign_id]["C-0003"][domain], 1)
    assert len(view.numbers.rows) == len(catalogue.domains()) * len(CAMPAIGNS)

    # The threshold: 100 % lists every domain below full in both campaigns, members that sent both.
    view.threshold.selectAll()
    qtbot.keyClicks(view.threshold, "100")
    assert view.threshold.value() == 100
    want = {(iid, d) for iid in per["fy2026"] if iid in per["fy2025"]
            for d, r in per["fy2026"][iid].items()
            if r is not None and r < 1 and per["fy2025"][iid][d] is not None and per["fy2025"][iid][d] < 1}  # fmt: skip
    listed = {(view.low_model.text(r, 0), view.low_model.text(r, 2).split(" ")[0])
              for r in range(view.low_model.rowCount())}  # fmt: skip
    assert listed == want and want
    assert all(view.low_model.text(r, 3) == "2025年度, 2026年度" for r in range(view.low_model.rowCount()))
    view.threshold.selectAll()
    qtbot.keyClicks(view.threshold, "0")
    assert view.low_model.rowCount() == 0 and "No member stayed below 0 %" in view.low_heading.text()


def _groups(per: dict[str, dict[str, dict]], world: World, domain: str) -> dict[tuple[str, str], list[float]]:
    out: dict[tuple[str, str], list[float]] = defaultdict(list)
    for cid, rates in per.items():
        for iid, r in rates.items():
            if r[domain] is not None:
                out[(cid, world.profiles[iid].size_band.value)].append(r[domain])
    return out


def test_empty_states_say_why_in_plain_words(qtbot, org: Org, catalogue: Catalogue, english) -> None:
    """A campaign nobody has answered yet, and trends with a single campaign, say so instead of an
    empty chart; the switch and the copy button are off."""
    campaign_of(org, catalogue, FY2025)
    data = load_campaign(org.db)
    for view_type, text in ((WeakestView, "No member has submitted for this campaign yet."),
                            (PeersView, "No member has submitted for this campaign yet."),
                            (TrendsView, "Trends need two or more campaigns.")):  # fmt: skip
        view = view_type(catalogue, english)
        qtbot.addWidget(view)
        view.set_data(data, "basic")
        assert view.numbers.stack.currentIndex() == EMPTY
        assert view.numbers.empty.text() == text
        assert not view.numbers.copy_button.isEnabled() and not view.numbers.numbers_button.isEnabled()


def test_views_speak_japanese(qtbot, world: World, catalogue: Catalogue, english) -> None:
    """Switching the language re-labels every view at once: the switches, the tables' headings, the
    groups and the domains are Japanese, and the figures stay."""
    data = load_campaign(world.org.db)
    weakest = WeakestView(catalogue, english)
    peers = PeersView(catalogue, english)
    trends = TrendsView(catalogue, english)
    for view in (weakest, peers, trends):
        qtbot.addWidget(view)
        view.set_data(data, "basic")
    figures = [r[3:5] for r in weakest.numbers.rows]
    english.set_language("ja")  # Qt tells every widget with an event, handled in the event loop
    qtbot.waitUntil(lambda: weakest.numbers.numbers_button.text() == "数値(&N)")
    assert weakest.tier.currentText() == "基本的な対応事項"
    assert weakest.numbers.headers[:4] == ["項目", "タイトル", "区分", "会員数"]
    assert weakest.numbers.rows[0][1] == catalogue.item(weakest.numbers.rows[0][0]).title.ja
    assert weakest.numbers.rows[0][2] == "基本"
    assert [r[3:5] for r in weakest.numbers.rows] == figures
    peers.grouping.setCurrentIndex(1)
    assert {r[1] for r in peers.numbers.rows} == {"中小・地域金融機関", "保険会社"}
    assert peers.numbers.rows[0][0] == "業態別"
    assert peers.domain.itemText(1) == "2.1 ガバナンス"
    assert trends.domain.itemText(0) == "2.1 ガバナンス"
    assert trends.threshold_label.text() == "基準(&V):"
    assert "提出依頼" in trends.numbers.headers[1]


def test_switch_and_selectors_answer_their_keys(qtbot, world: World, catalogue: Catalogue, english) -> None:
    """Alt+N shows the numbers and Alt+H the chart again; Alt+P reaches the grouping, Tab moves on
    from it to the domain. (Letters the dashboard's frame and the central window do not use.)"""
    view = PeersView(catalogue, english)
    qtbot.addWidget(view)
    view.set_data(load_campaign(world.org.db), "basic")
    view.show()
    activate(qtbot, view)  # mnemonics reach only the active window's widgets
    view.domain.setFocus()
    # A button's mnemonic clicks it the way a mouse would, press then release a moment later.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.numbers.stack.currentIndex() == NUMBERS)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.numbers.stack.currentIndex() == CHART)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert view.grouping.hasFocus()
    qtbot.keyClick(view.grouping, Qt.Key.Key_Tab)
    assert view.domain.hasFocus()


def test_copied_text_is_safe_to_paste_into_a_spreadsheet() -> None:
    """A cell a spreadsheet would run as a formula is quoted; a tab or line break inside a cell
    does not split it."""
    assert tsv(["Name", "Rate"], [["=HYPERLINK(1)", "50.0%"], ["a\tb\nc", "—"]]) == (
        "Name\tRate\n'=HYPERLINK(1)\t50.0%\na b c\t—\n"
    )


def test_a_group_without_a_rate_in_a_domain_draws_no_box_there(qtbot, world: World, catalogue: Catalogue, english):
    """When nobody in a group has anything assessed in a domain, that group shows nothing there: no
    box at 0 %, no mean marker, no row; its boxes in the other domains stay in place."""
    data = load_campaign(world.org.db)
    insurance = {m.id for m in data.members if m.category == "insurance"}
    current = {mid: dataclasses.replace(s, domains={d: t for d, t in s.domains.items() if d != "2.6"})
               if mid in insurance else s for mid, s in data.current.items()}  # fmt: skip
    view = PeersView(catalogue, english)
    qtbot.addWidget(view)
    view.set_data(dataclasses.replace(data, current=current), "basic")
    view.grouping.setCurrentIndex(1)  # by category: insurance, regional
    boxes = [s for s in view.chart.series() if isinstance(s, QBoxPlotSeries)]
    assert [s.name()[:12] for s in boxes] == ["Insurance co", "Small/medium"]  # legends are cut to fit
    insurance_boxes = boxes[0].boxSets()
    assert [b.label() for b in insurance_boxes] == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]
    assert all(insurance_boxes[5].at(i) < 0 for i in range(5))  # below the 0–100 % axis: clipped away
    assert all(0 <= b.at(i) <= 100 for b in insurance_boxes[:5] for i in range(5))
    means = next(s for s in view.chart.series() if isinstance(s, QScatterSeries))
    assert [round(p.x() * 4) for p in means.points()] == [-1, 3, 7, 11, 15]  # a quarter in from each domain's left
    assert not any(r[1] == "Insurance companies" and r[2].startswith("2.6") for r in view.numbers.rows)

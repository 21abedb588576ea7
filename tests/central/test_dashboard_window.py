"""The central window's Dashboard tab, driven as an analyst would (issue #14 point 1), on SQLite and
PostgreSQL: members' real signed bundles taken in by the real intake (dashboard_support.build_world),
every figure on screen checked against values worked out in the test from the answers sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from fsadesk.assessment.record import CycleRecord
from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.status import SubmissionState
from fsadesk.terms import percent, status_name
from fsadesk.ui.central.dashboard.drill_down import DrillDownDialog
from fsadesk.ui.central.dashboard.frame import Dashboard
from fsadesk.ui.central.dashboard.heatmap_model import FIXED
from fsadesk.ui.central.window import CentralWindow
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.settings import AppSettings
from tests.central.dashboard_support import FY2025, FY2026, World, build_world, expected_gaps, expected_rates
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    Org,
    base_fixture,
    catalogue_fixture,
    demo_fixture,
    org_fixture,
)
from tests.test_central_intake_ui import FakePrompts


@pytest.fixture
def en_lang() -> LanguageManager:
    """English, with no translator to remove afterwards: no language change once the test's windows
    are gone (the New campaign action's words would be set on a deleted action)."""
    return LanguageManager(QApplication.instance(), "en")


@pytest.fixture
def world(org: Org, base: CycleRecord, catalogue: Catalogue, tmp_path: Path) -> World:
    return build_world(org, base, catalogue, tmp_path)


@pytest.fixture
def windows(qtbot) -> Iterator[list[CentralWindow]]:
    """The windows a test opened, deleted when it ends — before its database is dropped (ask for
    this fixture last): a window left alive would re-read its campaigns on a later test's language
    change, from a PostgreSQL database that no longer exists."""
    made: list[CentralWindow] = []
    yield made
    for window in made:
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def opened(qtbot, org: Org, lang: LanguageManager, tmp_path: Path, windows: list[CentralWindow]) -> Dashboard:
    """The central window at the office laptop's size, its Dashboard tab chosen and loaded."""
    window = CentralWindow(org.db, org.keys, lang, FakePrompts(), AppSettings(), tmp_path / "data")
    windows.append(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    dashboard = window.dashboard
    with qtbot.waitSignal(dashboard.loaded, timeout=30_000):
        window.tabs.setCurrentWidget(dashboard)
    return dashboard


def choose(combo, value: object) -> None:
    """Choose the entry holding `value`, as a person picking it from the list does."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def heatmap_text(dashboard: Dashboard) -> dict[str, dict[str, str]]:
    """Institution id → domain → the text each heatmap cell shows, as sorted on screen."""
    proxy, model = dashboard.heatmap.proxy, dashboard.heatmap.model
    out = {}
    for row in range(proxy.rowCount()):
        iid = proxy.index(row, 0).data()
        out[iid] = {model.domains[c - FIXED]: proxy.index(row, c).data() for c in range(FIXED, proxy.columnCount())}
    return out


def expected_text(world: World, catalogue: Catalogue, campaign: str, tier: str = "basic") -> dict[str, dict[str, str]]:
    return {
        iid: {d: percent(r) for d, r in expected_rates(catalogue, world.profiles[iid], answers, tier).items()}
        for (cid, iid), answers in world.current.items()
        if cid == campaign
    }


def test_status_tab_counts_each_state_and_filters_rows(qtbot, tmp_path, world: World, en_lang, windows) -> None:
    """The big counts, the deadline, one row per expected member with its state; the state filter."""
    dashboard = opened(qtbot, world.org, en_lang, tmp_path, windows)
    status = dashboard.status
    tabs = [dashboard.views.tabText(i) for i in range(dashboard.views.count())]
    assert tabs == ["Stat&us", "H&eatmap", "&Open gaps", "&Weakest items", "Peer groups", "Trends"]
    shown = {state: int(label.text()) for state, label in status.numbers.items()}
    assert shown == {SubmissionState.RECEIVED: 2, SubmissionState.FLAGGED: 1, SubmissionState.LATE: 1,
                     SubmissionState.MISSING: 1}  # fmt: skip
    assert "2027-06-30" in status.deadline.text() and "5 members" in status.deadline.text()
    rows = {status.proxy.index(r, 0).data(): status.proxy.index(r, 4).data() for r in range(status.proxy.rowCount())}
    assert rows == {
        "A-0001": "Received",
        "B-0002": "Received",
        "C-0003": "Accepted with a flag",
        "D-0004": "Late",
        "E-0005": "Missing",
    }  # fmt: skip  (F-0006 revoked: not expected)
    b = next(r for r in range(status.proxy.rowCount()) if status.proxy.index(r, 0).data() == "B-0002")
    assert status.proxy.index(b, 5).data() == "2027-06-03"  # its resubmission counts
    assert status.proxy.index(b, 3).data() == "Large (over 500 staff)"
    choose(status.filter, "missing")
    assert [status.proxy.index(r, 0).data() for r in range(status.proxy.rowCount())] == ["E-0005"]
    assert status.proxy.index(0, 5).data() == "—"


def test_heatmap_shows_the_rates_sorts_switches_tier_and_filters_without_a_query(
    qtbot, tmp_path, world: World, catalogue: Catalogue, en_lang, windows
) -> None:
    """Every cell reads the member's rate of the tier; a header click sorts by it; the desirable tier
    and a category filter change the table from the snapshot in memory (no SQL statement)."""
    dashboard = opened(qtbot, world.org, en_lang, tmp_path, windows)
    dashboard.views.setCurrentWidget(dashboard.heatmap)
    want = expected_text(world, catalogue, "fy2026")
    assert heatmap_text(dashboard) == want

    table, header = dashboard.heatmap.table, dashboard.heatmap.table.horizontalHeader()
    column = FIXED  # domain 2.1
    domain = dashboard.heatmap.model.domains[0]
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    rates = {iid: expected_rates(catalogue, world.profiles[iid], a)[domain]
             for (cid, iid), a in world.current.items() if cid == "fy2026"}  # fmt: skip
    order = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    got = [rates[iid] if rates[iid] is not None else -1.0 for iid in order]
    assert got == sorted(got) and len(set(got)) > 1  # ascending, and the figures differ
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    order = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert [rates[iid] for iid in order] == sorted(rates.values(), reverse=True)  # type: ignore[type-var]

    statements: list[str] = []
    event.listen(world.org.db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    choose(dashboard.tier, "desirable")
    assert heatmap_text(dashboard) == expected_text(world, catalogue, "fy2026", "desirable")
    assert heatmap_text(dashboard)["A-0001"] != want["A-0001"]  # A-0001 answers the desirable items too
    assert set(heatmap_text(dashboard)["B-0002"].values()) == {"—"}  # basic-only: nothing assessed
    b = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data() == "B-0002")
    assert "nothing of this tier was assessed" in table.model().index(b, FIXED).data(Qt.ItemDataRole.ToolTipRole)
    choose(dashboard.category, "insurance")
    assert set(heatmap_text(dashboard)) == {"C-0003", "D-0004"}
    dashboard.views.setCurrentWidget(dashboard.status)  # each view is laid out when shown
    assert {dashboard.status.proxy.index(r, 0).data() for r in range(dashboard.status.proxy.rowCount())} == {
        "C-0003", "D-0004"}  # fmt: skip
    assert dashboard.category.currentText() == "Insurance companies"
    choose(dashboard.size_band, "large")  # no insurance company is large
    assert dashboard.status.proxy.rowCount() == 0 and dashboard.status.empty.isVisible()
    dashboard.views.setCurrentWidget(dashboard.heatmap)
    assert heatmap_text(dashboard) == {} and dashboard.notice.isVisible()
    assert "No member matches these filters" in dashboard.notice.text()
    for view in dashboard.chart_views:
        dashboard.views.setCurrentWidget(view)
        assert view.data.filters == dashboard.filters()  # type: ignore[attr-defined]
    assert statements == []  # tier and filters recompute in memory


def test_the_weakest_items_follow_the_frames_tier_with_no_second_switch(
    qtbot, tmp_path, world: World, catalogue: Catalogue, en_lang, windows
) -> None:
    """One tier choice for the whole dashboard: the weakest items' own switch is hidden in the frame
    and its chart and numbers show the tier chosen at the top."""
    from fsadesk.ui.central.dashboard.weakest_view import WeakestView

    dashboard = opened(qtbot, world.org, en_lang, tmp_path, windows)
    weakest = next(v for v in dashboard.chart_views if isinstance(v, WeakestView))
    dashboard.views.setCurrentWidget(weakest)
    assert not weakest.tier.isVisible() and not weakest.tier_label.isVisible()
    assert weakest.items and {w.tier for w in weakest.items} == {"basic"}
    choose(dashboard.tier, "desirable")
    assert weakest.selected_tier == "desirable"
    assert weakest.items and {w.tier for w in weakest.items} == {"desirable"}  # A-0001 answers them


def test_enter_and_double_click_on_a_cell_open_that_members_answers_for_the_domain(
    qtbot, tmp_path, world: World, catalogue: Catalogue, en_lang, windows
) -> None:
    """The drill-down lists exactly the member's answers for the domain with their statuses; Esc closes."""
    dashboard = opened(qtbot, world.org, en_lang, tmp_path, windows)
    dashboard.views.setCurrentWidget(dashboard.heatmap)
    table = dashboard.heatmap.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "C-0003")
    column = FIXED + 2
    domain = dashboard.heatmap.model.domains[2]
    table.setFocus()
    table.setCurrentIndex(model.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = dashboard.drill_dialog
    assert isinstance(dialog, DrillDownDialog) and dialog.isVisible()
    sent = world.current[("fy2026", "C-0003")]
    want = [(i.id, status_name(sent[i.id].status, "en")) for i in catalogue.items
            if i.id in sent and catalogue.domain_of(i.node) == domain]  # fmt: skip
    assert dialog.shown() == want and want
    plans = {r: dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())}
    for r, (item_id, _status) in enumerate(want):  # the member's action plans, as it sent them
        planned = sent[item_id].plan is not None
        assert ("総務課" in plans[r] and "2027-12-31" in plans[r]) if planned else plans[r] == ""
    assert any(sent[i].plan is not None for i, _s in want)
    assert domain in dialog.windowTitle() and "C-0003" in dialog.heading.text()
    assert model.index(row, column).data() in dialog.heading.text()  # the rate clicked
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    other = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "A-0001")
    rect = table.visualRect(model.index(other, FIXED))
    # A double-click as the system sends it: a click, then the second press as a double-click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = dashboard.drill_dialog
    assert isinstance(dialog, DrillDownDialog) and dialog.isVisible() and "A-0001" in dialog.heading.text()
    first = dashboard.heatmap.model.domains[0]
    sent = world.current[("fy2026", "A-0001")]
    assert [i for i, _s in dialog.shown()] == [
        i.id for i in catalogue.items if i.id in sent and catalogue.domain_of(i.node) == first
    ]
    dialog.reject()


def test_open_gaps_and_an_earlier_campaign(
    qtbot, tmp_path, world: World, catalogue: Catalogue, en_lang, windows
) -> None:
    """The open gaps per member with their items' titles; choosing fy2025 shows fy2025's figures."""
    dashboard = opened(qtbot, world.org, en_lang, tmp_path, windows)
    dashboard.views.setCurrentWidget(dashboard.gaps)
    want = {iid: expected_gaps(catalogue, a) for (cid, iid), a in world.current.items() if cid == "fy2026"}
    shown = dashboard.gaps.shown()
    assert {iid: set(items) for iid, items in shown.items()} == {i: g for i, g in want.items() if g}
    counts = [len(items) for items in shown.values()]
    assert counts == sorted(counts, reverse=True)  # most gaps first
    first = dashboard.gaps.tree.topLevelItem(0)
    assert catalogue.item(first.child(0).text(0).split()[0]).title.en in first.child(0).text(0)

    assert [dashboard.campaign.itemData(i) for i in range(dashboard.campaign.count())] == ["fy2026", "fy2025"]
    with qtbot.waitSignal(dashboard.loaded, timeout=30_000):
        choose(dashboard.campaign, FY2025.campaign_id)
    assert dashboard.data is not None and dashboard.data.campaign.campaign_id == "fy2025"
    dashboard.views.setCurrentWidget(dashboard.heatmap)
    assert heatmap_text(dashboard) == expected_text(world, catalogue, "fy2025")
    dashboard.views.setCurrentWidget(dashboard.status)
    numbers = {s: int(label.text()) for s, label in dashboard.status.numbers.items()}
    assert numbers[SubmissionState.MISSING] == 1 and numbers[SubmissionState.RECEIVED] == 4  # D-0004 missing
    assert FY2025.deadline.isoformat() in dashboard.status.deadline.text()
    assert FY2026.deadline.isoformat() not in dashboard.status.deadline.text()


def test_empty_database_says_what_to_do_at_each_step(
    qtbot, tmp_path, org: Org, base: CycleRecord, catalogue: Catalogue, en_lang, windows
) -> None:
    """No campaign yet (how to create one), no members, no submissions yet: plain words each time."""
    from fsadesk.central.members import accept_enrolment, read_enrolment
    from tests.central.conftest import make_enrolment
    from tests.central.dashboard_support import campaign_of

    dashboard = opened(qtbot, org, en_lang, tmp_path, windows)
    assert dashboard.stack.currentWidget() is dashboard.message
    assert "There is no campaign yet" in dashboard.message.text() and "New campaign" in dashboard.message.text()
    assert not dashboard.export_button.isEnabled() and not dashboard.benchmark_button.isEnabled()

    campaign_of(org, catalogue, FY2026)
    window = dashboard.window()
    with qtbot.waitSignal(dashboard.loaded, timeout=30_000):
        window._campaign_created()  # as the New campaign… action does once the campaign is made
    assert dashboard.stack.currentWidget() is dashboard.views
    assert "No members are enrolled yet" in dashboard.status.empty.text() and dashboard.status.empty.isVisible()

    accept_enrolment(org.db, read_enrolment(make_enrolment(tmp_path / "in", "A-0001")[0]), confirmed_by="test")
    with qtbot.waitSignal(dashboard.loaded, timeout=30_000):
        qtbot.mouseClick(dashboard.refresh_button, Qt.MouseButton.LeftButton)
    assert int(dashboard.status.numbers[SubmissionState.MISSING].text()) == 1
    dashboard.views.setCurrentWidget(dashboard.heatmap)
    assert dashboard.heatmap.empty.isVisible() and not dashboard.heatmap.table.isVisible()
    assert "No member has submitted for this campaign yet" in dashboard.heatmap.empty.text()
    assert dashboard.notice.isVisible()


def test_a_database_gone_is_said_in_plain_words(qtbot, tmp_path, base: CycleRecord, catalogue: Catalogue, windows):
    """The SQLite file taken away while the window is open: Refresh says so, never a traceback."""
    from tests.central.dashboard_support import campaign_of
    from tests.central.intake_support import make_org

    # A language change would make the Intake tab re-read its campaigns, from the database gone.
    en_lang = LanguageManager(QApplication.instance(), "en")
    org = make_org(str(tmp_path / "central.db"), tmp_path)
    try:
        campaign_of(org, catalogue, FY2026)
        dashboard = opened(qtbot, org, en_lang, tmp_path, windows)
        assert dashboard.stack.currentWidget() is dashboard.views
        org.db.engine.dispose()
        (tmp_path / "central.db").rename(tmp_path / "moved.db")
        with qtbot.waitSignal(dashboard.loaded, timeout=30_000):
            qtbot.mouseClick(dashboard.refresh_button, Qt.MouseButton.LeftButton)
        text = dashboard.message.text()
        assert dashboard.stack.currentWidget() is dashboard.message
        assert "could not be read" in text and "Traceback" not in text
        assert not dashboard.export_button.isEnabled()
    finally:
        org.db.close()


@pytest.fixture
def ja_lang() -> Iterator[LanguageManager]:
    """Japanese; back to English at the end, while the test's windows still exist (ask for this
    fixture after `windows`)."""
    manager = LanguageManager(QApplication.instance(), "ja")
    yield manager
    manager.set_language("en")


def test_the_dashboard_speaks_japanese(qtbot, tmp_path, world: World, catalogue: Catalogue, windows, ja_lang) -> None:
    """Tab, counts, categories, size bands, tier and the drill-down's statuses in Japanese."""
    dashboard = opened(qtbot, world.org, ja_lang, tmp_path, windows)
    window = dashboard.window()
    assert window.tabs.tabText(window.tabs.indexOf(dashboard)) == "ダッシュボード(&A)"
    assert [dashboard.status.captions[s].text() for s in SubmissionState] == [
        "受付済み", "注記つきで受付", "期限後に提出", "未提出"]  # fmt: skip
    assert "2027/06/30" in dashboard.status.deadline.text()
    assert dashboard.tier.currentText() == "基本的な対応事項"
    assert dashboard.category.itemText(0) == "すべての業態"
    assert {dashboard.category.itemText(i) for i in range(1, dashboard.category.count())} == {
        "中小・地域金融機関", "保険会社", "金融商品取引業者等"}  # fmt: skip
    dashboard.views.setCurrentWidget(dashboard.heatmap)
    model = dashboard.heatmap.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "B-0002")
    assert model.index(row, 3).data() == "大規模（役職員501人以上）"
    assert model.headerData(FIXED, Qt.Orientation.Horizontal) == "2.1\nガバナンス"
    dashboard.heatmap.table.setFocus()
    dashboard.heatmap.table.setCurrentIndex(model.index(row, FIXED))
    qtbot.keyClick(dashboard.heatmap.table, Qt.Key.Key_Enter)
    dialog = dashboard.drill_dialog
    assert isinstance(dialog, DrillDownDialog)
    sent = world.current[("fy2026", "B-0002")]
    assert {s for _i, s in dialog.shown()} == {status_name(sent[i].status, "ja") for i, _s in dialog.shown()}
    assert "基本的な対応事項の実施率" in dialog.heading.text()
    dialog.reject()


def test_loading_is_shown_then_a_language_change_rewords_everything(
    qtbot, tmp_path, world: World, windows, ja_lang
) -> None:
    """While the snapshot loads the page says so; switching to English while open rewords the
    counts, choices and rows without reading the database again."""
    window = CentralWindow(world.org.db, world.org.keys, ja_lang, FakePrompts(), AppSettings(), tmp_path / "data")
    windows.append(window)
    window.resize(1366, 768)
    window.show()
    dashboard = window.dashboard
    with qtbot.waitSignal(dashboard.loaded, timeout=30_000):
        window.tabs.setCurrentWidget(dashboard)
        assert dashboard.stack.currentWidget() is dashboard.message
        assert dashboard.message.text() == "提出依頼の集計を読み込んでいます…"
        assert not dashboard.refresh_button.isEnabled() and not dashboard.export_button.isEnabled()
    assert dashboard.status.captions[SubmissionState.MISSING].text() == "未提出"
    statements: list[str] = []
    event.listen(world.org.db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    ja_lang.set_language("en")
    qtbot.waitUntil(lambda: dashboard.status.captions[SubmissionState.MISSING].text() == "Missing")
    assert dashboard.tier.currentText() == "Basic response items"
    assert dashboard.category.itemText(dashboard.category.findData("insurance")) == "Insurance companies"
    rows = dashboard.status.proxy
    assert {rows.index(r, 4).data() for r in range(rows.rowCount())} == {"Received", "Accepted with a flag",
                                                                           "Late", "Missing"}  # fmt: skip
    # The other tabs re-read their own lists; the dashboard's snapshot (every query of which reads
    # the submissions) is not read again.
    assert not any("submission" in s for s in statements)


@pytest.mark.parametrize("shared", [True, False])
def test_the_drill_down_shows_notes_only_where_the_member_shared_them(
    qtbot, tmp_path, org: Org, base: CycleRecord, catalogue: Catalogue, en_lang, windows, shared: bool
) -> None:
    """A member's notes, evidence and reasons appear in the drill-down when its bundle carried
    them; when it left them out, the dialog says so and shows none."""
    import dataclasses

    from fsadesk.assessment.answers import Status
    from tests.central.dashboard_support import _member, _with, campaign_of, take_in
    from tests.central.intake_support import bundle, enrol

    campaign_of(org, catalogue, FY2026)
    m = _with(_member(base, "A-0001", "regional"), catalogue, 5)
    first = sorted(d.number for d in catalogue.domains())[0]  # the heatmap's first domain column
    noted = {i: dataclasses.replace(a, notes=f"メモ {i}", evidence=f"規程 {i}")
             for i, a in m.record.answers.items()
             if catalogue.domain_of(catalogue.item(i).node) == first and a.status is not Status.UNANSWERED}  # fmt: skip
    m = dataclasses.replace(m, record=dataclasses.replace(m.record, answers={**m.record.answers, **noted}))
    enrol(org, m, tmp_path / "enrolments")
    path = tmp_path / "a.fsab"
    path.write_bytes(bundle(m, catalogue, label=FY2026.label, fiscal_year=FY2026.fiscal_year, include_notes=shared))
    take_in(World(org, catalogue), FY2026, [path])
    dashboard = opened(qtbot, org, en_lang, tmp_path, windows)
    dashboard.views.setCurrentWidget(dashboard.heatmap)
    table = dashboard.heatmap.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, FIXED))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = dashboard.drill_dialog
    assert isinstance(dialog, DrillDownDialog) and first in dialog.windowTitle()
    notes = [dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())]
    ids = [i for i, _s in dialog.shown()]
    assert set(ids) == set(noted) and noted
    if shared:
        assert notes == [f"メモ {i}\nEvidence: 規程 {i}" for i in ids]
    else:
        assert set(notes) == {""} and "did not share its notes" in dialog.note.text()
    dialog.reject()

"""The summary page's "You and your peer group" tab (ui/peer_panel.py), read from the widgets in
Japanese and English: with a real signed benchmark pack imported into the demo workspace, each
domain's own rate (worked out here from the stored answers) beside the group's quartiles and the
band in words, the group used and where the figures come from, and the items where most peers are
ahead, which open the item; without a pack, one line saying what a pack is and how to import it."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fsadesk.app.answering import AssessmentSession
from fsadesk.app.benchmark import import_benchmark
from fsadesk.assessment.answers import GAP_STATUSES
from fsadesk.assessment.benchmark import ALL_GROUP, BenchmarkPack
from fsadesk.catalogue import Catalogue
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.peer_panel import ITEM_ID_ROLE
from fsadesk.ui.summary_page import SummaryPage
from tests.peer_support import figures, group, item_figures, own_rates, pack_of, signed_pack
from tests.qt_helpers import demo_session

KEY = Ed25519PrivateKey.generate()
CELLS = {
    "2.1": figures(0.30, 0.45, 0.60, 0.46),
    "2.2": figures(0.50, 0.62, 0.80, 0.63),
    "2.3": None,  # not published
    "2.4": figures(0.20, 0.35, 0.50, 0.36),
    "2.5": figures(0.55, 0.70, 0.85, 0.69),
    "2.6": figures(0.10, 0.30, 0.42, 0.30),
}
BANDS = {
    "en": ("below the lower quartile", "between the lower quartile and the median",
           "between the median and the upper quartile", "above the upper quartile"),
    "ja": ("下位25%の水準を下回る", "下位25%の水準と中央値の間", "中央値と上位25%の水準の間", "上位25%の水準を上回る"),
}  # fmt: skip
NOT_PUBLISHED = {"en": "not published (fewer than 5)", "ja": "公表なし（5機関未満）"}
GROUP = {
    "en": "You are compared with the 9 members of your category (Small/medium-sized and regional financial "
    "institutions).",
    "ja": "同じ業態（中小・地域金融機関）の9機関と比べています。",
}
NO_PACK = {
    "en": "A benchmark pack from your central organisation shows how your implementation rates compare with "
    "similar institutions, without naming any of them. When you receive one, choose File ▸ Import benchmark "
    "pack… to import it.",
    "ja": "ベンチマークファイル",  # the Japanese line names the pack in the glossary's words
}


def _whole(rate: float) -> int:
    return math.floor(rate * 100 + 0.5 + 1e-9)  # half up, as the page shows a rate


def share(n: int) -> float:
    return 0.3 + (n % 7) / 10  # 30% … 90% implement, item by item


def the_pack(catalogue: Catalogue) -> BenchmarkPack:
    basic = [i.id for i in catalogue.items if i.is_basic]
    shares = {item_id: item_figures(share(n)) for n, item_id in enumerate(basic)}
    return pack_of(
        catalogue,
        group("all", ALL_GROUP, catalogue, members=30),
        group("category", "regional", catalogue, members=9, rates=CELLS, items=shares),
    )


@pytest.fixture
def manager(request: pytest.FixtureRequest) -> Iterator[LanguageManager]:
    manager = LanguageManager(QApplication.instance(), request.param)  # type: ignore[arg-type]
    yield manager
    manager.set_language("en")  # its translators removed: the next test starts in English


def _page(qtbot: QtBot, session: AssessmentSession, manager: LanguageManager) -> SummaryPage:
    page = SummaryPage(session, manager, prompts=None)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.top_tabs.setCurrentWidget(page.peer_panel)
    return page


@pytest.mark.parametrize("manager", ["ja", "en"], indirect=True)
def test_the_page_shows_the_members_rates_against_the_groups_quartiles(
    qtbot: QtBot, catalogue: Catalogue, tmp_path: Path, manager: LanguageManager
) -> None:
    lang = manager.lang
    session: AssessmentSession = demo_session(tmp_path / "demo", catalogue)  # type: ignore[no-untyped-call]
    import_benchmark(session.folder, signed_pack(session.folder, tmp_path, KEY, the_pack(catalogue)))
    page = _page(qtbot, session, manager)
    panel = page.peer_panel

    assert panel.figures.isVisible() and not panel.empty_label.isVisible()
    answers = session.assessment_workspace.answers(session.cycle.id)
    own = own_rates(catalogue, answers, "basic")
    table = panel.table
    assert table.rowCount() == 6
    for row, node in enumerate(catalogue.domains()):
        cells = [table.item(row, c).text() for c in range(7)]  # type: ignore[union-attr]
        assert cells[0] == f"{node.number} {(node.short or node.title).get(lang)}"
        assert cells[1] == f"{_whole(own[node.number])}%"
        f = CELLS[node.number]
        if f is None:
            assert cells[2:] == ["—", "—", "—", "—", NOT_PUBLISHED[lang]]
            continue
        o, q1, m, q3 = _whole(own[node.number]), _whole(f.q1), _whole(f.median), _whole(f.q3)
        band = BANDS[lang][0 if o < q1 else 1 if o < m else 2 if o <= q3 else 3]
        assert cells[2:] == [f"{q1}%", f"{m}%", f"{q3}%", f"{_whole(f.mean)}%", band]

    about = panel.about_label.text()
    assert GROUP[lang] in about
    assert "全国信用協同組合連合会（テスト）" in about
    assert ("2027/07/15" if lang == "ja" else "2027-07-15") in about

    # The items most peers implement that this member answered Partially or Not implemented:
    # largest share first, then guideline order.
    basic = [i.id for i in catalogue.items if i.is_basic]
    applicable = {i.id for i in session.items}
    ahead = [
        item_id
        for n, item_id in enumerate(basic)
        if item_id in applicable and session.answer(item_id).status in GAP_STATUSES and share(n) > 0.5
    ]
    ahead.sort(key=lambda item_id: -share(basic.index(item_id)))
    shown = [panel.ahead_list.item(r).text() for r in range(panel.ahead_list.count())]
    assert len(shown) == len(ahead) > 0
    for text, item_id in zip(shown, ahead, strict=True):
        assert item_id in text and f"{_whole(share(basic.index(item_id)))}%" in text
    assert str(len(ahead)) in panel.ahead_label.text()

    # Enter on an entry opens that item, as a row of the action plan does.
    panel.ahead_list.setFocus()
    panel.ahead_list.setCurrentRow(0)
    with qtbot.waitSignal(page.item_requested) as opened:
        qtbot.keyClick(panel.ahead_list, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert opened.args == [ahead[0]]


@pytest.mark.parametrize("manager", ["ja", "en"], indirect=True)
def test_without_a_pack_one_line_says_what_a_pack_is(
    qtbot: QtBot, catalogue: Catalogue, tmp_path: Path, manager: LanguageManager
) -> None:
    session: AssessmentSession = demo_session(tmp_path / "demo", catalogue)  # type: ignore[no-untyped-call]
    page = _page(qtbot, session, manager)
    panel = page.peer_panel
    assert panel.empty_label.isVisible() and not panel.figures.isVisible()
    assert NO_PACK[manager.lang] in panel.empty_label.text()
    assert page.top_tabs.tabText(1) == {"en": "You and your peer group", "ja": "同業の機関との比較"}[manager.lang]


@pytest.mark.parametrize("manager", ["ja", "en"], indirect=True)
def test_every_basic_item_shows_the_share_of_peers_that_implement_it(
    qtbot: QtBot, catalogue: Catalogue, tmp_path: Path, manager: LanguageManager
) -> None:
    """Issue #14: "for each item, what share of peers implement it" — one click shows every applicable
    basic item with its share (the ones where peers are ahead still first), and back."""
    session: AssessmentSession = demo_session(tmp_path / "demo", catalogue)  # type: ignore[no-untyped-call]
    import_benchmark(session.folder, signed_pack(session.folder, tmp_path, KEY, the_pack(catalogue)))
    panel = _page(qtbot, session, manager).peer_panel
    only_ahead = panel.ahead_list.count()
    basic = [i.id for i in catalogue.items if i.is_basic]
    applicable = [i for i in basic if i in {it.id for it in session.items}]

    qtbot.mouseClick(panel.every_item, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    rows = [panel.ahead_list.item(r) for r in range(panel.ahead_list.count())]
    shown = {row.data(ITEM_ID_ROLE): row.text() for row in rows}
    assert len(rows) == len(shown) == len(applicable) > only_ahead
    assert set(shown) == set(applicable)
    assert str(len(applicable)) in panel.ahead_label.text()
    for item_id in applicable:
        assert item_id in shown[item_id] and f"{_whole(share(basic.index(item_id)))}%" in shown[item_id]

    qtbot.mouseClick(panel.every_item, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert panel.ahead_list.count() == only_ahead

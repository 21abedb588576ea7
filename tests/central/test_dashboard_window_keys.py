"""The Dashboard tab by keyboard: no Alt+letter leads to two places (in Japanese and English, on
each inner tab, and on the Members tab beside it), and the heatmap is walked with the arrow keys."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget

from fsadesk.assessment.record import CycleRecord
from fsadesk.catalogue import Catalogue
from fsadesk.ui.central.dashboard.heatmap_model import FIXED
from fsadesk.ui.central.window import CentralWindow
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.settings import AppSettings
from tests.central.dashboard_support import World, build_world
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    base_fixture,
    catalogue_fixture,
    demo_fixture,
    make_org,
)
from tests.test_central_intake_ui import FakePrompts

MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def letters(window: QWidget) -> Counter[str]:
    """Letters Alt+letter reaches now: menus, visible tabs, buttons and labelled fields."""
    found = [_letter(a.text()) for a in window.menuBar().actions()]  # type: ignore[attr-defined]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            found.append(_letter(widget.text()))
        elif isinstance(widget, QTabWidget):
            found.extend(_letter(widget.tabText(i)) for i in range(widget.count()))
    return Counter(x for x in found if x)


@pytest.fixture
def window(qtbot, tmp_path: Path, base: CycleRecord, catalogue: Catalogue) -> Iterator[tuple[CentralWindow, World]]:
    org = make_org(str(tmp_path / "central.db"), tmp_path)
    world = build_world(org, base, catalogue, tmp_path)
    made = CentralWindow(org.db, org.keys, LanguageManager(QApplication.instance(), "en"), FakePrompts(),
                         AppSettings(), tmp_path / "data")  # fmt: skip
    made.resize(1366, 768)
    made.show()
    qtbot.waitExposed(made)
    yield made, world
    made.close()
    made.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    org.db.close()


@pytest.mark.parametrize("lang_code", ["ja", "en"])
def test_no_alt_letter_leads_to_two_places(qtbot, window, lang_code) -> None:
    central, _world = window
    manager = LanguageManager(QApplication.instance(), lang_code)
    try:
        dashboard = central.dashboard
        with qtbot.waitSignal(dashboard.loaded, timeout=30_000):
            central.tabs.setCurrentWidget(dashboard)
        for view in (dashboard.status, dashboard.heatmap, dashboard.gaps, *dashboard.chart_views):
            dashboard.views.setCurrentWidget(view)
            twice = {k: n for k, n in letters(central).items() if n > 1}
            assert twice == {}, (lang_code, type(view).__name__)
        central.tabs.setCurrentWidget(central.members)
        assert {k: n for k, n in letters(central).items() if n > 1} == {}
    finally:
        manager.set_language("en")


def test_the_heatmap_is_walked_with_arrows(qtbot, window) -> None:
    central, _world = window
    dashboard = central.dashboard
    with qtbot.waitSignal(dashboard.loaded, timeout=30_000):
        central.tabs.setCurrentWidget(dashboard)
    dashboard.views.setCurrentWidget(dashboard.heatmap)
    table = dashboard.heatmap.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, FIXED))
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, FIXED + 1)
    assert dashboard.drill_dialog is None
    qtbot.keyClick(table, Qt.Key.Key_Enter)
    assert dashboard.drill_dialog is not None and dashboard.drill_dialog.isVisible()
    qtbot.keyClick(dashboard.drill_dialog, Qt.Key.Key_Escape)
    assert not dashboard.drill_dialog.isVisible()

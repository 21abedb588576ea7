"""The central window's tables at the office laptop's size (1366×768): each column as wide as what it
shows, so that the name does not push the member's key state and fingerprint to the far right, and
a campaign's id is readable on one line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTableWidget

from fsadesk.catalogue import Catalogue, load_catalogue
from fsadesk.central.campaigns import create_campaign
from fsadesk.ui.central.window import CentralWindow
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.settings import AppSettings
from tests.central.conftest import make_enrolment
from tests.central.intake_support import Org, make_org
from tests.test_central_intake_ui import FakePrompts


@pytest.fixture(params=["ja", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[LanguageManager]:
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")


@pytest.fixture
def org(tmp_path: Path) -> Iterator[Org]:
    org = make_org(str(tmp_path / "central.db"), tmp_path)
    yield org
    org.db.close()


def _shown(qtbot, org: Org, lang: LanguageManager, tmp_path: Path) -> CentralWindow:
    window = CentralWindow(org.db, org.keys, lang, FakePrompts(), AppSettings(), tmp_path / "data")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _fits(table: QTableWidget, column: int) -> bool:
    """Every cell of the column is shown whole, on one line."""
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(table.item(r, column).text()) for r in range(table.rowCount()))
    return table.columnWidth(column) >= widest


def test_the_members_name_column_is_as_wide_as_the_names(qtbot, tmp_path: Path, org: Org, lang: LanguageManager):
    from fsadesk.central.members import accept_enrolment, read_enrolment

    for n, name in enumerate(("Minato Credit Cooperative", "Yamanami Credit Cooperative"), start=1):
        accept_enrolment(
            org.db, read_enrolment(make_enrolment(tmp_path / "in", f"SK-{n:04d}", name)[0]), confirmed_by="test"
        )
    window = _shown(qtbot, org, lang, tmp_path)
    table = window.members.table
    names = max(table.fontMetrics().horizontalAdvance(table.item(r, 1).text()) for r in range(table.rowCount()))
    assert _fits(table, 1) and table.columnWidth(1) < names + 80  # not the whole spare width
    assert all(_fits(table, c) for c in (0, 5, 6, 7))


def test_a_campaign_is_listed_with_its_id_readable_on_one_line(qtbot, tmp_path: Path, org: Org, lang: LanguageManager):
    catalogue: Catalogue = load_catalogue()
    create_campaign(
        org.db,
        signing_key=org.unlock().signing_key,
        title="2026年度 サイバーセキュリティ自己評価",
        cycle_label="2026年度",
        fiscal_year=2026,
        deadline=dt.date(2027, 6, 30),
        catalogue=catalogue,
    )  # fmt: skip  (no id given: a long generated one)
    window = _shown(qtbot, org, lang, tmp_path)
    # As the user sees it: on its tab. (A table on a tab not yet shown keeps Qt's default 640-pixel
    # width, which said nothing about the window and failed or passed with the font's digits.)
    window.tabs.setCurrentWidget(window.campaigns)
    qtbot.waitUntil(lambda: window.campaigns.table.viewport().width() > 1000)
    table = window.campaigns.table
    assert table.rowCount() == 1
    assert all(_fits(table, c) for c in range(table.columnCount()))
    assert not table.wordWrap() or table.rowHeight(0) < 2 * table.fontMetrics().height()


def test_the_campaigns_deadline_is_written_as_elsewhere_in_the_users_language(
    qtbot, tmp_path: Path, org: Org, lang: LanguageManager
):
    create_campaign(
        org.db, signing_key=org.unlock().signing_key, title="FY2026", cycle_label="2026年度", fiscal_year=2026,
        deadline=dt.date(2027, 6, 30), catalogue=load_catalogue(), campaign_id="fy2026",
    )  # fmt: skip
    window = _shown(qtbot, org, lang, tmp_path)
    deadline = {"ja": "2027/06/30", "en": "2027-06-30"}[lang.lang]  # as the intake's campaign choice says it
    assert window.campaigns.table.item(0, 3).text() == deadline
    assert deadline in window.intake.campaign.currentText()
    # The whole choice in the language's own punctuation (Japanese brackets and comma)
    shown = {"ja": "（2026年度、締切 2027/06/30）", "en": " (2026年度, deadline 2027-06-30)"}[lang.lang]
    assert window.intake.campaign.currentText().endswith(shown), window.intake.campaign.currentText()

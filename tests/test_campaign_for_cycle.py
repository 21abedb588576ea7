"""The summary banner's deadline and the export dialog's encryption follow the campaign for the open
cycle's fiscal year, not whichever campaign file was imported last (issue #12): a member who has
imported next year's campaign still sees this year's deadline while this year's cycle is open, and a
cycle no campaign asks for shows no deadline and is not encrypted by default. In Japanese and English."""

from __future__ import annotations

import datetime as dt

from fsadesk.app.campaigns import current_campaign
from fsadesk.ui.export_dialog import ExportDialog
from tests.test_campaign_import import ORG, write_campaign
from tests.test_campaign_ui import KEY, _pick, ui_lang, window  # noqa: F401  (fixtures)
from tests.test_main_window import FakePrompts

DEADLINES = {  # the demo workspace's cycle is 2026年度
    "ja": {"this_year": f"締切 2027/05/31（{ORG}）", "next_year": "2028/06/30", "any": "締切"},
    "en": {"this_year": f"Deadline 2027-05-31 ({ORG})", "next_year": "2028-06-30", "any": "Deadline"},
}


def _import(window, monkeypatch, tmp_path, campaign_id: str, fiscal_year: int, deadline: dt.date) -> None:  # noqa: F811
    path = write_campaign(
        window.session.folder, tmp_path, KEY, campaign_id=campaign_id, fiscal_year=fiscal_year,
        cycle_label=f"{fiscal_year}年度", deadline=deadline,
    )  # fmt: skip
    _pick(monkeypatch, path)
    window.act_import_campaign.trigger()


def _banner(window) -> str:  # noqa: F811
    window.show_summary(True)
    return window._summary.state_banner.text.text()


def test_only_next_years_campaign_shows_no_deadline_and_no_encryption(window, tmp_path, monkeypatch, ui_lang):  # noqa: F811
    words = DEADLINES[ui_lang.lang]
    _import(window, monkeypatch, tmp_path, "2027-next", 2027, dt.date(2028, 6, 30))
    assert window.session.cycle.fiscal_year == 2026
    banner = _banner(window)
    assert words["next_year"] not in banner and words["any"] not in banner
    dialog = ExportDialog(window.session, ui_lang, FakePrompts())
    assert not dialog.encrypt.isVisibleTo(dialog) and not dialog.encrypt.isChecked()
    dialog.deleteLater()


def test_this_years_campaign_is_shown_though_next_years_came_later(window, tmp_path, monkeypatch, ui_lang):  # noqa: F811
    words = DEADLINES[ui_lang.lang]
    _import(window, monkeypatch, tmp_path, "2026-this", 2026, dt.date(2027, 5, 31))
    _import(window, monkeypatch, tmp_path, "2027-next", 2027, dt.date(2028, 6, 30))
    assert current_campaign(window.session.folder).campaign_id == "2027-next"  # last imported
    banner = _banner(window)
    assert words["this_year"] in banner and words["next_year"] not in banner
    dialog = ExportDialog(window.session, ui_lang, FakePrompts())
    assert dialog.encrypt.isVisibleTo(dialog) and dialog.encrypt.isChecked()  # on by default for this year
    dialog.deleteLater()


def test_the_campaign_for_a_fiscal_year_is_the_newest_of_that_year(window, tmp_path, monkeypatch):  # noqa: F811
    """The application layer's choice itself: the newest import of that fiscal year, or None."""
    _import(window, monkeypatch, tmp_path, "2026-first", 2026, dt.date(2027, 5, 31))
    _import(window, monkeypatch, tmp_path, "2026-again", 2026, dt.date(2027, 6, 15))
    _import(window, monkeypatch, tmp_path, "2027-next", 2027, dt.date(2028, 6, 30))
    folder = window.session.folder
    assert current_campaign(folder, fiscal_year=2026).campaign_id == "2026-again"
    assert current_campaign(folder, fiscal_year=2027).campaign_id == "2027-next"
    assert current_campaign(folder, fiscal_year=2025) is None

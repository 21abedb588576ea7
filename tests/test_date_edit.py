"""Date fields that may be empty: where their calendar opens, what they save, their language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication

from fsadesk.assessment.answers import Status
from fsadesk.assessment.fiscal import end_of_fiscal_year, fiscal_year
from fsadesk.ui.date_edit import OptionalDateEdit, pydate
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.main_window import MainWindow
from tests.qt_helpers import demo_session


def _open_calendar(qtbot, edit: OptionalDateEdit) -> None:
    """Click the field's drop-down arrow, as a user does (keyboard users type the date instead)."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 8, edit.height() // 2))


def test_fiscal_years_turn_on_the_first_of_april():
    assert fiscal_year(dt.date(2027, 3, 31)) == 2026
    assert fiscal_year(dt.date(2027, 4, 1)) == 2027
    assert end_of_fiscal_year(dt.date(2026, 11, 26)) == dt.date(2027, 3, 31)
    assert end_of_fiscal_year(dt.date(2027, 1, 10)) == dt.date(2027, 3, 31)
    assert end_of_fiscal_year(dt.date(2027, 4, 1)) == dt.date(2028, 3, 31)


def test_empty_date_opens_its_calendar_at_the_suggestion_and_stays_empty(qtbot):
    """An empty target date opens at the end of the fiscal year, not in January 2000; looking
    at the calendar and closing it changes nothing."""
    edit = OptionalDateEdit(lambda: dt.date(2027, 3, 31))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    assert edit.text() == "—" and edit.is_empty()
    _open_calendar(qtbot, edit)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    assert (calendar.yearShown(), calendar.monthShown()) == (2027, 3)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible(), timeout=2000)
    assert edit.is_empty() and pydate(edit.date()) is None


def test_item_page_target_date_suggests_the_fiscal_year_end(qtbot, catalogue, tmp_path):
    session = demo_session(tmp_path / "demo", catalogue)
    lang = LanguageManager(QApplication.instance(), "ja")
    try:
        window = MainWindow(session, lang, prompts=None)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        window.go_to(session.next_unanswered(None))
        qtbot.mouseClick(window.page.status_buttons[Status.PARTIAL], Qt.MouseButton.LeftButton)
        date = window.page.plan_date
        _open_calendar(qtbot, date)
        calendar = date.calendarWidget()
        qtbot.waitUntil(calendar.isVisible, timeout=2000)
        end = end_of_fiscal_year(dt.date.today())
        assert (calendar.yearShown(), calendar.monthShown()) == (end.year, end.month)
        assert calendar.locale().language() == QLocale.Language.Japanese  # month and day names
        qtbot.keyClick(calendar, Qt.Key.Key_Escape)
        window.close()
    finally:
        lang.set_language("en")


def test_dates_can_be_typed_the_ways_people_write_them(qtbot):
    """2026-12-31, 2026/12/31 or 20261231 into an empty field all give 31 December 2026; the
    arrow keys start from the suggestion, not from the year 2001; Delete empties the field."""
    for typed in ("2026-12-31", "2026/12/31", "20261231"):
        edit = OptionalDateEdit(lambda: dt.date(2027, 3, 31))
        qtbot.addWidget(edit)
        edit.show()
        edit.setFocus()
        qtbot.keyClicks(edit, typed)
        assert pydate(edit.date()) == dt.date(2026, 12, 31), typed
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.is_empty() and edit.text() == "—"
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert pydate(edit.date()) == dt.date(2027, 3, 31)


def test_default_cycle_labels_read_as_fiscal_years_in_english():
    from fsadesk.assessment.fiscal import cycle_display_label, default_cycle_label

    assert cycle_display_label(default_cycle_label(2026), 2026, "en") == "FY2026"
    assert cycle_display_label(default_cycle_label(2026), 2026, "ja") == "2026年度"
    assert cycle_display_label("2026年度 見直し", 2026, "en") == "2026年度 見直し"  # the user's own name stays


def test_date_fields_and_the_action_plan_show_days_as_offices_write_them(qtbot, catalogue, tmp_path):
    """2027/03/31 in the Japanese UI, 2027-03-31 in English (issue #11 point 8): the item page's
    date field follows a change of language, and the three ways of typing a date still work in
    Japanese; the action-plan table prints target dates the same way."""
    from fsadesk.ui.action_plan_model import Column
    from fsadesk.ui.summary_page import SummaryPage

    lang = LanguageManager(QApplication.instance(), "ja")
    try:
        edit = OptionalDateEdit(lambda: dt.date(2027, 3, 31))
        qtbot.addWidget(edit)
        edit.setDate(QDate(2027, 3, 31))
        assert edit.text() == "2027/03/31"
        for typed in ("2026-12-31", "2026/12/31", "20261231"):
            fresh = OptionalDateEdit(lambda: dt.date(2027, 3, 31))
            qtbot.addWidget(fresh)
            fresh.show()
            fresh.setFocus()
            qtbot.keyClicks(fresh, typed)
            assert pydate(fresh.date()) == dt.date(2026, 12, 31) and fresh.text() == "2026/12/31", typed
        lang.set_language("en")
        qtbot.waitUntil(lambda: edit.text() == "2027-03-31")
        lang.set_language("ja")
        qtbot.waitUntil(lambda: edit.text() == "2027/03/31")

        session = demo_session(tmp_path / "demo", catalogue)
        page = SummaryPage(session, lang, prompts=None)  # type: ignore[arg-type]
        qtbot.addWidget(page)
        dates = {page.proxy.index(r, Column.TARGET_DATE).data() for r in range(page.proxy.rowCount())} - {""}
        assert dates and all(len(d) == 10 and d[4] == d[7] == "/" for d in dates), dates
        lang.set_language("en")
        qtbot.waitUntil(lambda: page.proxy.index(0, Column.STATUS).data().isascii())
        dates = {page.proxy.index(r, Column.TARGET_DATE).data() for r in range(page.proxy.rowCount())} - {""}
        assert dates and all(d[4] == d[7] == "-" for d in dates), dates
        session.close()
    finally:
        lang.set_language("en")

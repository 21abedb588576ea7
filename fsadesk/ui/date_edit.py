"""A date field that may be empty, for target dates and approval dates.

QDateEdit cannot be empty, so its minimum date stands for "no date yet" and shows "—". Left to
itself its calendar then opens in January 2000, and a user reaching March 2027 had to page through
27 years (found in a new-user walkthrough). An empty field's calendar opens at a suggested month
instead: the end of the fiscal year for a target date, this month for an approval. Only the page
shown changes, not the value, so opening and closing the calendar saves nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

NO_DATE = QDate(2000, 1, 1)  # the minimum, shown as "—": no date yet


def date_format() -> str:
    """How a date field shows a day in the UI language: 2027/03/31 in Japanese (as Japanese offices
    write dates), 2027-03-31 in English — as fsadesk.terms.date_text prints days in the action plan
    and the report. A translated string, so a field follows a change of language."""
    return QCoreApplication.translate("OptionalDateEdit", "yyyy-MM-dd", "Qt date format of date fields")


def qdate(day: dt.date | None) -> QDate:
    return NO_DATE if day is None else QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date | None:
    return None if day == NO_DATE or not day.isValid() else dt.date(day.year(), day.month(), day.day())


class OptionalDateEdit(QDateEdit):
    """A QDateEdit with "—" for no date, typed in the UI language's form or picked from a calendar."""

    def __init__(self, suggest: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggest = suggest
        self._moved_on = False  # the last digit typed completed a part and moved to the next
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setDate(NO_DATE)
        self._watching_calendar = False  # the calendar is built on first use: it is costly
        self._retranslate()

    def _retranslate(self) -> None:
        self.setDisplayFormat(date_format())
        self.setToolTip(
            QCoreApplication.translate(
                "OptionalDateEdit",
                "Type a date such as 2027-03-31, or pick one from the calendar. Delete empties the field.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def is_empty(self) -> bool:
        return self.date() == NO_DATE

    def _start_from_suggestion(self) -> None:
        """Typing or stepping in an empty field starts from the suggested date, year selected:
        from "—" Qt made "—0261231" of a typed 2026-12-31, and the arrow keys went to 2001."""
        self.setDate(qdate(self._suggest()))
        self.setSelectedSection(QDateEdit.Section.YearSection)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        # QtCore.Qt named only here, at a key press: the namespace costs ~13 ms to build, too much
        # before the resumed page is painted.
        if event.key() == QtCore.Qt.Key.Key_Delete:
            self.setDate(NO_DATE)  # back to "no date yet"
            return
        if self.is_empty() and text.isdigit():
            self._start_from_suggestion()
        if text in ("-", "/", ".") and self._moved_on:
            # Qt moved to the next part as soon as the last one was complete ("2026"); the
            # separator typed after it must not skip the month as well.
            self._moved_on = False
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSection() != before

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        if self.is_empty():
            self._start_from_suggestion()
            return
        super().stepBy(steps)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if not self._watching_calendar:  # a press on the arrow is what opens the calendar
            self.calendarWidget().installEventFilter(self)
            self._watching_calendar = True
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() and self.is_empty():
            day = self._suggest()
            self.calendarWidget().setCurrentPage(day.year, day.month)
        return super().eventFilter(watched, event)

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

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QWidget

NO_DATE = QDate(2000, 1, 1)  # the minimum, shown as "—": no date yet
DATE_FORMAT = "yyyy-MM-dd"  # year first, as in the action plan, the report and the exports


def qdate(day: dt.date | None) -> QDate:
    return NO_DATE if day is None else QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date | None:
    return None if day == NO_DATE or not day.isValid() else dt.date(day.year(), day.month(), day.day())


class OptionalDateEdit(QDateEdit):
    """A QDateEdit with "—" for no date, typed as yyyy-MM-dd or picked from a calendar."""

    def __init__(self, suggest: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggest = suggest
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.setDisplayFormat(DATE_FORMAT)
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def is_empty(self) -> bool:
        return self.date() == NO_DATE

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() and self.is_empty():
            day = self._suggest()
            self.calendarWidget().setCurrentPage(day.year, day.month)
        return super().eventFilter(watched, event)

"""The action plan as a Qt table: one row per gap, with what will be done, owner, target date and
priority editable in place. Every edit is saved through AssessmentSession.set_answer, like any other answer."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from fsadesk import limits, terms
from fsadesk.app.answering import AssessmentSession
from fsadesk.assessment.action_plan import ActionRow, action_plan, priority_rank, sort_key
from fsadesk.assessment.answers import Priority, RemediationPlan, Status
from fsadesk.catalogue.model import Lang
from fsadesk.report.action_plan_export import acceptance_text
from fsadesk.store.errors import AnswerRejected, CycleLocked, SaveFailed
from fsadesk.ui.errors import refusal_text

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts right: dates by day, priority High→Low
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
_NO_DATE = dt.date.max.toordinal()  # rows without a target date sort last
_LAST = "\U0010ffff"  # empty owners sort after named ones


class Column(enum.IntEnum):
    ITEM = 0
    DOMAIN = 1
    TITLE = 2
    STATUS = 3
    MEASURE = 4  # what will be done: read first, before who and when
    OWNER = 5
    TARGET_DATE = 6
    PRIORITY = 7
    ACCEPTANCE = 8


HEADERS: dict[Column, object] = {  # QT_TRANSLATE_NOOP is typed as returning object
    Column.ITEM: QT_TRANSLATE_NOOP("ActionPlanModel", "Item"),
    Column.DOMAIN: QT_TRANSLATE_NOOP("ActionPlanModel", "Domain"),
    Column.TITLE: QT_TRANSLATE_NOOP("ActionPlanModel", "Title"),
    Column.STATUS: QT_TRANSLATE_NOOP("ActionPlanModel", "Status"),
    Column.MEASURE: QT_TRANSLATE_NOOP("ActionPlanModel", "What will be done"),
    Column.OWNER: QT_TRANSLATE_NOOP("ActionPlanModel", "Owner"),
    Column.TARGET_DATE: QT_TRANSLATE_NOOP("ActionPlanModel", "Target date"),
    Column.PRIORITY: QT_TRANSLATE_NOOP("ActionPlanModel", "Priority"),
    Column.ACCEPTANCE: QT_TRANSLATE_NOOP("ActionPlanModel", "Risk acceptance"),
}
EDITABLE = frozenset({Column.MEASURE, Column.OWNER, Column.TARGET_DATE, Column.PRIORITY})
OWNER_TOO_LONG = QT_TRANSLATE_NOOP(
    "ActionPlanModel", "The owner is too long (at most {limit} characters). Nothing was saved; please shorten it."
)
MEASURE_TOO_LONG = QT_TRANSLATE_NOOP(
    "ActionPlanModel",
    "What will be done is too long (at most {limit} characters). Nothing was saved; please shorten it.",
)
OPEN_GAP_TIP = QT_TRANSLATE_NOOP(
    "ActionPlanModel",
    "Open gap: enter an owner and a target date, or record a risk acceptance on the item.",
)


def _tr(text: object) -> str:
    return QCoreApplication.translate("ActionPlanModel", str(text))


def _to_date(value: Any) -> dt.date | bool | None:
    """A date from an editor value; None clears it; False means the value is not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, QDate):
        day = value.toPython() if value.isValid() else None
        return day if isinstance(day, dt.date) else False
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return False
    return False


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _to_priority(value: Any) -> Priority | None:
    try:
        return Priority(value) if isinstance(value, str) else None
    except ValueError:
        return None


class ActionPlanModel(QAbstractTableModel):
    """Rows of `action_plan()` for the session's answers, in the language given to set_lang()."""

    save_failed = Signal(str)  # a refused save (finalised cycle, …): the message for the user

    def __init__(self, session: AssessmentSession, lang: Lang = "ja", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang: Lang = lang
        self._rows: list[ActionRow] = self._compute()

    # Rows ---------------------------------------------------------------------------------
    def _compute(self) -> list[ActionRow]:
        s = self.session
        return action_plan(s.catalogue, s.profile, {it.id: s.answer(it.id) for it in s.items})

    @property
    def rows(self) -> list[ActionRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ActionRow:
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        """The row showing `item_id`, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.item_id == item_id), -1)

    def reload(self) -> None:
        """Re-read the answers. While the same items are listed, rows keep their places and only
        changed cells are announced, so selection and open editors survive; otherwise reset."""
        fresh = self._compute()
        if {r.item_id for r in fresh} != {r.item_id for r in self._rows}:
            self.beginResetModel()
            self._rows = fresh
            self.endResetModel()
            return
        by_id = {r.item_id: r for r in fresh}
        for index, old in enumerate(self._rows):
            new = by_id[old.item_id]
            if new != old:
                self._rows[index] = new
                self.dataChanged.emit(self.index(index, 0), self.index(index, len(Column) - 1))

    def set_lang(self, lang: Lang) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    # Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return _tr(HEADERS[Column(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        # No priority where management accepted the risk instead of planning (as on the item page).
        no_priority = column == Column.PRIORITY and self._rows[index.row()].accepts_risk
        if column in EDITABLE and self.session.cycle.is_open and not no_priority:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ITEM_ID_ROLE:
            return row.item_id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.ITEM and row.is_open_gap:
                return _tr(OPEN_GAP_TIP)
            if column == Column.TITLE:
                return self._display(row, column)
            if column == Column.MEASURE and row.measure.strip():
                return row.measure  # whole, with its line breaks: the cell shows one elided line
            if column == Column.DOMAIN:
                return f"{row.domain} {row.domain_name.get(self.lang)}"
        if role == Qt.ItemDataRole.DecorationRole and column == Column.ITEM and row.is_open_gap:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def _display(self, row: ActionRow, column: Column) -> str:
        lang = self.lang
        match column:
            case Column.ITEM:
                return row.item_id
            case Column.DOMAIN:
                return row.domain_name.get(lang)  # the number is already in the item id
            case Column.TITLE:
                return f"{row.label} {row.title.get(lang)}"
            case Column.STATUS:
                return terms.status_name(row.status, lang)
            case Column.MEASURE:
                return " ".join(row.measure.split())  # one line in the cell
            case Column.OWNER:
                return row.owner
            case Column.TARGET_DATE:
                return terms.date_text(row.target_date, lang) if row.target_date else ""
            case Column.PRIORITY:
                return "" if row.accepts_risk else terms.priority_name(row.priority, lang)
            case Column.ACCEPTANCE:
                return acceptance_text(row, lang)

    def _edit_value(self, row: ActionRow, column: Column) -> Any:
        if column == Column.TARGET_DATE:
            return _qdate(row.target_date) if row.target_date else QDate()
        if column == Column.PRIORITY:
            return row.priority.value if row.priority else ""
        if column == Column.MEASURE:
            return row.measure  # as typed, line breaks and all
        return self._display(row, column)

    def _sort_value(self, row: ActionRow, column: Column) -> Any:
        match column:
            case Column.STATUS:
                return list(Status).index(row.status)
            case Column.MEASURE:
                return row.measure.strip().casefold() or _LAST
            case Column.OWNER:
                return row.owner.casefold() or _LAST
            case Column.TARGET_DATE:
                return row.target_date.toordinal() if row.target_date else _NO_DATE
            case Column.PRIORITY:
                # Open gaps (no owner or date yet) lead: they are the first thing to act on.
                return (not row.is_open_gap, priority_rank(row.priority))
            case Column.ACCEPTANCE:
                return acceptance_text(row, self.lang).casefold() or _LAST
            case _:
                return row.order  # item, domain and title: guideline order

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Save what will be done, an owner, a target date or a priority. A value of the wrong kind is
        refused (False)."""
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self._rows[index.row()]
        answer = self.session.answer(row.item_id)
        plan = answer.plan or RemediationPlan(owner="", target_date=None)
        column = Column(index.column())
        if column == Column.OWNER:
            if not isinstance(value, str):
                return False
            plan = replace(plan, owner=" ".join(value.split()))  # one line, no stray spaces
            if limits.text_problem(plan.owner, limits.PERSON_NAME) is not None:
                self.save_failed.emit(_tr(OWNER_TOO_LONG).format(limit=f"{limits.PERSON_NAME.max_chars:,}"))
                return False
        elif column == Column.MEASURE:
            if not isinstance(value, str):
                return False
            # Kept as typed, like the item page's field; only blank text counts as none.
            plan = replace(plan, measure=value if value.strip() else "")
            if limits.text_problem(plan.measure, limits.MEASURE) is not None:
                self.save_failed.emit(_tr(MEASURE_TOO_LONG).format(limit=f"{limits.MEASURE.max_chars:,}"))
                return False
        elif column == Column.TARGET_DATE:
            day = _to_date(value)
            if day is False:
                return False
            plan = replace(plan, target_date=day if isinstance(day, dt.date) else None)
        else:
            priority = _to_priority(value)
            if priority is None:
                return False
            plan = replace(plan, priority=priority)
        empty = not plan.owner and plan.target_date is None and not plan.measure
        if answer.plan is None and column != Column.PRIORITY and empty:
            return True  # clearing an empty cell: nothing to save, and no empty plan is created
        if plan == answer.plan:
            return True
        try:
            self.session.set_answer(replace(answer, plan=plan))
        except (AnswerRejected, CycleLocked, SaveFailed) as exc:
            self.save_failed.emit(refusal_text(exc))  # the store's own text is English
            return False
        self.reload()  # the row's cells (and whether it is an open gap) follow the saved answer
        return True


class ActionPlanSortProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE; equal values fall back to the plan order (priority, date, guideline
    order), so rows never come out in an arbitrary order."""

    def __init__(self, source: ActionPlanModel | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        # Rows stay put while the user edits them (a new date must not move the row away); the
        # proxy still sorts afresh when the header is clicked or the set of rows changes (a reset).
        self.setDynamicSortFilter(False)
        if source is not None:
            self.setSourceModel(source)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt override
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a != b:
            return bool(a < b)
        model = self.sourceModel()
        assert isinstance(model, ActionPlanModel)
        return sort_key(model.row_at(left.row())) < sort_key(model.row_at(right.row()))

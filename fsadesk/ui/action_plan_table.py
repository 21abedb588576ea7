"""Editing the action plan in place: the table view with its row selection and column widths, and
the delegates that give the target date a calendar editor, the priority a drop-down list and what
will be done a few lines to write in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QDate,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from fsadesk import limits
from fsadesk.assessment.action_plan import PRIORITY_ORDER
from fsadesk.assessment.answers import Priority
from fsadesk.assessment.fiscal import end_of_fiscal_year
from fsadesk.catalogue.model import Lang
from fsadesk.terms import priority_name
from fsadesk.ui.action_plan_model import ActionPlanModel, Column, Index, _qdate
from fsadesk.ui.date_edit import date_format
from fsadesk.ui.text_limits import LimitedTextEdit, limit_line_edit, set_limited_text


class DateDelegate(QStyledItemDelegate):
    """A date editor with a calendar popup; an empty date starts at the end of this fiscal year."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor_width = 0

    def createEditor(self, parent: QWidget | None, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(date_format())
        editor.setMinimumDate(QDate(2000, 1, 1))
        return editor

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """Wide enough for the editor and its popup button, so a column fitted to it is not cramped."""
        if not self._editor_width:
            self._editor_width = self.createEditor(None, option, index).sizeHint().width()
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), self._editor_width), hint.height())

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        day = value if isinstance(value, QDate) and value.isValid() else _qdate(end_of_fiscal_year(dt.date.today()))
        editor.setDate(day)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


def _lang_of(index: Index) -> Lang:
    """The language of the ActionPlanModel behind `index`, through any proxies."""
    model = index.model()
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    return model.lang if isinstance(model, ActionPlanModel) else "en"


class PriorityDelegate(QStyledItemDelegate):
    """High / Medium / Low in a combo box whose list opens at once; choosing one saves it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QComboBox(parent)
        for priority in PRIORITY_ORDER:
            editor.addItem(priority_name(priority, _lang_of(index)), priority.value)
        editor.activated.connect(lambda _=0: self._commit(editor))
        # One step less for mouse and keyboard alike: arrows move in the list, Enter chooses.
        QTimer.singleShot(0, editor, editor.showPopup)
        return editor

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or Priority.MEDIUM.value)
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class OwnerDelegate(QStyledItemDelegate):
    """A line edit that takes at most limits.PERSON_NAME characters; past it, `refused` carries the
    message, which is also shown by the cell (the editor is too small for a note under it)."""

    refused = Signal(str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        limit_line_edit(editor, limits.PERSON_NAME)
        editor.inputRejected.connect(lambda: self._refused(editor))
        return editor

    def _refused(self, editor: QLineEdit) -> None:
        text = self.tr("The owner can be at most {limit} characters. What did not fit was not added.").format(
            limit=f"{limits.PERSON_NAME.max_chars:,}"
        )
        QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), text, editor)
        self.refused.emit(text)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        set_limited_text(editor, str(index.data(Qt.ItemDataRole.EditRole) or ""), limits.PERSON_NAME)


class MeasureDelegate(QStyledItemDelegate):
    """What will be done: a text box of a few lines over the cell (Enter starts a new line; Tab or a
    click elsewhere saves, Esc cancels), at most limits.MEASURE characters; past it, `refused`
    carries the message, also shown by the box."""

    refused = Signal(str)
    LINES = 4

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = LimitedTextEdit(limits.MEASURE, parent)
        editor.setTabChangesFocus(True)
        editor.limit_reached.connect(lambda: self._refused(editor))
        return editor

    def _refused(self, editor: LimitedTextEdit) -> None:
        text = self.tr("What will be done can be at most {limit} characters. What did not fit was not added.").format(
            limit=f"{limits.MEASURE.max_chars:,}"
        )
        QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), text, editor)
        self.refused.emit(text)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        # Taller than the row, over the rows below, so a few sentences can be read while writing.
        rect = QRect(option.rect)
        rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * self.LINES + 12))
        editor.setGeometry(rect)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, LimitedTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, LimitedTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)


class ActionPlanTable(QTableView):
    """The action plan's table view: row selection, the date and priority editors, sensible widths.

    Double-click (and Enter) is left to `activated`, for opening the item, so editing starts with
    a click on the selected row, F2 or typing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.SelectedClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrow keys move between cells
        self.setAlternatingRowColors(True)
        # The whole row is selected; the cell that F2 or typing would edit gets a frame of its own
        # (a keyboard user could not tell which cell that was).
        self.setStyleSheet("QTableView::item:focus { border: 2px solid palette(text); }")
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))
        self.setItemDelegateForColumn(Column.TARGET_DATE, DateDelegate(self))
        self.setItemDelegateForColumn(Column.PRIORITY, PriorityDelegate(self))
        self.owner_delegate = OwnerDelegate(self)
        self.setItemDelegateForColumn(Column.OWNER, self.owner_delegate)
        self.measure_delegate = MeasureDelegate(self)
        self.setItemDelegateForColumn(Column.MEASURE, self.measure_delegate)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        if model is None:
            return
        header = self.horizontalHeader()
        # Columns fit their contents in either language and the title takes the rest; the owner is
        # free text of any length, so it gets a fixed width the user may change. The fitting is
        # fit_columns(), not Qt's ResizeToContents: that asks the model for every role of every
        # cell at each layout, sort and language change, and took most of the Summary page's
        # first opening (issue #9).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        header.setSectionResizeMode(Column.OWNER, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(Column.OWNER, 11 * em)
        # What will be done is a sentence or more: wide enough to read its start, elided after that
        # (the whole text is the cell's tooltip), and the user may widen it.
        header.setSectionResizeMode(Column.MEASURE, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(Column.MEASURE, 18 * em)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)  # once after a burst of changes
        self._fit_timer.timeout.connect(self.fit_columns)
        changes = (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged, model.headerDataChanged)
        for signal in changes:  # not layoutChanged: sorting moves rows, it changes no width
            signal.connect(self._fit_timer.start)
        header.sortIndicatorChanged.connect(self._fit_timer.start)  # the header with the arrow is wider
        # Set the indicator first: enabling sorting sorts at once by whatever it shows.
        header.setSortIndicator(Column.PRIORITY, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.fit_columns()  # after the sort arrow is set: its header needs room for it

    def fit_columns(self) -> None:
        """Each fitted column as wide as its header and its widest cell, as ResizeToContents would
        make it, but asking the cell's delegate only for the widest text (with and without an icon)."""
        model, header = self.model(), self.horizontalHeader()
        if model is None:
            return
        metrics = self.fontMetrics()
        grid = 1 if self.showGrid() else 0
        for column in range(model.columnCount()):
            if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Fixed:
                continue
            widest: dict[bool, tuple[int, QModelIndex]] = {}
            for row in range(model.rowCount()):
                index = model.index(row, column)
                icon = index.data(Qt.ItemDataRole.DecorationRole) is not None
                width = metrics.horizontalAdvance(str(index.data() or ""))
                if icon not in widest or width > widest[icon][0]:
                    widest[icon] = (width, index)
            cells = max((self.sizeHintForIndex(index).width() + grid for _, index in widest.values()), default=0)
            header.resizeSection(column, max(header.sectionSizeHint(column), cells))
        self._fit_timer.stop()  # changes announced before this fitting are in it

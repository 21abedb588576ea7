"""The status tab: how many expected members are received, accepted with a flag, late or missing,
shown big with the campaign's deadline, then one sortable row per member (category and size band in
words, its state, when its bundle was made and when it was taken in), filtered by state if wished."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.status import CampaignStatus, SubmissionState
from fsadesk.lang import Lang
from fsadesk.terms import NO_DATE, date_text
from fsadesk.ui.central.dashboard.heatmap_model import band_name, category_name

ModelIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_COLUMN = 4
NAME_WIDTH = 240  # px: a long member name elides, its whole name in the tooltip
TEXT_WIDTH = 180


def when_text(iso: str | None, lang: Lang) -> str:
    """A stored UTC timestamp ("2027-06-01T09:00:00Z") as the day it fell on, in the language's way."""
    if not iso:
        return NO_DATE
    try:
        return date_text(dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).date(), lang)
    except ValueError:
        return iso


class StatusModel(QAbstractTableModel):
    """The member rows, each cell's text and sort key worked out once (1,000 members as items of a
    QStandardItemModel took a noticeable part of a second to build on every filter change)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[tuple[list[str], list[object], str]] = []  # texts, sort keys, state value

    def set_rows(self, rows: list[tuple[list[str], list[object], str]], headers: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.headers = rows, headers
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        texts, keys, state = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts[index.column()]
        if role == SORT_ROLE:
            return keys[index.column()]
        if role == STATE_ROLE:
            return state
        return None


class StatusView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: CampaignStatus | None = None
        self.catalogue: Catalogue | None = None
        self.lang: Lang = "ja"
        self.numbers: dict[SubmissionState, QLabel] = {}
        self.captions: dict[SubmissionState, QLabel] = {}
        cards = QHBoxLayout()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        for state in SubmissionState:
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            number, caption = QLabel("0"), QLabel()
            number.setFont(big)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner = QVBoxLayout(card)
            inner.addWidget(number)
            inner.addWidget(caption)
            cards.addWidget(card, 1)
            self.numbers[state], self.captions[state] = number, caption
        self.deadline = QLabel()
        self.deadline.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_label = QLabel()
        self.filter = QComboBox()
        self.filter_label.setBuddy(self.filter)
        self.model = StatusModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(STATE_ROLE)
        self.proxy.setFilterKeyColumn(STATE_COLUMN)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Column widths from the first rows' texts, not every row's: 1,000 rows took half a second.
        self.table.horizontalHeader().setResizeContentsPrecision(50)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        tools = QHBoxLayout()
        tools.addWidget(self.deadline, 1)
        tools.addWidget(self.filter_label)
        tools.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(cards)
        layout.addLayout(tools)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def state_words(self) -> dict[SubmissionState, str]:
        return {
            SubmissionState.RECEIVED: self.tr("Received"),
            SubmissionState.FLAGGED: self.tr("Accepted with a flag"),
            SubmissionState.LATE: self.tr("Late"),
            SubmissionState.MISSING: self.tr("Missing"),
        }

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Fi&lter by state:"))
        chosen = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All members"), None)
        for state, words in self.state_words().items():
            self.filter.addItem(words, state.value)
        self.filter.setCurrentIndex(max(0, self.filter.findData(chosen)) if chosen is not None else 0)
        self.filter.blockSignals(False)
        for state, words in self.state_words().items():
            self.captions[state].setText(words)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_status(self, status: CampaignStatus | None, catalogue: Catalogue | None, lang: Lang, empty: str) -> None:
        self.status, self.catalogue, self.lang = status, catalogue, lang
        self.empty.setText(empty)
        self._fill()

    def _fill(self) -> None:
        status = self.status
        members = status.members if status is not None else ()
        for state in SubmissionState:
            self.numbers[state].setText(str(status.count(state) if status is not None else 0))
        self.deadline.setText(
            self.tr("Deadline: %1 · %2 members expected")
            .replace("%1", date_text(status.deadline, self.lang))
            .replace("%2", str(len(members)))
            if status is not None
            else ""
        )
        words = self.state_words()
        order = {state: n for n, state in enumerate(SubmissionState)}
        names = {c: category_name(self.catalogue, c, self.lang) for c in {m.category for m in members}}
        rows: list[tuple[list[str], list[object], str]] = []
        for m in members:
            texts = [m.institution_id, m.name, names[m.category], band_name(m.size_band, self.lang), words[m.state],
                     when_text(m.submitted_at, self.lang), when_text(m.imported_at, self.lang)]  # fmt: skip
            keys: list[object] = [*texts[:4], order[m.state], m.submitted_at or "", m.imported_at or ""]
            rows.append((texts, keys, m.state.value))
        headers = [
            self.tr("Institution ID"), self.tr("Name"), self.tr("Category"), self.tr("Size band"),
            self.tr("State"), self.tr("Bundle made"), self.tr("Taken in"),
        ]  # fmt: skip
        self.model.set_rows(rows, headers)
        self.empty.setVisible(not members)
        self.table.setVisible(bool(members))
        self.table.resizeColumnsToContents()
        for column, width in ((1, NAME_WIDTH), (2, TEXT_WIDTH), (3, TEXT_WIDTH)):
            self.table.setColumnWidth(column, min(width, self.table.columnWidth(column)))

    def _filter_changed(self) -> None:
        state = self.filter.currentData()
        self.proxy.setFilterRegularExpression(f"^{state}$" if state else "")  # whole value, not a part

    def shown_states(self) -> list[str]:
        """The state values of the rows shown now, top to bottom (for tests and exports)."""
        return [
            str(self.proxy.data(self.proxy.index(r, STATE_COLUMN), STATE_ROLE)) for r in range(self.proxy.rowCount())
        ]

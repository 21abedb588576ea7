"""The status tab: how many expected members are received, accepted with a flag, late or missing,
shown big with the campaign's deadline, then one sortable row per member (category and size band in
words, its state, when its bundle was made and when it was taken in), filtered by state if wished."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
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
        self.model = QStandardItemModel(0, 7, self)
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
        self.model.setHorizontalHeaderLabels([
            self.tr("Institution ID"), self.tr("Name"), self.tr("Category"), self.tr("Size band"),
            self.tr("State"), self.tr("Bundle made"), self.tr("Taken in"),
        ])  # fmt: skip
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
        self.model.removeRows(0, self.model.rowCount())
        for m in members:
            cells = [
                (m.institution_id, m.institution_id), (m.name, m.name),
                (category_name(self.catalogue, m.category, self.lang), None),
                (band_name(m.size_band, self.lang), None), (words[m.state], list(SubmissionState).index(m.state)),
                (when_text(m.submitted_at, self.lang), m.submitted_at or ""),
                (when_text(m.imported_at, self.lang), m.imported_at or ""),
            ]  # fmt: skip
            row = []
            for text, key in cells:
                item = QStandardItem(text)
                item.setData(text if key is None else key, SORT_ROLE)
                item.setToolTip(text)
                row.append(item)
            row[STATE_COLUMN].setData(m.state.value, STATE_ROLE)
            self.model.appendRow(row)
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

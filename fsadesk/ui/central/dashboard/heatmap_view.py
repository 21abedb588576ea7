"""The heatmap tab: members × domains, sortable by any column, a legend of the colour classes, and
the drill-down: Enter or a double-click on a rate cell asks for that member's answers for that
domain (`drill` carries the member's row and the domain; the frame opens the dialog)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.rates import MemberRates, RateGrid
from fsadesk.lang import Lang
from fsadesk.terms import NOT_RATED
from fsadesk.ui.central.dashboard import palette
from fsadesk.ui.central.dashboard.heatmap_model import FIXED, SORT_ROLE, HeatmapModel

ModelIndex = QModelIndex | QPersistentModelIndex
NAME_WIDTH = 210  # px: a long member name elides (its whole name is in the tooltip)
TEXT_WIDTH = 140  # px: category and size band, elided likewise
RATE_WIDTH = 72  # px: at least "100%"; wider when the domain's short name needs it


class HeatmapView(QWidget):
    drill = Signal(object, str)  # MemberRates, domain

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HeatmapModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Double-click and Enter, not `activated`: a style may activate on a single click (KDE), and
        # a double-click would open the dialog twice where both signals come.
        self.table.doubleClicked.connect(self._activated)
        self.table.installEventFilter(self)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.legend_title = QLabel()
        self.legend = QHBoxLayout()
        self.legend.addWidget(self.legend_title)
        self.swatches: list[QLabel] = []
        for band in palette.bands():
            swatch = QLabel(f"{band.low}–{band.high}%")
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            swatch.setMinimumWidth(72)
            text = palette.text_colour(band.low / 100).name()
            swatch.setStyleSheet(f"background: {band.colour}; color: {text}; padding: 2px 6px;")
            self.swatches.append(swatch)
            self.legend.addWidget(swatch)
        self.no_rate = QLabel()
        self.no_rate.setStyleSheet(f"background: {palette.NO_RATE}; color: #000000; padding: 2px 6px;")
        self.legend.addWidget(self.no_rate)
        self.legend.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(self.legend)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.legend_title.setText(self.tr("Implementation rate:"))
        self.no_rate.setText(self.tr("%1 nothing assessed").replace("%1", NOT_RATED))
        self.hint.setText(
            self.tr(
                "Click a column heading to sort. Move with the arrow keys; press Enter or double-click a rate "
                "to see that member's answers for the domain."
            )
        )
        self.model.retranslate(self.model.lang)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_grid(self, grid: RateGrid | None, catalogue: Catalogue | None, lang: Lang, empty_text: str) -> None:
        """Show `grid`; `empty_text` (plain words) when it has no member."""
        self.model.set_grid(grid, catalogue, lang)
        has_rows = self.model.rowCount() > 0
        self.empty.setText(empty_text)
        self.empty.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        self._size_columns()

    def _size_columns(self) -> None:
        """Widths from the texts' measures, not from every cell's size hint: measuring 1,000 rows
        cell by cell took seconds."""
        metrics = self.table.fontMetrics()
        pad = 3 * metrics.horizontalAdvance("M")
        ids = [m.institution_id for m in self.model.grid.members] if self.model.grid is not None else []
        header = self.model.headerData(0, Qt.Orientation.Horizontal)
        self.table.setColumnWidth(0, max(metrics.horizontalAdvance(t) for t in [*ids, str(header)]) + pad)
        for column, width in ((1, NAME_WIDTH), (2, TEXT_WIDTH), (3, TEXT_WIDTH)):
            self.table.setColumnWidth(column, width)
        for column in range(FIXED, self.model.columnCount()):
            lines = str(self.model.headerData(column, Qt.Orientation.Horizontal)).split("\n")
            widest = max(metrics.horizontalAdvance(t) for t in [*lines, "100%"])
            self.table.setColumnWidth(column, max(RATE_WIDTH, widest + pad))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.currentIndex().isValid()
        ):
            self._activated(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def source_index(self, row: int, column: int) -> QModelIndex:
        """The model cell under the view's row and column (after sorting)."""
        return self.proxy.mapToSource(self.proxy.index(row, column))

    def _activated(self, index: ModelIndex) -> None:
        source = self.proxy.mapToSource(self.proxy.index(index.row(), index.column()))
        domain = self.model.domain(source.column())
        if domain is None:
            return  # the member's own columns: nothing to drill into
        member: MemberRates = self.model.member(source.row())
        self.drill.emit(member, domain)

"""The "Chart / Numbers" switch every dashboard chart sits in: the chart, or the table of the exact
figures behind it (one click away, or Alt+N; Alt+H shows the chart again), which copies to the
clipboard as tab-separated text for a spreadsheet (Alt+L); or, when there is nothing to draw, a
sentence saying why in plain words. The mnemonics are letters the dashboard's frame and the
central window leave free."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fsadesk.spreadsheet import csv_cell
from fsadesk.ui.i18n import Retranslatable

CHART, NUMBERS, EMPTY = 0, 1, 2  # the stack's pages


@dataclass(frozen=True)
class Column:
    title: str
    numeric: bool = False  # right-aligned, as figures are read


def tsv(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Tab-separated text a spreadsheet pastes into cells. Text that a spreadsheet would run as a
    formula (a member named "=…") is quoted as csv_cell does; tabs and line breaks inside a cell
    would split it, so they become spaces."""

    def cell(text: str) -> str:
        return csv_cell(" ".join(text.split("\t")).replace("\r", " ").replace("\n", " "))

    return "".join("\t".join(cell(c) for c in line) + "\n" for line in [list(headers), *rows])


Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class RowsModel(QAbstractTableModel):
    """Rows of text for a read-only table: thousands of rows (every member below a threshold in
    every domain, on 1,000 members) show at once, where one widget item per cell took half a second."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column] = []
        self.rows: list[list[str]] = []

    def set_rows(self, columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.rows = [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802 - Qt override
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def text(self, row: int, column: int) -> str:
        return self.rows[row][column]


def rows_table(model: RowsModel) -> QTableView:
    """A read-only table over `model`, whole rows selected, columns as wide as their text."""
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Widths from the first rows only: measuring thousands of rows on every change is slow.
    table.horizontalHeader().setResizeContentsPrecision(200)
    table.setAlternatingRowColors(True)
    return table


def fit_columns(table: QTableView, widest: int = 420) -> None:
    """Columns as wide as their text, a long title no wider than `widest` (figures stay in view)."""
    table.resizeColumnsToContents()
    for c in range(table.model().columnCount()):
        table.setColumnWidth(c, min(table.columnWidth(c), widest))


class ChartNumbers(Retranslatable, QWidget):
    """Holds a chart view and its numbers table; the view that owns it fills both."""

    def __init__(self, chart_view: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_button = QPushButton()
        self.numbers_button = QPushButton()
        self.copy_button = QPushButton()
        self.copied = QLabel()  # what the last copy put on the clipboard
        group = QButtonGroup(self)
        for n, button in enumerate((self.chart_button, self.numbers_button)):
            button.setCheckable(True)
            group.addButton(button, n)
        self.chart_button.setChecked(True)
        group.idClicked.connect(self.show_page)
        self.copy_button.clicked.connect(self.copy)

        self.model = RowsModel(self)
        self.table = rows_table(self.model)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        font = self.empty.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty.setFont(font)

        self.stack = QStackedWidget()
        self.stack.addWidget(chart_view)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        bar = QHBoxLayout()
        bar.addWidget(self.chart_button)
        bar.addWidget(self.numbers_button)
        bar.addStretch(1)
        bar.addWidget(self.copied)
        bar.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._empty_text: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.chart_button.setText(self.tr("C&hart"))
        self.numbers_button.setText(self.tr("&Numbers"))
        self.copy_button.setText(self.tr("Copy tab&le"))
        self.copy_button.setToolTip(self.tr("Copies the numbers as tab-separated text, to paste into a spreadsheet"))
        self.copied.clear()

    # --- what the owning view calls ---------------------------------------------------------

    def set_table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> None:
        """The exact figures behind the chart shown, as text (in the user's language)."""
        self.model.set_rows(columns, rows)
        fit_columns(self.table)
        self.copied.clear()

    def set_empty(self, text: str | None) -> None:
        """A sentence instead of the chart and the table (None: show them again)."""
        self._empty_text = text
        if text is not None:
            self.empty.setText(text)
        self.copy_button.setEnabled(text is None)
        self.numbers_button.setEnabled(text is None)
        self.chart_button.setEnabled(text is None)
        self.show_page(self.current_page())

    # --- what the user does -----------------------------------------------------------------

    def current_page(self) -> int:
        return NUMBERS if self.numbers_button.isChecked() else CHART

    def show_page(self, page: int) -> None:
        (self.numbers_button if page == NUMBERS else self.chart_button).setChecked(True)
        self.stack.setCurrentIndex(EMPTY if self._empty_text is not None else page)

    def table_text(self) -> str:
        return tsv(self.headers, self.model.rows)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.table_text())
        self.copied.setText(self.tr("Copied %n row(s)", "", len(self.model.rows)))

    @property
    def headers(self) -> list[str]:
        return [c.title for c in self.model.columns]

    @property
    def rows(self) -> list[list[str]]:
        return [list(r) for r in self.model.rows]

"""The "Chart / Numbers" switch every dashboard chart sits in: the chart, or the table of the exact
figures behind it (one click or Alt+N away), which copies to the clipboard as tab-separated text
for a spreadsheet; or, when there is nothing to draw, a sentence saying why in plain words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
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

        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAlternatingRowColors(True)
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
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self._empty_text: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.chart_button.setText(self.tr("C&hart"))
        self.numbers_button.setText(self.tr("&Numbers"))
        self.copy_button.setText(self.tr("Co&py table"))
        self.copy_button.setToolTip(self.tr("Copies the numbers as tab-separated text, to paste into a spreadsheet"))
        self.copied.clear()

    # --- what the owning view calls ---------------------------------------------------------

    def set_table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> None:
        """The exact figures behind the chart shown, as text (in the user's language)."""
        self._headers = [c.title for c in columns]
        self._rows = [list(r) for r in rows]
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(self._headers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if columns[c].numeric:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for c in range(len(columns)):  # a long title must not push the figures off the screen
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 420))
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
        return tsv(self._headers, self._rows)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.table_text())
        self.copied.setText(self.tr("Copied %n row(s)", "", len(self._rows)))

    @property
    def headers(self) -> list[str]:
        return list(self._headers)

    @property
    def rows(self) -> list[list[str]]:
        return [list(r) for r in self._rows]

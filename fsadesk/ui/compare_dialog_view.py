"""Layout of the cycle comparison: pickers, per-domain table, changed items, and the one-cycle
explanation. No behaviour here (fsadesk.ui.compare_dialog adds it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


class CompareDialogView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.old_label = QLabel()
        self.old_combo = QComboBox()
        self.old_label.setBuddy(self.old_combo)
        self.new_label = QLabel()
        self.new_combo = QComboBox()
        self.new_label.setBuddy(self.new_combo)
        for combo in (self.old_combo, self.new_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.domain_box = QGroupBox()
        self.domain_table = self._table(4)
        self.domain_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only figures, nothing to act on
        domain_layout = QVBoxLayout(self.domain_box)
        domain_layout.addWidget(self.domain_table)

        self.items_box = QGroupBox()
        self.filter_label = QLabel()
        self.filter_combo = QComboBox()
        self.filter_label.setBuddy(self.filter_combo)
        self.item_table = self._table(6)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_combo)
        filter_row.addStretch(1)
        items_layout = QVBoxLayout(self.items_box)
        items_layout.addLayout(filter_row)
        items_layout.addWidget(self.item_table, 1)
        items_layout.addWidget(self.empty_label, 1)

        self.compare_page = QWidget()
        pick = QGridLayout()
        pick.addWidget(self.old_label, 0, 0)
        pick.addWidget(self.old_combo, 0, 1)
        pick.addWidget(self.new_label, 0, 2)
        pick.addWidget(self.new_combo, 0, 3)
        pick.setColumnStretch(4, 1)
        page = QVBoxLayout(self.compare_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(pick)
        page.addWidget(self.summary)
        page.addWidget(self.domain_box)
        page.addWidget(self.items_box, 1)

        self.message_page = QWidget()
        self.message_title = QLabel()
        heading = QFont(self.message_title.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.3)  # relative to the app font, never fixed
        heading.setBold(True)
        self.message_title.setFont(heading)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_cycle_button = QPushButton()
        self.new_cycle_button.setAutoDefault(False)
        block = QWidget()
        block.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)  # a readable line length
        msg = QVBoxLayout(block)
        msg.addWidget(self.message_title)
        msg.addWidget(self.message)
        msg.addSpacing(self.fontMetrics().height() // 2)
        msg.addWidget(self.new_cycle_button, 0, Qt.AlignmentFlag.AlignLeft)
        centred = QHBoxLayout(self.message_page)
        centred.addStretch(1)
        centred.addWidget(block, 4, Qt.AlignmentFlag.AlignVCenter)
        centred.addStretch(1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.compare_page)
        self.stack.addWidget(self.message_page)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        # No default button: Enter in the item table opens the item instead of closing the dialog.
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.old_combo, self.new_combo)
        self.setTabOrder(self.new_combo, self.filter_combo)
        self.setTabOrder(self.filter_combo, self.item_table)

    @staticmethod
    def _table(columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else in the dialog
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Compact rows that still follow the system font.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        return table

"""A searchable list of members for the trends chart: typing part of an institution ID or a name
narrows the list (the first match is chosen), on 1,000 members without a pause per keystroke."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole


class MemberPicker(QWidget):
    """Not laid out itself: its owner places `search` and `list` where they fit."""

    changed = Signal()  # the chosen member changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Long names are cut with "…" (the whole name is in the tooltip), not scrolled sideways.
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.search.textChanged.connect(self._filter)
        self.list.selectionModel().currentChanged.connect(lambda *_: self.changed.emit())

    def set_members(self, members: Sequence[tuple[str, str]]) -> None:
        """(institution id, name) of each member; the choice is kept when the member is still there."""
        chosen = self.selected()
        self.list.selectionModel().blockSignals(True)
        self.model.clear()
        for institution_id, name in members:
            item = QStandardItem(f"{institution_id} {name}")
            item.setData(institution_id, ID_ROLE)
            item.setToolTip(item.text())
            self.model.appendRow(item)
        self.list.selectionModel().blockSignals(False)
        self._choose(chosen)

    def selected(self) -> str | None:
        index = self.list.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def selected_text(self) -> str:
        index = self.list.currentIndex()
        return str(index.data()) if index.isValid() else ""

    def _filter(self, text: str) -> None:
        chosen = self.selected()
        self.proxy.setFilterFixedString(text.strip())
        self._choose(chosen)

    def _choose(self, institution_id: str | None) -> None:
        """The member chosen before if it is still listed, else the first one listed."""
        target = QModelIndex()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == institution_id:
                target = index
                break
        if not target.isValid() and self.proxy.rowCount():
            target = self.proxy.index(0, 0)
        before = self.selected()
        self.list.selectionModel().blockSignals(True)
        self.list.selectionModel().setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.selectionModel().blockSignals(False)
        if self.selected() != before:
            self.changed.emit()

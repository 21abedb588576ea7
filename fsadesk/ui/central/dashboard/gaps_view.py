"""The open-gaps tab: the members whose basic items have gaps with neither a remediation plan nor a
risk acceptance, most first, each with how many and — opened underneath — the items with their
titles in the user's language (the members to help first)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.gaps import MemberGaps
from fsadesk.lang import Lang
from fsadesk.ui.central.dashboard.heatmap_model import category_name

COUNT_COLUMN = 2


class _Row(QTreeWidgetItem):
    """Sorts the count column as a number."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else 0
        if column == COUNT_COLUMN:
            return int(self.data(column, Qt.ItemDataRole.UserRole) or 0) < int(
                other.data(column, Qt.ItemDataRole.UserRole) or 0
            )
        return self.text(column) < other.text(column)


def item_title(catalogue: Catalogue | None, item_id: str, lang: Lang) -> str:
    try:
        return catalogue.item(item_id).title.get(lang) if catalogue is not None else ""
    except KeyError:  # an item this catalogue edition does not have: its id alone
        return ""


class GapsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gaps: list[MemberGaps] = []
        self.catalogue: Catalogue | None = None
        self.lang: Lang = "ja"
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setSortingEnabled(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Members with open gaps: basic items partially or not implemented with neither an action plan "
                "nor a risk acceptance. Open a member to see its items."
            )
        )
        self.tree.setHeaderLabels([self.tr("Member / item"), self.tr("Category"), self.tr("Open gaps")])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_gaps(self, gaps: list[MemberGaps], catalogue: Catalogue | None, lang: Lang, empty: str) -> None:
        self.gaps, self.catalogue, self.lang = gaps, catalogue, lang
        self.empty.setText(empty)
        self._fill()

    def _fill(self) -> None:
        self.tree.setSortingEnabled(False)  # rows go in in the order given: most gaps first
        self.tree.clear()
        for g in self.gaps:
            row = _Row([f"{g.institution_id}  {g.name}", category_name(self.catalogue, g.category, self.lang),
                        str(len(g.items))])  # fmt: skip
            row.setData(COUNT_COLUMN, Qt.ItemDataRole.UserRole, len(g.items))
            row.setTextAlignment(COUNT_COLUMN, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setToolTip(0, f"{g.institution_id}  {g.name}")
            for item_id in g.items:
                title = item_title(self.catalogue, item_id, self.lang)
                child = QTreeWidgetItem([f"{item_id}  {title}".rstrip()])
                child.setToolTip(0, child.text(0))
                row.addChild(child)
            self.tree.addTopLevelItem(row)  # (titles are not spanned across columns: 3 s for 2,000)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(COUNT_COLUMN, Qt.SortOrder.DescendingOrder)
        self.tree.setColumnWidth(1, 320)  # a category's English name is long
        self.empty.setVisible(not self.gaps)
        self.tree.setVisible(bool(self.gaps))

    def shown(self) -> dict[str, list[str]]:
        """Institution id → the item ids listed under it (for tests)."""
        out = {}
        for n in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(n)
            assert row is not None
            kids = [row.child(c) for c in range(row.childCount())]
            out[row.text(0).split()[0]] = [k.text(0).split()[0] for k in kids if k is not None]
        return out

"""The navigation tree: domain → section → item, with progress per node and a status dot per item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from fsadesk.app.answering import AssessmentSession, Filter
from fsadesk.assessment.answers import Status
from fsadesk.catalogue.model import Item
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.status_style import ORDER, secondary_text, solid_brush, status_icon, status_text

# Qt.ItemDataRole.UserRole as a number: naming Qt's namespace costs about 13 ms before the first paint.
USER_ROLE = 256
ITEM_ROLE = USER_ROLE  # the item id on leaf rows
NODE_ROLE = USER_ROLE + 1  # the node number on branch rows


class NavTree(QTreeWidget):
    """Emits item_selected(id) when the user picks an item (mouse or keyboard)."""

    item_selected = Signal(str)

    def __init__(self, session: AssessmentSession, lang: LanguageManager, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.session = session
        self.lang = lang
        self._leaves: dict[str, QTreeWidgetItem] = {}
        # Keys: "2.3" for a domain row, "2.3/2.3.1" for a section row under it.
        self._branches: dict[str, QTreeWidgetItem] = {}
        self._icons = {status: status_icon(status) for status in Status}
        # Explicit brushes: passing Qt.GlobalColor here (an implicit QBrush) corrupted refcounts
        # in PySide6 6.12 and crashed the interpreter at exit. Made without QBrush's overloaded
        # constructor, which makes PySide6 build Qt's namespace (see status_style.solid_brush).
        self._done_brush = solid_brush("#1B7F3B")
        self._open_brush = self.palette().text()
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._build()
        self.currentItemChanged.connect(self._on_current)
        session.listeners.append(self.refresh_item)

    def _build(self) -> None:
        cat = self.session.catalogue
        for domain in cat.domains():
            top = QTreeWidgetItem(self)
            top.setData(0, NODE_ROLE, domain.number)
            self._branches[domain.number] = top
            sections: dict[str, QTreeWidgetItem] = {}
            for item in self.session.items:
                if cat.domain_of(item.node) != domain.number:
                    continue
                if item.node == domain.number:
                    # Items placed on the domain itself hang right under its row: a child row
                    # with the domain's own number ("2.4 検知" › "2.4 サイバー攻撃の検知") read
                    # as the same heading twice.
                    leaf = QTreeWidgetItem(top)
                    leaf.setData(0, ITEM_ROLE, item.id)
                    self._leaves[item.id] = leaf
                    continue
                if item.node not in sections:
                    sec = QTreeWidgetItem(top)
                    sec.setData(0, NODE_ROLE, item.node)
                    sections[item.node] = sec
                    self._branches[f"{domain.number}/{item.node}"] = sec
                leaf = QTreeWidgetItem(sections[item.node])
                leaf.setData(0, ITEM_ROLE, item.id)
                self._leaves[item.id] = leaf
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.lang.lang
        cat = self.session.catalogue
        for key, branch in self._branches.items():
            node = cat.node(key.rsplit("/", 1)[-1])
            name = (node.short or node.title).get(lang) if branch.parent() is None else node.title.get(lang)
            branch.setText(0, f"{node.number} {name}")
            branch.setToolTip(0, node.title.get(lang))
        for item_id in self._leaves:
            self._refresh_leaf(item_id)
        self._refresh_counts()

    def refresh_item(self, item_id: str) -> None:
        """One answer changed: its row and the counts above it."""
        self._refresh_leaf(item_id)
        self._refresh_counts()

    def _refresh_leaf(self, item_id: str) -> None:
        leaf = self._leaves.get(item_id)
        if leaf is None:
            return
        item = self.session.item(item_id)
        answer = self.session.answer(item_id)
        leaf.setText(0, f"{item.label} {item.title.get(self.lang.lang)}")
        leaf.setIcon(0, self._icons[answer.status])
        no_plan = answer.is_gap and not answer.is_addressed_gap
        notes = [status_text(answer.status)]
        if no_plan:
            notes.append(QCoreApplication.translate("NavTree", "no plan or risk acceptance yet"))
        if answer.marked_for_review:
            notes.append(QCoreApplication.translate("NavTree", "marked for review"))
        leaf.setToolTip(0, " · ".join([item.id, *notes]))
        leaf.setText(1, ("⚠" if no_plan else "") + ("★" if answer.marked_for_review else ""))

    def _refresh_counts(self) -> None:
        """Answered/applicable per row, in one pass over the items (this runs after every save)."""
        done: dict[str, int] = {}
        total: dict[str, int] = {}
        domain_of = self.session.catalogue.domain_of
        for item in self.session.items:
            answered = self.session.answer(item.id).status is not Status.UNANSWERED
            for key in (domain_of(item.node), f"{domain_of(item.node)}/{item.node}"):
                total[key] = total.get(key, 0) + 1
                done[key] = done.get(key, 0) + answered
        for key, branch in self._branches.items():
            d, t = done.get(key, 0), total.get(key, 0)
            branch.setText(1, f"{d}/{t}")
            branch.setForeground(1, self._done_brush if t and d == t else self._open_brush)

    def apply_filter(self, text: str, flt: Filter) -> int:
        """Show only matching items (and the branches holding them). Returns the number shown."""
        visible = {it.id for it in self.session.search(text, flt)}
        for item_id, leaf in self._leaves.items():
            leaf.setHidden(item_id not in visible)
        for branch in self._branches.values():
            branch.setHidden(not self._has_visible_leaf(branch))
        if text or flt is not Filter.ALL:
            self.expandAll()
        return len(visible)

    def _has_visible_leaf(self, branch: QTreeWidgetItem) -> bool:
        for i in range(branch.childCount()):
            child = branch.child(i)
            if child is None:
                continue
            if child.data(0, ITEM_ROLE) and not child.isHidden():
                return True
            if child.data(0, NODE_ROLE) and self._has_visible_leaf(child):
                return True
        return False

    def visible_items(self) -> list[str]:
        return [i for i, leaf in self._leaves.items() if not leaf.isHidden()]

    def select_item(self, item_id: str) -> None:
        """Highlight an item without re-emitting item_selected."""
        leaf = self._leaves.get(item_id)
        if leaf is None:
            return
        self.blockSignals(True)
        self.setCurrentItem(leaf)
        self.scrollToItem(leaf)
        self.blockSignals(False)

    def _on_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None and current.data(0, ITEM_ROLE):
            self.item_selected.emit(current.data(0, ITEM_ROLE))

    def detach(self) -> None:
        if self.refresh_item in self.session.listeners:
            self.session.listeners.remove(self.refresh_item)

    def item_for(self, item_id: str) -> Item:
        return self.session.item(item_id)


class StatusLegend(QWidget):
    """What the dots and marks in the navigation tree mean (a new user asked)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self._texts: dict[Status | str, QLabel] = {}
        entries: list[Status | str] = [*ORDER, "gap", "review"]
        for index, key in enumerate(entries):
            row = QHBoxLayout()
            row.setSpacing(4)
            mark = QLabel()
            if isinstance(key, Status):
                mark.setPixmap(status_icon(key).pixmap(12, 12))
            else:
                mark.setText("⚠" if key == "gap" else "★")
            text = secondary_text(QLabel())
            self._texts[key] = text
            row.addWidget(mark)
            row.addWidget(text, 1)
            grid.addLayout(row, index // 2, index % 2)
        self.retranslate()

    def retranslate(self) -> None:
        for key, label in self._texts.items():
            if isinstance(key, Status):
                label.setText(status_text(key))
            elif key == "gap":
                label.setText(QCoreApplication.translate("NavTree", "Gap without a plan"))
            else:
                label.setText(QCoreApplication.translate("NavTree", "Marked for review"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

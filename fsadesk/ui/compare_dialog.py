"""Compare two yearly assessments: how each domain moved, and which items changed.

All figures come from fsadesk.assessment.compare (pure); this dialog only picks the cycles, loads
their answers through the application layer (fsadesk.app.workspace, read-only) and shows the result.
"""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from fsadesk import terms
from fsadesk.app.workspace import AssessmentWorkspace, Cycle
from fsadesk.assessment.compare import Comparison, Direction, ItemChange, TallyDelta, compare_cycles
from fsadesk.assessment.fiscal import cycle_display_label
from fsadesk.assessment.profile import InstitutionProfile, Scope
from fsadesk.catalogue.model import Catalogue
from fsadesk.ui.compare_dialog_view import CompareDialogView
from fsadesk.ui.i18n import LanguageManager, Retranslatable

# Green for better, red for worse; dark enough to read on a white or light-grey row.
GOOD = QColor("#1b7a2f")
BAD = QColor("#b3261e")
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole
FILTERS = (Direction.CHANGED, Direction.IMPROVED, Direction.WORSENED)  # CHANGED here means "any change"


def _delta_cell(text: str, moved: bool, up: bool, good: bool, tooltip: str) -> QTableWidgetItem:
    """A cell showing "old → new", with ▲/▼ and green/red when the figure moved."""
    cell = QTableWidgetItem(f"{text} {'▲' if up else '▼'}" if moved else text)
    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    if moved:
        cell.setForeground(QBrush(GOOD if good else BAD))
        cell.setToolTip(tooltip)
    return cell


def _percent(rate: float | None, other: float | None) -> str:
    """A rate as fsadesk shows it everywhere (terms.percent: 0.625 → '63%'); one decimal, by the
    same rule, only when whole percents would hide a real difference (62.6% → 62.8%)."""
    if rate is not None and other is not None and other != rate and terms.percent(other) == terms.percent(rate):
        return terms.percent(rate, digits=1)
    return terms.percent(rate)


class CompareDialog(Retranslatable, CompareDialogView):
    """Pick an earlier and a later cycle; see per-domain figures and the items that changed."""

    item_requested = Signal(str)  # open this item (double-click, Enter, button); the dialog then closes
    new_cycle_requested = Signal()  # from the one-cycle explanation; the button shows only if connected

    def __init__(
        self,
        workspace: AssessmentWorkspace,
        catalogue: Catalogue,
        profile: InstitutionProfile,
        lang_manager: LanguageManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.catalogue = catalogue
        self.profile = profile
        self.lang_manager = lang_manager
        self.comparison: Comparison | None = None
        self._cycles: list[Cycle] = []

        for combo in (self.old_combo, self.new_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.filter_combo.currentIndexChanged.connect(self._fill_items)
        self.item_table.activated.connect(self._open_current)  # Enter or double-click
        self.item_table.itemSelectionChanged.connect(self._update_buttons)
        self.new_cycle_button.clicked.connect(self._request_new_cycle)
        self.open_button.clicked.connect(self._open_current)
        self.buttons.rejected.connect(self.reject)
        self.reload()
        self.retranslate()
        # The explanation alone needs far less room than the two tables.
        if len(self._cycles) > 1:
            self.resize(1000, 720)
        else:
            self.resize(720, 420)

    def _request_new_cycle(self) -> None:
        self.new_cycle_requested.emit()
        self.reject()

    # Data ------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the list of cycles (e.g. after a new one was started); keep the choice if possible."""
        old_id, new_id = self.old_combo.currentData(), self.new_combo.currentData()
        self._cycles = self.workspace.cycles()
        ids = [c.id for c in self._cycles]
        if new_id not in ids or old_id not in ids:
            new_id = ids[-1] if ids else None
            old_id = ids[-2] if len(ids) > 1 else None
        for combo, chosen in ((self.old_combo, old_id), (self.new_combo, new_id)):
            combo.blockSignals(True)
            combo.clear()
            for cycle in self._cycles:
                combo.addItem(self._cycle_name(cycle), cycle.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.stack.setCurrentWidget(self.compare_page if len(self._cycles) > 1 else self.message_page)
        self.refresh()

    def _cycle_name(self, cycle: Cycle) -> str:
        name = cycle_display_label(cycle.label, cycle.fiscal_year, self.lang_manager.lang)
        if sum(c.label == cycle.label for c in self._cycles) > 1:
            return f"{name} ({cycle.created_at[:10]})"  # two cycles share a label: tell them apart
        return name

    def refresh(self) -> None:
        """Compare the chosen cycles again from what is stored now."""
        old_id, new_id = self.old_combo.currentData(), self.new_combo.currentData()
        if len(self._cycles) < 2 or old_id is None or new_id is None:
            self.comparison = None
        else:
            self.comparison = compare_cycles(
                self.catalogue,
                self.profile,
                self.workspace.answers(old_id),
                self.workspace.answers(new_id),
            )
        self._fill()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Answers may have changed in the main window since the dialog was last open.
        self.reload()
        super().showEvent(event)

    # Texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare cycles"))
        self.old_label.setText(self.tr("&Earlier cycle:"))
        self.new_label.setText(self.tr("&Later cycle:"))
        self.domain_box.setTitle(self.tr("By domain"))
        self.domain_table.setHorizontalHeaderLabels(
            [
                self.tr("Domain"),
                self.tr("Basic response items: implementation rate"),
                self.tr("Desirable response items: implementation rate"),
                self.tr("Open gaps (basic items)"),
            ]
        )
        self.items_box.setTitle(self.tr("Items"))
        self.filter_label.setText(self.tr("&Show:"))
        self.item_table.setHorizontalHeaderLabels(
            [
                self.tr("Section"),
                self.tr("Item"),
                self.tr("Earlier"),
                self.tr("Later"),
                self.tr("Change"),
                self.tr("Also changed"),
            ]
        )
        self.open_button.setText(self.tr("&Go to item"))
        self.open_button.setToolTip(self.tr("Open the selected item in the assessment (Enter or double-click)"))
        self.message_title.setText(self.tr("Comparing needs two cycles"))
        self.new_cycle_button.setText(self.tr("&Start next year's cycle…"))
        self._fill()

    def _fill(self) -> None:
        if len(self._cycles) < 2:
            if self._cycles:
                text = self.tr(
                    "This workspace has one assessment cycle so far ({label}). Once next year's cycle has "
                    "started, you can compare the two here: which items improved or worsened, and how "
                    "each domain's figures moved.\n\nTo start it, choose “Start next year's cycle…” in the "
                    "File menu. This year's answers can be copied as a starting point, so that you only "
                    "need to review what has changed."
                ).format(label=self._cycle_name(self._cycles[-1]))
            else:
                text = self.tr("This workspace has no assessment cycle yet. Comparing needs two cycles.")
            self.message.setText(text)
            listened = self.receivers(SIGNAL("new_cycle_requested()")) > 0
            self.new_cycle_button.setVisible(bool(self._cycles) and listened)
        self._fill_filter_combo()
        self._fill_summary()
        self._fill_domains()
        self._fill_items()

    def _fill_filter_combo(self) -> None:
        names = {
            Direction.CHANGED: self.tr("Changed items ({n})"),
            Direction.IMPROVED: self.tr("Improved ({n})"),
            Direction.WORSENED: self.tr("Worsened ({n})"),
        }
        result = self.comparison
        counts = {d: 0 for d in FILTERS}
        if result is not None:
            counts = {d: len(result.changed()) if d is Direction.CHANGED else result.count(d) for d in FILTERS}
        index = max(0, self.filter_combo.currentIndex())
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        for wanted in FILTERS:
            self.filter_combo.addItem(names[wanted].format(n=counts[wanted]), wanted.value)
        self.filter_combo.setCurrentIndex(index)
        self.filter_combo.blockSignals(False)

    def _fill_summary(self) -> None:
        result = self.comparison
        if result is None:
            self.summary.clear()
            return
        old, new = self.old_combo.currentText(), self.new_combo.currentText()
        if self.old_combo.currentData() == self.new_combo.currentData():
            self.summary.setText(self.tr("Choose two different cycles to compare."))
            return
        self.summary.setText(
            self.tr("From {old} to {new}: {improved} improved, {worsened} worsened, {other} other changes.").format(
                old=old,
                new=new,
                improved=result.count(Direction.IMPROVED),
                worsened=result.count(Direction.WORSENED),
                other=result.count(Direction.CHANGED),
            )
        )

    def _fill_domains(self) -> None:
        lang = self.lang_manager.lang
        table = self.domain_table
        result = self.comparison
        rows: list[tuple[str, str, TallyDelta]] = []
        if result is not None:
            for delta in result.domains:
                node = self.catalogue.node(delta.key)
                name = (node.short or node.title).get(lang)
                rows.append((f"{delta.key}  {name}", node.title.get(lang), delta))
            rows.append((self.tr("All domains"), "", result.overall))
        table.setRowCount(len(rows))
        for row, (name, tooltip, delta) in enumerate(rows):
            first = QTableWidgetItem(name)
            first.setToolTip(tooltip)
            cells = [
                first,
                self._rate_cell(delta.basic_rate_old, delta.basic_rate_new),
                self._rate_cell(delta.desirable_rate_old, delta.desirable_rate_new),
                self._gaps_cell(delta.open_gaps_old, delta.open_gaps_new),
            ]
            for column, cell in enumerate(cells):
                if row == len(rows) - 1:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                table.setItem(row, column, cell)
        table.setColumnHidden(2, self.profile.scope is Scope.BASIC)  # desirable items not assessed
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Show every row without an inner scroll bar: seven short rows.
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)

    def _rate_cell(self, old: float | None, new: float | None) -> QTableWidgetItem:
        moved = old is not None and new is not None and new != old
        up = moved and (new or 0) > (old or 0)
        tip = (self.tr("Higher than before") if up else self.tr("Lower than before")) if moved else ""
        return _delta_cell(f"{_percent(old, new)} → {_percent(new, old)}", moved, up, up, tip)

    def _gaps_cell(self, old: int, new: int) -> QTableWidgetItem:
        fewer = new < old  # fewer open gaps is better, though the arrow points down
        tip = self.tr("Fewer open gaps than before") if fewer else self.tr("More open gaps than before")
        return _delta_cell(f"{old} → {new}", new != old, new > old, fewer, tip if new != old else "")

    def _fill_items(self) -> None:
        lang = self.lang_manager.lang
        result = self.comparison
        wanted = Direction(self.filter_combo.currentData() or Direction.CHANGED.value)
        selected = self.selected_item_id()
        changes: list[ItemChange] = []
        if result is not None:
            changes = result.changed() if wanted is Direction.CHANGED else result.with_direction(wanted)
        table = self.item_table
        table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            if change.in_catalogue:
                item = self.catalogue.item(change.item_id)
                section, title = item.node, f"{item.label} {item.title.get(lang)}"
                if not change.applicable:
                    title = self.tr("{title} (does not apply now)").format(title=title)
            else:
                section = "—"
                title = self.tr("{id} (no longer in the guideline catalogue)").format(id=change.item_id)
            cells = [
                QTableWidgetItem(section),
                QTableWidgetItem(title),
                QTableWidgetItem(terms.status_name(change.old_status, lang)),
                QTableWidgetItem(terms.status_name(change.new_status, lang)),
                self._change_cell(change),
                QTableWidgetItem(self._details(change)),
            ]
            cells[0].setData(ITEM_ID_ROLE, change.item_id)
            cells[1].setToolTip(title)
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
            if change.item_id == selected:
                table.selectRow(row)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        empty_texts = {
            Direction.IMPROVED: self.tr("No item improved between these two cycles."),
            Direction.WORSENED: self.tr("No item worsened between these two cycles."),
        }
        self.empty_label.setText(empty_texts.get(wanted, self.tr("No item changed between these two cycles.")))
        table.setVisible(bool(changes))
        self.empty_label.setVisible(not changes)
        self._update_buttons()

    def _details(self, change: ItemChange) -> str:
        parts = [
            (change.notes_changed, self.tr("notes")),
            (change.evidence_changed, self.tr("evidence")),
            (change.justification_changed, self.tr("reason")),
            (change.plan_changed, self.tr("remediation plan")),
            (change.acceptance_changed, self.tr("risk acceptance")),
        ]
        return self.tr(", ").join(word for flag, word in parts if flag)

    def _change_cell(self, change: ItemChange) -> QTableWidgetItem:
        words = {
            Direction.IMPROVED: "▲ " + self.tr("Improved"),
            Direction.WORSENED: "▼ " + self.tr("Worsened"),
            Direction.CHANGED: self.tr("Changed"),
            Direction.UNCHANGED: self.tr("Unchanged"),
        }
        cell = QTableWidgetItem(words[change.direction])
        if change.direction is Direction.IMPROVED:
            cell.setForeground(QBrush(GOOD))
        elif change.direction is Direction.WORSENED:
            cell.setForeground(QBrush(BAD))
        return cell

    # Going to an item ------------------------------------------------------------------------
    def selected_item_id(self) -> str | None:
        rows = self.item_table.selectionModel().selectedRows()
        if not rows:
            return None
        cell = self.item_table.item(rows[0].row(), 0)
        return str(cell.data(ITEM_ID_ROLE)) if cell is not None else None

    def _update_buttons(self) -> None:
        self.open_button.setVisible(self.stack.currentWidget() is self.compare_page)
        self.open_button.setEnabled(self.selected_item_id() in self.catalogue.item_ids())

    def _open_current(self) -> None:
        item_id = self.selected_item_id()
        if item_id is not None and item_id in self.catalogue.item_ids():  # not for dropped items
            self.item_requested.emit(item_id)
            self.accept()  # the main window shows the item behind this dialog: reveal it

    def visible_item_ids(self) -> list[str]:
        """Item ids in the item table as shown now (for tests and the main window)."""
        cells = (self.item_table.item(r, 0) for r in range(self.item_table.rowCount()))
        return [str(cell.data(ITEM_ID_ROLE)) for cell in cells if cell is not None]

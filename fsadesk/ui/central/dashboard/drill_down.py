"""A member's answers for one domain, read only: each item with its title in the user's language,
its tier, the answer's status in words, and the member's notes, action plan or risk acceptance
where its bundle shared them. Nothing here can be edited; Esc or Close shuts it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.answers import SharedAnswer
from fsadesk.lang import Lang
from fsadesk.terms import date_text, percent, priority_name, status_name, word
from fsadesk.ui.central.dashboard.gaps_view import item_title

COLUMNS = 6  # item, title, tier, status, notes, plan or acceptance


def _day(value: object, lang: Lang) -> str:
    import datetime as dt

    if not isinstance(value, str) or not value:
        return date_text(None, lang)
    try:
        return date_text(dt.date.fromisoformat(value), lang)
    except ValueError:
        return value


class DrillDownDialog(QDialog):
    def __init__(
        self,
        member: str,
        domain_title: str,
        rate: float | None,
        tier_words: str,
        answers: list[SharedAnswer],
        catalogue: Catalogue,
        lang: Lang,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.answers, self.catalogue, self.lang = answers, catalogue, lang
        self.setWindowTitle(self.tr("%1 — %2").replace("%1", member).replace("%2", domain_title))
        self.heading = QLabel(
            self.tr("%1: %2 · %3 implementation rate %4")
            .replace("%1", member)
            .replace("%2", domain_title)
            .replace("%3", tier_words)
            .replace("%4", percent(rate))
        )
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(len(answers), COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Title"), self.tr("Tier"), self.tr("Status"),
            self.tr("Notes, evidence and reason"), self.tr("Action plan or risk acceptance"),
        ])  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (1, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._fill()
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.table.resizeColumnToContents(3)
        # Rows as tall as their text at the columns' real widths: again once shown, and when a column
        # is widened (measured before the dialog had its size, long notes made rows several times
        # taller than needed).
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        shared = any(a.notes is not None for a in answers)
        self.note.setText(
            self.tr("Items the member left unanswered are not listed.")
            if shared or not answers
            else self.tr("The member did not share its notes in this submission; statuses and plans are shown.")
        )
        if not answers:
            self.note.setText(self.tr("The member sent no answers for this domain."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 600)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _fill(self) -> None:
        lang = self.lang
        for row, a in enumerate(self.answers):
            tier = self.catalogue.item(a.item_id).tier if a.item_id in self.catalogue.item_ids() else ""
            cells = (
                a.item_id,
                item_title(self.catalogue, a.item_id, lang),
                word(f"{tier}_short", lang) if tier else "",
                status_name(a.status, lang),
                self.shared_text(a),
                self.follow_up(a),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)  # never editable
                cell.setToolTip(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)  # reads as a page
                self.table.setItem(row, column, cell)

    def shared_text(self, a: SharedAnswer) -> str:
        """The member's notes, then its evidence and its reason or alternative measure, each named."""
        colon = "：" if self.lang == "ja" else ": "
        lines = [a.notes] if a.notes else []
        for key, text in (("evidence", a.evidence), ("justification", a.justification)):
            if text:
                name = word(key, self.lang)
                lines.append(f"{name[:1].upper()}{name[1:]}{colon}{text}")
        return "\n".join(lines)

    def follow_up(self, a: SharedAnswer) -> str:
        """The action plan or risk acceptance in one or two lines; empty when there is neither."""
        lines = []
        if a.plan:
            priority = a.plan.get("priority")
            lines.append(
                self.tr("Action plan: %1, by %2, priority %3")
                .replace("%1", str(a.plan.get("owner") or "—"))
                .replace("%2", _day(a.plan.get("target_date"), self.lang))
                .replace("%3", priority_name(priority if isinstance(priority, str) else None, self.lang, none="—"))
            )
            if a.plan.get("measure"):
                lines.append(str(a.plan["measure"]))
        if a.acceptance:
            lines.append(
                self.tr("Risk acceptance: approved by %1 on %2")
                .replace("%1", str(a.acceptance.get("approved_by") or "—"))
                .replace("%2", _day(a.acceptance.get("date"), self.lang))
            )
            if a.acceptance.get("reason"):
                lines.append(str(a.acceptance["reason"]))
        return "\n".join(lines)

    def shown(self) -> list[tuple[str, str]]:
        """(item id, status words) of every row (for tests)."""
        cells = [(self.table.item(r, 0), self.table.item(r, 3)) for r in range(self.table.rowCount())]
        return [(i.text(), s.text()) for i, s in cells if i is not None and s is not None]

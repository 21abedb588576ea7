"""The summary page's "You and your peer group" panel (issue #14 point 3).

Without a benchmark pack it is one plain line saying what a pack is and how to import it. With
one: a table per domain (the institution's rate, the group's lower quartile, median, upper
quartile and mean, the band in words) whose last column draws the same figures — the group's
middle half as a band, its median as a line, the institution as a diamond — then which group it
is compared with and why, where the figures come from, and the basic items most peers implement
that the institution has not (double-click or Enter opens the item).

Colour-blind safe: Okabe–Ito colours, and shape as well as colour tells the marks apart; every
figure the drawing shows is in the table as a number.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fsadesk import terms
from fsadesk.assessment.benchmark import BenchmarkPack
from fsadesk.assessment.peer_position import DomainPosition, PeerPosition
from fsadesk.assessment.peer_words import (
    anonymity_sentence,
    band_name,
    catalogue_differs,
    group_sentence,
    no_group_sentence,
    not_published,
    source_sentence,
)
from fsadesk.catalogue.model import Catalogue
from fsadesk.lang import Lang

FIGURES_ROLE = Qt.ItemDataRole.UserRole + 1  # (own, q1, median, q3) for the drawn column
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
BAND_FILL = QColor("#9CCBEA")  # the group's middle half (as in the report)
OWN = QColor("#D55E00")  # the institution: a vermillion diamond
MEDIAN = QColor("#1A1A1A")


class _PositionDelegate(QStyledItemDelegate):
    """Draws one domain's figures on a 0–100 % scale inside its cell."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        values = index.data(FIGURES_ROLE)
        if not values:
            return
        own, q1, median, q3 = values
        r = QRectF(option.rect).adjusted(8, 3, -8, -3)

        def x(rate: float) -> float:
            return r.left() + rate * r.width()

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#B8C4D0"), 1))
        painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()))
        if q1 is not None:
            painter.fillRect(QRectF(x(q1), r.top() + 2, max(x(q3) - x(q1), 1.5), r.height() - 4), BAND_FILL)
            painter.setPen(QPen(MEDIAN, 2))
            painter.drawLine(QPointF(x(median), r.top()), QPointF(x(median), r.bottom()))
        if own is not None:
            cx, cy, h = x(own), r.center().y(), min(r.height() / 2, 7.0)
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(QBrush(OWN))
            painter.drawPolygon(
                QPolygonF([QPointF(cx, cy - h), QPointF(cx + h, cy), QPointF(cx, cy + h), QPointF(cx - h, cy)])
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        return QSize(160, super().sizeHint(option, index).height())


class PeerPanelView(QWidget):
    """Widgets only; PeerPanel fills them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_label = QLabel()  # no pack, or a pack without a group to compare with
        self.empty_label.setWordWrap(True)
        self.table = QTableWidget(0, 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setItemDelegateForColumn(7, _PositionDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.about_label = QLabel()  # the group used and why, the source, the anonymity rule
        self.about_label.setWordWrap(True)
        self.ahead_label = QLabel()
        self.ahead_label.setWordWrap(True)
        self.ahead_list = QListWidget()
        self.ahead_list.setWordWrap(True)  # an item's title whole, on two lines if need be
        self.ahead_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Every basic item with the share of peers that implement it, not only those where most are ahead.
        self.every_item = QCheckBox()
        self.note_label = QLabel()  # how anonymity is kept; the desirable items are in the report
        self.note_label.setWordWrap(True)
        self.ahead_label.setBuddy(self.ahead_list)
        self.figures = QWidget()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.about_label)
        right.addWidget(self.ahead_label)
        right.addWidget(self.ahead_list, 1)
        right.addWidget(self.every_item)
        row = QHBoxLayout(self.figures)
        row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.table)
        left.addWidget(self.note_label)
        left.addStretch(1)
        row.addLayout(left, 5)
        row.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.figures, 1)


class PeerPanel(PeerPanelView):
    """`item_requested(item_id)`: the user opened one of the items where peers are ahead."""

    item_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position: PeerPosition | None = None
        self.ahead_list.itemActivated.connect(lambda item: self.item_requested.emit(item.data(ITEM_ID_ROLE)))
        self._shown: tuple[Catalogue, Lang] | None = None
        self.every_item.toggled.connect(self._every_item_toggled)

    def _every_item_toggled(self, _checked: bool) -> None:
        if self.position is not None and self._shown is not None:
            self._fill_ahead(self.position, *self._shown)

    def show_position(
        self, pack: BenchmarkPack | None, pos: PeerPosition | None, catalogue: Catalogue, lang: Lang
    ) -> None:
        """Fill the panel in `lang`: the no-pack line, the no-group line, or the figures."""
        self.position = pos
        self.figures.setVisible(pos is not None)
        self.empty_label.setVisible(pos is None)
        if pack is None:
            self.empty_label.setText(
                self.tr(
                    "A benchmark pack from your central organisation shows how your implementation rates compare "
                    "with similar institutions, without naming any of them. When you receive one, choose "
                    "File ▸ Import benchmark pack… to import it."
                )
            )
            return
        if pos is None:
            self.empty_label.setText(
                no_group_sentence(pack.organisation_name, pack.campaign_title, pack.threshold, lang)
            )
            return
        self._fill_table(pos, catalogue, lang)
        about = [group_sentence(pos, catalogue, lang), source_sentence(pos, lang)]
        if pos.catalogue_differs:
            about.append(catalogue_differs(pos, lang))
        self.about_label.setText(" ".join(about))
        self._fill_ahead(pos, catalogue, lang)
        note = anonymity_sentence(pos.threshold, lang)
        if pos.tier("desirable"):
            note += " " + self.tr("The board report also compares the desirable response items.")
        self.note_label.setText(note)

    def _fill_table(self, pos: PeerPosition, catalogue: Catalogue, lang: Lang) -> None:
        headers = [
            self.tr("Domain\n(basic items)"),
            self.tr("You"),
            self.tr("Lower\nquartile"),
            self.tr("Median"),
            self.tr("Upper\nquartile"),
            self.tr("Mean"),
            self.tr("Where you stand"),
            # What the drawn column's marks mean, in its header: no line of its own.
            self.tr("◆ you  ┃ median\n▬ lower to upper quartile"),
        ]
        self.table.setHorizontalHeaderLabels(headers)
        rows = pos.tier("basic")
        self.table.setRowCount(len(rows))
        for n, d in enumerate(rows):
            node = catalogue.node(d.domain)
            cells = [f"{node.number} {(node.short or node.title).get(lang)}", *self._figures(d, pos, lang)]
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))
            drawn = QTableWidgetItem()
            f = d.figures
            drawn.setData(
                FIGURES_ROLE,
                (d.own, f.q1 if f else None, f.median if f else None, f.q3 if f else None),
            )
            self.table.setItem(n, 7, drawn)
        # Every domain in view, no scroll bar: as tall as its header and rows, no taller.
        line = self.table.fontMetrics().height() + 6
        for r in range(len(rows)):
            self.table.setRowHeight(r, line)
        header = self.table.horizontalHeader().sizeHint().height()
        height = header + line * len(rows) + 2 * self.table.frameWidth()
        self.table.setFixedHeight(height)

    @staticmethod
    def _figures(d: DomainPosition, pos: PeerPosition, lang: Lang) -> list[str]:
        f = d.figures
        if f is None:
            dash = terms.NOT_RATED
            return [terms.percent(d.own), dash, dash, dash, dash, not_published(pos.threshold, lang)]
        values = (d.own, f.q1, f.median, f.q3, f.mean)
        return [*(terms.percent(v) for v in values), band_name(d.band, lang)]

    def _fill_ahead(self, pos: PeerPosition, catalogue: Catalogue, lang: Lang) -> None:
        self._shown = (catalogue, lang)
        self.every_item.setText(self.tr("Show every basic item with the share of peers that implement it"))
        every = self.every_item.isChecked()
        ahead = pos.items if every else pos.ahead  # pos.items: those where peers are ahead come first
        self.ahead_list.clear()
        if every:
            self.ahead_list.setVisible(True)
            self.ahead_label.setText(
                self.tr(
                    "What share of your peers &implement each basic item (%1; those most peers implement and you "
                    "have not come first):"
                ).replace("%1", str(len(ahead)))
            )
        elif not ahead:
            self.ahead_label.setText(self.tr("No basic item that most of your peers implement is missing here."))
            self.ahead_list.setVisible(False)
            return
        else:
            self.ahead_list.setVisible(True)
            self.ahead_label.setText(
                self.tr("Most of your peers &implement these; you answered Partially or Not implemented (%1):").replace(
                    "%1", str(len(ahead))
                )
            )
        for entry in ahead:  # all of them: the list scrolls
            item = catalogue.item(entry.item_id)
            text = self.tr("%1 of peers · %2 %3 %4 — %5")
            text = (
                text.replace("%5", terms.status_name(entry.status, lang))
                .replace("%4", item.title.get(lang))
                .replace("%3", item.label)
                .replace("%2", item.id)
                .replace("%1", terms.percent(entry.peers_implement) if entry.figures else self.tr("not published"))
            )
            row = QListWidgetItem(text)
            row.setData(ITEM_ID_ROLE, entry.item_id)
            self.ahead_list.addItem(row)

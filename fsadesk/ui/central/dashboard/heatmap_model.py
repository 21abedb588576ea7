"""The heatmap's table model: one row per member that submitted, its category and size band in
words, then one column per domain holding the member's implementation rate of the chosen tier —
written as a percentage ("63%", or "—" when nothing was assessed) and coloured from the palette, so
the number is always there to read and colour is never the only channel.

Sorting goes through SORT_ROLE: rates sort as numbers (a cell with no rate below every rate), the
text columns as text; a QSortFilterProxyModel does the sorting, the model stays in member order."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.rates import MemberRates, RateGrid
from fsadesk.lang import Lang
from fsadesk.terms import percent, size_band_name
from fsadesk.ui.central.dashboard import palette

ModelIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FIXED = 4  # institution id, name, category, size band; the domains follow
NO_RATE_SORT = -1.0  # below 0%: "nothing assessed" sorts under every rate


def category_name(catalogue: Catalogue | None, category: str, lang: Lang) -> str:
    """A category's name in the user's language; the id itself when the catalogue does not know it."""
    if catalogue is not None:
        for c in catalogue.categories:
            if c.id == category:
                return c.get(lang)
    return category


def band_name(band: str, lang: Lang) -> str:
    try:
        return size_band_name(band, lang) if band else ""
    except KeyError:  # a band an older version wrote: shown as stored
        return band


class HeatmapModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid: RateGrid | None = None
        self.catalogue: Catalogue | None = None
        self.lang: Lang = "ja"
        # Every cell's text and rate, worked out once per grid and language: sorting 1,000 members
        # asks for each cell many times, and working each out anew took a noticeable moment.
        self._texts: list[list[str]] = []
        self._rates: list[list[float | None]] = []

    def set_grid(self, grid: RateGrid | None, catalogue: Catalogue | None, lang: Lang) -> None:
        self.beginResetModel()
        self.grid, self.catalogue, self.lang = grid, catalogue, lang
        self._cache()
        self.endResetModel()

    def _cache(self) -> None:
        members = self.grid.members if self.grid is not None else ()
        own: list[float | None] = [None] * FIXED  # the member's own columns have no rate
        self._rates = [own + [m.rates.get(d) for d in self.domains] for m in members]
        names = {c: category_name(self.catalogue, c, self.lang) for c in {m.category for m in members}}
        self._texts = [
            [m.institution_id, m.name, names[m.category], band_name(m.size_band, self.lang)]
            + [percent(r) for r in rates[FIXED:]]
            for m, rates in zip(members, self._rates, strict=True)
        ]

    def retranslate(self, lang: Lang) -> None:
        self.lang = lang
        self._cache()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # --- what a cell is ---------------------------------------------------------------------------

    @property
    def domains(self) -> tuple[str, ...]:
        return self.grid.domains if self.grid is not None else ()

    def member(self, row: int) -> MemberRates:
        assert self.grid is not None
        return self.grid.members[row]

    def domain(self, column: int) -> str | None:
        """The domain of a rate column, None for the member's own columns."""
        return self.domains[column - FIXED] if column >= FIXED else None

    def domain_title(self, domain: str, *, short: bool) -> str:
        if self.catalogue is None:
            return domain
        node = self.catalogue.node(domain)
        if short and node.short is not None:
            return f"{domain} {node.short.get(self.lang)}"
        return f"{domain} {node.title.get(self.lang)}"

    # --- Qt ---------------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() or self.grid is None else len(self.grid.members)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else FIXED + len(self.domains)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        domain = self.domain(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if domain is not None:  # two lines, so six domains fit beside the member at 1366 px
                return self.domain_title(domain, short=True).replace(" ", "\n", 1)
            return (self.tr("Institution ID"), self.tr("Name"), self.tr("Category"), self.tr("Size band"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and domain is not None:
            return self.domain_title(domain, short=False)
        return None

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    def rate(self, row: int, column: int) -> float | None:
        return self._rates[row][column]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.grid is None:
            return None
        row, column = index.row(), index.column()
        rated = column >= FIXED
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == SORT_ROLE:
            if rated:
                rate = self.rate(row, column)
                return NO_RATE_SORT if rate is None else rate
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and rated:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and rated:
            return QBrush(palette.background(self.rate(row, column)))
        if role == Qt.ItemDataRole.ForegroundRole and rated:
            return QBrush(palette.text_colour(self.rate(row, column)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return None

    def tooltip(self, row: int, column: int) -> str:
        m = self.member(row)
        domain = self.domain(column)
        if domain is None:
            return self.text(row, column)  # an elided name or category reads whole here
        rate = m.rates.get(domain)
        where = f"{m.name} — {self.domain_title(domain, short=False)}"
        if rate is None:
            return (
                where
                + "\n"
                + self.tr(
                    "No rate: nothing of this tier was assessed in this domain for this member (its scope leaves "
                    "the tier out, or every item is not applicable)."
                )
            )
        shown = self.tr("Implementation rate %1. Press Enter or double-click to see the answers.")
        return where + "\n" + shown.replace("%1", percent(rate))

"""The intake summary's table: a row per file (name, member, cycle, status, reason, flags) in the
user's language, sortable, and filterable by status through IntakeFilter."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from fsadesk.central.intake_rows import SubmissionShown
from fsadesk.central.intake_types import FileOutcome, IntakeStatus
from fsadesk.ui.intake_texts import flag_texts, reason_texts, status_texts

# A file the batch never reached because the user cancelled: not a status of the intake itself
# (nothing was stored or copied), so the window has its own word for it.
NOT_IMPORTED = "not_imported"
COLUMNS = 6
FILE, INSTITUTION, CYCLE, STATUS, REASON, FLAGS = range(COLUMNS)
ModelIndex = QModelIndex | QPersistentModelIndex
# The outcomes of a file stored as the member's current submission (until a newer one comes).
STORED = (IntakeStatus.ACCEPTED, IntakeStatus.ACCEPTED_WITH_FLAGS)
HISTORY = (*(s.value for s in STORED), IntakeStatus.SUPERSEDED.value, IntakeStatus.OLDER_THAN_HELD.value)


def status_words() -> dict[str, str]:
    """Every status a row can have, in the user's language (the intake's, and "not imported")."""
    return {**status_texts(), NOT_IMPORTED: QCoreApplication.translate("IntakeModel", "Not imported (cancelled)")}


@dataclass(frozen=True)
class IntakeRow:
    path: Path
    status: str  # an IntakeStatus value, or NOT_IMPORTED
    institution: str = ""  # the member's name and id, when known
    cycle: str = ""
    reason_kind: str | None = None
    reason: str = ""  # the intake's English sentence: shown only where no words of our own exist
    flags: tuple[str, ...] = ()
    note: str = ""  # a problem beside the outcome: the quarantine copy or the receipt not written
    quarantined: Path | None = None  # where the rejected file was copied
    # The member's history within the cycle: the file of this batch that replaced this one, or the
    # one this replaced ("" when it came before this batch).
    replaced_by: str | None = None
    replaces: str | None = None


def reason_text(row: IntakeRow) -> str:
    """Why, in the user's language: the rejection's reason with what to do, or the flags' words."""
    if row.status == NOT_IMPORTED:
        return QCoreApplication.translate(
            "IntakeModel", "The batch was cancelled before this file. Import it again to take it in."
        )
    if row.reason_kind is not None:
        text = reason_texts().get(row.reason_kind, row.reason)
    elif row.status in HISTORY:
        text = history_text(row)
    elif row.flags:
        words = flag_texts()
        text = " ".join(words.get(f, f) for f in row.flags)
    else:
        text = ""
    return f"{text} {row.note}".strip() if row.note else text


def history_text(row: IntakeRow) -> str:
    """Where a stored file stands in its member's cycle: replaced, replacing, or an older one."""
    if row.replaced_by is not None:
        text = QCoreApplication.translate(
            "IntakeModel",
            "Replaced by %1, a newer submission of the same member and cycle. Both are kept in the history.",
        ).replace("%1", row.replaced_by)
    elif row.replaces:
        text = QCoreApplication.translate(
            "IntakeModel", "It replaces %1, the member's earlier submission for this cycle (kept in the history)."
        ).replace("%1", row.replaces)
    elif row.replaces is not None:
        text = QCoreApplication.translate(
            "IntakeModel", "It replaces the member's earlier submission for this cycle (kept in the history)."
        )
    elif row.status == IntakeStatus.OLDER_THAN_HELD.value:
        text = QCoreApplication.translate(
            "IntakeModel",
            "It was made before the submission already held for this member and cycle, which stays the current "
            "one. It is kept in the history.",
        )
    else:
        text = ""
    flags = " ".join(flag_texts().get(f, f) for f in row.flags)
    return f"{text} {flags}".strip()


def flags_text(row: IntakeRow) -> str:
    words = flag_texts()
    return "\n".join(words.get(f, f) for f in row.flags)


class IntakeModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[IntakeRow] = []

    def set_rows(self, rows: list[IntakeRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        """Every text is looked up when shown: a change of language only repaints."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("IntakeModel", "File"),
            QCoreApplication.translate("IntakeModel", "Member"),
            QCoreApplication.translate("IntakeModel", "Cycle"),
            QCoreApplication.translate("IntakeModel", "Result"),
            QCoreApplication.translate("IntakeModel", "Reason"),
            QCoreApplication.translate("IntakeModel", "Notes"),
        )[section]

    def text(self, row: IntakeRow, column: int) -> str:
        if column == FILE:
            return row.path.name
        if column == INSTITUTION:
            return row.institution
        if column == CYCLE:
            return row.cycle
        if column == STATUS:
            return status_words().get(row.status, row.status)
        if column == REASON:
            return reason_text(row)
        return flags_text(row)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            # The full path and the intake's own English words, for whoever helps the user.
            return str(row.path) if index.column() == FILE else (row.reason or None)
        if role == Qt.ItemDataRole.UserRole:
            return row.status
        return None


class IntakeFilter(QSortFilterProxyModel):
    """Sorts by any column; shows every row, or only those of one status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802 - Qt override
        if self.status is None:
            return True
        model = self.sourceModel()
        return bool(model.data(model.index(source_row, STATUS, source_parent), Qt.ItemDataRole.UserRole) == self.status)


@dataclass(frozen=True)
class Batch:
    files: list[Path]
    outcomes: list[FileOutcome]
    shown: dict[int, SubmissionShown]
    names: dict[str, str] = field(default_factory=dict)  # registry names, for rejected files' members


def rows_of(batch: Batch) -> list[IntakeRow]:
    """A row per file: its outcome, or "not imported" for the files a cancel left untouched. A file
    accepted and then replaced by a newer one of the same batch is shown as replaced (as stored),
    each of the two naming the other, so the member's history reads from the table."""
    stored = {o.submission_id: o.path.name for o in batch.outcomes if o.status in STORED}
    newer = {o.replaced_id: o.path.name for o in batch.outcomes if o.replaced_id is not None}
    rows: list[IntakeRow] = []
    for o in batch.outcomes:
        shown = batch.shown.get(o.submission_id) if o.submission_id is not None else None
        name = shown.institution_name if shown else batch.names.get(o.institution_id or "")
        who = f"{name} ({o.institution_id})" if name else (o.institution_id or "")
        cycle = f"{shown.cycle_label}" if shown else ""
        note = " ".join(p for p in (o.quarantine_error, o.receipt_error) if p)
        replaced_by = newer.get(o.submission_id) if o.status in STORED and o.submission_id is not None else None
        status = IntakeStatus.SUPERSEDED if replaced_by is not None else o.status
        replaces = None if o.replaced_id is None else stored.get(o.replaced_id, "")
        rows.append(IntakeRow(o.path, status.value, who, cycle, o.reason_kind.value if o.reason_kind else None,
                              o.reason, tuple(f.value for f in o.flags), note, o.quarantined, replaced_by,
                              replaces))  # fmt: skip
    rows += [IntakeRow(p, NOT_IMPORTED) for p in batch.files[len(batch.outcomes) :]]
    return rows

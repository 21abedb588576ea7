"""The member registry's dialogs: confirm enrolment files by their fingerprints, edit a member's
attributes, revoke with a reason. Each only collects and checks what is typed; the view calls the
use case (fsadesk.central.members) with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fsadesk.assessment.profile import SizeBand
from fsadesk.central.member_records import Member
from fsadesk.central.members import BadFile, PendingEnrolment
from fsadesk.lang import Lang
from fsadesk.limits import REGION, REVOKE_REASON, text_problem
from fsadesk.shown import shown_path
from fsadesk.terms import size_band_name


def fingerprint_groups(fingerprint: str) -> str:
    """The fingerprint in lines of four groups, as the member reads it out by telephone."""
    groups = fingerprint.split()
    return "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #B00020; font-weight: bold;")
    label.setVisible(False)
    return label


class EnrolConfirmDialog(QDialog):
    """One list of the enrolment files read: each institution with its fingerprint in large
    monospace groups and a tick box, unticked until someone has checked it with the member; the
    files that could not be read are listed with their reason. ticked() after accept()."""

    def __init__(self, good: list[PendingEnrolment], bad: list[BadFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.good = good
        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        self.table = QTableWidget(len(good), 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 9.0) * 1.4)
        mono.setWeight(QFont.Weight.Bold)
        for row, pending in enumerate(good):
            check = QTableWidgetItem(pending.institution_id)
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)  # nothing is trusted until confirmed
            self.table.setItem(row, 0, check)
            self.table.setItem(row, 1, QTableWidgetItem(pending.name))
            fp = QTableWidgetItem(fingerprint_groups(pending.fingerprint))
            fp.setFont(mono)
            fp.setToolTip(shown_path(pending.source))
            self.table.setItem(row, 2, fp)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.bad_label = QLabel()
        self.bad_label.setWordWrap(True)
        self.bad_list = QPlainTextEdit()
        self.bad_list.setReadOnly(True)
        self.bad_list.setPlainText("\n\n".join(item.reason for item in bad))
        self.bad_list.setMaximumHeight(120)
        for widget in (self.bad_label, self.bad_list):
            widget.setVisible(bool(bad))
        self.message = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.instruction, self.table, self.bad_label, self.bad_list, self.message, self.buttons):
            layout.addWidget(w)
        self.resize(980, 600)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enrol members"))
        self.instruction.setText(
            self.tr(
                "Before you tick a row, confirm its fingerprint with the member: read it out by telephone, "
                "or compare it with the printed enrolment sheet the member signed. Tick only the rows whose "
                "fingerprint matches exactly; only ticked rows are enrolled."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Institution ID"), self.tr("Name"), self.tr("Fingerprint")])
        for column in (0, 1):  # names and headings whole, on one line
            self.table.resizeColumnToContents(column)
        self.bad_label.setText(self.tr("These files could not be used and are left out:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Enrol ticked rows"))

    def tick(self, row: int, on: bool = True) -> None:
        item = self.table.item(row, 0)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def ticked(self) -> list[PendingEnrolment]:
        return [p for row, p in enumerate(self.good) if self._checked(row)]

    def _checked(self, row: int) -> bool:
        item = self.table.item(row, 0)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def accept(self) -> None:
        if not self.ticked():
            self.message.setText(self.tr("No row is ticked. Tick the rows whose fingerprint the member confirmed."))
            self.message.setVisible(True)
            return
        super().accept()


class EditMemberDialog(QDialog):
    """Category, size band and region of one member; the region within fsadesk.limits.REGION."""

    def __init__(self, member: Member, categories: dict[str, str], lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member = member
        self.category = QComboBox()
        self.category.addItem("-", "")
        for cid, name in categories.items():
            self.category.addItem(name, cid)
        if member.category and member.category not in categories:
            self.category.addItem(member.category, member.category)
        self.category.setCurrentIndex(max(0, self.category.findData(member.category)))
        self.size_band = QComboBox()
        self.size_band.addItem("-", "")
        for band in SizeBand:
            self.size_band.addItem(size_band_name(band.value, lang), band.value)
        self.size_band.setCurrentIndex(max(0, self.size_band.findData(member.size_band)))
        self.region = QLineEdit(member.region)
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.category, self.size_band, self.region), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.message = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit member"))
        self.heading.setText(f"{self.member.institution_id}  {self.member.name}")
        for label, text in zip(
            self.labels, (self.tr("&Category:"), self.tr("&Size:"), self.tr("&Region:")), strict=True
        ):
            label.setText(text)

    def values(self) -> tuple[str, str, str]:
        return str(self.category.currentData()), str(self.size_band.currentData()), self.region.text().strip()

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def accept(self) -> None:
        region = self.region.text().strip()
        if text_problem(region, REGION) is not None:
            self.show_problem(
                self.tr("The region is too long: at most %1 characters, and it has %2.")
                .replace("%1", str(REGION.max_chars))
                .replace("%2", str(len(region)))
            )
            self.region.setFocus()
            return
        super().accept()


class RevokeDialog(QDialog):
    """Revoke a member's keys: what it means, and a reason, which is required."""

    def __init__(self, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member = member
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(100)
        self.reason_label.setBuddy(self.reason)
        self.message = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.explanation, self.reason_label, self.reason, self.message, self.buttons):
            layout.addWidget(w)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Revoke keys"))
        self.explanation.setText(
            self.tr(
                "Revoke the keys of %1 (%2)? From now on, bundles signed with them are refused at intake. "
                "Submissions already taken in stay as they are. The member can send a new enrolment file "
                "later to be trusted again."
            )
            .replace("%1", self.member.name)
            .replace("%2", self.member.institution_id)
        )
        self.reason_label.setText(self.tr('&Reason (required, for example "the PC with the key was stolen"):'))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Revoke"))

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def accept(self) -> None:
        problem = text_problem(self.reason_text(), REVOKE_REASON)
        if problem is not None:
            text = (
                self.tr("Write the reason for revoking: it is kept with the key.")
                if not self.reason_text()
                else self.tr("The reason is too long: at most %1 characters.").replace(
                    "%1", str(REVOKE_REASON.max_chars)
                )
            )
            self.message.setText(text)
            self.message.setVisible(True)
            return
        super().accept()

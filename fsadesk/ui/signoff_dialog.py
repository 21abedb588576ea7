"""Sign off and finalise a cycle: what is still open first, then preparer, reviewer and executive
approval, then lock it.

Open points (fsadesk.assessment.readiness) are listed with a way to go to each; finalising with
any of them needs a second, explicit choice and a reason, so a locked report never surprises the
board with answers nobody can give any more.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fsadesk import limits
from fsadesk.app.workspace import AssessmentWorkspace, Cycle
from fsadesk.assessment.readiness import FinaliseNote, OpenKind
from fsadesk.assessment.signoff import Role, SignOff, SignOffProblem, missing_for_finalising
from fsadesk.catalogue.model import Catalogue
from fsadesk.lang import Lang
from fsadesk.store.errors import CycleLocked, SaveFailed
from fsadesk.ui.date_edit import date_format
from fsadesk.ui.errors import user_message, with_details
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.text_limits import LimitedTextEdit, set_limited_text

ITEM_ROLE = Qt.ItemDataRole.UserRole  # the item id behind a row of the open list


@dataclass(frozen=True)
class _Draft:
    """What was typed in a dialog closed without finalising (to go to an open item, or cancelled)."""

    names: dict[Role, str]
    titles: dict[Role, str]
    dates: dict[Role, dt.date]
    force: bool
    reason: str


def _day(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


# Drafts by workspace folder and cycle id, for the rest of the session: the user who goes to an
# open item comes back to what was typed. Kept in memory only; only finalising stores sign-offs.
_drafts: dict[tuple[Path, int], _Draft] = {}


class SignOffDialog(QDialog):
    """accept() records the three sign-offs and finalises the cycle; the answers then cannot change.
    item_requested(item id): the user wants to go to an open item (the dialog closes first; what
    was typed comes back when it is reopened for this cycle)."""

    item_requested = Signal(str)

    def __init__(
        self,
        workspace: AssessmentWorkspace,
        catalogue: Catalogue,
        cycle_id: int,
        prompts: Prompts,
        user: str | None = None,
        parent: QWidget | None = None,
        lang: Lang = "ja",
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.catalogue = catalogue
        self.cycle_id = cycle_id
        self.prompts = prompts
        self.user = user
        self.lang = lang
        self.finalised: Cycle | None = None  # the locked cycle, once accepted
        self.readiness = workspace.readiness(catalogue, cycle_id)
        self.open_summary = QLabel()
        self.open_summary.setWordWrap(True)
        self.open_list = QListWidget()
        self.open_list.itemActivated.connect(self._go)  # double-click or Enter on a row
        self.go_button = QPushButton()
        self.go_button.clicked.connect(lambda: self._go(self.open_list.currentItem()))
        self.force = QCheckBox()
        self.reason_label = QLabel()
        self.reason = LimitedTextEdit(limits.FINALISE_REASON)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        self.reason.limit_reached.connect(self._reason_refused)
        self.reason_label.setBuddy(self.reason)
        self.force.toggled.connect(self.reason.setEnabled)
        self.reason.setEnabled(False)
        # The message that asked for the tick or the reason goes once it is given: left standing,
        # it still told people to do what they had just done (found trying it as a new user).
        self._asking_for: QWidget | None = None
        self.force.toggled.connect(lambda on: self._answered(self.force, on))
        self.reason.textChanged.connect(lambda: self._answered(self.reason, bool(self.reason.toPlainText().strip())))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020; font-weight: bold;")
        self.message.setVisible(False)
        grid = QGridLayout()
        self.role_labels: dict[Role, QLabel] = {}
        self.names: dict[Role, QLineEdit] = {}
        self.titles: dict[Role, QLineEdit] = {}
        self.dates: dict[Role, QDateEdit] = {}
        self.header_name, self.header_title, self.header_date = QLabel(), QLabel(), QLabel()
        grid.addWidget(self.header_name, 0, 1)
        grid.addWidget(self.header_title, 0, 2)
        grid.addWidget(self.header_date, 0, 3)
        existing = {s.role: s for s in workspace.signoffs(cycle_id)}
        today = dt.date.today()
        for row, role in enumerate(Role, start=1):
            label, name, title, date = QLabel(), QLineEdit(), QLineEdit(), QDateEdit()
            date.setCalendarPopup(True)
            date.setDisplayFormat(date_format())
            known = existing.get(role)
            set_limited_text(name, known.name if known else "", limits.PERSON_NAME)
            set_limited_text(title, known.title if known else "", limits.PERSON_TITLE)
            name.inputRejected.connect(lambda edit=name: self._refused(edit, limits.PERSON_NAME))
            title.inputRejected.connect(lambda edit=title: self._refused(edit, limits.PERSON_TITLE))
            d = known.date if known and known.date else today
            date.setDate(QDate(d.year, d.month, d.day))
            label.setBuddy(name)
            grid.addWidget(label, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(title, row, 2)
            grid.addWidget(date, row, 3)
            self.role_labels[role], self.names[role], self.titles[role], self.dates[role] = label, name, title, date
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        if not self.readiness.is_ready:
            layout.addWidget(self.open_summary)
            layout.addWidget(self.open_list)
            layout.addWidget(self.go_button)
            layout.addWidget(self.force)
            layout.addWidget(self.reason_label)
            layout.addWidget(self.reason)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(720)
        self._draft_key = (workspace.folder.resolve(), cycle_id)
        draft = _drafts.get(self._draft_key)
        if draft is not None:
            self._restore(draft)
        self.retranslate()

    def _restore(self, draft: _Draft) -> None:
        for role in Role:
            set_limited_text(self.names[role], draft.names[role], limits.PERSON_NAME)
            set_limited_text(self.titles[role], draft.titles[role], limits.PERSON_TITLE)
            d = draft.dates[role]
            self.dates[role].setDate(QDate(d.year, d.month, d.day))
        self.force.setChecked(draft.force)
        self.reason.setPlainText(draft.reason)

    def done(self, result: int) -> None:
        """Every way the dialog closes (Finalise, Cancel, Esc, going to an item) passes here: keep
        what was typed unless the cycle was finalised, when the stored sign-offs replace it."""
        if self.finalised is None:
            _drafts[self._draft_key] = _Draft(
                names={role: self.names[role].text() for role in Role},
                titles={role: self.titles[role].text() for role in Role},
                dates={role: _day(self.dates[role].date()) for role in Role},
                force=self.force.isChecked(),
                reason=self.reason.toPlainText(),
            )
        else:
            _drafts.pop(self._draft_key, None)
        super().done(result)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign off and finalise"))
        self.intro.setText(
            self.tr(
                "Record who prepared and reviewed this assessment and the member of senior management who "
                "approved it. After finalising, the answers can no longer be changed; the report and the "
                "bundle for your central organisation show exactly this state. To correct something later, "
                "start a revision: the finalised version is kept."
            )
        )
        self.header_name.setText(self.tr("Name"))
        self.header_title.setText(self.tr("Position"))
        self.header_date.setText(self.tr("Date"))
        labels = {
            Role.PREPARER: self.tr("&Prepared by:"),
            Role.REVIEWER: self.tr("&Reviewed by:"),
            Role.APPROVER: self.tr("&Approved by (senior management):"),
        }
        for role, text in labels.items():
            self.role_labels[role].setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Finalise"))
        self._retranslate_open_points()

    def kind_name(self, kind: OpenKind) -> str:
        return {
            OpenKind.UNANSWERED: self.tr("Unanswered"),  # the answer status's own word (glossary)
            OpenKind.MARKED_FOR_REVIEW: self.tr("Marked for review"),
            OpenKind.GAP_WITHOUT_PLAN: self.tr("Gap without a plan or risk acceptance"),
            OpenKind.MISSING_REASON: self.tr("Reason missing (not applicable or alternative)"),
        }[kind]

    def _retranslate_open_points(self) -> None:
        counts = self.readiness.counts()
        parts = [
            self.tr("{kind}: {count}").format(kind=self.kind_name(k), count=f"{n:,}") for k, n in counts.items() if n
        ]
        self.open_summary.setText(
            self.tr(
                "Not everything is finished yet. Still open: {counts}. Double-click a line to go to the item."
            ).format(counts=self.tr(", ").join(parts))
        )
        self.open_list.clear()
        for point in self.readiness.points:
            item = self.catalogue.item(point.item_id)
            row = QListWidgetItem(
                f"{item.node} {item.label} {item.title.get(self.lang)} — {self.kind_name(point.kind)}"
            )
            row.setData(ITEM_ROLE, point.item_id)
            self.open_list.addItem(row)
        if self.open_list.count():
            self.open_list.setCurrentRow(0)
        self.go_button.setText(self.tr("&Go to this item"))
        self.force.setText(self.tr("Finalise with &open points"))
        self.reason_label.setText(self.tr("&Why is it finalised with open points? (kept with the sign-off)"))

    def _go(self, row: QListWidgetItem | None) -> None:
        """Close the dialog (nothing is stored; what was typed is kept as a draft) and let the main
        window open the item."""
        if row is None:
            return
        item_id = str(row.data(ITEM_ROLE))
        self.reject()
        self.item_requested.emit(item_id)

    def _reason_refused(self) -> None:
        self._show(
            self.tr("The reason can be at most {limit} characters. What did not fit was not added.").format(
                limit=f"{limits.FINALISE_REASON.max_chars:,}"
            ),
            self.reason,
        )

    def _refused(self, edit: QLineEdit, limit: limits.TextLimit) -> None:
        """Typing or pasting past a name's or position's limit: say so (the edit keeps what fits)."""
        field = self.tr("A name") if limit is limits.PERSON_NAME else self.tr("A position")
        self._show(
            self.tr("{field} can be at most {limit} characters. What did not fit was not added.").format(
                field=field, limit=f"{limit.max_chars:,}"
            ),
            edit,
        )

    def _show(self, text: str, focus: QWidget, asking_for: QWidget | None = None) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        self._asking_for = asking_for
        focus.setFocus()

    def _answered(self, field: QWidget, given: bool) -> None:
        """`field` now holds what the message asked of it: the message is no longer true."""
        if given and field is self._asking_for:
            self._asking_for = None
            self.message.setVisible(False)

    def entries(self) -> list[SignOff]:
        return [
            SignOff(
                role, self.names[role].text().strip(), self.titles[role].text().strip(), _day(self.dates[role].date())
            )
            for role in Role
        ]

    def accept(self) -> None:
        entries = self.entries()
        for entry in entries:  # a name stored before limits existed may be longer
            for problem in entry.problems():
                name = problem is SignOffProblem.NAME_TOO_LONG
                limit = limits.PERSON_NAME if name else limits.PERSON_TITLE
                self._show(
                    self.tr("{field} is too long (at most {limit} characters). Please shorten it.").format(
                        field=self.tr("A name") if name else self.tr("A position"), limit=f"{limit.max_chars:,}"
                    ),
                    (self.names if name else self.titles)[entry.role],
                )
                return
        missing = missing_for_finalising(entries)
        if missing:
            self._show(self.tr("Please enter a name for every role."), self.names[missing[0]])
            return
        question = self.tr("Finalise now? The answers of this cycle will then be read-only.")
        note: FinaliseNote | None = None  # recorded with the lock when points are still open
        if not self.readiness.is_ready:
            if not self.force.isChecked():
                self._show(
                    self.tr(
                        "{count} points are still open (listed above). Finish them first, or tick "
                        "“Finalise with open points” and write why."
                    ).format(count=f"{len(self.readiness.points):,}"),
                    self.force,
                    asking_for=self.force,
                )
                return
            if limits.text_problem(self.reason.toPlainText(), limits.FINALISE_REASON) is not None:
                self._show(
                    self.tr(
                        "Please write why the assessment is finalised with open points (at most {limit} characters)."
                    ).format(limit=f"{limits.FINALISE_REASON.max_chars:,}"),
                    self.reason,
                    asking_for=self.reason,
                )
                return
            note = FinaliseNote.of(self.readiness, self.reason.toPlainText())
            question = self.tr(
                "Finalise now with {count} points still open? The answers of this cycle will then be "
                "read-only; that it was finalised with open points, and why, is kept with the sign-off."
            ).format(count=f"{len(self.readiness.points):,}")
        if not self.prompts.confirm(self.tr("Finalise the assessment"), question):
            return
        try:
            # The three sign-offs and the lock in one transaction: on any failure none is stored.
            finalised = self.workspace.finalise(self.cycle_id, entries, by=self.user, note=note)
        except (CycleLocked, SaveFailed) as exc:
            self.prompts.error(self.tr("Finalise the assessment"), user_message(exc))
            return
        except ValueError as exc:  # a sign-off the store refuses: the English reason stays underneath
            text = self.tr("The sign-off could not be saved as entered. Check every name and position, then try again.")
            self.prompts.error(self.tr("Finalise the assessment"), with_details(text, exc))
            return
        self.finalised = finalised
        super().accept()

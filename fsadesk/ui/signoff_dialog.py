"""Sign off and finalise a cycle: preparer, reviewer and executive approval, then lock it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fsadesk import limits
from fsadesk.app.workspace import AssessmentWorkspace, Cycle
from fsadesk.assessment.signoff import Role, SignOff, SignOffProblem, missing_for_finalising
from fsadesk.store.errors import CycleLocked, SaveFailed
from fsadesk.ui.errors import user_message, with_details
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.text_limits import set_limited_text


class SignOffDialog(QDialog):
    """accept() records the three sign-offs and finalises the cycle; the answers then cannot change."""

    def __init__(
        self,
        workspace: AssessmentWorkspace,
        cycle_id: int,
        prompts: Prompts,
        user: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.cycle_id = cycle_id
        self.prompts = prompts
        self.user = user
        self.finalised: Cycle | None = None  # the locked cycle, once accepted
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
            date.setDisplayFormat("yyyy-MM-dd")
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
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(720)
        self.retranslate()

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

    def _refused(self, edit: QLineEdit, limit: limits.TextLimit) -> None:
        """Typing or pasting past a name's or position's limit: say so (the edit keeps what fits)."""
        field = self.tr("A name") if limit is limits.PERSON_NAME else self.tr("A position")
        self._show(
            self.tr("{field} can be at most {limit} characters. What did not fit was not added.").format(
                field=field, limit=f"{limit.max_chars:,}"
            ),
            edit,
        )

    def _show(self, text: str, focus: QLineEdit) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        focus.setFocus()

    def entries(self) -> list[SignOff]:
        out = []
        for role in Role:
            q = self.dates[role].date()
            out.append(
                SignOff(
                    role,
                    self.names[role].text().strip(),
                    self.titles[role].text().strip(),
                    dt.date(q.year(), q.month(), q.day()),
                )
            )
        return out

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
        if not self.prompts.confirm(
            self.tr("Finalise the assessment"),
            self.tr("Finalise now? The answers of this cycle will then be read-only."),
        ):
            return
        try:
            # The three sign-offs and the lock in one transaction: on any failure none is stored.
            finalised = self.workspace.finalise(self.cycle_id, entries, by=self.user)
        except (CycleLocked, SaveFailed) as exc:
            self.prompts.error(self.tr("Finalise the assessment"), user_message(exc))
            return
        except ValueError as exc:  # a sign-off the store refuses: the English reason stays underneath
            text = self.tr("The sign-off could not be saved as entered. Check every name and position, then try again.")
            self.prompts.error(self.tr("Finalise the assessment"), with_details(text, exc))
            return
        self.finalised = finalised
        super().accept()

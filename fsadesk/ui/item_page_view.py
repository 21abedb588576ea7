"""Layout of the item page: what the user reads and the answer they give. No behaviour here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fsadesk import limits
from fsadesk.assessment.answers import Status
from fsadesk.assessment.fiscal import end_of_fiscal_year
from fsadesk.limits import TextLimit
from fsadesk.ui.by_name import set_by_name
from fsadesk.ui.date_edit import OptionalDateEdit
from fsadesk.ui.scroll_content import FitsWidth
from fsadesk.ui.status_style import ORDER, secondary_text
from fsadesk.ui.text_limits import LimitedTextEdit, LimitNote, limit_line_edit, with_note

# Qt's enum values are set by name on this page (fsadesk.ui.by_name): naming Qt's namespace costs
# about 13 ms before the resumed page is painted (docs/performance.md).


def _wrap(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    set_by_name(label, "textInteractionFlags", "TextSelectableByMouse")
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def _text_box(lines: int, limit: TextLimit) -> LimitedTextEdit:
    box = LimitedTextEdit(limit)
    box.setTabChangesFocus(True)  # Tab moves on, as in a form; text keeps its own line breaks
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * (lines + 4) + 12)
    return box


class Expander(QWidget):
    """A heading that shows or hides a body of text (keyboard: Space on the heading)."""

    def __init__(self, expanded: bool) -> None:
        super().__init__()
        self.toggle = QToolButton()
        set_by_name(self.toggle, "toolButtonStyle", "ToolButtonTextBesideIcon")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(expanded)
        self.toggle.setAutoRaise(True)
        self.body = _wrap(QLabel())
        self.body.setContentsMargins(22, 0, 0, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self._apply)
        self._apply(expanded)

    def _apply(self, on: bool) -> None:
        set_by_name(self.toggle, "arrowType", "DownArrow" if on else "RightArrow")
        self.body.setVisible(on)


class ItemPageView(FitsWidth, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        base = self.font().pointSizeF()
        self.locked_banner = _wrap(QLabel())
        self.locked_banner.setStyleSheet("background: #E8EEF7; border: 1px solid #9DB3D6; padding: 6px;")
        self.locked_banner.setVisible(False)
        self.breadcrumb = _wrap(QLabel())
        secondary_text(self.breadcrumb)
        self.title = _wrap(QLabel())
        title_font = QFont(self.font())
        title_font.setPointSizeF(base * 1.35)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.badges = QLabel()
        set_by_name(self.badges, "textFormat", "RichText")
        self.requirement = _wrap(QLabel())
        req_font = QFont(self.font())
        req_font.setPointSizeF(base * 1.08)
        self.requirement.setFont(req_font)
        self.clauses = _wrap(QLabel())
        self.clauses.setStyleSheet("background: #FFF4DB; border: 1px solid #E6C77A; padding: 6px;")
        self.explanation = Expander(expanded=True)
        self.evidence_examples = Expander(expanded=False)

        self.answer_box = QGroupBox()
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[Status, QRadioButton] = {}
        self.status_hints: dict[Status, QLabel] = {}
        grid = QVBoxLayout(self.answer_box)
        answer_font = QFont(self.font())
        answer_font.setPointSizeF(base * 1.12)
        for index, status in enumerate(ORDER):
            button = QRadioButton()
            button.setFont(answer_font)
            button.setMinimumHeight(int(button.fontMetrics().height() * 1.8))
            self.status_group.addButton(button, index)
            hint = QLabel()
            secondary_text(hint)
            row = QHBoxLayout()
            row.addWidget(button)
            row.addWidget(hint, 1)
            grid.addLayout(row)
            self.status_buttons[status] = button
            self.status_hints[status] = hint

        self.justification_label = QLabel()
        self.justification = _text_box(3, limits.JUSTIFICATION)
        self.justification_label.setBuddy(self.justification)
        self.justification_limit = LimitNote(self.justification, limits.JUSTIFICATION, self._name_justification)

        self.plan_box = QGroupBox()
        # What will be done comes first: it is what the plan is (who and by when follow).
        self.plan_measure = _text_box(3, limits.MEASURE)
        self.plan_measure_limit = LimitNote(self.plan_measure, limits.MEASURE, self._name_measure)
        self.measure_hint = secondary_text(_wrap(QLabel()))
        self.plan_owner = QLineEdit()
        limit_line_edit(self.plan_owner, limits.PERSON_NAME)
        self.plan_owner_limit = LimitNote(self.plan_owner, limits.PERSON_NAME, self._name_owner)
        self.plan_date = OptionalDateEdit(lambda: end_of_fiscal_year(dt.date.today()))
        self.plan_priority = QComboBox()
        self.plan_form = plan_form = QFormLayout(self.plan_box)
        self.plan_measure_label = QLabel()
        self.plan_owner_label = QLabel()
        self.plan_date_label = QLabel()
        self.plan_priority_label = QLabel()
        # Its label above it and the box across the whole plan: a few sentences need the width, and a
        # long label beside it would widen the label column and push the page wider than the window.
        plan_form.addRow(self.plan_measure_label)
        plan_form.addRow(with_note(self.plan_measure, self.plan_measure_limit, self.measure_hint))
        plan_form.addRow(self.plan_owner_label, with_note(self.plan_owner, self.plan_owner_limit))
        plan_form.addRow(self.plan_date_label, self.plan_date)
        plan_form.addRow(self.plan_priority_label, self.plan_priority)

        self.accept_box = QGroupBox()
        self.accept_by = QLineEdit()
        limit_line_edit(self.accept_by, limits.PERSON_NAME)
        self.accept_by_limit = LimitNote(self.accept_by, limits.PERSON_NAME, self._name_approver)
        self.accept_reason = _text_box(2, limits.ACCEPTANCE_REASON)
        self.accept_reason_limit = LimitNote(self.accept_reason, limits.ACCEPTANCE_REASON, self._name_accept_reason)
        self.accept_date = OptionalDateEdit()  # approved: usually today or a recent day
        accept_form = QFormLayout()
        # The two boxes stand side by side at the plan's height: the acceptance's fields stay at
        # the top of theirs, with the space below them, not spread between label and field.
        accept_box_layout = QVBoxLayout(self.accept_box)
        accept_box_layout.addLayout(accept_form)
        accept_box_layout.addStretch(1)
        self.accept_by_label = QLabel()
        self.accept_reason_label = QLabel()
        self.accept_date_label = QLabel()
        accept_form.addRow(self.accept_by_label, with_note(self.accept_by, self.accept_by_limit))
        accept_form.addRow(self.accept_reason_label, with_note(self.accept_reason, self.accept_reason_limit))
        accept_form.addRow(self.accept_date_label, self.accept_date)
        for label, field in (
            (self.plan_measure_label, self.plan_measure),
            (self.plan_owner_label, self.plan_owner),
            (self.plan_date_label, self.plan_date),
            (self.plan_priority_label, self.plan_priority),
            (self.accept_by_label, self.accept_by),
            (self.accept_reason_label, self.accept_reason),
            (self.accept_date_label, self.accept_date),
        ):
            label.setBuddy(field)
        self.gap_hint = _wrap(QLabel())
        gap_row = QHBoxLayout()
        gap_row.addWidget(self.plan_box, 1)
        gap_row.addWidget(self.accept_box, 1)
        self.gap_panel = QWidget()
        gap_layout = QVBoxLayout(self.gap_panel)
        gap_layout.setContentsMargins(0, 0, 0, 0)
        gap_layout.addWidget(self.gap_hint)
        gap_layout.addLayout(gap_row)

        self.notes_label = QLabel()
        self.notes = _text_box(3, limits.NOTES)
        self.notes_label.setBuddy(self.notes)
        self.notes_limit = LimitNote(self.notes, limits.NOTES, self._name_notes)
        self.evidence_label = QLabel()
        self.evidence = _text_box(2, limits.EVIDENCE)
        self.evidence_limit = LimitNote(self.evidence, limits.EVIDENCE, self._name_evidence)
        self.evidence_hint = secondary_text(_wrap(QLabel()))
        self.evidence_label.setBuddy(self.evidence)
        self.review = QCheckBox()

        self.message = _wrap(QLabel())
        self.message.setStyleSheet("color: #B00020; font-weight: bold;")
        self.message.setVisible(False)

        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.next_unanswered_button = QPushButton()
        self.next_button.setDefault(False)
        # A bar of its own: the main window shows it under the scrolling page, always in view.
        self.nav_bar = QFrame()
        self.nav_bar.setFrameShape(QFrame.Shape.StyledPanel)
        nav = QHBoxLayout(self.nav_bar)
        nav.setContentsMargins(18, 6, 18, 6)
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_unanswered_button)
        nav.addWidget(self.next_button)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        # Notes and evidence come straight after the answer and never move: the reason, plan and
        # acceptance fields that an answer calls for appear below them (two walkthrough users
        # clicked where Notes had been, after a plan box had pushed it down). The order here is
        # also the Tab order.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(8)
        for widget in (self.locked_banner, self.breadcrumb, self.title, self.badges, self.requirement, self.clauses,
                       self.explanation, self.evidence_examples, line, self.answer_box,
                       self.notes_label, self.notes, self.notes_limit, self.evidence_label, self.evidence,
                       self.evidence_limit, self.evidence_hint, self.justification_label, self.justification,
                       self.justification_limit, self.message, self.gap_panel,
                       self.review):  # fmt: skip
            layout.addWidget(widget)
        layout.addStretch(1)

    # The fields' names in the limit notes ("メモは5,000文字までです"); ItemPage words them.
    def _name_notes(self) -> str:
        return "Notes"

    def _name_evidence(self) -> str:
        return "Evidence"

    def _name_justification(self) -> str:
        return "The reason"

    def _name_owner(self) -> str:
        return "The owner"

    def _name_measure(self) -> str:
        return "What will be done"

    def _name_approver(self) -> str:
        return "The approver"

    def _name_accept_reason(self) -> str:
        return "The reason for accepting the risk"

"""Pages of the first-run set-up wizard (see fsadesk.ui.setup_wizard), and the draft they fill in.

Each page loads from the shared `SetupDraft` in initializePage(), saves into it when it is left
(Next or Back), and explains in a visible message on the page why Next did not go on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
)

from fsadesk import limits
from fsadesk.assessment.profile import Scope, SizeBand
from fsadesk.terms import scope_name, size_band_name
from fsadesk.ui.scroll_content import ScrollContent
from fsadesk.ui.setup_base import (
    DEFAULT_CATEGORY,
    FMI_CATEGORY,
    INDENT,
    MessageText,
    SetupContext,
    SetupPage,
    bold,
    with_help,
    wrapped,
)
from fsadesk.ui.text_limits import LimitNote, limit_line_edit, set_limited_text, with_note


class ProfilePage(SetupPage):
    """Who is assessed: name, id, category, size and whether the institution is an FMI."""

    def __init__(self, ctx: SetupContext) -> None:
        super().__init__(ctx)
        self.name_edit = QLineEdit()
        self.id_edit = QLineEdit()
        limit_line_edit(self.name_edit, limits.INSTITUTION_NAME)
        limit_line_edit(self.id_edit, limits.INSTITUTION_ID)
        self.name_limit = LimitNote(self.name_edit, limits.INSTITUTION_NAME, lambda: self.tr("The institution name"))
        self.id_limit = LimitNote(self.id_edit, limits.INSTITUTION_ID, lambda: self.tr("The institution ID"))
        self.id_help = wrapped(QLabel())
        self.category_combo = QComboBox()
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category_combo.setMinimumContentsLength(24)
        for category in ctx.catalogue.categories:
            self.category_combo.addItem("", category.id)
        self.category_help = wrapped(QLabel())
        self.size_box = QGroupBox()
        self.size_group = QButtonGroup(self)
        self.size_radios: dict[SizeBand, QRadioButton] = {}
        size_layout = QVBoxLayout(self.size_box)
        for band in SizeBand:
            radio = QRadioButton()
            self.size_radios[band] = radio
            self.size_group.addButton(radio)
            size_layout.addWidget(radio)
        self.fmi_check = QCheckBox()
        self.fmi_help = wrapped(QLabel(), INDENT)
        self._fmi_own = False  # the box as the user left it, while the FMI category overrides it

        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.id_label = QLabel()
        self.id_label.setBuddy(self.id_edit)
        self.category_label = QLabel()
        self.category_label.setBuddy(self.category_combo)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(10)
        form.addRow(self.name_label, with_note(self.name_edit, self.name_limit))
        form.addRow(self.id_label, with_note(self.id_edit, self.id_limit, self.id_help))
        form.addRow(self.category_label, with_help(self.category_combo, self.category_help))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.size_box)
        layout.addWidget(self.fmi_check)
        layout.addWidget(self.fmi_help)
        layout.addStretch(1)
        layout.addWidget(self.message)

        self.name_edit.textChanged.connect(self.recheck)
        self.id_edit.textChanged.connect(self.recheck)
        self.category_combo.currentIndexChanged.connect(self._sync_fmi)
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.ctx.lang
        self.setTitle(self.tr("Your institution"))
        self.setSubTitle(self.tr("Tell us who is being assessed. This decides which items apply to you."))
        self.name_label.setText(self.tr("Institution na&me:"))
        self.id_label.setText(self.tr("Institution &ID:"))
        self.id_help.setText(
            self.tr(
                "Your financial institution code (for example the four-digit bank code). It names your "
                "institution in reports and in the files you send to your central organisation. If you "
                "are not sure which code to use, ask your central organisation."
            )
        )
        self.category_label.setText(self.tr("Ca&tegory:"))
        names = {c.id: c.get(lang) for c in self.ctx.catalogue.categories}
        for index in range(self.category_combo.count()):
            self.category_combo.setItemText(index, names[self.category_combo.itemData(index)])
        self.category_help.setText(
            self.tr(
                'Shinkin banks, credit cooperatives and labour banks choose "{regional}". JA and JF choose "{ja_jf}".'
            ).format(regional=names.get(DEFAULT_CATEGORY, ""), ja_jf=names.get("ja_jf", ""))
        )
        self.size_box.setTitle(self.tr("&Size (number of officers and staff)"))
        for band, radio in self.size_radios.items():
            radio.setText(size_band_name(band, lang))
        self.fmi_check.setText(self.tr("We are a &clearing or settlement institution (FMI)"))
        self.fmi_help.setText(
            self.tr(
                "Clearing and settlement institutions run the infrastructure that settles payments and "
                "securities between financial institutions, such as clearing houses and book-entry "
                "transfer institutions. Most cooperative institutions leave this unticked. It is ticked for you when "
                "the category is {fmi}."
            ).format(fmi=names.get(FMI_CATEGORY, ""))
        )

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        draft = self.ctx.draft
        set_limited_text(self.name_edit, draft.name, limits.INSTITUTION_NAME)
        set_limited_text(self.id_edit, draft.institution_id, limits.INSTITUTION_ID)
        index = self.category_combo.findData(draft.category)
        self.category_combo.setCurrentIndex(max(index, 0))
        self.size_radios[draft.size_band].setChecked(True)
        self.fmi_check.setChecked(draft.is_fmi)
        self._sync_fmi()
        self.name_edit.setFocus()

    def _sync_fmi(self) -> None:
        """The FMI category means an FMI: the box is ticked, and fixed while that category is chosen
        (the user saw the same choice twice, once in the list and once as this box)."""
        fmi_category = self.category_combo.currentData() == FMI_CATEGORY
        if fmi_category:
            if self.fmi_check.isEnabled():
                self._fmi_own = self.fmi_check.isChecked()  # put back if another category is chosen
            self.fmi_check.setChecked(True)
        elif not self.fmi_check.isEnabled():
            self.fmi_check.setChecked(self._fmi_own)
        self.fmi_check.setEnabled(not fmi_category)

    def save(self) -> None:
        draft = self.ctx.draft
        draft.name = self.name_edit.text().strip()
        draft.institution_id = self.id_edit.text().strip()
        draft.category = str(self.category_combo.currentData())
        draft.size_band = next(b for b, r in self.size_radios.items() if r.isChecked())
        draft.is_fmi = self.fmi_check.isChecked()

    def _missing(self) -> tuple[bool, bool]:
        """Which of name and ID is missing, or (from an earlier profile) longer than its limit."""
        name, ident = self.name_edit.text().strip(), self.id_edit.text().strip()
        return (
            limits.text_problem(name, limits.INSTITUTION_NAME) is not None,
            limits.text_problem(ident, limits.INSTITUTION_ID) is not None,
        )

    def problem(self) -> MessageText | None:
        no_name, no_id = self._missing()
        too_long = [note for note in (self.name_limit, self.id_limit) if note.length() > note.limit.max_chars]
        if too_long:
            return lambda: self.tr("{field} is too long (at most {limit} characters). Please shorten it.").format(
                field=too_long[0].name(), limit=f"{too_long[0].limit.max_chars:,}"
            )
        if no_name and no_id:
            return lambda: self.tr("Please enter the institution name and the institution ID.")
        if no_name:
            return lambda: self.tr("Please enter the institution name.")
        if no_id:
            return lambda: self.tr("Please enter the institution ID (the code your central organisation uses).")
        return None

    def focus_problem(self) -> None:
        no_name, _ = self._missing()
        (self.name_edit if no_name else self.id_edit).setFocus()


class ScopePage(SetupPage):
    """Basic items only, or basic and desirable: preselected from size and FMI until the user picks."""

    HELP_TOPIC = "tiers"

    def __init__(self, ctx: SetupContext) -> None:
        super().__init__(ctx)
        self.radios: dict[Scope, QRadioButton] = {}
        self.explanations: dict[Scope, QLabel] = {}
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for scope in Scope:
            radio = QRadioButton()
            self.radios[scope] = radio
            self.group.addButton(radio)
            self.explanations[scope] = wrapped(QLabel(), INDENT)
            layout.addWidget(radio)
            layout.addWidget(self.explanations[scope])
            layout.addSpacing(8)
        self.note = wrapped(QLabel())
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.message)
        self._chosen: Scope | None = None
        self.group.buttonClicked.connect(self._clicked)  # only the user's clicks, not preselection
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What to assess"))
        self.setSubTitle(self.tr("Choose which items of the guideline you will assess."))
        for scope, radio in self.radios.items():
            radio.setText(scope_name(scope, self.ctx.lang))
        self.explanations[Scope.BASIC].setText(
            self.tr(
                "The basic items are the cyber hygiene every financial institution is expected to have: "
                "knowing your systems, applying patches (the fixes software makers release for weak points), "
                "controlling access, keeping backups and being ready for incidents (attacks, leaks and "
                "other accidents that need a response). Most cooperative institutions start here."
            )
        )
        self.explanations[Scope.BASIC_AND_DESIRABLE].setText(
            self.tr(
                "Adds the desirable items: advanced practice the guideline expects mainly of large or "
                "systemically important institutions, such as threat-led penetration testing (TLPT: a "
                "full-scale test that breaks in the way real attackers do). Choose this if you are large "
                "or an FMI, or if you want to see how far you go beyond the basics."
            )
        )
        self.note.setText(
            self.tr(
                "We have preselected the choice that usually fits your size and type. You can change it "
                "later, with your answers about your systems, under File > Institution and scope."
            )
        )

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        draft = self.ctx.draft
        self._chosen = draft.scope
        chosen = self.radios[draft.effective_scope()]
        chosen.setChecked(True)
        chosen.setFocus()  # a Space on the other, unchosen option would change the scope unseen

    def save(self) -> None:
        self.ctx.draft.scope = self._chosen

    def _clicked(self, button: QRadioButton) -> None:
        self._chosen = next(s for s, r in self.radios.items() if r is button)


class QuestionBox(QFrame):
    """One applicability question: the question, its help text, and Yes / No (neither chosen at first)."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = bold(wrapped(QLabel()))
        self.help = wrapped(QLabel())
        self.yes, self.no = QRadioButton(), QRadioButton()
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes, 1)
        self.group.addButton(self.no, 0)
        number_label = bold(QLabel(f"{number}."))
        number_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QHBoxLayout()
        heading.addWidget(number_label)
        heading.addWidget(self.question, 1)
        answers = QHBoxLayout()
        answers.addWidget(self.yes)
        answers.addSpacing(24)
        answers.addWidget(self.no)
        answers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.help)
        layout.addLayout(answers)

    def answer(self) -> bool | None:
        checked = self.group.checkedId()
        return None if checked == -1 else checked == 1


class ApplicabilityPage(SetupPage):
    """One yes/no question per catalogue question; every one must be answered."""

    HELP_TOPIC = "terms"  # the questions use words such as penetration testing and forensics

    def __init__(self, ctx: SetupContext) -> None:
        super().__init__(ctx)
        self.boxes: dict[str, QuestionBox] = {}
        body = ScrollContent()
        body_layout = QVBoxLayout(body)
        for number, question in enumerate(ctx.catalogue.questions, start=1):
            box = QuestionBox(number)
            box.group.idClicked.connect(self._answered)
            self.boxes[question.id] = box
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        self.progress = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.ctx.lang
        self.setTitle(self.tr("About your systems"))
        self.setSubTitle(self.tr("Answer every question with Yes or No. Your answers decide which items apply."))
        for question in self.ctx.catalogue.questions:
            box = self.boxes[question.id]
            box.question.setText(question.question.get(lang))
            box.help.setText(question.help.get(lang))
            box.yes.setText(self.tr("Yes"))
            box.no.setText(self.tr("No"))
        self._show_progress()

    def answers(self) -> dict[str, bool]:
        return {qid: answer for qid, box in self.boxes.items() if (answer := box.answer()) is not None}

    def unanswered(self) -> list[str]:
        return [qid for qid, box in self.boxes.items() if box.answer() is None]

    def _show_progress(self) -> None:
        total = len(self.boxes)
        answered = total - len(self.unanswered())
        self.progress.setText(
            self.tr("{answered} of {total} questions answered").format(answered=answered, total=total)
        )

    def _answered(self, _id: int) -> None:
        self._show_progress()
        self.recheck()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        for qid, value in self.ctx.draft.applicability.items():
            if qid in self.boxes:
                box = self.boxes[qid]
                (box.yes if value else box.no).setChecked(True)
        self._show_progress()

    def save(self) -> None:
        self.ctx.draft.applicability = self.answers()

    def problem(self) -> MessageText | None:
        left = self.unanswered()
        if not left:
            return None
        if len(left) == 1:
            # One left, easily missed in a long list: name it by the number it has on the page.
            number = list(self.boxes).index(left[0]) + 1
            return lambda: self.tr("Question {number} is not answered yet. Please choose Yes or No to go on.").format(
                number=number
            )
        return lambda: self.tr("Questions still to answer: {left}. Please answer every question to go on.").format(
            left=len(self.unanswered())
        )

    def focus_problem(self) -> None:
        box = self.boxes[self.unanswered()[0]]
        self.scroll_area.ensureWidgetVisible(box)
        box.yes.setFocus()

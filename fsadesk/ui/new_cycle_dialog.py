"""Start next year's assessment cycle, by default from a copy of the latest one's answers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fsadesk import limits
from fsadesk.app.workspace import AssessmentWorkspace, Cycle
from fsadesk.assessment.answers import Status
from fsadesk.assessment.cycles import CycleProblem, cycle_problems
from fsadesk.assessment.fiscal import cycle_display_label, default_cycle_label, fiscal_year
from fsadesk.catalogue.model import Catalogue
from fsadesk.ui.errors import user_message, with_details
from fsadesk.ui.i18n import LanguageManager, Retranslatable
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.text_limits import LimitNote, limit_line_edit, with_note
from fsadesk.ui.workers import Worker, start

# Cycle labels are stored data shown in reports for Japanese institutions, so the default label
# (fsadesk.assessment.fiscal.default_cycle_label, as `fsadesk init` and `cycle new` use) is
# Japanese whatever the UI language; the user can type any label.


class NewCycleDialog(Retranslatable, QDialog):
    """Fiscal year, label and "copy answers"; OK starts the cycle off the GUI thread."""

    def __init__(
        self,
        workspace: AssessmentWorkspace,
        catalogue: Catalogue,
        lang_manager: LanguageManager,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.catalogue = catalogue
        self.lang_manager = lang_manager
        self.prompts = prompts
        self._created: int | None = None
        self._worker: Worker | None = None
        cycles = workspace.cycles()
        self.previous: Cycle | None = cycles[-1] if cycles else None
        self._years = {c.fiscal_year: c for c in cycles}
        previous_answers = workspace.answers(self.previous.id) if self.previous else {}
        self._copyable = sum(a.status is not Status.UNANSWERED for a in previous_answers.values())

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.year_label = QLabel()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(limits.FISCAL_YEAR_MIN, limits.FISCAL_YEAR_MAX)
        self.year_spin.setValue(self.previous.fiscal_year + 1 if self.previous else fiscal_year(dt.date.today()))
        self.year_spin.setGroupSeparatorShown(False)  # "2027", never "2,027"
        self.year_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.year_label.setBuddy(self.year_spin)
        self.name_label = QLabel()
        self.name_edit = QLineEdit(default_cycle_label(self.year_spin.value()))
        limit_line_edit(self.name_edit, limits.CYCLE_LABEL)
        self.name_limit = LimitNote(self.name_edit, limits.CYCLE_LABEL, lambda: self.tr("The name"))
        self.name_label.setBuddy(self.name_edit)
        self._auto_name = self.name_edit.text()  # follows the year until the user types a name
        self.copy_check = QCheckBox()
        self.copy_check.setChecked(self.previous is not None and self._copyable > 0)
        self.copy_check.setEnabled(self.previous is not None and self._copyable > 0)
        self.copy_note = QLabel()
        self.copy_note.setWordWrap(True)
        self.copy_note.setIndent(24)  # under the check box's text, not its box
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the store gives no count while copying
        self.progress.setTextVisible(False)
        self.progress.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.year_label, self.year_spin)
        form.addRow(self.name_label, with_note(self.name_edit, self.name_limit))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.copy_check)
        layout.addWidget(self.copy_note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.year_spin.valueChanged.connect(self._year_changed)
        self.name_edit.textChanged.connect(self._update)
        self.copy_check.toggled.connect(self._update)
        self.setMinimumWidth(520)
        self.retranslate()

    # Texts -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Start next year's cycle"))
        if self.previous is not None:
            intro = self.tr(
                "Start the assessment for a new fiscal year. {label} stays as it is, so you can compare "
                "the two years later."
            ).format(label=self._previous_name())
        else:
            intro = self.tr("Start the assessment for a new fiscal year.")
        self.intro.setText(intro)
        self.year_label.setText(self.tr("Fiscal &year:"))
        self.name_label.setText(self.tr("&Name:"))
        self.copy_check.setText(
            self.tr("&Copy this year's answers as a starting point (each copied answer is marked for review)")
        )
        self.ok_button.setText(self.tr("&Start"))
        self._update()

    def _name(self, cycle: Cycle) -> str:
        """A cycle as the windows name it: FY2026 in English for the default label."""
        return cycle_display_label(cycle.label, cycle.fiscal_year, self.lang_manager.lang)

    def _previous_name(self) -> str:
        return "" if self.previous is None else self._name(self.previous)

    def _update(self) -> None:
        if self.previous is None:
            note = self.tr("There is no earlier cycle to copy from: the new cycle starts empty.")
        elif self._copyable == 0:
            note = self.tr("{label} has no answers yet: the new cycle starts empty.").format(
                label=self._previous_name()
            )
        elif self.copy_check.isChecked():
            note = self.tr(
                "{count} answers of {label} are copied, with their notes, evidence and plans. Check each one "
                "and clear its review mark when it is still true."
            ).format(count=self._copyable, label=self._previous_name())
        else:
            note = self.tr("The new cycle starts empty: every item is unanswered.")
        self.copy_note.setText(note)
        problem = ""
        problems = cycle_problems(self.name_edit.text().strip(), self.year_spin.value())
        if CycleProblem.LABEL_EMPTY in problems:
            problem = self.tr("Please enter a name for the new cycle, for example {example}.").format(
                example=default_cycle_label(self.year_spin.value())
            )
        elif CycleProblem.LABEL_TOO_LONG in problems:
            problem = self.tr("The name is too long (at most {limit} characters). Please shorten it.").format(
                limit=f"{limits.CYCLE_LABEL.max_chars:,}"
            )
        elif CycleProblem.YEAR_OUT_OF_RANGE in problems:
            problem = self.tr("The fiscal year must be between {first} and {last}.").format(
                first=limits.FISCAL_YEAR_MIN, last=limits.FISCAL_YEAR_MAX
            )
        elif self.year_spin.value() in self._years:
            problem = self.tr("There is already a cycle for fiscal year {year} ({label}).").format(
                year=self.year_spin.value(), label=self._name(self._years[self.year_spin.value()])
            )
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        busy = self._worker is not None
        self.ok_button.setEnabled(not problems and not busy)

    def _year_changed(self, year: int) -> None:
        if self.name_edit.text() == self._auto_name:
            self._auto_name = default_cycle_label(year)
            self.name_edit.setText(self._auto_name)
        self._update()

    # Starting --------------------------------------------------------------------------------
    def created_cycle_id(self) -> int | None:
        """The new cycle's id once the dialog was accepted; None if it was cancelled."""
        return self._created

    def _start(self) -> None:
        label = self.name_edit.text().strip()
        year = self.year_spin.value()
        if cycle_problems(label, year) or self._worker is not None:
            return
        if year in self._years and not self.prompts.confirm(
            self.tr("Start next year's cycle"),
            self.tr(
                "There is already a cycle for fiscal year {year} ({label}). Start another one for the same year?"
            ).format(year=year, label=self._name(self._years[year])),
        ):
            return
        copy_from = self.previous.id if self.previous is not None and self.copy_check.isChecked() else None
        workspace, catalogue = self.workspace, self.catalogue

        def job(_report: object) -> int:
            # The cycle and its copied answers are one transaction: started whole, or not at all.
            return workspace.start_next_cycle(catalogue, label, year, copy_from).cycle.id

        self._worker = Worker(job)
        self._worker.signals.finished.connect(self._finished)
        self._worker.signals.error.connect(self._failed)
        self._set_busy(True)
        start(self._worker)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.year_spin, self.name_edit, self.copy_check):
            widget.setEnabled(not busy and (widget is not self.copy_check or self._copyable > 0))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self.progress.setVisible(busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        self._update()

    def _finished(self, cycle_id: object) -> None:
        assert isinstance(cycle_id, int)
        self._created = cycle_id
        self._worker = None
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        self._set_busy(False)
        text = self.tr(
            "The new cycle was not started, and nothing was changed: the workspace is as it was.\n\n{reason}"
        ).format(reason=user_message(exc))
        self.prompts.error(self.tr("Start next year's cycle"), with_details(text, exc))

    def reject(self) -> None:
        if self._worker is None:  # while the cycle is being stored, the dialog waits to say how it ended
            super().reject()

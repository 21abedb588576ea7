"""The item page: shows one item and saves every change to its answer as it is made."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from fsadesk import limits
from fsadesk.app.answering import AssessmentSession
from fsadesk.assessment.action_plan import accepts_risk
from fsadesk.assessment.answers import (
    GAP_STATUSES,
    TOO_LONG,
    Answer,
    Priority,
    Problem,
    RemediationPlan,
    RiskAcceptance,
    Status,
)
from fsadesk.store.errors import SaveFailed
from fsadesk.ui.date_edit import pydate, qdate
from fsadesk.ui.errors import save_failure_text, with_details
from fsadesk.ui.i18n import LanguageManager, Retranslatable
from fsadesk.ui.item_page_view import ItemPageView
from fsadesk.ui.status_style import ORDER, status_hint, status_text
from fsadesk.ui.text_limits import LimitNote, set_limited_text

TYPING_PAUSE_MS = 700  # save typed text once the user pauses; always flushed before moving on


class ItemPage(Retranslatable, ItemPageView):
    """saved(ok, message): after each attempt to save. navigate_requested(step): Prev/Next."""

    saved = Signal(bool, str)
    typing = Signal()  # typed text is waiting for the pause that saves it
    previous_requested = Signal()
    next_requested = Signal()
    next_unanswered_requested = Signal()

    def __init__(self, session: AssessmentSession, lang: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.item_id: str | None = None
        self._loading = False
        self._locked = False
        # The last word given on saving was "not saved": the next successful flush must say
        # "saved" even when nothing needed writing (the user went back to the stored answer).
        self._reported_unsaved = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        for p in Priority:
            self.plan_priority.addItem("", p.value)
        self.status_group.idClicked.connect(self._on_status)
        for edit in (self.justification, self.notes, self.evidence, self.accept_reason, self.plan_measure):
            edit.textChanged.connect(self._on_typing)
        self.evidence.textChanged.connect(self._update_evidence_hint)
        # What the plan and acceptance hold decides whether a priority is asked and the measure hinted.
        for edit in (self.plan_measure, self.accept_reason):
            edit.textChanged.connect(self._update_plan_hints)
        for line in (self.plan_owner, self.accept_by):
            line.textChanged.connect(self._update_plan_hints)
        for date in (self.plan_date, self.accept_date):
            date.dateChanged.connect(self._update_plan_hints)
        for line in (self.plan_owner, self.accept_by):
            line.textEdited.connect(self._on_typing)
            line.editingFinished.connect(self.flush)
        for date in (self.plan_date, self.accept_date):
            date.dateChanged.connect(self._on_field)
        self.plan_priority.currentIndexChanged.connect(self._on_field)
        self.review.toggled.connect(self._on_field)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.next_unanswered_button.clicked.connect(self.next_unanswered_requested)
        for index, _status in enumerate(ORDER):
            # Window-wide (QShortcut's default context, not set here: naming Qt's namespace costs
            # about 13 ms before the first paint), so the answer keys work wherever the focus is
            # (tree, search, page).
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.choose_status(i))
        # A field reached by Alt+letter (its label's buddy) or put in focus by a message may be
        # scrolled out of view; the scroll area only follows Tab. Follow the keyboard everywhere.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.retranslate()

    # Showing an item ----------------------------------------------------------------------
    def show_item(self, item_id: str) -> None:
        self._timer.stop()
        self.item_id = item_id
        self._loading = True
        try:
            self._fill(self.session.answer(item_id))
            self._fill_texts()
        finally:
            self._loading = False
        self.message.setVisible(False)
        self._update_visibility()
        focus = QApplication.focusWidget()
        if focus is not None and self.answer_box.isAncestorOf(focus):
            # Keep the keyboard on this item's answer: left on another choice, a Space would
            # have picked that one instead (fifth walkthrough).
            self.status_buttons[self.current_status()].setFocus()

    def _fill(self, a: Answer) -> None:
        self.status_buttons[a.status].setChecked(True)
        self.justification.setPlainText(a.justification)
        self.notes.setPlainText(a.notes)
        self.evidence.setPlainText(a.evidence)
        self.plan_measure.setPlainText(a.plan.measure if a.plan else "")
        set_limited_text(self.plan_owner, a.plan.owner if a.plan else "", limits.PERSON_NAME)
        self.plan_date.setDate(qdate(a.plan.target_date if a.plan else None))
        priority = a.plan.priority if a.plan else Priority.MEDIUM
        self.plan_priority.setCurrentIndex(self.plan_priority.findData(priority.value))
        set_limited_text(self.accept_by, a.acceptance.approved_by if a.acceptance else "", limits.PERSON_NAME)
        self.accept_reason.setPlainText(a.acceptance.reason if a.acceptance else "")
        self.accept_date.setDate(qdate(a.acceptance.date if a.acceptance else None))
        self.review.setChecked(a.marked_for_review)
        for note in self._limit_notes():
            note.reset()  # a refusal belongs to the item it happened on

    def _fill_texts(self) -> None:
        if self.item_id is None:
            return
        lang = self.lang.lang
        item = self.session.item(self.item_id)
        cat = self.session.catalogue
        domain = cat.node(cat.domain_of(item.node))
        node = cat.node(item.node)
        crumbs = [f"{domain.number} {(domain.short or domain.title).get(lang)}"]
        if node.number != domain.number:
            crumbs.append(f"{node.number} {node.title.get(lang)}")
        self.breadcrumb.setText("  ›  ".join(crumbs))
        self.title.setText(f"{item.label}  {item.title.get(lang)}")
        tier = (cat.header.tiers.basic if item.is_basic else cat.header.tiers.desirable).get(lang)
        colour = "#0B5394" if item.is_basic else "#6A329F"
        badges = [f'<span style="color:white; background:{colour}; padding:2px 6px;">&nbsp;{tier}&nbsp;</span>']
        freq = self._frequency_text(item.frequency)
        if freq:
            # The value inside the translated text: English wants a space after the colon, Japanese not.
            how_often = self.tr("How often: {frequency}").format(frequency=freq)
            badges.append(f'<span style="color:#444;">&nbsp;&nbsp;{how_often}</span>')
        badges.append(f'<span style="color:#777;">&nbsp;&nbsp;{item.id}</span>')
        self.badges.setText("".join(badges))
        self.requirement.setText(item.requirement.get(lang))
        clauses = self.session.clauses(item)
        self.clauses.setText("\n".join("• " + c.text.get(lang) for c in clauses))
        self.clauses.setVisible(bool(clauses))
        self.explanation.body.setText(item.explanation.get(lang))
        self.evidence_examples.body.setText("\n".join("• " + e for e in item.evidence.get(lang)))

    def _frequency_text(self, frequency: str | None) -> str:
        return {
            "annual": self.tr("At least once a year"),
            "semiannual": self.tr("At least twice a year"),
            "periodic": self.tr("Regularly"),
            "on_event": self.tr("When something changes or happens"),
            "continuous": self.tr("All the time"),
        }.get(frequency or "", "")

    def retranslate(self) -> None:
        self.explanation.toggle.setText(self.tr("What this means for us"))
        self.evidence_examples.toggle.setText(self.tr("Examples of evidence"))
        self.answer_box.setTitle(self.tr("Your answer"))
        for index, status in enumerate(ORDER):
            self.status_buttons[status].setText(status_text(status))
            self.status_hints[status].setText(f"Ctrl+{index + 1}   {status_hint(status)}")
        self.plan_box.setTitle(self.tr("Remediation plan"))
        self.plan_measure_label.setText(self.tr("What w&ill be done:"))
        self.measure_hint.setText(
            self.tr(
                "Tip: also write what will be done, so that whoever carries out the plan, and the board, "
                "know what is planned."
            )
        )
        self.plan_owner_label.setText(self.tr("&Owner:"))
        self.plan_date_label.setText(self.tr("&Target date:"))
        self.plan_priority_label.setText(self.tr("P&riority:"))
        for i, text in enumerate((self.tr("High"), self.tr("Medium"), self.tr("Low"))):
            self.plan_priority.setItemText(i, text)
        self.accept_box.setTitle(self.tr("Or: risk acceptance approved by management"))
        self.accept_by_label.setText(self.tr("Approved &by:"))
        self.accept_reason_label.setText(self.tr("Rea&son:"))
        self.accept_date_label.setText(self.tr("D&ate:"))
        self.gap_hint.setText(
            self.tr(
                "Please record how this gap will be closed (what will be done, who and by when), or that "
                "management has approved living with the risk. Until one of them is complete, it counts as an open gap."
            )
        )
        self.notes_label.setText(self.tr("&Notes (what is done today):"))
        self.evidence_label.setText(self.tr("Evi&dence (documents or records that show it):"))
        self.evidence_hint.setText(
            self.tr(
                "Naming the document or record that shows this (for example a rule book, a log or "
                "minutes) helps whoever checks the assessment, and you next year."
            )
        )
        self.review.setText(self.tr("&Mark for review (to come back to, or to ask someone)"))
        # The shortcuts are on the buttons (no Alt+letter: Alt+N is the notes field's).
        self.previous_button.setText(self.tr("◀ Previous (Alt+←)"))
        self.next_button.setText(self.tr("Next (Alt+→) ▶"))
        self.next_unanswered_button.setText(self.tr("Next &unanswered (Ctrl+J)"))
        self._update_visibility()
        self._fill_texts()
        if self.message.isVisible():
            self._show_problems(self.draft().problems())

    # Editing ------------------------------------------------------------------------------
    def choose_status(self, index: int) -> None:
        if not self.isVisible() or self._locked or self.item_id is None:
            return  # e.g. the summary page is showing, or the cycle is finalised
        button = self.status_group.button(index)
        button.setChecked(True)
        button.setFocus()
        self._on_status(index)

    def current_status(self) -> Status:
        return ORDER[max(0, self.status_group.checkedId())]

    def draft(self) -> Answer:
        """The answer as it stands in the widgets."""
        assert self.item_id is not None
        owner, plan_date = self.plan_owner.text().strip(), pydate(self.plan_date.date())
        measure = self.plan_measure.toPlainText()  # kept as typed, like the notes
        plan = None
        if owner or plan_date or measure.strip():
            plan = RemediationPlan(owner, plan_date, Priority(self.plan_priority.currentData()), measure)
        by, reason = self.accept_by.text().strip(), self.accept_reason.toPlainText().strip()
        acc_date = pydate(self.accept_date.date())
        acceptance = RiskAcceptance(by, reason, acc_date) if (by or reason or acc_date) else None
        return Answer(
            item_id=self.item_id,
            status=self.current_status(),
            notes=self.notes.toPlainText(),
            evidence=self.evidence.toPlainText(),
            justification=self.justification.toPlainText(),
            plan=plan,
            acceptance=acceptance,
            marked_for_review=self.review.isChecked(),
        )

    def _on_status(self, _index: int) -> None:
        if self._loading:
            return
        self._update_visibility()
        self.flush()
        # What the answer now calls for (a reason, a plan) sits below the notes: bring it into view.
        for panel in (self.justification, self.gap_panel):
            if panel.isVisibleTo(self):
                # A moment later, once the page has been laid out and resized around the panel
                # (at once, the scroll area could not yet scroll far enough). Dropped with the page.
                QTimer.singleShot(60, self, lambda panel=panel: self._reveal(panel))
                break

    def _reveal(self, widget: QWidget) -> None:
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(widget, 0, 60)
            if widget is self.justification and self.message.isVisible():
                area.ensureWidgetVisible(self.message, 0, 20)  # and what it still needs

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and not self._loading and self.isAncestorOf(new):
            self._reveal(new)

    def _on_typing(self) -> None:
        if not self._loading:
            if not self._timer.isActive():
                self.typing.emit()
            self._timer.start()

    def _on_field(self) -> None:
        if not self._loading:
            self.flush()

    def _update_visibility(self) -> None:
        status = self.current_status()
        needs_reason = status in (Status.NOT_APPLICABLE, Status.ALTERNATIVE)
        self.justification_label.setVisible(needs_reason)
        self.justification.setVisible(needs_reason)
        if status is Status.NOT_APPLICABLE:
            self.justification_label.setText(self.tr("&Why does this item not apply to us? (required)"))
        elif status is Status.ALTERNATIVE:
            self.justification_label.setText(self.tr("Ho&w does the alternative measure meet the aim? (required)"))
        self.gap_panel.setVisible(status in GAP_STATUSES)
        self._update_evidence_hint()
        self._update_plan_hints()

    def _update_plan_hints(self) -> None:
        """No priority where management accepted the risk instead of planning (the action plan
        and the spreadsheets leave it out the same way), and a gentle word, never a block, when a
        plan says who and when but not what: completeness stays owner and date on purpose."""
        if self.item_id is None:
            return
        draft = self.draft()
        self.plan_form.setRowVisible(self.plan_priority, not accepts_risk(draft))
        plan = draft.plan
        self.measure_hint.setVisible(plan is not None and plan.is_complete() and not plan.measure.strip())

    def _update_evidence_hint(self) -> None:
        """A gentle word, never a block: what is said to be in place is worth backing with evidence."""
        claimed = self.current_status() in (Status.IMPLEMENTED, Status.ALTERNATIVE)
        self.evidence_hint.setVisible(claimed and not self.evidence.toPlainText().strip())

    def _show_problems(self, problems: list[Problem]) -> None:
        texts = {
            Problem.NA_NEEDS_REASON: self.tr(
                "Please write why this item does not apply. The answer is saved once the reason is filled in."
            ),
            Problem.ALTERNATIVE_NEEDS_JUSTIFICATION: self.tr(
                "Please describe the alternative measure. The answer is saved once it is filled in."
            ),
        }
        for problem in problems:
            if problem in TOO_LONG:
                texts[problem] = self.tr(
                    "This answer is not saved yet. Too long: {field} (at most {limit} characters). Please shorten it."
                ).format(field=self._too_long_field(problem)[1](), limit=f"{TOO_LONG[problem].max_chars:,}")
        self.message.setText("\n".join(texts[p] for p in problems if p in texts))
        self.message.setVisible(bool(problems))

    def _limit_notes(self) -> list[LimitNote]:
        return [self.notes_limit, self.evidence_limit, self.justification_limit, self.plan_owner_limit,
                self.plan_measure_limit, self.accept_by_limit, self.accept_reason_limit]  # fmt: skip

    def _too_long_field(self, problem: Problem) -> tuple[QWidget, Callable[[], str]]:
        """The field a too-long problem is about, and its name."""
        return {
            Problem.NOTES_TOO_LONG: (self.notes, self._name_notes),
            Problem.EVIDENCE_TOO_LONG: (self.evidence, self._name_evidence),
            Problem.JUSTIFICATION_TOO_LONG: (self.justification, self._name_justification),
            Problem.OWNER_TOO_LONG: (self.plan_owner, self._name_owner),
            Problem.MEASURE_TOO_LONG: (self.plan_measure, self._name_measure),
            Problem.APPROVER_TOO_LONG: (self.accept_by, self._name_approver),
            Problem.ACCEPTANCE_REASON_TOO_LONG: (self.accept_reason, self._name_accept_reason),
        }[problem]

    # The fields' names, for the limit notes under them and the messages above.
    def _name_notes(self) -> str:
        return self.tr("Notes")

    def _name_evidence(self) -> str:
        return self.tr("Evidence")

    def _name_justification(self) -> str:
        if self.current_status() is Status.ALTERNATIVE:
            return self.tr("The description of the alternative measure")
        return self.tr("The reason")

    def _name_owner(self) -> str:
        return self.tr("The owner")

    def _name_measure(self) -> str:
        return self.tr("What will be done")

    def _name_approver(self) -> str:
        return self.tr("The approver")

    def _name_accept_reason(self) -> str:
        return self.tr("The reason for accepting the risk")

    def stop_autosave(self) -> None:
        """No save after a typing pause any more (the window is going away without saving)."""
        self._timer.stop()

    def flush(self) -> bool:
        """Save what the widgets show now. False (and a visible message) when it cannot be saved."""
        was_typing = self._timer.isActive()
        self._timer.stop()
        if self.item_id is None or self._loading or self._locked:
            return True
        draft = self.draft()
        problems = draft.problems()
        self._show_problems(problems)
        if problems:
            self._report(False, self.message.text())
            return False
        if draft != self.session.answer(self.item_id):
            try:
                self.session.set_answer(draft)
            except SaveFailed as exc:
                # What was typed stays on screen and is saved on the next change or attempt.
                text = save_failure_text(exc) or with_details(
                    self.tr(
                        "This answer could not be saved. What you typed is still here; fsadesk tries "
                        "again with your next change. Check that the disk is not full and that fsadesk is "
                        "not open twice on this workspace."
                    ),
                    exc,
                )
                self.message.setText(text)
                self.message.setVisible(True)
                self._report(False, text)
                return False
            self._report(True, "")
        elif was_typing or self._reported_unsaved:
            # Typed and put back as it was, or back to the stored answer after a refused one:
            # everything shown is stored, and the status bar must say so.
            self._report(True, "")
        return True

    def _report(self, ok: bool, message: str) -> None:
        self._reported_unsaved = not ok
        self.saved.emit(ok, message)

    def can_leave(self) -> bool:
        """Save before moving on; refuse (message shown) while a required reason is missing."""
        ok = self.flush()
        if not ok:
            too_long = [p for p in self.draft().problems() if p in TOO_LONG]
            (self._too_long_field(too_long[0])[0] if too_long else self.justification).setFocus()
        return ok

    def set_read_only(self, locked: bool, banner: str = "") -> None:
        """A finalised cycle: everything stays readable and selectable, nothing can be edited."""
        self._locked = locked
        for widget in (self.answer_box, self.plan_box, self.accept_box, self.review):
            widget.setEnabled(not locked)
        for edit in (self.justification, self.notes, self.evidence, self.accept_reason, self.plan_measure):
            edit.setReadOnly(locked)
        for line in (self.plan_owner, self.accept_by):
            line.setReadOnly(locked)
        self.locked_banner.setText(banner)
        self.locked_banner.setVisible(locked)

    def reload(self) -> None:
        """Show the stored answer again (after undo/redo or an edit elsewhere)."""
        if self.item_id is not None:
            self.show_item(self.item_id)

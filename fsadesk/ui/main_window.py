"""Main window behaviour: navigation, autosave feedback, undo/redo, filters, language, pages."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QWidget

from fsadesk.app.answering import AssessmentSession, Filter
from fsadesk.assessment.fiscal import cycle_display_label
from fsadesk.store.errors import SaveFailed
from fsadesk.ui.benchmark_import import BenchmarkActions
from fsadesk.ui.campaign_dialogs import CampaignActions
from fsadesk.ui.i18n import LanguageManager, Retranslatable
from fsadesk.ui.item_page import ItemPage
from fsadesk.ui.main_window_dialogs import DialogActions
from fsadesk.ui.main_window_view import MainWindowView
from fsadesk.ui.nav_tree import NavTree, StatusLegend
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.window_placement import available_geometry_at, initial_geometry


class MainWindow(Retranslatable, DialogActions, CampaignActions, BenchmarkActions, MainWindowView):
    """new_requested / open_requested: the app controller replaces this window. closed: the
    window has closed (the user's choice, or replaced by another)."""

    new_requested = Signal()
    open_requested = Signal()
    cycle_changed = Signal(int)
    closed = Signal()

    def __init__(self, session: AssessmentSession, lang: LanguageManager, prompts: Prompts) -> None:
        super().__init__()
        self.session = session
        self.lang = lang
        self.prompts = prompts
        self.tree = NavTree(session, lang)
        self.nav_panel.layout().addWidget(self.tree)  # type: ignore[union-attr]
        self.legend = StatusLegend()
        self.nav_panel.layout().addWidget(self.legend)  # type: ignore[union-attr]
        # The tree is added after the rest of the window exists: put it back between the search
        # box and the page in the Tab order, where it is on screen.
        QWidget.setTabOrder(self.search, self.tree)
        self.page = ItemPage(session, lang)
        self.item_scroll.setWidget(self.page)
        self.item_pane_layout.addWidget(self.page.nav_bar)
        self._summary: QWidget | None = None
        # The resume position is not typed data: written after a pause, not on every switch
        # (each write is a synced commit), and always on close.
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(800)
        self._position_timer.timeout.connect(self._store_position)
        self._help: QWidget | None = None
        self._discarding = False
        self._save_state: tuple[bool, str] | None = None  # the last save: succeeded?, at what time
        self.splitter.setSizes([380, 900])
        # A first size that fits the screen (1366×768 laptops included); the controller then
        # brings back the placement of the last run (fsadesk.ui.window_placement).
        self.setGeometry(initial_geometry(available_geometry_at()))

        self.tree.item_selected.connect(self.go_to)
        self.page.saved.connect(self._on_saved)
        self.page.typing.connect(self._on_typing)
        self.page.previous_requested.connect(self.previous)
        self.page.next_requested.connect(self.next)
        self.page.next_unanswered_requested.connect(self.next_unanswered)
        self.act_previous.triggered.connect(self.previous)
        self.act_next.triggered.connect(self.next)
        self.act_next_unanswered.triggered.connect(self.next_unanswered)
        self.act_undo.triggered.connect(self.undo)
        self.act_redo.triggered.connect(self.redo)
        self.act_find.triggered.connect(self._focus_search)
        self.act_list.triggered.connect(self._focus_list)
        self.act_summary.toggled.connect(self.show_summary)
        self.act_ja.triggered.connect(self._to_japanese)
        self.act_en.triggered.connect(self._to_english)
        self.act_quit.triggered.connect(self.close)
        self.act_new.triggered.connect(self._request_new)
        self.act_open.triggered.connect(self._request_open)
        self.act_help.triggered.connect(self.show_help)
        self.act_about.triggered.connect(self._about)
        self.act_export_plan.triggered.connect(self._export_plan)
        self.act_next_cycle.triggered.connect(self._next_cycle)
        self.act_compare.triggered.connect(self._compare)
        self.act_signoff.triggered.connect(self._sign_off)
        self.act_export_bundle.triggered.connect(self.export_bundle)
        # File ▸ Export history…, right after the export whose records it lists.
        self.act_export_history = QAction(self)
        file_actions = self.menu_file.actions()
        self.menu_file.insertAction(
            file_actions[file_actions.index(self.act_export_bundle) + 1], self.act_export_history
        )
        self.act_export_history.triggered.connect(self._export_history)
        self.install_campaign_actions()  # File ▸ Import campaign file… / Import receipt…, after it
        self.install_benchmark_action()  # File ▸ Import benchmark pack…, after those
        self.act_new_key.triggered.connect(self._new_key)
        self.act_enrolment_file.triggered.connect(self._write_enrolment_file)
        self.act_enrolment_sheet.triggered.connect(self._write_enrolment_sheet)
        self.act_profile.triggered.connect(self._edit_profile)
        self.act_revision.triggered.connect(self._start_revision)
        self.filter_combo.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.search.returnPressed.connect(self._open_first_match)
        session.listeners.append(self._on_answer_changed)
        (self.act_ja if lang.lang == "ja" else self.act_en).setChecked(True)
        self._retranslate_window()  # the tree has just filled in its own texts
        start = session.resume_item()
        if start:
            self._show(start)
        self._apply_lock()
        self._update_state()
        # The keyboard starts on the answer of the page the user came back to (not on the filter
        # list above the tree), so arrow keys or Ctrl+1…6 answer at once.
        self.page.status_buttons[self.page.current_status()].setFocus()

    # Navigation --------------------------------------------------------------------------
    @property
    def current(self) -> str | None:
        return self.page.item_id

    def go_to(self, item_id: str) -> bool:
        """Open an item, saving the current one first. False when the current answer blocks it."""
        if item_id == self.current and self.pages.currentWidget() is self.item_pane:
            return True
        if not self.page.can_leave():
            if self.current:
                self.tree.select_item(self.current)
            self.pages.setCurrentWidget(self.item_pane)
            self.act_summary.setChecked(False)
            return False
        self._show(item_id)
        return True

    def _show(self, item_id: str) -> None:
        self.page.show_item(item_id)
        self.tree.select_item(item_id)
        self._position_timer.start()
        self.act_summary.setChecked(False)
        self.pages.setCurrentWidget(self.item_pane)
        self.item_scroll.verticalScrollBar().setValue(0)
        self._update_state()

    def previous(self) -> None:
        self.step(-1)

    def next(self) -> None:
        self.step(1)

    def step(self, delta: int) -> None:
        order = self.tree.visible_items() or [it.id for it in self.session.items]
        if self.current not in order:
            target = order[0] if order else None
        else:
            index = order.index(self.current) + delta
            target = order[index] if 0 <= index < len(order) else None
        if target:
            self.go_to(target)

    def _store_position(self) -> None:
        if self.current and self.current != self.session.cycle.last_item_id:
            # A refused write loses only the place to resume at; answers report their own failures.
            with contextlib.suppress(SaveFailed):
                self.session.remember_position(self.current)

    def next_unanswered(self) -> None:
        if not self.page.flush():
            return
        target = self.session.next_unanswered(self.current)
        if target is None:
            self.statusBar().showMessage(self.tr("Every item has an answer."), 5000)
            return
        self.go_to(target)

    # Undo / redo -------------------------------------------------------------------------
    def undo(self) -> None:
        if not self.page.flush():
            return
        self._after_history(self.session.undo())

    def redo(self) -> None:
        if not self.page.flush():
            return
        self._after_history(self.session.redo())

    def _after_history(self, item_id: str | None) -> None:
        if item_id is None:
            return
        if item_id == self.current:
            self.page.reload()
        else:
            self._show(item_id)
        self._on_saved(True, "")

    # Feedback ----------------------------------------------------------------------------
    def _on_saved(self, ok: bool, message: str) -> None:
        self._save_state = (ok, time.strftime("%H:%M:%S"))
        self._show_save_state()
        self._update_state()

    def _show_save_state(self) -> None:
        """The status bar's word on saving, in the current language (re-run on a language change)."""
        if self._save_state is None:
            return
        ok, when = self._save_state
        if ok:
            self.saved_label.setText(self.tr("✓ Saved %1").replace("%1", when))
            self.saved_label.setStyleSheet("color: #1B7F3B;")
        else:
            self.saved_label.setText(self.tr("Not saved yet: see the message on the page"))
            self.saved_label.setStyleSheet("color: #B00020; font-weight: bold;")

    def _on_typing(self) -> None:
        self.saved_label.setText(self.tr("Typing… saved as soon as you pause"))
        self.saved_label.setStyleSheet("")

    def _on_answer_changed(self, _item_id: str) -> None:
        # Every stored change, from the page, the action plan table or undo, says "saved".
        self._save_state = (True, time.strftime("%H:%M:%S"))
        self._show_save_state()
        self._update_state()

    def _update_state(self) -> None:
        done, total = self.session.progress()
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("%1 of %2 answered").replace("%1", str(done)).replace("%2", str(total)))
        editable = self.session.cycle.is_open
        self.act_undo.setEnabled(editable and self.session.can_undo)
        self.act_redo.setEnabled(editable and self.session.can_redo)
        order = self.tree.visible_items()
        self.act_previous.setEnabled(bool(order) and self.current != order[0])
        self.act_next.setEnabled(bool(order) and self.current != order[-1])
        self.page.previous_button.setEnabled(self.act_previous.isEnabled())
        self.page.next_button.setEnabled(self.act_next.isEnabled())

    def _apply_filter(self) -> None:
        flt = Filter(self.filter_combo.currentData())
        shown = self.tree.apply_filter(self.search.text(), flt)
        self.match_count.setText(self.tr("Items shown: %1").replace("%1", str(shown)))
        self._update_state()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _open_first_match(self) -> None:
        """Enter in the search box opens the first item found and puts the keyboard in the list,
        where the arrow keys go on through the results."""
        found = self.tree.visible_items()
        if found and self.go_to(found[0]):
            self.tree.setFocus()

    def _focus_list(self) -> None:
        self.act_summary.setChecked(False)
        self.tree.setFocus()

    # Pages and dialogs -------------------------------------------------------------------
    def show_summary(self, on: bool = True) -> None:
        if on:
            if not self.page.can_leave():
                self.act_summary.setChecked(False)
                return
            if self._summary is None:
                from fsadesk.ui.summary_page import SummaryPage  # built on first use: faster start-up

                summary = SummaryPage(self.session, self.lang, self.prompts)
                summary.item_requested.connect(self.go_to)
                summary.bundle_requested.connect(self.export_bundle)
                # The state banner's buttons run the File menu's own actions: one code path.
                summary.signoff_requested.connect(self._sign_off)
                summary.revision_requested.connect(self._start_revision)
                self.pages.addWidget(summary)
                self._summary = summary
            self._summary.refresh()  # type: ignore[attr-defined]
            self.pages.setCurrentWidget(self._summary)
            self.act_summary.setChecked(True)
        elif self.pages.currentWidget() is not self.item_pane:
            self.pages.setCurrentWidget(self.item_pane)

    def _export_plan(self) -> None:
        self.show_summary(True)
        if self._summary is not None:
            self._summary.export("xlsx")  # type: ignore[attr-defined]

    def _apply_lock(self) -> None:
        cycle = self.session.cycle
        locked = not cycle.is_open
        banner = ""
        if locked:
            # Imported only for a locked cycle: cycle_state loads Qt's namespace, which an open
            # cycle's first paint does without (test_app_start).
            from fsadesk import terms
            from fsadesk.ui.cycle_state import finalised_day

            # The local day, written as the summary and the report write it (2026/12/02 in Japanese),
            # not the UTC stamp's first ten characters.
            banner = self.tr(
                "This assessment was signed off and finalised on %1, so it can no longer be changed. "
                "To correct something, use File ▸ Start a revision: the finalised version is kept."
            ).replace("%1", terms.date_text(finalised_day(cycle), self.lang.lang))
        self.page.set_read_only(locked, banner)
        self.act_signoff.setEnabled(not locked)
        self.act_revision.setEnabled(locked)
        if self._summary is not None:  # its state banner follows the lock at once
            self._summary.show_state()  # type: ignore[attr-defined]
        self._update_state()

    def _request_new(self) -> None:
        if self.page.can_leave():
            self.new_requested.emit()

    def _request_open(self) -> None:
        if self.page.can_leave():
            self.open_requested.emit()

    # Language ----------------------------------------------------------------------------
    def _to_japanese(self) -> None:
        self.set_language("ja")

    def _to_english(self) -> None:
        self.set_language("en")

    def set_language(self, lang: str) -> None:
        self.page.flush()
        self.lang.set_language("en" if lang == "en" else "ja")

    def retranslate(self) -> None:
        self.tree.retranslate()  # a plain QTreeWidget: it hears of language changes from here
        self._retranslate_window()

    def _retranslate_window(self) -> None:
        prof, cycle = self.session.profile, self.session.cycle
        name = cycle_display_label(cycle.label, cycle.fiscal_year, self.lang.lang)
        # The whole label is one translatable string, so Japanese gets its own brackets and order.
        label = (
            name
            if cycle.revision == 1
            else self.tr("%1 (revision %2)").replace("%1", name).replace("%2", str(cycle.revision))
        )
        self.setWindowTitle(f"fsadesk — {prof.name} — {label}")
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        # In both languages, so someone who cannot read the current one still finds the way back.
        self.menu_lang.setTitle(self.tr("&Language / 言語"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new.setText(self.tr("&New assessment…"))
        self.act_open.setText(self.tr("&Open workspace…"))
        self.act_next_cycle.setText(self.tr("Start next year's &cycle…"))
        self.act_compare.setText(self.tr("Co&mpare cycles…"))
        self.act_export_plan.setText(self.tr("&Export action plan…"))
        self.act_signoff.setText(self.tr("&Sign off and finalise…"))
        self.act_export_bundle.setText(self.tr("Export report and signed &bundle…"))
        self.act_export_bundle.setStatusTip(
            self.tr(
                "The board report (PDF) and a file for your central organisation, sealed so that any "
                "change to it can be detected."
            )
        )
        self.act_export_history.setText(self.tr("Export &history…"))
        self.retranslate_campaign_actions()
        self.retranslate_benchmark_action()
        self.act_new_key.setText(self.tr("New signing &key…"))
        self.act_enrolment_file.setText(self.tr("&Write the enrolment file for the central organisation…"))
        self.act_enrolment_sheet.setText(self.tr("&Print the enrolment sheet (PDF)…"))
        self.act_profile.setText(self.tr("&Institution and scope…"))
        self.act_revision.setText(self.tr("Start a re&vision…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_undo.setText(self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo"))
        self.act_find.setText(self.tr("&Search items"))
        self.act_list.setText(self.tr("Go to the &item list"))
        self.act_previous.setText(self.tr("&Previous item"))
        self.act_next.setText(self.tr("&Next item"))
        self.act_next_unanswered.setText(self.tr("Next &unanswered"))
        self.act_summary.setText(self.tr("&Summary and action plan"))
        self.act_help.setText(self.tr("&Help"))
        self.act_about.setText(self.tr("&About fsadesk"))
        self.filter_label.setText(self.tr("Fi&lter:"))
        names = {
            Filter.ALL: self.tr("All items"),
            Filter.UNANSWERED: self.tr("Unanswered"),
            Filter.REVIEW: self.tr("Marked for review"),
            Filter.GAPS_WITHOUT_PLAN: self.tr("Gaps without a plan"),
            Filter.BASIC: self.tr("Basic items"),
            Filter.DESIRABLE: self.tr("Desirable items"),
        }
        for i in range(self.filter_combo.count()):
            self.filter_combo.setItemText(i, names[Filter(self.filter_combo.itemData(i))])
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F): words in Japanese or English"))
        self.context_label.setText(f"{prof.name}  ·  {label}")
        self._show_save_state()
        self._apply_filter()
        self._apply_lock()

    def discard(self) -> None:
        """Close without saving: the workspace behind this window turned out to be unusable
        (the user has been told why), so there is nowhere to save to."""
        self._discarding = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._discarding:
            self.page.stop_autosave()
        elif not self.page.flush() and not self.prompts.confirm(
            self.tr("Close fsadesk"),
            self.tr("The last answer is not saved yet (see the message on the page). Close anyway? It will be lost."),
        ):
            event.ignore()
            return
        self._position_timer.stop()
        if not self._discarding:
            self._store_position()
        self.tree.detach()
        if self._on_answer_changed in self.session.listeners:
            self.session.listeners.remove(self._on_answer_changed)
        event.accept()
        self.closed.emit()

    def workspace_folder(self) -> Path:
        return self.session.folder

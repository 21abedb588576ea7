"""The Summary page: how far the assessment is, how much is in place, and the action plan.

SummaryPageView (in fsadesk.ui.summary_page_view) builds the widgets; SummaryPage fills them from
the session, keeps them current when an answer changes, saves action plan edits and runs the exports.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from fsadesk import terms
from fsadesk.app.answering import AssessmentSession
from fsadesk.assessment.benchmark import BenchmarkPack
from fsadesk.assessment.fiscal import cycle_display_label
from fsadesk.assessment.peer_position import position_of
from fsadesk.assessment.profile import Scope
from fsadesk.assessment.scoring import Scores
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.report.action_plan_export import ExportFormat, export_action_plan
from fsadesk.store.errors import SaveFailed, WorkspaceError
from fsadesk.ui.action_plan_model import ITEM_ID_ROLE, ActionPlanModel, ActionPlanSortProxy, Column
from fsadesk.ui.cycle_state import CycleState
from fsadesk.ui.errors import user_message, with_details
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.summary_page_view import SummaryPageView
from fsadesk.ui.workers import Worker, start

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def percent(rate: float | None) -> str:
    """fsadesk's one rule (terms.percent): 0.625 → '63%'; nothing assessed → '—'."""
    return terms.percent(rate)


def _bar_values(rates: list[float | None]) -> list[int]:
    """Bar heights in whole percents by the same rule, so a bar's label reads as the figures do
    (round() would label 62.5 as 62 beside a card saying 63%)."""
    return [int(terms.percent_points(rate or 0.0)) for rate in rates]


def _forget(listeners: list[Callable[[str], None]], listener: Callable[[str], None]) -> None:
    if listener in listeners:
        listeners.remove(listener)


class SummaryPage(SummaryPageView):
    """Figures and the action plan for the session's cycle. `item_requested(item_id)` asks the
    main window to open an item; `export_finished(path)` follows a successful export. The state
    banner's buttons ask the main window for its File menu's actions: `signoff_requested`,
    `bundle_requested` (the report and bundle) and `revision_requested`."""

    item_requested = Signal(str)
    export_finished = Signal(str)
    bundle_requested = Signal()
    signoff_requested = Signal()
    revision_requested = Signal()

    def __init__(
        self,
        session: AssessmentSession,
        lang_manager: LanguageManager,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang_manager = lang_manager
        self.prompts = prompts
        self._scores: Scores = session.scores()
        self._dirty = False
        self._worker: Worker | None = None
        self._export_path: Path | None = None
        self._pack: BenchmarkPack | None = None  # the benchmark pack this cycle is compared with
        self.peer_message = ""  # why the pack could not be read, when it could not
        self._read_pack()

        self.model = ActionPlanModel(session, lang_manager.lang, self)
        self.proxy = ActionPlanSortProxy(self.model, self)
        self.table.setModel(self.proxy)

        # Answers change elsewhere (the item pages, undo): refresh once, after the burst.
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        page = weakref.ref(self)

        def listener(item_id: str) -> None:
            alive = page()
            if alive is not None:
                alive._on_answer_changed(item_id)

        self._listener = listener
        session.listeners.append(listener)
        self.destroyed.connect(partial(_forget, session.listeners, listener))

        self.model.save_failed.connect(self._on_save_failed)
        self.model.modelReset.connect(self._update_buttons)
        self.table.activated.connect(self._on_activated)  # double-click or Enter
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self._open_current)
        self.export_xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.export_csv_button.clicked.connect(lambda: self.export("csv"))
        self.export_bundle_button.clicked.connect(self.bundle_requested)
        self.state_banner.signoff_requested.connect(self.signoff_requested)
        self.state_banner.export_requested.connect(self.bundle_requested)
        self.state_banner.revision_requested.connect(self.revision_requested)
        self.peer_panel.item_requested.connect(self.item_requested)
        self.retranslate()

    # Texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.lang_manager.lang
        self.heading.setText(self.tr("Summary"))
        cycle = self.session.cycle
        label = cycle_display_label(cycle.label, cycle.fiscal_year, lang)
        self.subheading.setText(f"{self.session.profile.name} — {label}")
        self.overview_box.setTitle(self.tr("Overview"))
        self.completion_caption.setText(self.tr("Completion"))
        self.basic_caption.setText(self.tr("Basic response items\nimplementation rate"))
        self.desirable_caption.setText(self.tr("Desirable response items\nimplementation rate"))
        self.gaps_caption.setText(self.tr("Open gaps\n(basic items)"))
        self.chart_box.setTitle(self.tr("Implementation rate by domain"))
        self.top_tabs.setTabText(0, self.tr("Your figures"))
        self.top_tabs.setTabText(1, self.tr("You and your peer group"))
        self.basic_set.setLabel(self.tr("Basic response items"))
        self.desirable_set.setLabel(self.tr("Desirable response items"))
        self.domain_axis.setCategories(
            [f"{d.number} {(d.short or d.title).get(lang)}" for d in self.session.catalogue.domains()]
        )
        self.open_button.setText(self.tr("&Open item"))
        self.open_button.setToolTip(self.tr("Open the selected item to change its answer (Enter)"))
        self.export_xlsx_button.setText(self.tr("Export action plan (E&xcel)…"))
        self.export_csv_button.setText(self.tr("Export action plan (&CSV)…"))
        self.export_bundle_button.setText(self.tr("&Report and signed bundle…"))
        self.export_bundle_button.setToolTip(
            self.tr(
                "The board report (PDF) and a file for your central organisation, sealed so that any "
                "change to it can be detected."
            )
        )
        self.plan_hint.setText(
            self.tr(
                "Every item answered Partially implemented or Not implemented. Double-click a row, or "
                "press Enter, to open the item. To set the owner, target date or priority, select the "
                "cell and press F2 or start typing."
            )
        )
        if self.model.lang != lang:  # the table re-measures its columns when told of a change
            self.model.set_lang(lang)
        self._show_figures()

    def _show_figures(self) -> None:
        """Everything that depends on the numbers, in the current language."""
        overall = self._scores.overall
        self.completion_bar.setRange(0, max(overall.applicable, 1))
        self.completion_bar.setValue(overall.answered)
        self.completion_label.setText(
            self.tr("{answered} of {total} items answered").format(answered=overall.answered, total=overall.applicable)
        )
        self.basic_value.setText(percent(overall.basic.rate))
        desirable = self.session.profile.scope is Scope.BASIC_AND_DESIRABLE
        self.desirable_value.setText(percent(overall.desirable.rate) if desirable else self.tr("Not assessed"))
        self.desirable_value.setToolTip("" if desirable else self.tr("Only basic response items are in scope."))
        # "Not assessed" is words, not a figure: it must not read as one with the number beside it.
        self.desirable_value.setFont(self.basic_value.font() if desirable else self.font())
        self.rates_note.setText(
            self.tr(
                "The rates count each item in scope as 1 when implemented and ½ when partially "
                "implemented. Unanswered items count as 0 until you answer them, so the rates rise as "
                "you go."
            )
        )
        self.gaps_value.setText(str(overall.open_gaps))
        explanation = self.tr(
            "A gap is a basic response item answered Partially implemented or Not implemented. "
            "It stays open until it has an owner and a target date, or a risk acceptance approved by "
            "senior management."
        )
        action = (
            self.tr("Enter an owner and a target date for the items marked ⚠ below.")
            if overall.open_gaps
            else self.tr("Every gap has a plan or an approved risk acceptance.")
        )
        self.gaps_note.setText(f"{explanation}\n{action}")  # a line break reads right in both languages
        self.plan_label.setText(self.tr("&Action plan (items: {count})").format(count=self.model.rowCount()))
        self._show_chart(desirable)
        self._show_peers()
        self._update_buttons()
        self.show_state()

    # You and your peer group ----------------------------------------------------------------
    def _read_pack(self) -> None:
        """Read the benchmark pack this cycle is compared with (verified again on reading)."""
        from fsadesk.bundle.errors import BundleError

        self.peer_message = ""
        try:
            self._pack = self.session.assessment_workspace.benchmark(self.session.cycle.id)
        except (WorkspaceError, SaveFailed, BundleError) as exc:  # say why, and show no figures
            self._pack, self.peer_message = None, user_message(exc)

    def refresh_peers(self) -> None:
        """After File ▸ Import benchmark pack…: read the pack again and show the comparison."""
        self._read_pack()
        self._show_peers()

    def _show_peers(self) -> None:
        session, pack = self.session, self._pack
        pos = None
        if pack is not None:
            answers = {item.id: session.answer(item.id) for item in session.items}
            pos = position_of(pack, session.profile, answers, session.cycle.catalogue_digest, session.catalogue)
        self.peer_panel.show_position(pack, pos, session.catalogue, self.lang_manager.lang)
        if self.peer_message:
            self.peer_panel.empty_label.setText(self.peer_message)

    def show_state(self) -> None:
        """The banner: in progress (how far, what is open) or finalised (when, approved by whom).
        The main window calls this too when the cycle is locked, so it changes at once."""
        cycle, overall = self.session.cycle, self._scores.overall
        workspace = self.session.assessment_workspace
        open_points: int | None = None
        approver: SignOff | None = None
        campaign, receipts = None, []
        try:
            if cycle.is_open:  # the same count the sign-off dialog lists
                open_points = len(workspace.readiness(self.session.catalogue, cycle.id).points)
            else:
                approver = next((s for s in workspace.signoffs(cycle.id) if s.role is Role.APPROVER), None)
            # The deadline of this cycle's campaign (not next year's, if imported already), received.
            campaign, receipts = workspace.campaign(cycle.fiscal_year), workspace.receipts(cycle.id)
        except (WorkspaceError, SaveFailed):  # the folder went away for a moment: say what is known, no more
            pass
        receipt = receipts[0] if receipts else None
        state = CycleState(cycle, overall.answered, overall.applicable, open_points, approver, campaign, receipt)
        self.state_banner.show_state(state, self.lang_manager.lang)

    def _show_chart(self, desirable: bool) -> None:
        domains = self._scores.domains
        numbers = [d.number for d in self.session.catalogue.domains()]
        self.basic_set.remove(0, self.basic_set.count())
        self.basic_set.append(_bar_values([domains[n].basic.rate for n in numbers]))
        has_desirable = self.desirable_set in self.series.barSets()
        if desirable and not has_desirable:
            self.series.append(self.desirable_set)
        elif not desirable and has_desirable:
            self.series.take(self.desirable_set)  # take, not remove: remove would delete the set
        self.desirable_set.remove(0, self.desirable_set.count())
        self.desirable_set.append(_bar_values([domains[n].desirable.rate for n in numbers]))
        self.chart.legend().setVisible(desirable)

    # Refresh ----------------------------------------------------------------------------
    def _on_answer_changed(self, item_id: str) -> None:
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._dirty = True  # nobody is looking: refresh when shown

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Recompute the figures and the action plan from the session; keeps the selected item."""
        self._dirty = False
        current = self.current_item_id()
        self._scores = self.session.scores()
        self.model.reload()
        if current is not None and self.current_item_id() != current:
            self.select_item(current)
        self._show_figures()

    # Rows -------------------------------------------------------------------------------
    def current_item_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(ITEM_ID_ROLE)) if index.isValid() else None

    def select_item(self, item_id: str) -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, Column.ITEM)))
        return True

    def _on_activated(self, index: QModelIndex) -> None:
        self.item_requested.emit(str(index.data(ITEM_ID_ROLE)))

    def _open_current(self) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self.item_requested.emit(item_id)

    def _update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        exporting = self._worker is not None
        self.open_button.setEnabled(self.table.currentIndex().isValid())
        self.export_xlsx_button.setEnabled(has_rows and not exporting)
        self.export_csv_button.setEnabled(has_rows and not exporting)

    def _on_save_failed(self, detail: str) -> None:
        self.prompts.error(
            self.tr("Not saved"), self.tr("The change could not be saved.\n\n{detail}").format(detail=detail)
        )

    # Export -----------------------------------------------------------------------------
    def _suggested_path(self, fmt: ExportFormat) -> Path:
        name = self.tr("Action plan")
        cycle = self.session.cycle
        label = cycle_display_label(cycle.label, cycle.fiscal_year, self.lang_manager.lang)
        stem = _UNSAFE_IN_FILE_NAMES.sub("_", f"{name} {label}")
        folder = Path.home() / "Documents"
        return (folder if folder.is_dir() else Path.home()) / f"{stem}.{fmt}"

    def export(self, fmt: ExportFormat) -> None:
        """Ask where to save, then write the action plan in the current language off the GUI thread."""
        if self._worker is not None:
            return
        filters = self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("CSV file (*.csv)")
        path = self.prompts.save_path(self.tr("Export action plan"), self._suggested_path(fmt), filters)
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        rows, lang = self.model.rows, self.lang_manager.lang  # a snapshot: the table may change meanwhile
        name = self.session.profile.name
        # The workbook's heading names the cycle as the report in that language does (FY2026).
        cycle = cycle_display_label(self.session.cycle.label, self.session.cycle.fiscal_year, lang)
        today = dt.date.today()

        def job(report: Callable[[int, int], None]) -> int:
            return export_action_plan(
                rows, lang, fmt, path, institution=name, cycle=cycle, prepared_on=today, progress=report
            )

        self._export_path = path
        self._worker = Worker(job)
        self._worker.signals.progress.connect(self._on_export_progress)
        self._worker.signals.finished.connect(self._on_export_finished)
        self._worker.signals.error.connect(self._on_export_error)
        self._on_export_progress(0, len(rows))
        self.export_progress.setVisible(True)
        self._update_buttons()
        start(self._worker)

    def _on_export_progress(self, done: int, total: int) -> None:
        self.export_progress.setRange(0, max(total, 1))
        self.export_progress.setValue(done)

    def _export_ended(self) -> Path:
        path = self._export_path
        assert path is not None
        self._worker, self._export_path = None, None
        self.export_progress.setVisible(False)
        self._update_buttons()
        return path

    def _on_export_finished(self, count: object) -> None:
        path = self._export_ended()
        self.prompts.info(
            self.tr("Action plan exported"),
            self.tr("{count} items were saved to:\n{path}").format(count=count, path=path),
        )
        self.export_finished.emit(str(path))

    def _on_export_error(self, exc: BaseException) -> None:
        path = self._export_ended()
        text = self.tr(
            "The action plan could not be saved to:\n{path}\n\n{reason}\n\nIf the file is open in Excel, close it "
            "and try again, or choose another folder."
        ).format(path=path, reason=user_message(exc))
        self.prompts.error(self.tr("Export failed"), with_details(text, exc))

"""The dashboard tab's behaviour (issue #14 point 1). A campaign's snapshot
(fsadesk.central.dashboard.snapshot.load_campaign) is read once per campaign choice, on a worker,
with the catalogue its members answered against; the tier and the category and size-band filters
then recompute every view in memory from it (`CampaignData.only`, `grid_of`, `status_of`…): a
filter change costs no query, so the dashboard stays responsive on 1,000 members.

The first load waits until the tab is first shown, so opening the window for the intake reads
nothing more. A result that arrives after the person chose another campaign is dropped."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.gaps import open_gaps
from fsadesk.central.dashboard.load import CampaignNotFound
from fsadesk.central.dashboard.rates import MemberRates, RateGrid, Tier, grid_of
from fsadesk.central.dashboard.snapshot import CampaignData, Filters
from fsadesk.central.dashboard.status import status_of
from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.errors import CentralError
from fsadesk.terms import date_text, word
from fsadesk.ui.central.dashboard.frame_view import DashboardView
from fsadesk.ui.central.dashboard.heatmap_model import band_name, category_name
from fsadesk.ui.central.words import central_message
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.workers import Worker, start

EXPORT_MODULE = "fsadesk.ui.central.dashboard.export_dialog"
BENCHMARK_MODULE = "fsadesk.ui.central.dashboard.benchmark_dialog"
TIERS: tuple[Tier, ...] = ("basic", "desirable")


def load_job(db: CentralDatabase, campaign_id: str | None) -> tuple[CampaignData, Catalogue]:
    """On the worker: the snapshot, and the catalogue edition the campaign was answered against
    (the shipped one when this fsadesk keeps no copy of that edition: titles may then differ)."""
    from fsadesk.catalogue import load_catalogue
    from fsadesk.catalogue.history import by_digest
    from fsadesk.central.dashboard.answers import campaign_catalogue_digest
    from fsadesk.central.dashboard.snapshot import load_campaign

    data = load_campaign(db, campaign_id)
    current = load_catalogue()
    answered = by_digest(current)(campaign_catalogue_digest(db, data.campaign.campaign_id))
    return data, answered or current


class Dashboard(DashboardView):
    loaded = Signal()  # a load has ended: shown, or its failure worded

    def __init__(
        self,
        db: CentralDatabase,
        keys_folder: Path | None,
        lang_manager: LanguageManager,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.keys_folder, self.lang_manager, self.prompts = db, keys_folder, lang_manager, prompts
        self.data: CampaignData | None = None  # the campaign as loaded, unfiltered
        self.shown_data: CampaignData | None = None  # as filtered now
        self.grid: RateGrid | None = None
        self.catalogue: Catalogue | None = None
        self.chart_views: list[QWidget] = []
        self._generation = 0  # which load's result is still wanted
        self._loading = False
        self._started = False
        self._workers: set[Worker] = set()
        self._stale: set[QWidget] = set()  # views not yet laid out since the last change
        self._empty = ""  # what the views say when they have nobody to show
        self.campaign.activated.connect(lambda _i: self._campaign_chosen())
        for combo in (self.tier, self.category, self.size_band):
            combo.currentIndexChanged.connect(lambda _i: self.recompute())
        self.refresh_button.clicked.connect(lambda: self.load(self.campaign.currentData()))
        self.export_button.clicked.connect(self.export)
        self.benchmark_button.clicked.connect(self.benchmark)
        self.heatmap.drill.connect(self.drill_down)
        self.views.currentChanged.connect(lambda index: self._lay_out(self.views.widget(index)))
        self.drill_dialog: QWidget | None = None
        self.retranslate()

    # --- loading ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._started:
            self.load(None)

    def load(self, campaign_id: str | None) -> None:
        """Read the campaign's snapshot on a worker (None: the newest campaign)."""
        self._started = True
        self._generation += 1
        generation, db = self._generation, self.db
        self._set_loading(True)
        worker = Worker(lambda _report: load_job(db, campaign_id))
        # Held until it reports: its signals object must outlive the thread pool's run of it.
        self._workers.add(worker)
        worker.signals.finished.connect(lambda result: self._loaded(generation, result, worker))
        worker.signals.error.connect(lambda exc: self._failed(generation, exc, worker))
        start(worker)

    def campaigns_changed(self) -> None:
        """A campaign was created: read again, once the tab has been shown, so it is listed (and
        shown, when it is the first)."""
        if self._started:
            self.load(self.data.campaign.campaign_id if self.data is not None else None)

    def _campaign_chosen(self) -> None:
        chosen = self.campaign.currentData()
        if self.data is None or chosen != self.data.campaign.campaign_id:
            self.load(chosen)

    def _set_loading(self, loading: bool) -> None:
        self._loading = loading
        for widget in (self.campaign, self.refresh_button):
            widget.setEnabled(not loading)
        if loading and self.data is None:
            self.show_message(self.tr("Loading the campaign's figures…"))
        self._update_actions()

    def _loaded(self, generation: int, result: tuple[CampaignData, Catalogue], worker: Worker) -> None:
        self._workers.discard(worker)
        if generation != self._generation:
            return  # another campaign was chosen meanwhile
        self.data, self.catalogue = result
        self._charts(self.catalogue)
        self._set_loading(False)
        self._fill_choices()
        self.show_views()
        self.recompute()
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException, worker: Worker) -> None:
        self._workers.discard(worker)
        if generation != self._generation:
            return
        self._set_loading(False)
        self.data = self.shown_data = None
        if isinstance(exc, CampaignNotFound) and self.campaign.count() == 0:
            self.show_message(self.no_campaign_text())
        else:
            self.show_message(
                self.tr("The dashboard could not be read. Press Refresh to try again.") + "\n\n" + central_message(exc)
            )
        self._update_actions()
        self.loaded.emit()

    def _charts(self, catalogue: Catalogue) -> None:
        """The chart views (weakest items, peer groups, trends), made at the first load — QtCharts
        loads then, not with the window — and given each campaign's catalogue edition after."""
        if self.chart_views:
            for view in self.chart_views:
                view.catalogue = catalogue  # type: ignore[attr-defined]
            return
        from fsadesk.ui.central.dashboard.peers_view import PeersView
        from fsadesk.ui.central.dashboard.trends_view import TrendsView
        from fsadesk.ui.central.dashboard.weakest_view import WeakestView

        self.chart_views = [cls(catalogue, self.lang_manager) for cls in (WeakestView, PeersView, TrendsView)]
        weakest = self.chart_views[0]
        assert isinstance(weakest, WeakestView)
        # The frame's tier choice applies to every view: a second switch on one tab could show one
        # tier under the other's name at the top.
        weakest.tier_label.setVisible(False)
        weakest.tier.setVisible(False)
        for view in self.chart_views:
            self.views.addTab(view, "")
        self._tab_words()

    def no_campaign_text(self) -> str:
        return self.tr(
            "There is no campaign yet. Create one with File ▸ New campaign… (or on the command line: "
            "fsadesk central campaign create); the dashboard then shows who has submitted for it."
        )

    # --- choices ----------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        """The campaigns (newest first, the loaded one chosen) and the filters' entries, keeping the
        category and size band chosen when the newly loaded campaign has them too."""
        lang = self.lang_manager.lang
        data = self.data
        for combo in (self.campaign, self.tier, self.category, self.size_band):
            combo.blockSignals(True)
        if data is not None:  # after a failed load the campaigns stay listed, to choose another
            self.campaign.clear()
            for c in reversed(data.campaigns):
                template = self.tr("%1 (%2, deadline %3)")
                shown = template.replace("%2", c.cycle_label).replace("%3", date_text(c.deadline, lang))
                self.campaign.addItem(shown.replace("%1", c.title), c.campaign_id)
            self.campaign.setCurrentIndex(max(0, self.campaign.findData(data.campaign.campaign_id)))
        tier = self.tier.currentData() or "basic"
        self.tier.clear()
        for t in TIERS:
            self.tier.addItem(word(t, lang), t)
        self.tier.setCurrentIndex(max(0, self.tier.findData(tier)))
        unset = self.tr("(not set)")
        for combo, every, values, names in (
            (self.category, self.tr("All categories"), data.categories if data else (),
             {v: category_name(self.catalogue, v, lang) for v in (data.categories if data else ())}),
            (self.size_band, self.tr("All size bands"), data.size_bands if data else (),
             {v: band_name(v, lang) for v in (data.size_bands if data else ())}),
        ):  # fmt: skip
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(every, None)
            for value in values:
                combo.addItem(names[value] or unset, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        for combo in (self.campaign, self.tier, self.category, self.size_band):
            combo.blockSignals(False)

    @property
    def tier_chosen(self) -> Tier:
        return "desirable" if self.tier.currentData() == "desirable" else "basic"

    def filters(self) -> Filters:
        return Filters(category=self.category.currentData(), size_band=self.size_band.currentData())

    # --- the views, from the snapshot in memory -----------------------------------------------

    def recompute(self) -> None:
        """The filtered snapshot and the tier's grid from the loaded snapshot (no query); the view
        shown is laid out again now, the others when they are next shown — laying out all six for
        1,000 members on every filter change kept the person waiting."""
        if self.data is None:
            return
        data = self.shown_data = self.data.only(self.filters())
        self.grid = grid = grid_of(data, self.tier_chosen)
        if not self.data.members:
            self._empty = self.tr("No members are enrolled yet. Enrol them on the Members tab.")
        elif not data.members:
            self._empty = self.tr(
                'No member matches these filters. Choose "All" in Category and Size band to see everyone.'
            )
        else:
            self._empty = self.tr(
                "No member has submitted for this campaign yet. Take in their files on the Intake of submissions tab."
            )
        self.notice.setText(self._empty)
        self.notice.setVisible(not grid.members)
        self._stale = {w for i in range(self.views.count()) if (w := self.views.widget(i)) is not None}
        self._lay_out(self.views.currentWidget())
        self._update_actions()

    def _lay_out(self, view: QWidget | None) -> None:
        """Fill `view` from the filtered snapshot, if it has not been since the last change."""
        data, grid = self.shown_data, self.grid
        if view not in self._stale or data is None or grid is None:
            return
        self._stale.discard(view)
        lang, empty = self.lang_manager.lang, self._empty
        if view is self.status:
            self.status.set_status(status_of(data), self.catalogue, lang, empty)
        elif view is self.heatmap:
            self.heatmap.set_grid(grid, self.catalogue, lang, empty)
        elif view is self.gaps:
            no_gaps = self.tr("No member has open gaps: every gap has an action plan or a risk acceptance.")
            self.gaps.set_gaps(open_gaps(grid), self.catalogue, lang, no_gaps if grid.members else empty)
        else:
            view.set_data(data, self.tier_chosen)  # type: ignore[attr-defined]

    # --- drill-down, export, benchmark pack -----------------------------------------------------

    def drill_down(self, member: MemberRates, domain: str) -> None:
        """That member's answers for that domain, read now in one small query, in a read-only dialog."""
        from fsadesk.central.dashboard.answers import domain_answers
        from fsadesk.ui.central.dashboard.drill_down import DrillDownDialog

        if self.catalogue is None:
            return
        try:
            answers = domain_answers(self.db, member.submission_id, domain, self.catalogue)
        except CentralError as exc:
            self.prompts.error(self.tr("The answers could not be read"), central_message(exc))
            return
        dialog = DrillDownDialog(
            f"{member.institution_id} {member.name}", self.heatmap.model.domain_title(domain, short=False),
            member.rates.get(domain), word(self.tier_chosen, self.lang_manager.lang), answers, self.catalogue,
            self.lang_manager.lang, self,
        )  # fmt: skip
        self.drill_dialog = dialog
        dialog.open()

    def _update_actions(self) -> None:
        ready = self.data is not None and not self._loading
        self.export_button.setEnabled(ready and importlib.util.find_spec(EXPORT_MODULE) is not None)
        self.benchmark_button.setEnabled(
            ready and self.keys_folder is not None and importlib.util.find_spec(BENCHMARK_MODULE) is not None
        )

    def export(self) -> None:
        if self.shown_data is None or self.catalogue is None:
            return
        module = importlib.import_module(EXPORT_MODULE)
        module.export_dashboard(
            self, self.db, self.shown_data, self.catalogue, self.tier_chosen, self.lang_manager, self.prompts
        )

    def benchmark(self) -> None:
        if self.data is None or self.keys_folder is None:
            return
        module = importlib.import_module(BENCHMARK_MODULE)
        module.write_benchmark(self, self.db, self.data, self.keys_folder, self.lang_manager, self.prompts)

    # --- words ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.campaign_label.setText(self.tr("Campai&gn:"))
        self.tier_label.setText(self.tr("&Tier:"))
        self.category_label.setText(self.tr("Categor&y:"))
        self.size_band_label.setText(self.tr("Si&ze band:"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.export_button.setText(self.tr("E&xport…"))
        self.benchmark_button.setText(self.tr("&Benchmark pack…"))
        self._tab_words()
        self._fill_choices()
        if self.data is not None:
            self.recompute()
        elif self._loading:
            self.show_message(self.tr("Loading the campaign's figures…"))

    def _tab_words(self) -> None:
        # Letters the views inside do not use (their Show, Chart, Copy table…). The peer groups and
        # trends tabs have none left that their names hold: Ctrl+Tab reaches them.
        names = [self.tr("Stat&us"), self.tr("H&eatmap"), self.tr("&Open gaps"), self.tr("&Weakest items"),
                 self.tr("Peer groups"), self.tr("Trends")]  # fmt: skip
        for index, name in enumerate(names[: self.views.count()]):
            self.views.setTabText(index, name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The central organisation's main window: tabs for the member registry (会員), the intake of
submissions (提出物の受付), the campaigns (提出依頼) and the dashboard (ダッシュボード). Its title
names the organisation and the database (a server's address without its password); its placement
is remembered."""

from __future__ import annotations

import contextlib
import functools
import importlib.util
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fsadesk.central.campaigns import Campaign, list_campaigns
from fsadesk.central.setup import organisation
from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.errors import CentralError
from fsadesk.terms import date_text
from fsadesk.ui.central.dashboard.frame import Dashboard
from fsadesk.ui.central.members_view import MembersView
from fsadesk.ui.central.words import central_message
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.settings import AppSettings
from fsadesk.ui.window_placement import Placement, placement_of, show_placed

INTAKE_MODULE = "fsadesk.ui.central.intake_view"


@functools.cache
def catalogue_categories(lang: str) -> dict[str, str]:
    """Category id → name, from the guideline catalogue (read once)."""
    from fsadesk.catalogue import load_catalogue

    try:
        catalogue = load_catalogue()
    except Exception:  # the names only label the table: without them the ids are shown
        return {}
    return {c.id: c.get("en" if lang == "en" else "ja") for c in catalogue.categories}


class ComingView(QWidget):
    """Stands in for a view not built yet."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("This part is coming in a later version of fsadesk."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CampaignsView(QWidget):
    """The campaigns made so far (create them with `fsadesk central campaign create`)."""

    def __init__(self, db: CentralDatabase, lang_manager: LanguageManager) -> None:
        super().__init__()
        self.db, self.lang_manager = db, lang_manager
        self.campaigns: list[Campaign] = []
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # a generated campaign id is long: one line, its column fitted
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("The campaigns sent to members: what to submit, and by when."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Campaign ID"), self.tr("Title"), self.tr("Fiscal year"), self.tr("Deadline")]
        )
        self._fill()  # the deadlines are written in the language's way

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        try:
            campaigns = list_campaigns(self.db)
        except CentralError:
            campaigns = []  # the members tab says what is wrong with the database
        self.campaigns = campaigns
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.campaigns))
        for row, c in enumerate(self.campaigns):
            cells = (c.campaign_id, c.title, str(c.fiscal_year), date_text(c.deadline, self.lang_manager.lang))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        for column in (0, 2, 3):
            self.table.resizeColumnToContents(column)


class CentralWindow(QMainWindow):
    """Owns the opened database and closes it with the window."""

    def __init__(
        self,
        db: CentralDatabase,
        keys_folder: Path | None,
        lang_manager: LanguageManager,
        prompts: Prompts,
        settings: AppSettings,
        data_dir: Path,
    ) -> None:
        super().__init__()
        self.db = db
        self.keys_folder = keys_folder
        self.lang_manager = lang_manager
        self.prompts = prompts
        self.settings = settings
        self.data_dir = data_dir
        try:
            org = organisation(db)
        except CentralError as exc:
            prompts.error("fsadesk", central_message(exc))
            org = None
        self.organisation_name = org.name if org is not None else ""
        self.tabs = QTabWidget()
        self.members = MembersView(db, lang_manager, prompts, lambda: catalogue_categories(lang_manager.lang))
        self.intake = self._intake_view()
        self.campaigns = CampaignsView(db, lang_manager)
        self.dashboard = Dashboard(db, keys_folder, lang_manager, prompts)  # reads when first shown
        self.tabs.addTab(self.members, "")
        self.tabs.addTab(self.intake, "")
        self.tabs.addTab(self.campaigns, "")
        self.tabs.addTab(self.dashboard, "")
        self.setCentralWidget(self.tabs)
        self.file_menu = self.menuBar().addMenu("")
        self.new_campaign_action: QAction | None = None
        if keys_folder is not None:  # a campaign is signed with the organisation's key
            from fsadesk.ui.central.campaign_dialog import campaign_action

            self.new_campaign_action = campaign_action(
                self, db, keys_folder, lang_manager, prompts, after=lambda _campaign: self._campaign_created()
            )
            self.file_menu.addAction(self.new_campaign_action)
            self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.retranslate()

    def _campaign_created(self) -> None:
        """A new campaign shows at once in the campaigns list and in the intake's choice."""
        self.campaigns.refresh()
        self.dashboard.campaigns_changed()
        reload = getattr(self.intake, "reload_campaigns", None)
        if callable(reload):
            reload()

    def _intake_view(self) -> QWidget:
        """The intake view when it is installed, else a placeholder."""
        if importlib.util.find_spec(INTAKE_MODULE) is None:
            return ComingView()
        module = importlib.import_module(INTAKE_MODULE)
        view: QWidget = module.IntakeView(self.db, self.keys_folder, self.lang_manager, self.prompts)
        return view

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("%1 — central organisation — %2 — fsadesk")
            .replace("%1", self.organisation_name or self.tr("(no name)"))
            .replace("%2", self.db.shown)
        )
        self.tabs.setTabText(0, self.tr("&Members"))
        self.tabs.setTabText(1, self.tr("&Intake of submissions"))
        self.tabs.setTabText(2, self.tr("&Campaigns"))
        # Not Alt+D: the Members tab's Edit… and the dashboard charts' Domain choice have it.
        self.tabs.setTabText(3, self.tr("Dashbo&ard"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_placed(self) -> None:
        show_placed(self, Placement.from_json(self.settings.central_window))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.central_window = placement_of(self).to_json()
        with contextlib.suppress(OSError):  # a read-only data folder: a fitting size next time
            self.settings.save(self.data_dir)
        self.db.close()
        super().closeEvent(event)

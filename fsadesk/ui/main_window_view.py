"""Main window layout: actions, menus, toolbar, navigation panel, pages and status bar."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fsadesk.app.answering import Filter
from fsadesk.ui.by_name import set_by_name
from fsadesk.ui.status_style import secondary_text


class MainWindowView(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        # Shortcuts are given as lists (setShortcuts): choosing among setShortcut's overloads
        # makes PySide6 build Qt's namespace, about 13 ms before the resumed page is painted.
        self.act_new = QAction(self)
        self.act_open = QAction(self)
        self.act_open.setShortcuts([QKeySequence(QKeySequence.StandardKey.Open)])
        self.act_next_cycle = QAction(self)
        self.act_compare = QAction(self)
        self.act_export_plan = QAction(self)
        self.act_export_bundle = QAction(self)
        self.act_new_key = QAction(self)
        self.act_enrolment_file = QAction(self)  # the hand-over to the central organisation
        self.act_enrolment_sheet = QAction(self)
        self.act_profile = QAction(self)
        self.act_signoff = QAction(self)
        self.act_revision = QAction(self)
        self.act_quit = QAction(self)
        self.act_quit.setShortcuts([QKeySequence(QKeySequence.StandardKey.Quit)])
        self.act_undo = QAction(self)
        self.act_undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.act_redo = QAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.act_find = QAction(self)
        self.act_find.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find)])
        self.act_list = QAction(self)
        self.act_list.setShortcuts([QKeySequence("Ctrl+L")])
        self.act_previous = QAction(self)
        self.act_previous.setShortcuts([QKeySequence("Alt+Left")])
        self.act_next = QAction(self)
        self.act_next.setShortcuts([QKeySequence("Alt+Right")])
        self.act_next_unanswered = QAction(self)
        self.act_next_unanswered.setShortcuts([QKeySequence("Ctrl+J")])
        self.act_summary = QAction(self)
        self.act_summary.setShortcuts([QKeySequence("Ctrl+Shift+S")])
        self.act_summary.setCheckable(True)
        self.act_help = QAction(self)
        self.act_help.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents)])
        self.act_about = QAction(self)
        self.lang_group = QActionGroup(self)
        self.act_ja = QAction("日本語", self, checkable=True)
        self.act_en = QAction("English", self, checkable=True)
        for act in (self.act_ja, self.act_en):
            self.lang_group.addAction(act)

        self.menu_file = QMenu(self)
        self.menu_edit = QMenu(self)
        self.menu_view = QMenu(self)
        self.menu_lang = QMenu(self)
        self.menu_help = QMenu(self)
        self.menu_file.addActions([self.act_new, self.act_open])
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_next_cycle, self.act_compare, self.act_export_plan, self.act_export_bundle])
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_profile, self.act_signoff, self.act_revision, self.act_new_key])
        self.menu_file.addActions([self.act_enrolment_file, self.act_enrolment_sheet])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_find)
        self.menu_view.addActions(
            [self.act_summary, self.act_list, self.act_previous, self.act_next, self.act_next_unanswered]
        )
        self.menu_view.addSeparator()
        self.menu_view.addMenu(self.menu_lang)
        self.menu_lang.addActions([self.act_ja, self.act_en])
        self.menu_help.addActions([self.act_help, self.act_about])
        for menu in (self.menu_file, self.menu_edit, self.menu_view, self.menu_help):
            self.menuBar().addMenu(menu)

        self.toolbar = QToolBar(self)
        self.toolbar.setMovable(False)
        # Enum values by name, here and below (fsadesk.ui.by_name): naming Qt's namespace costs
        # about 13 ms before the resumed page is painted.
        set_by_name(self.toolbar, "toolButtonStyle", "ToolButtonTextOnly")
        self.toolbar.addActions([self.act_summary, self.act_next_unanswered])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_undo, self.act_redo])
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_help)
        self.addToolBar(self.toolbar)

        self.filter_label = QLabel()
        self.filter_combo = QComboBox()
        for f in Filter:
            self.filter_combo.addItem("", f.value)
        self.filter_label.setBuddy(self.filter_combo)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.match_count = QLabel()
        secondary_text(self.match_count)
        self.nav_panel = QWidget()
        nav_layout = QVBoxLayout(self.nav_panel)
        nav_layout.setContentsMargins(6, 6, 0, 6)
        row = QHBoxLayout()
        row.addWidget(self.filter_label)
        row.addWidget(self.filter_combo, 1)
        nav_layout.addLayout(row)
        nav_layout.addWidget(self.search)
        nav_layout.addWidget(self.match_count)

        self.pages = QStackedWidget()
        self.item_scroll = QScrollArea()
        self.item_scroll.setWidgetResizable(True)
        self.item_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The item page scrolls; its Previous / Next bar stays in view below it (MainWindow puts
        # the page's own bar here), so moving on never needs scrolling to find the buttons.
        self.item_pane = QWidget()
        self.item_pane_layout = QVBoxLayout(self.item_pane)
        self.item_pane_layout.setContentsMargins(0, 0, 0, 0)
        self.item_pane_layout.setSpacing(0)
        self.item_pane_layout.addWidget(self.item_scroll, 1)
        self.pages.addWidget(self.item_pane)

        self.splitter = QSplitter()
        set_by_name(self.splitter, "orientation", "Horizontal")
        self.splitter.addWidget(self.nav_panel)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.context_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setFixedWidth(160)
        self.progress.setFormat("%v / %m")  # an empty bar with no figure looked like a broken box
        self.progress_label = QLabel()
        self.saved_label = QLabel()
        self.statusBar().addWidget(self.context_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.progress_label)
        self.statusBar().addPermanentWidget(self.progress)

"""The set-up wizard's workspace page: start a new assessment in a suggested folder, or open an
existing workspace folder, which ends the wizard. With it, how the suggested folder is chosen so that
a new workspace never lands in a folder holding other files (`free_folder`, in setup_base)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fsadesk.paths import workspaces_dir
from fsadesk.store.files import is_workspace  # light: fsadesk.store's own loads SQLAlchemy
from fsadesk.ui.setup_base import (  # the folder helpers live there: the wizard needs them before this page
    DEFAULT_FOLDER_NAME,
    INDENT,
    MessageText,
    SetupContext,
    SetupPage,
    free_folder,
    is_empty_dir,
    wrapped,
)


class WorkspacePage(SetupPage):
    """Start a new workspace (folder suggested) or open an existing one (which ends the wizard)."""

    HELP_TOPIC = "data"

    def __init__(self, ctx: SetupContext) -> None:
        super().__init__(ctx)
        self.new_radio = QRadioButton()
        self.open_radio = QRadioButton()
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.new_radio)
        self.mode.addButton(self.open_radio)
        self.new_label = QLabel()
        self.new_folder_edit = self._path_edit()
        self.new_label.setBuddy(self.new_folder_edit)
        self.change_button = QPushButton()
        self.new_help = wrapped(QLabel())
        self.existing_label = QLabel()
        self.existing_edit = self._path_edit()
        self.existing_label.setBuddy(self.existing_edit)
        self.choose_button = QPushButton()
        self.existing_help = wrapped(QLabel())

        grid = QGridLayout()
        grid.setColumnMinimumWidth(0, INDENT)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.new_radio, 0, 0, 1, 4)
        grid.addWidget(self.new_label, 1, 1)
        grid.addWidget(self.new_folder_edit, 1, 2)
        grid.addWidget(self.change_button, 1, 3)
        grid.addWidget(self.new_help, 2, 1, 1, 3)
        grid.setRowMinimumHeight(3, 16)
        grid.addWidget(self.open_radio, 4, 0, 1, 4)
        grid.addWidget(self.existing_label, 5, 1)
        grid.addWidget(self.existing_edit, 5, 2)
        grid.addWidget(self.choose_button, 5, 3)
        grid.addWidget(self.existing_help, 6, 1, 1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.message)
        QWidget.setTabOrder(self.new_radio, self.change_button)
        QWidget.setTabOrder(self.change_button, self.open_radio)
        QWidget.setTabOrder(self.open_radio, self.choose_button)

        self.new_radio.setChecked(True)
        self.new_radio.toggled.connect(self._mode_changed)
        self.change_button.clicked.connect(self._change_new_folder)
        self.choose_button.clicked.connect(self._choose_existing)
        self._mode_changed()
        self.retranslate()

    @staticmethod
    def _path_edit() -> QLineEdit:
        edit = QLineEdit()
        edit.setReadOnly(True)  # chosen through the folder dialog, so it always names a real place
        edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # selectable to copy, but Tab goes to the buttons
        return edit

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where to keep your assessment"))
        self.setSubTitle(
            self.tr("fsadesk keeps each institution's assessment in a folder of its own, called a workspace.")
        )
        self.new_radio.setText(self.tr("&Start a new assessment"))
        self.new_label.setText(self.tr("Folder:"))
        self.change_button.setText(self.tr("C&hange…"))
        self.new_help.setText(
            self.tr("The suggested folder is fine for most people. Your answers and their history are kept there.")
        )
        self.open_radio.setText(self.tr("&Open an existing workspace folder"))
        self.existing_label.setText(self.tr("Folder:"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.existing_edit.setPlaceholderText(self.tr("No folder chosen yet"))
        self.existing_help.setText(
            self.tr("Choose this if fsadesk was already set up, for example on another PC or by a colleague.")
        )

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        draft = self.ctx.draft
        (self.open_radio if draft.open_existing else self.new_radio).setChecked(True)
        self._show_folders()

    def save(self) -> None:
        self.ctx.draft.open_existing = self.open_radio.isChecked()

    def nextId(self) -> int:  # noqa: N802 - Qt override
        # Opening an existing workspace needs no profile: the wizard finishes here.
        return -1 if self.open_radio.isChecked() else super().nextId()

    def _mode_changed(self) -> None:
        new = self.new_radio.isChecked()
        for widget in (self.new_label, self.new_folder_edit, self.change_button, self.new_help):
            widget.setEnabled(new)
        for widget in (self.existing_label, self.existing_edit, self.choose_button, self.existing_help):
            widget.setEnabled(not new)
        self.message.clear_message()
        # QWizard re-asks nextId() only on a page change; this swaps Next for Finish right away.
        self.setFinalPage(not new)

    def _show_folders(self) -> None:
        draft = self.ctx.draft
        self.new_folder_edit.setText(str(draft.new_folder))
        self.existing_edit.setText(str(draft.existing_folder) if draft.existing_folder else "")

    def _change_new_folder(self) -> None:
        draft = self.ctx.draft
        start = draft.new_folder.parent if draft.new_folder.parent.is_dir() else Path.home()
        chosen = self.ctx.prompts.open_dir(self.tr("Choose a folder for the new workspace"), start)
        if chosen is None:
            return
        if is_workspace(chosen):
            self.message.show_message(self._holds_workspace(chosen))
            return
        # A folder with other files in it gets a subfolder, so the workspace never mixes with them.
        draft.new_folder = (
            chosen if not chosen.exists() or is_empty_dir(chosen) else free_folder(chosen / DEFAULT_FOLDER_NAME)
        )
        self.message.clear_message()
        self._show_folders()

    def _choose_existing(self) -> None:
        draft = self.ctx.draft
        start = draft.existing_folder or workspaces_dir(self.ctx.data_dir)
        chosen = self.ctx.prompts.open_dir(self.tr("Choose the workspace folder to open"), start)
        if chosen is None:
            return
        if not is_workspace(chosen):
            self.message.show_message(self._not_a_workspace(chosen))
            return
        draft.existing_folder = chosen
        self.message.clear_message()
        self._show_folders()

    def _holds_workspace(self, folder: Path) -> MessageText:
        return lambda: self.tr(
            '{folder} already holds an fsadesk workspace. To continue with it, choose "Open an existing '
            'workspace folder"; to start a new assessment, choose another folder.'
        ).format(folder=folder)

    def _not_a_workspace(self, folder: Path) -> MessageText:
        return lambda: self.tr(
            "{folder} is not an fsadesk workspace. Choose the folder fsadesk created; it contains the file "
            "workspace.sqlite."
        ).format(folder=folder)

    def problem(self) -> MessageText | None:
        draft = self.ctx.draft
        if self.open_radio.isChecked():
            if draft.existing_folder is None:
                return lambda: self.tr("Please choose the workspace folder you want to open.")
            if not is_workspace(draft.existing_folder):
                return self._not_a_workspace(draft.existing_folder)
            return None
        if is_workspace(draft.new_folder):
            return self._holds_workspace(draft.new_folder)
        return None

    def focus_problem(self) -> None:
        (self.choose_button if self.open_radio.isChecked() else self.change_button).setFocus()

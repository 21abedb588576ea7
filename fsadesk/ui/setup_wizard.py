"""First-run set-up: language, where to keep the workspace, the institution profile, scope and the
applicability questions, then one call to create_assessment_workspace (Picard's setupwizard pattern:
a tuple of page classes, each loading in initializePage() and gating Next in validatePage())."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from fsadesk.assessment.profile import SCOPE_LABELS, SIZE_BAND_LABELS
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue.model import Catalogue
from fsadesk.lang import Lang
from fsadesk.onboarding import create_assessment_workspace, default_cycle_label, fiscal_year
from fsadesk.paths import workspaces_dir
from fsadesk.store import is_workspace
from fsadesk.store.errors import WorkspaceError
from fsadesk.ui.i18n import LanguageManager, Retranslatable
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.setup_base import INDENT, MessageText, SetupContext, SetupDraft, SetupPage, wrapped
from fsadesk.ui.setup_pages import ApplicabilityPage, ProfilePage, ScopePage

PageT = TypeVar("PageT", bound=SetupPage)
DEFAULT_FOLDER_NAME = "assessment"  # short and ASCII: the command line accepts it as a workspace name


def _is_empty_dir(folder: Path) -> bool:
    return folder.is_dir() and not any(folder.iterdir())


def free_folder(wanted: Path) -> Path:
    """`wanted`, or `wanted-2`, `wanted-3`… : the first that does not exist yet or is an empty folder."""
    candidate, number = wanted, 1
    while candidate.exists() and not _is_empty_dir(candidate):
        number += 1
        candidate = wanted.with_name(f"{wanted.name}-{number}")
    return candidate


class WelcomePage(SetupPage):
    """What fsadesk does, in plain words, and the language choice (applied at once)."""

    def __init__(self, ctx: SetupContext) -> None:
        super().__init__(ctx)
        self.intro = wrapped(QLabel())
        self.privacy = wrapped(QLabel())
        self.saving = wrapped(QLabel())
        self.language_prompt = wrapped(QLabel())
        # Each language is named in itself, so someone who cannot read the current one finds theirs.
        self.language_box = QGroupBox("言語 / Language")
        self.ja_radio = QRadioButton("日本語(&J)")
        self.en_radio = QRadioButton("&English")
        self.languages: dict[Lang, QRadioButton] = {"ja": self.ja_radio, "en": self.en_radio}
        box_layout = QVBoxLayout(self.language_box)
        for radio in self.languages.values():
            box_layout.addWidget(radio)
        layout = QVBoxLayout(self)
        for label in (self.intro, self.privacy, self.saving, self.language_prompt):
            layout.addWidget(label)
            layout.addSpacing(4)
        layout.addSpacing(8)
        layout.addWidget(self.language_box)
        layout.addStretch(1)
        layout.addWidget(self.message)
        self.languages[ctx.lang].setChecked(True)
        for radio in self.languages.values():
            radio.toggled.connect(self._language_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to fsadesk"))
        self.setSubTitle(self.tr("Let's set up your first assessment. It takes about five minutes."))
        self.intro.setText(
            self.tr(
                "fsadesk helps you check your institution against the FSA's Guidelines on Cybersecurity "
                "in the Financial Sector. You answer each item of the guideline, and fsadesk shows what "
                "is in place, what is missing and what to do next."
            )
        )
        self.privacy.setText(
            self.tr(
                "Everything stays on this PC. fsadesk does not use the internet, and nothing is sent "
                "anywhere unless you export it yourself."
            )
        )
        self.saving.setText(
            self.tr("Once you start, every answer is saved as you go, so you can stop at any time and carry on later.")
        )
        self.language_prompt.setText(self.tr("First, choose your language:"))

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.languages[self.ctx.lang].setChecked(True)

    def _language_toggled(self, checked: bool) -> None:
        lang = next(code for code, radio in self.languages.items() if radio.isChecked())
        if checked and lang != self.ctx.lang:
            self.ctx.lang_manager.set_language(lang)  # the wizard re-labels itself on LanguageChange


class WorkspacePage(SetupPage):
    """Start a new workspace (folder suggested) or open an existing one (which ends the wizard)."""

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
            chosen if not chosen.exists() or _is_empty_dir(chosen) else free_folder(chosen / DEFAULT_FOLDER_NAME)
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


class ConfirmPage(SetupPage):
    """A plain summary of what Finish will create."""

    ROWS = ("folder", "name", "institution_id", "category", "size", "fmi", "scope", "cycle", "items")

    def __init__(self, ctx: SetupContext) -> None:
        super().__init__(ctx)
        self.intro = wrapped(QLabel())
        self.row_labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for row in self.ROWS:
            self.row_labels[row] = QLabel()
            value = wrapped(QLabel())
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[row] = value
            form.addRow(self.row_labels[row], value)
        self.outro = wrapped(QLabel())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.outro)
        layout.addStretch(1)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready to start"))
        self.setSubTitle(self.tr("Please check what will be created. To change anything, go back."))
        self.intro.setText(self.tr("fsadesk will create a workspace for this assessment:"))
        names = {
            "folder": self.tr("Folder:"),
            "name": self.tr("Institution:"),
            "institution_id": self.tr("Institution ID:"),
            "category": self.tr("Category:"),
            "size": self.tr("Size:"),
            "fmi": self.tr("FMI:"),
            "scope": self.tr("Scope:"),
            "cycle": self.tr("Assessment cycle:"),
            "items": self.tr("Items to assess:"),
        }
        for row, text in names.items():
            self.row_labels[row].setText(text)
        self.outro.setText(
            self.tr("Press Finish to create the workspace. Every answer you give is saved as soon as you give it.")
        )
        self._fill()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._fill()

    def _fill(self) -> None:
        draft, lang, catalogue = self.ctx.draft, self.ctx.lang, self.ctx.catalogue
        profile = draft.profile()
        categories = {c.id: c.get(lang) for c in catalogue.categories}
        year = fiscal_year(dt.date.today())
        values = {
            "folder": str(draft.folder or ""),
            "name": profile.name,
            "institution_id": profile.institution_id,
            "category": categories.get(profile.category, profile.category),
            "size": SIZE_BAND_LABELS[profile.size_band][lang],
            "fmi": self.tr("Yes") if profile.is_fmi else self.tr("No"),
            "scope": SCOPE_LABELS[profile.scope][lang],
            "cycle": self.tr("{label} (April {start} to March {end})").format(
                label=default_cycle_label(year), start=year, end=year + 1
            ),
            "items": self.tr("{count} of the {total} items in the guideline").format(
                count=len(applicable_items(catalogue, profile)), total=len(catalogue.items)
            ),
        }
        for row, text in values.items():
            self.values[row].setText(text)


class SetupWizard(Retranslatable, QWizard):
    """The first-run wizard. After exec(), result_folder() is the workspace created or opened."""

    PAGES: tuple[type[SetupPage], ...] = (
        WelcomePage,
        WorkspacePage,
        ProfilePage,
        ScopePage,
        ApplicabilityPage,
        ConfirmPage,
    )

    def __init__(
        self,
        catalogue: Catalogue,
        lang_manager: LanguageManager,
        data_dir: Path,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        draft = SetupDraft(new_folder=free_folder(workspaces_dir(data_dir) / DEFAULT_FOLDER_NAME))
        self.ctx = SetupContext(catalogue, lang_manager, data_dir, prompts, draft)
        self._result: Path | None = None
        # Modern style looks the same on every OS, so screenshots and manuals match what users see.
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for page_id, page_class in enumerate(self.PAGES):
            self.setPage(page_id, page_class(self.ctx))
        self.setMinimumSize(QSize(760, 600))
        self.retranslate()

    @staticmethod
    def should_show(settings_last_workspace: str | None) -> bool:
        """Show the wizard unless the last workspace in the settings is still there to open."""
        return not settings_last_workspace or not is_workspace(Path(settings_last_workspace))

    def result_folder(self) -> Path | None:
        return self._result

    def page_of(self, page_class: type[PageT]) -> PageT:
        """The page of that class, for tests and for callers that want to look at one page."""
        page = self.page(self.PAGES.index(page_class))
        assert isinstance(page, page_class)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up fsadesk"))
        # QWizard words its buttons only when it changes page; re-word them now from qtbase's own strings.
        for button, source in (
            (QWizard.WizardButton.BackButton, "< &Back"),
            (QWizard.WizardButton.NextButton, "&Next >"),
            (QWizard.WizardButton.FinishButton, "&Finish"),
            (QWizard.WizardButton.CancelButton, "Cancel"),
        ):
            self.setButtonText(button, QCoreApplication.translate("QWizard", source))

    def accept(self) -> None:
        """Finish: open the chosen workspace, or create the new one in a single call."""
        if not self.validateCurrentPage():
            return
        draft = self.ctx.draft
        folder = draft.folder
        if folder is None or (not draft.open_existing and not self._create(folder)):
            return  # the problem has been shown; the wizard stays open with everything entered
        self._result = folder
        super().accept()

    def _create(self, folder: Path) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # it takes a fraction of a second
        try:
            workspace, _cycle = create_assessment_workspace(
                folder, self.ctx.draft.profile(), self.ctx.catalogue, fiscal_year(dt.date.today())
            )
            workspace.close()
        except (ValueError, WorkspaceError, OSError) as exc:
            problem = str(exc)
        else:
            return True
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.ctx.prompts.error(
            self.tr("The workspace could not be created"),
            self.tr("fsadesk could not create the workspace in {folder}.").format(folder=folder) + "\n\n" + problem,
        )
        return False

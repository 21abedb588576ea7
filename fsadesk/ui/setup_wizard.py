"""First-run set-up: language, where to keep the workspace, the institution profile, scope and the
applicability questions, then one call to create_assessment_workspace (Picard's setupwizard pattern:
a tuple of page classes, each loading in initializePage() and gating Next in validatePage()).

Only the welcome page is built with the wizard, so that it appears as fast as a bare window: the
other pages (and their modules, and the catalogue they need) come once it has been painted, or at
the latest when the user leaves the welcome page (docs/performance.md, "first-run wizard").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from fsadesk.assessment.fiscal import cycle_display_label, default_cycle_label, fiscal_year
from fsadesk.lang import Lang
from fsadesk.paths import workspaces_dir
from fsadesk.store.errors import WorkspaceError
from fsadesk.store.files import is_workspace  # not fsadesk.store's: that one loads SQLAlchemy
from fsadesk.terms import scope_name, size_band_name
from fsadesk.ui.first_paint import Once, after_first_paint
from fsadesk.ui.i18n import LanguageManager, Retranslatable
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.setup_base import (
    DEFAULT_FOLDER_NAME,
    SetupContext,
    SetupDraft,
    SetupPage,
    fixed_text,
    free_folder,
    word_wizard_buttons,
    wrapped,
)

if TYPE_CHECKING:
    from fsadesk.catalogue.model import Catalogue  # only a type here: the module loads with the pages

PageT = TypeVar("PageT", bound=SetupPage)


class WelcomePage(SetupPage):
    """What fsadesk does, in plain words, and the language choice (applied at once)."""

    def __init__(self, ctx: SetupContext) -> None:
        super().__init__(ctx)
        # fixed_text, not wrapped: this page must name nothing of the Qt namespace (see setup_base).
        self.intro = fixed_text(QLabel())
        self.privacy = fixed_text(QLabel())
        self.saving = fixed_text(QLabel())
        self.language_prompt = fixed_text(QLabel())
        # Each language is named in itself, so someone who cannot read the current one finds theirs.
        self.language_box = QGroupBox("言語 / Language")
        self.ja_radio = QRadioButton("日本語(&J)")
        self.en_radio = QRadioButton("&English")
        self.languages: dict[Lang, QRadioButton] = {"ja": self.ja_radio, "en": self.en_radio}
        box_layout = QVBoxLayout(self.language_box)
        for radio in self.languages.values():
            box_layout.addWidget(radio)
        # Who uses this PC: nearly always a member institution; a central organisation (which
        # receives the members' submissions) has its own set-up and window (fsadesk.ui.central).
        self.role_box = QGroupBox()
        self.member_radio = QRadioButton()
        self.central_radio = QRadioButton()
        self.member_radio.setChecked(True)
        role_layout = QVBoxLayout(self.role_box)
        role_layout.addWidget(self.member_radio)
        role_layout.addWidget(self.central_radio)
        layout = QVBoxLayout(self)
        for label in (self.intro, self.privacy, self.saving, self.language_prompt):
            layout.addWidget(label)
            layout.addSpacing(4)
        layout.addSpacing(8)
        layout.addWidget(self.language_box)
        layout.addSpacing(8)
        layout.addWidget(self.role_box)
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
        self.role_box.setTitle(self.tr("Who uses this PC?"))
        self.member_radio.setText(self.tr("A &member institution that assesses itself (the usual case)"))
        self.central_radio.setText(
            self.tr("A &central organisation (federation or central bank) that receives its members' submissions")
        )

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.languages[self.ctx.lang].setChecked(True)

    def nextId(self) -> int:  # noqa: N802 - Qt override
        # The next page may not be built yet: without this, QWizard would take the welcome page
        # for the last one and offer Finish instead of Next.
        return 1

    def _language_toggled(self, checked: bool) -> None:
        lang = next(code for code, radio in self.languages.items() if radio.isChecked())
        if checked and lang != self.ctx.lang:
            self.ctx.lang_manager.set_language(lang)  # the wizard re-labels itself on LanguageChange


class ConfirmPage(SetupPage):
    """A plain summary of what Finish will create."""

    ROWS = ("folder", "name", "institution_id", "category", "size", "fmi", "scope", "answers", "cycle", "items")

    def __init__(self, ctx: SetupContext) -> None:
        super().__init__(ctx)
        self.intro = wrapped(QLabel())
        self.row_labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        # The year is the one thing chosen here: it defaults to the current fiscal year, and an
        # assessment of the year just ended (done in April or May) picks the one before.
        this_year = fiscal_year(dt.date.today())
        self.year = QSpinBox()
        self.year.setRange(this_year - 5, this_year + 1)
        self.year.setValue(ctx.draft.fiscal_year)
        self.year.valueChanged.connect(self._year_changed)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for row in self.ROWS:
            self.row_labels[row] = QLabel()
            value = wrapped(QLabel())
            value.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[row] = value
            field: QWidget = value
            if row == "cycle":
                field = QWidget()
                cycle_row = QHBoxLayout(field)
                cycle_row.setContentsMargins(0, 0, 0, 0)
                cycle_row.addWidget(self.year)
                cycle_row.addWidget(value, 1)
                self.row_labels[row].setBuddy(self.year)
            form.addRow(self.row_labels[row], field)
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
            "answers": self.tr("Your systems:"),
            "cycle": self.tr("Fiscal &year assessed:"),
            "items": self.tr("Items to assess:"),
        }
        for row, text in names.items():
            self.row_labels[row].setText(text)
        self.outro.setText(
            self.tr(
                "Press Finish to create the workspace. Every answer you give is saved as soon as you give "
                "it. Most items take a minute or two: you can stop at any time and carry on later where "
                "you left off."
            )
        )
        self._fill()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._fill()

    def _year_changed(self, year: int) -> None:
        self.ctx.draft.fiscal_year = year
        self._fill()

    def _answers_text(self) -> str:
        """The applicability answers in short: the questions answered Yes, then how many are No."""
        draft, lang = self.ctx.draft, self.ctx.lang
        questions = self.ctx.catalogue.questions
        yes = [
            f"{n}. {q.question.get(lang)}" for n, q in enumerate(questions, start=1) if draft.applicability.get(q.id)
        ]
        no = len(questions) - len(yes)
        if not yes:
            return self.tr("You answered No to all {count} questions.").format(count=no)
        lines = [self.tr("You answered Yes to:"), *yes]
        if no:
            lines.append(self.tr("and No to the other {count}.").format(count=no))
        return "\n".join(lines)

    def _fill(self) -> None:
        from fsadesk.assessment.scope import applicable_items  # with this page, not the first one

        draft, lang, catalogue = self.ctx.draft, self.ctx.lang, self.ctx.catalogue
        profile = draft.profile()
        categories = {c.id: c.get(lang) for c in catalogue.categories}
        year = draft.fiscal_year
        values = {
            "folder": str(draft.folder or ""),
            "name": profile.name,
            "institution_id": profile.institution_id,
            "category": categories.get(profile.category, profile.category),
            "size": size_band_name(profile.size_band, lang),
            "fmi": self.tr("Yes") if profile.is_fmi else self.tr("No"),
            "scope": scope_name(profile.scope, lang),
            "answers": self._answers_text(),
            "cycle": self.tr("{label} (April {start} to March {end})").format(
                label=cycle_display_label(default_cycle_label(year), year, lang), start=year, end=year + 1
            ),
            "items": self.tr("{count} of the {total} items in the guideline").format(
                count=len(applicable_items(catalogue, profile)), total=len(catalogue.items)
            ),
        }
        for row, text in values.items():
            self.values[row].setText(text)


def page_classes() -> tuple[type[SetupPage], ...]:
    """The wizard's pages in order. The modules of all but the first load with the pages."""
    from fsadesk.ui.setup_pages import ApplicabilityPage, ProfilePage, ScopePage
    from fsadesk.ui.setup_workspace_page import WorkspacePage

    return (WelcomePage, WorkspacePage, ProfilePage, ScopePage, ApplicabilityPage, ConfirmPage)


class SetupWizard(Retranslatable, QWizard):
    """The first-run wizard. After exec(), result_folder() is the workspace created or opened.

    `catalogue` may be a function that waits for it (a first run loads it behind the first page).
    """

    def __init__(
        self,
        catalogue: Catalogue | Callable[[], Catalogue],
        lang_manager: LanguageManager,
        data_dir: Path,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        draft = SetupDraft(new_folder=free_folder(workspaces_dir(data_dir) / DEFAULT_FOLDER_NAME))
        self.ctx = SetupContext(catalogue, lang_manager, data_dir, prompts, draft)
        self._result: Path | None = None
        self._central = False
        # Modern style looks the same on every OS, so screenshots and manuals match what users see.
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.helpRequested.connect(self.show_help)
        QShortcut(QKeySequence.StandardKey.HelpContents, self, self.show_help)
        self.help_dialog: QWidget | None = None
        self.setPage(0, WelcomePage(self.ctx))
        self.build_pages = Once(self._build_other_pages)
        if not callable(catalogue):
            after_first_paint(self, self.build_pages)
        # else: whoever loads the catalogue calls build_pages() once it has (fsadesk.ui.launch)
        self.setMinimumSize(QSize(760, 600))
        self.retranslate()

    def _build_other_pages(self) -> None:
        """The pages after the welcome page; call build_pages() to have them now."""
        for page_id, page_class in enumerate(page_classes()[1:], start=1):
            self.setPage(page_id, page_class(self.ctx))

    def central_chosen(self) -> bool:
        """The welcome page's answer: this PC is a central organisation's (its own set-up follows)."""
        return self._central

    def choose_again(self) -> None:
        """Back to the welcome page's question, unanswered (the central set-up was cancelled)."""
        self._central = False
        self.restart()

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt override
        page = self.currentPage()
        if isinstance(page, WelcomePage) and page.central_radio.isChecked():
            self._central = True  # the member's pages do not apply: the central set-up takes over
            # Closed once this Next press is over: QWizard validates the page again on the way out.
            QtCore.QTimer.singleShot(0, lambda: QDialog.done(self, 1))
            return False
        self.build_pages()  # Next needs the next page, even if the wizard has not been painted yet
        return super().validateCurrentPage()

    @staticmethod
    def should_show(settings_last_workspace: str | None) -> bool:
        """Show the wizard unless the last workspace in the settings is still there to open."""
        return not settings_last_workspace or not is_workspace(Path(settings_last_workspace))

    def result_folder(self) -> Path | None:
        return self._result

    def page_of(self, page_class: type[PageT]) -> PageT:
        """The page of that class, for tests and for callers that want to look at one page."""
        self.build_pages()
        page = self.page(page_classes().index(page_class))
        assert isinstance(page, page_class)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up fsadesk"))
        word_wizard_buttons(self)

    def show_help(self) -> None:
        """The in-app help, open at the section about the current page (Help button or F1)."""
        from fsadesk.ui.help_dialog import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self.ctx.lang_manager, self)
        dialog = self.help_dialog
        assert isinstance(dialog, HelpDialog)
        dialog.show()
        dialog.raise_()
        page = self.currentPage()
        dialog.show_topic(page.HELP_TOPIC if isinstance(page, SetupPage) else "setup")

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
        # Imported here, not with the wizard: its first page must appear without SQLAlchemy
        # (≈ 0.3 s), which is loaded behind the wizard while the user reads it (see the controller).
        from fsadesk.app.onboarding import create_assessment_workspace
        from fsadesk.ui.errors import detailed_message, with_details

        QGuiApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)  # it takes a fraction of a second
        try:
            workspace, _cycle = create_assessment_workspace(
                folder, self.ctx.draft.profile(), self.ctx.catalogue, self.ctx.draft.fiscal_year
            )
            workspace.close()
        except (WorkspaceError, OSError) as exc:
            problem = detailed_message(exc)
        except ValueError as exc:  # details the store refuses: the English reason stays underneath
            refused = self.tr("The details entered were not accepted. Go back, check them and try again.")
            problem = with_details(refused, exc)
        else:
            return True
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.ctx.prompts.error(
            self.tr("The workspace could not be created"),
            self.tr("fsadesk could not create the workspace in {folder}.").format(folder=folder) + "\n\n" + problem,
        )
        return False

"""Shared pieces of the set-up wizard: the draft of the user's choices, the page base class with
its on-page message, and small layout helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fsadesk.assessment.fiscal import fiscal_year
from fsadesk.assessment.profile import InstitutionProfile, Scope, SizeBand
from fsadesk.lang import Lang
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.prompts import Prompts

if TYPE_CHECKING:
    from fsadesk.catalogue.model import Catalogue  # only a type here: the module loads with the pages

# Most of our users are shinkin banks, credit cooperatives and labour banks (JA/JF is 'ja_jf').
DEFAULT_CATEGORY = "regional"
FMI_CATEGORY = "fmi"  # the catalogue's category for clearing and book-entry transfer institutions
INDENT = 24  # explanations sit under their radio button's text, not under its circle

MessageText = Callable[[], str]  # a message is re-worded on language change, so it is kept as a function


DEFAULT_FOLDER_NAME = "assessment"  # short and ASCII: the command line accepts it as a workspace name


def is_empty_dir(folder: Path) -> bool:
    return folder.is_dir() and not any(folder.iterdir())


def free_folder(wanted: Path) -> Path:
    """`wanted`, or `wanted-2`, `wanted-3`… : the first that does not exist yet or is an empty folder.
    (Here rather than with the workspace page: the wizard suggests it before that page is built.)"""
    candidate, number = wanted, 1
    while candidate.exists() and not is_empty_dir(candidate):
        number += 1
        candidate = wanted.with_name(f"{wanted.name}-{number}")
    return candidate


def default_scope(size_band: SizeBand, is_fmi: bool) -> Scope:
    """Large institutions and FMIs are the ones the desirable items are written for."""
    return Scope.BASIC_AND_DESIRABLE if size_band is SizeBand.LARGE or is_fmi else Scope.BASIC


@dataclass
class SetupDraft:
    """What the user has chosen so far. Nothing is written to disk until the wizard finishes."""

    new_folder: Path
    open_existing: bool = False
    existing_folder: Path | None = None
    name: str = ""
    institution_id: str = ""
    category: str = DEFAULT_CATEGORY
    size_band: SizeBand = SizeBand.SMALL
    is_fmi: bool = False
    scope: Scope | None = None  # None until the user picks one: default_scope() applies until then
    applicability: dict[str, bool] = field(default_factory=dict)
    fiscal_year: int = field(default_factory=lambda: fiscal_year(dt.date.today()))

    @property
    def folder(self) -> Path | None:
        return self.existing_folder if self.open_existing else self.new_folder

    def effective_scope(self) -> Scope:
        return self.scope or default_scope(self.size_band, self.is_fmi)

    def profile(self) -> InstitutionProfile:
        return InstitutionProfile(
            name=self.name,
            institution_id=self.institution_id,
            category=self.category,
            size_band=self.size_band,
            is_fmi=self.is_fmi,
            scope=self.effective_scope(),
            applicability=dict(self.applicability),
        )


@dataclass(frozen=True)
class SetupContext:
    """What every page needs; pages never reach into each other or into the wizard.

    On a first run the catalogue is still loading while the wizard's first page (which does not
    need it) is shown: `catalogue_source` is then a function that waits for it.
    """

    catalogue_source: Catalogue | Callable[[], Catalogue]
    lang_manager: LanguageManager
    data_dir: Path
    prompts: Prompts
    draft: SetupDraft

    @property
    def catalogue(self) -> Catalogue:
        source = self.catalogue_source
        return source() if callable(source) else source

    @property
    def lang(self) -> Lang:
        return self.lang_manager.lang


# Qt's namespace is named as QtCore.Qt, inside functions: naming it makes PySide6 build its 93
# enums (about 13 ms), and the wizard's first page, which must appear as fast as a bare window
# (issue #9), needs none of them; the later pages name it, once that page is on screen.


def wrapped(label: QLabel, indent: int = 0) -> QLabel:
    """A word-wrapped label for any text, the user's included: shown as typed, never as markup."""
    fixed_text(label)
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    label.setContentsMargins(indent, 0, 0, 0)
    return label


def fixed_text(label: QLabel) -> QLabel:
    """A word-wrapped label for fsadesk's own texts (they hold no markup, so Qt's automatic text
    format shows them as plain text), as on the wizard's first page."""
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def with_help(field: QWidget, help_label: QLabel) -> QWidget:
    """A form field with its explanation right under it (a form row of its own would add a gap)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(help_label)
    return box


def bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class MessageLabel(QFrame):
    """Why Next did not go on, shown on the page itself (a popup is easy to dismiss unread)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("setupMessage")
        self.label: QLabel | None = None  # with the first message: see _dress()
        self._make_text: MessageText | None = None
        self.hide()

    def _dress(self) -> None:
        """The colours, the warning icon and the text, built when a message is first shown: most
        pages never show one, and the icon look-up and the enums of QStyle and of the Qt namespace
        were most of the time it took to build the wizard's first page (issue #9)."""
        if self.label is not None:
            return
        from PySide6.QtWidgets import QStyle

        self.setStyleSheet(
            "#setupMessage { background: #fdf3e7; border: 1px solid #e6a04d; border-radius: 4px; }"
            "#setupMessage QLabel { color: #5c3200; background: transparent; border: none; }"
        )
        icon = QLabel()
        size = self.fontMetrics().height()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        self.label = wrapped(QLabel())
        self.label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)

    def text(self) -> str:
        return self.label.text() if self.label is not None else ""

    @property
    def active(self) -> bool:
        return self._make_text is not None

    def show_message(self, make_text: MessageText) -> None:
        self._dress()
        self._make_text = make_text
        self.refresh()
        self.show()

    def clear_message(self) -> None:
        self._make_text = None
        if self.label is not None:
            self.label.clear()
        self.hide()

    def refresh(self) -> None:
        if self._make_text is not None and self.label is not None:
            self.label.setText(self._make_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


class SetupPage(QWizardPage):
    """Base page: retranslate() on language change, save() on leaving, problem() gates Next."""

    HELP_TOPIC = "setup"  # the in-app help section the wizard's Help button opens on this page

    def __init__(self, ctx: SetupContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.message = MessageLabel()

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass

    def save(self) -> None:
        """Copy what the page shows into the draft."""

    def problem(self) -> MessageText | None:
        """What stops the user going on, or None."""
        return None

    def focus_problem(self) -> None:
        """Put the keyboard focus where the problem can be fixed."""

    def recheck(self) -> None:
        """Once a message is showing, keep it current and hide it as soon as the problem is fixed."""
        if not self.message.active:
            return
        problem = self.problem()
        if problem is None:
            self.message.clear_message()
        else:
            self.message.show_message(problem)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        problem = self.problem()
        if problem is not None:
            self.message.show_message(problem)
            self.focus_problem()
            return False
        self.message.clear_message()
        self.save()
        return True

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        # Back keeps what was entered on this page (QWizard's default would reset registered fields).
        self.save()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def word_wizard_buttons(wizard: QWizard) -> None:
    """QWizard words its buttons only when it changes page: re-word them now, after a language
    change, from qtbase's own strings."""
    for button, source in (
        (QWizard.WizardButton.BackButton, "< &Back"),
        (QWizard.WizardButton.NextButton, "&Next >"),
        (QWizard.WizardButton.FinishButton, "&Finish"),
        (QWizard.WizardButton.CancelButton, "Cancel"),
        (QWizard.WizardButton.HelpButton, "&Help"),
    ):
        wizard.setButtonText(button, QCoreApplication.translate("QWizard", source))

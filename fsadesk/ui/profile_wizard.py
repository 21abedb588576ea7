"""Changing the institution profile after set-up: the set-up's own pages, then what changes.

Answers to the questions about your systems decide which items apply; a user unsure at set-up
(for example until the shared system centre confirms) corrects them here. Open cycles follow the
new profile; a finalised cycle keeps the profile it was signed off under (schema 0004). Answers to
items that no longer apply are kept, and come back if the items apply again. When the latest cycle
is finalised, a first page says so before any question: users feared that editing would alter what
the board had signed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard

from fsadesk.app.workspace import Cycle
from fsadesk.assessment.fiscal import cycle_display_label
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue.model import Catalogue
from fsadesk.ui.i18n import LanguageManager, Retranslatable
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.setup_base import SetupContext, SetupDraft, SetupPage, word_wizard_buttons, wrapped
from fsadesk.ui.setup_pages import ApplicabilityPage, ProfilePage, ScopePage


class FinalisedNoticePage(SetupPage):
    """Before the questions, when the latest cycle is finalised: what editing changes, and what not."""

    def __init__(self, ctx: SetupContext, finalised: Cycle) -> None:
        super().__init__(ctx)
        self.finalised = finalised
        self.notice = wrapped(QLabel())
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        cycle = self.finalised
        label = cycle_display_label(cycle.label, cycle.fiscal_year, self.ctx.lang_manager.lang)
        self.setTitle(self.tr("Before you change anything"))
        self.setSubTitle(self.tr("Press Next to see the questions, or Cancel to leave everything as it is."))
        self.notice.setText(
            "\n\n".join(
                [
                    self.tr("{label} is signed off and finalised.").format(label=label),
                    self.tr(
                        "What you change here counts from the next cycle you start (and in a revision of "
                        "{label}, if you start one): which items you assess, and which of your answers "
                        "apply from then on."
                    ).format(label=label),
                    self.tr(
                        "The finalised {label}, its board report and its bundle for the central organisation "
                        "stay as they were signed off."
                    ).format(label=label),
                ]
            )
        )


class ChangesPage(SetupPage):
    """What the new answers change: items added to and taken out of the assessment."""

    def __init__(self, ctx: SetupContext, before: InstitutionProfile) -> None:
        super().__init__(ctx)
        self.before = before
        self.summary = wrapped(QLabel())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What changes"))
        self.setSubTitle(self.tr("Press Finish to save the new profile, or Back to change it."))
        self._fill()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._fill()

    def _fill(self) -> None:
        catalogue = self.ctx.catalogue
        old = {it.id for it in applicable_items(catalogue, self.before)}
        new = {it.id for it in applicable_items(catalogue, self.ctx.draft.profile())}
        if old == new:
            lines = [self.tr("The items to assess stay the same ({count}).").format(count=len(new))]
        else:
            lines = [self.tr("Items to assess: {before} before, {after} now.").format(before=len(old), after=len(new))]
        if new - old:
            lines.append(self.tr("{count} items are added to your assessment.").format(count=len(new - old)))
        if old - new:
            lines.append(
                self.tr(
                    "{count} items no longer apply. Answers you gave to them are kept, and come back if "
                    "they apply again."
                ).format(count=len(old - new))
            )
        lines.append(
            self.tr("Assessments already signed off and finalised keep the profile they were signed off under.")
        )
        self.summary.setText("\n\n".join(lines))


class ProfileWizard(Retranslatable, QWizard):
    """After exec(): result_profile() is the changed profile, or None when nothing changed."""

    def __init__(
        self,
        catalogue: Catalogue,
        lang_manager: LanguageManager,
        folder: Path,
        prompts: Prompts,
        profile: InstitutionProfile,
        parent: QWidget | None = None,
        finalised: Cycle | None = None,
    ) -> None:
        """`finalised`: the latest cycle when it is finalised; the wizard then opens on what
        editing does to it (nothing) and to the cycles after it."""
        super().__init__(parent)
        self.before = profile
        draft = SetupDraft(
            new_folder=folder,
            name=profile.name,
            institution_id=profile.institution_id,
            category=profile.category,
            size_band=profile.size_band,
            is_fmi=profile.is_fmi,
            scope=profile.scope,  # chosen before: not re-suggested from the size
            applicability=dict(profile.applicability),
        )
        self.ctx = SetupContext(catalogue, lang_manager, folder, prompts, draft)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        pages: list[SetupPage] = [FinalisedNoticePage(self.ctx, finalised)] if finalised is not None else []
        pages += [
            ProfilePage(self.ctx),
            ScopePage(self.ctx),
            ApplicabilityPage(self.ctx),
            ChangesPage(self.ctx, profile),
        ]
        for page_id, page in enumerate(pages):
            self.setPage(page_id, page)
        self.setMinimumSize(QSize(760, 600))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Institution and scope"))
        word_wizard_buttons(self)

    def result_profile(self) -> InstitutionProfile | None:
        if self.result() != QWizard.DialogCode.Accepted:
            return None
        profile = self.ctx.draft.profile()
        return None if profile == self.before else profile

"""Changing the institution profile after set-up: the set-up's own pages, then what changes.

Answers to the questions about your systems decide which items apply; a user unsure at set-up
(for example until the shared system centre confirms) corrects them here. Open cycles follow the
new profile; a finalised cycle keeps the profile it was signed off under (schema 0004). Answers to
items that no longer apply are kept, and come back if the items apply again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard

from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import applicable_items
from fsadesk.catalogue.model import Catalogue
from fsadesk.ui.i18n import LanguageManager, Retranslatable
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.setup_base import SetupContext, SetupDraft, SetupPage, word_wizard_buttons, wrapped
from fsadesk.ui.setup_pages import ApplicabilityPage, ProfilePage, ScopePage


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
    ) -> None:
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
        pages: list[SetupPage] = [
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

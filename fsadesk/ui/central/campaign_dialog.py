"""Create a campaign (提出依頼): what members are asked to submit, for which cycle, by when, against
which edition of the guideline's item list. The campaign is signed with the organisation's key
(its passphrase asked here), stored, and written as a .fsac file to a place the user chooses; the
finish message says in plain words what to send to the members and how they import it.

The central window mounts it with campaign_action() (a menu item or button) or calls
new_campaign() itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fsadesk.assessment.fiscal import default_cycle_label, end_of_fiscal_year, fiscal_year
from fsadesk.bundle.errors import BundleError, EmptyPassphrase, WrongPassphrase
from fsadesk.central.store.database import CentralDatabase
from fsadesk.limits import CAMPAIGN_TITLE, CYCLE_LABEL, FISCAL_YEAR_MAX, FISCAL_YEAR_MIN
from fsadesk.terms import date_text
from fsadesk.ui.central.passphrase import wrong_text
from fsadesk.ui.central.save_target import TargetWords, checked_target
from fsadesk.ui.date_edit import OptionalDateEdit, pydate
from fsadesk.ui.errors import detailed_message, user_message
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.prompts import Prompts

if TYPE_CHECKING:
    from fsadesk.catalogue import Catalogue
    from fsadesk.central.campaigns import Campaign

SUFFIX = ".fsac"


class CampaignDialog(QDialog):
    def __init__(
        self,
        db: CentralDatabase,
        keys_folder: Path,
        lang: LanguageManager,
        prompts: Prompts,
        catalogue: Catalogue,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.keys_folder, self.lang, self.prompts, self.catalogue = db, keys_folder, lang, prompts, catalogue
        self.created: Campaign | None = None
        self.written: Path | None = None
        day = today or dt.date.today()
        self.setWindowTitle(self.tr("New campaign"))
        self.intro = QLabel(
            self.tr(
                "A campaign tells your members what to submit and by when. fsadesk signs it with the "
                "organisation's key and writes a campaign file (.fsac) for you to send them."
            )
        )
        self.intro.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setMaxLength(CAMPAIGN_TITLE.max_chars)
        self.title.setPlaceholderText(self.tr("for example: FY2026 cybersecurity self-assessment"))
        self.year = QSpinBox()
        self.year.setRange(FISCAL_YEAR_MIN, FISCAL_YEAR_MAX)
        self.year.setValue(fiscal_year(day))
        self.cycle_label = QLineEdit(default_cycle_label(self.year.value()))
        self.cycle_label.setMaxLength(CYCLE_LABEL.max_chars)
        # The label follows the year until the user types a label of their own.
        self.year.valueChanged.connect(self._year_changed)
        self.deadline = OptionalDateEdit(suggest=lambda: end_of_fiscal_year(day))
        source = catalogue.header.source
        self.catalogue_shown = QLabel(
            f"{source.title.get(lang.lang)} ({catalogue.id} {catalogue.version}, "
            f"{date_text(source.revised or source.established, lang.lang)})"
        )
        self.catalogue_shown.setWordWrap(True)
        documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        self.target = QLineEdit(str(documents / (self.tr("campaign") + SUFFIX)))
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self._choose_target)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020; font-weight: bold;")
        self.problem.setVisible(False)
        form = QFormLayout()
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(self.choose)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Fiscal year:"), self.year)
        form.addRow(self.tr("C&ycle name:"), self.cycle_label)
        form.addRow(self.tr("&Deadline:"), self.deadline)
        form.addRow(self.tr("Guideline item list:"), self.catalogue_shown)
        where_label = QLabel(self.tr("&Save the campaign file as:"))
        where_label.setBuddy(self.target)  # a row holding a layout gets no buddy of its own
        form.addRow(where_label, where)
        form.addRow(self.tr("Organisation's &passphrase:"), self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create and save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

    def _year_changed(self, year: int) -> None:
        if self.cycle_label.text().strip() in ("", default_cycle_label(year - 1), default_cycle_label(year + 1)):
            self.cycle_label.setText(default_cycle_label(year))

    def _choose_target(self) -> None:
        chosen = self.prompts.save_path(
            self.tr("Save the campaign file"), Path(self.target.text()), self.tr("Campaign files (*.fsac)")
        )
        if chosen is not None:
            self.target.setText(str(chosen))

    def _fail(self, text: str, field: QWidget | None = None) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)
        if field is not None:
            field.setFocus()

    def _checked_target(self) -> Path | None:
        words = TargetWords(
            self.tr("Say where the campaign file should be saved."),
            self.tr("The folder %1 does not exist. Choose where to save the campaign file."),
            self.tr("Replace the file?"),
            self.tr("%1 already exists. Replace it?"),
        )
        checked = checked_target(self.target.text(), SUFFIX, words, self.prompts)
        if isinstance(checked, str):
            self._fail(checked, self.target)
            return None
        return checked

    def submit(self) -> None:
        """Check the fields, unlock the key, store and sign the campaign, then write its file."""
        title, label, deadline = (
            self.title.text().strip(),
            self.cycle_label.text().strip(),
            pydate(self.deadline.date()),
        )
        if not title:
            self._fail(self.tr("Give the campaign a title, for example the year and what is asked."), self.title)
            return
        if not label:
            self._fail(self.tr("Give the cycle a name, for example 2026年度."), self.cycle_label)
            return
        if deadline is None:
            self._fail(self.tr("Choose the deadline: the last day members may submit."), self.deadline)
            return
        target = self._checked_target()
        if target is None:
            return
        from fsadesk.central.campaigns import CampaignExists, create_campaign
        from fsadesk.central.keys import load_signing_key
        from fsadesk.files import write_whole

        try:
            key = load_signing_key(self.keys_folder, self.passphrase.text())
        except EmptyPassphrase:
            self._fail(self.tr("Type the organisation's passphrase: it signs the campaign file."), self.passphrase)
            return
        except WrongPassphrase:
            self.passphrase.selectAll()
            self._fail(wrong_text(), self.passphrase)
            return
        except (BundleError, OSError) as exc:
            self._fail(user_message(exc))
            return
        try:
            campaign = create_campaign(
                self.db, signing_key=key, title=title, cycle_label=label, fiscal_year=self.year.value(),
                deadline=deadline, catalogue=self.catalogue,
            )  # fmt: skip
        except CampaignExists:
            self._fail(self.tr("A campaign with this id already exists. Try again."))
            return
        except BundleError as exc:  # a value the campaign format refuses
            self._fail(detailed_message(exc))
            return
        self.created = campaign
        while True:  # the campaign is stored: only its file is missing, so ask for another place
            try:
                write_whole(target, campaign.file, 0o644)  # public: members and anyone may read it
                break
            except OSError as exc:
                self.prompts.error(
                    self.tr("The campaign file was not saved"),
                    self.tr("The campaign is stored, but its file could not be saved to %1. Choose another place.")
                    .replace("%1", str(target)) + "\n\n" + user_message(exc),
                )  # fmt: skip
                chosen = self.prompts.save_path(
                    self.tr("Save the campaign file"), target, self.tr("Campaign files (*.fsac)")
                )
                if chosen is None:
                    self.accept()
                    return
                target = chosen
        self.written = target
        self.prompts.info(self.tr("Campaign created"), self.finish_text(campaign, target))
        self.accept()

    def finish_text(self, campaign: Campaign, target: Path) -> str:
        return (
            self.tr(
                "The campaign file is saved as %1.\n\n"
                "Send this file to every member (by e-mail or on a USB stick). Each member opens fsadesk and "
                "chooses File ▸ Import campaign file…, then exports its assessment as usual by %2: the "
                "submission file is then encrypted for you. Bring the members' submission files into the "
                "Intake of submissions view, choosing this campaign."
            )
            .replace("%1", str(target))
            .replace("%2", date_text(campaign.deadline, self.lang.lang))
        )


def new_campaign(
    db: CentralDatabase, keys_folder: Path, lang: LanguageManager, prompts: Prompts, parent: QWidget | None = None
) -> Campaign | None:
    """Show the dialog; the campaign created, or None when the user cancelled."""
    from fsadesk.catalogue import load_catalogue

    dialog = CampaignDialog(db, keys_folder, lang, prompts, load_catalogue(), parent)
    dialog.exec()
    return dialog.created


def campaign_action(
    parent: QWidget,
    db: CentralDatabase,
    keys_folder: Path,
    lang: LanguageManager,
    prompts: Prompts,
    after: Callable[[Campaign], None] | None = None,
) -> QAction:
    """A "New campaign…" action for the central window's menu or toolbar; `after` gets the campaign
    created (e.g. to refresh the intake view's list: IntakeView.reload_campaigns)."""
    action = QAction(parent)

    def words(_lang: str = "") -> None:
        action.setText(QCoreApplication.translate("CampaignDialog", "&New campaign…"))

    words()
    lang.changed.connect(words)
    # The language manager outlives the window: without this, a language change after the window
    # is gone would reach a deleted action.
    action.destroyed.connect(lambda *_: lang.changed.disconnect(words))

    def run() -> None:
        created = new_campaign(db, keys_folder, lang, prompts, parent)
        if created is not None and after is not None:
            after(created)

    action.triggered.connect(run)
    return action

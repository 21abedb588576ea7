"""File ▸ Import campaign file… and File ▸ Import receipt… (issue #12 points 3 and 5).

Mixed into the main window: the member picks the file its central organisation sent; the use case
(fsadesk.app.campaigns, through the window's AssessmentWorkspace) verifies and stores it in one
transaction; the window says what was imported, or why not, in plain words. A first campaign shows
the organisation's fingerprint to compare by telephone; a campaign from another organisation key
is imported only after the user agrees.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from fsadesk import terms

if TYPE_CHECKING:
    from fsadesk.app.answering import AssessmentSession
    from fsadesk.app.campaigns import CampaignImported, OtherOrganisation
    from fsadesk.assessment.submission import CampaignInfo
    from fsadesk.lang import Lang
    from fsadesk.ui.i18n import LanguageManager
    from fsadesk.ui.prompts import Prompts


def choose_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """The file the user picks (None when they cancel). A module function, so tests can answer it."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return Path(path) if path else None


class _Window(Protocol):
    session: AssessmentSession
    lang: LanguageManager
    prompts: Prompts
    menu_file: QMenu
    act_export_history: QAction
    act_import_campaign: QAction
    act_import_receipt: QAction
    _summary: QWidget | None

    def window(self) -> QWidget: ...
    def _after_campaign_change(self) -> None: ...


def _refusals() -> tuple[type[BaseException], ...]:
    """What the imports raise when they stored nothing: the file's own problems and the import's
    refusals (BundleError kinds), the workspace's faults, a file that cannot be read."""
    from fsadesk.bundle.errors import BundleError
    from fsadesk.store.errors import SaveFailed, WorkspaceError

    return (BundleError, WorkspaceError, SaveFailed, OSError)


def _flag_words() -> dict[str, str]:
    return {
        "late": QApplication.translate("CampaignActions", "received after the deadline"),
        "scores_differ": QApplication.translate(
            "CampaignActions", "the scores in the bundle differ from the ones worked out again from the answers"
        ),
        "other_engine_version": QApplication.translate(
            "CampaignActions", "made with another version of fsadesk's scoring"
        ),
    }


class CampaignActions:
    """The two File menu actions; `install_campaign_actions` adds them after Export history…."""

    def install_campaign_actions(self: _Window) -> None:
        self.act_import_campaign = QAction(self.window())
        self.act_import_receipt = QAction(self.window())
        actions = self.menu_file.actions()
        after = actions[actions.index(self.act_export_history) + 1]
        self.menu_file.insertActions(after, [self.act_import_campaign, self.act_import_receipt])
        self.act_import_campaign.triggered.connect(self.import_campaign_file)  # type: ignore[attr-defined]
        self.act_import_receipt.triggered.connect(self.import_receipt_file)  # type: ignore[attr-defined]

    def retranslate_campaign_actions(self: _Window) -> None:
        self.act_import_campaign.setText(QApplication.translate("CampaignActions", "Import c&ampaign file…"))
        self.act_import_campaign.setStatusTip(
            QApplication.translate(
                "CampaignActions",
                "The file from your central organisation that says what to submit and by when (.fsac).",
            )
        )
        self.act_import_receipt.setText(QApplication.translate("CampaignActions", "Import &receipt…"))
        self.act_import_receipt.setStatusTip(
            QApplication.translate(
                "CampaignActions", "The central organisation's signed word that it received your bundle (.fsar)."
            )
        )

    def _after_campaign_change(self: _Window) -> None:
        """The summary's banner shows the deadline and the receipt: bring it up to date."""
        summary = self._summary
        if summary is not None:
            summary.show_state()  # type: ignore[attr-defined]

    def import_campaign_file(self: _Window) -> None:
        title = QApplication.translate("CampaignActions", "Import campaign file")
        path = choose_file(
            self.window(), title, QApplication.translate("CampaignActions", "Campaign files (*.fsac);;All files (*)")
        )
        if path is None:
            return
        from fsadesk.app.campaigns import OtherOrganisation

        workspace = self.session.assessment_workspace
        try:
            done = workspace.import_campaign(path)
            if isinstance(done, OtherOrganisation):
                asked = QApplication.translate("CampaignActions", "Another organisation")
                if not self.prompts.confirm(asked, _other_text(done)):
                    return  # nothing was stored
                done = workspace.import_campaign(path, confirm_other=True)
        except _refusals() as exc:
            from fsadesk.ui.errors import user_message

            self.prompts.error(title, user_message(exc))
            return
        assert not isinstance(done, OtherOrganisation)  # confirmed: imported, or refused above
        self.prompts.info(title, _imported_text(done, self.lang.lang))
        self._after_campaign_change()

    def import_receipt_file(self: _Window) -> None:
        title = QApplication.translate("CampaignActions", "Import receipt")
        path = choose_file(
            self.window(), title, QApplication.translate("CampaignActions", "Receipts (*.fsar);;All files (*)")
        )
        if path is None:
            return
        try:
            done = self.session.assessment_workspace.import_receipt(path)
        except _refusals() as exc:
            from fsadesk.ui.errors import user_message

            self.prompts.error(title, user_message(exc))
            return
        r, lang = done.receipt, self.lang.lang
        text = (
            QApplication.translate("CampaignActions", "Submitted: %1 received the bundle of %2 on %3.")
            .replace("%3", terms.date_text(r.received.astimezone().date(), lang))
            .replace("%2", done.cycle_label)
            .replace("%1", r.organisation_name)
        )
        if r.flags:
            words = _flag_words()
            listed = QApplication.translate("CampaignActions", ", ").join(words.get(f, f) for f in r.flags)
            text += "\n\n" + QApplication.translate("CampaignActions", "They noted: %1.").replace("%1", listed)
        self.prompts.info(title, text)
        self._after_campaign_change()


def _other_text(asked: OtherOrganisation) -> str:
    new, held = asked.campaign, asked.trusted
    return (
        QApplication.translate(
            "CampaignActions",
            "This campaign file is signed by %1 with the key\n%2\n\nbut this workspace already holds a campaign "
            "file of %3 (key %4).\n\nImport it only if %1 has confirmed this key to you by telephone or on "
            "paper. Import it?",
        )
        .replace("%2", new.fingerprint)
        .replace("%4", held.fingerprint)
        .replace("%3", held.organisation_name)
        .replace("%1", new.organisation_name)
    )


def _imported_text(done: CampaignImported, lang: Lang) -> str:
    c: CampaignInfo = done.campaign
    text = (
        QApplication.translate("CampaignActions", "Imported the campaign of %1:\n%2\nDeadline: %3")
        .replace("%3", terms.date_text(c.deadline, lang))
        .replace("%2", c.title)
        .replace("%1", c.organisation_name)
    )
    if done.first_from_organisation:
        text += "\n\n" + QApplication.translate(
            "CampaignActions",
            "This is the first campaign file with this key. Compare its fingerprint with the one %1 gives you "
            "by telephone or on paper:\n%2",
        ).replace("%2", c.fingerprint).replace("%1", c.organisation_name)
    if done.workspace_catalogue is not None:
        text += "\n\n" + QApplication.translate(
            "CampaignActions",
            "Note: this campaign asks for answers against another edition of the guideline catalogue (%1) than "
            "this assessment uses (%2). Ask %3 before you export.",
        ).replace("%1", f"{c.catalogue_id} {c.catalogue_version}").replace(
            "%2", " ".join(done.workspace_catalogue[:2])
        ).replace("%3", c.organisation_name)
    return text

"""Export the board report and the signed bundle: show what leaves the PC, unlock or create the
signing key, then render and sign on a worker thread with progress. The files go to a folder the
user can see (Documents at first, then the one last used), are named for what they are, never
replace earlier files without asking. The finish message says what to send to the central
organisation and how, and opens the PDF, its folder or the enrolment file's hand-over."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fsadesk.app.answering import AssessmentSession
from fsadesk.app.export import STEPS, export_file_name
from fsadesk.assessment.fiscal import cycle_display_label
from fsadesk.bundle.build import preview
from fsadesk.bundle.keys import generate_signing_key, load_signing_key
from fsadesk.paths import data_dir
from fsadesk.store.errors import SaveFailed, WorkspaceError
from fsadesk.ui.errors import passphrase_problem, user_message
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.key_dialog import first_key_advice
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.settings import AppSettings
from fsadesk.ui.workers import Worker, start

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fsadesk.app.workspace import AssessmentWorkspace
    from fsadesk.assessment.submission import CampaignInfo

FINISH_ENROLMENT = 2  # the finish message's third button: write the enrolment file
MAX_LISTED = 10  # fields with unprintable characters listed in the finish message; the rest are counted


@dataclass(frozen=True)
class ExportResult:
    pdf: Path
    bundle: Path
    fingerprint: str
    # Printed fields with characters no report font has (shown as 〓), worded in the UI language.
    unprintable: tuple[str, ...] = ()
    # Why the export history could not be updated (the files were saved all the same), or None.
    history_error: BaseException | None = None


class ExportDialog(QDialog):
    def __init__(
        self, session: AssessmentSession, lang: LanguageManager, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.prompts = prompts
        # Not `result`: that would hide QDialog.result() (accepted or rejected).
        self.exported: ExportResult | None = None
        self._worker: Worker | None = None
        self.workspace = workspace = session.assessment_workspace
        cycle = session.cycle
        self.has_key = workspace.has_signing_key()
        # Read once: the preview follows the checkbox and the language without reading the
        # workspace again (the export itself reads the record afresh, after any last save).
        self._record = workspace.record(session.catalogue, cycle.id)
        self._key_fingerprint = workspace.key_fingerprint()
        self._campaign = _campaign_of(workspace, cycle.fiscal_year)
        self._encrypted_for: str | None = None  # the organisation the last export was encrypted for
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setStyleSheet("background: palette(base); border: 1px solid palette(mid); padding: 8px;")
        self.include_notes = QCheckBox()
        self.include_notes.setChecked(True)
        # With a campaign imported, the bundle goes to its organisation encrypted (issue #12): on by
        # default, so what is sent by e-mail or on a stick is readable only there; it can be turned off.
        self.encrypt = QCheckBox()
        self.encrypt.setChecked(self._campaign is not None)
        self.encrypt.setVisible(self._campaign is not None)
        self.report_lang = QComboBox()
        self.report_lang.addItem("日本語", "ja")
        self.report_lang.addItem("English", "en")
        self.report_lang.setCurrentIndex(0 if lang.lang == "ja" else 1)
        self.folder = QLineEdit(str(export_folder()))
        self.change_folder = QPushButton()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_note = QLabel()
        self.key_note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020; font-weight: bold;")
        self.message.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, STEPS)
        self.progress.setVisible(False)
        self.form = QFormLayout()
        self.lang_label, self.folder_label, self.pass_label, self.confirm_label = QLabel(), QLabel(), QLabel(), QLabel()
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.change_folder)
        self.form.addRow(self.lang_label, self.report_lang)
        self.form.addRow(self.folder_label, row)
        self.form.addRow(self.pass_label, self.passphrase)
        self.form.addRow(self.confirm_label, self.confirm)
        for label, field in ((self.lang_label, self.report_lang), (self.folder_label, self.folder),
                             (self.pass_label, self.passphrase), (self.confirm_label, self.confirm)):  # fmt: skip
            label.setBuddy(field)
        self.confirm.setVisible(not self.has_key)
        self.confirm_label.setVisible(not self.has_key)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self.include_notes.toggled.connect(self._refresh_summary)
        self.change_folder.clicked.connect(self._choose_folder)
        layout = QVBoxLayout(self)
        above: tuple[QWidget, ...] = (self.intro, self.summary, self.include_notes, self.encrypt)
        below: tuple[QWidget, ...] = (self.key_note, self.message, self.progress, self.buttons)
        for widget in above:
            layout.addWidget(widget)
        layout.addLayout(self.form)
        for widget in below:
            layout.addWidget(widget)
        self.setMinimumWidth(680)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export report and bundle"))
        self.intro.setText(
            self.tr(
                "This writes the board report (PDF) and a signed bundle (.fsab) for your central organisation. "
                "The signature lets them check that nothing was changed on the way. This is exactly what "
                "the bundle will contain:"
            )
        )
        self.include_notes.setText(self.tr("&Include free-text notes, evidence and reasons"))
        if self._campaign is not None:
            self.encrypt.setText(
                self.tr("Encr&ypt the bundle for %1 (only they can open it)").replace(
                    "%1", self._campaign.organisation_name
                )
            )
        self.lang_label.setText(self.tr("Report &language:"))
        self.folder_label.setText(self.tr("Save &in:"))
        self.change_folder.setText(self.tr("C&hange…"))
        self.pass_label.setText(self.tr("Signing key &passphrase:") if self.has_key else self.tr("New &passphrase:"))
        self.confirm_label.setText(self.tr("&Repeat passphrase:"))
        if self.has_key:
            self.key_note.setText(
                self.tr(
                    "If the passphrase is lost, make a new key (File ▸ New signing key…) and send the new "
                    "enrolment file to your central organisation."
                )
            )
        else:
            self.key_note.setText(first_key_advice())  # the same advice as the key dialog
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self._refresh_summary()

    def _refresh_summary(self) -> None:
        info: dict[str, Any] = preview(
            self._record, self.session.catalogue, self.include_notes.isChecked(), self._key_fingerprint
        )
        free = info["free_text"]
        notes_line = (
            self.tr("Free-text notes, evidence and reasons: included (%1 answers have some).")
            if self.include_notes.isChecked()
            else self.tr("Free-text notes, evidence and reasons: left out (%1 answers have some).")
        ).replace("%1", str(max(v["answers"] for v in free.values()) if free else 0))
        people = self.tr(", ").join(info["people_named"]) or "—"  # 、 between Japanese names
        key = info["signing_key"]["fingerprint"] or self.tr("(created on export)")
        lines = [
            self.tr("Institution: %1 (%2)")
            .replace("%1", info["institution"]["name"])
            .replace("%2", info["institution"]["id"]),
            self.tr("Assessment: %1, %2 answers, %3 recorded changes")
            .replace("%1", cycle_display_label(info["cycle"]["label"], info["cycle"]["fiscal_year"], self.lang.lang))
            .replace("%2", str(info["answered"]))
            .replace("%3", str(info["history_changes"])),
            notes_line,
            self.tr("Names of people in plans and risk acceptances: %1").replace("%1", people),
            self.tr("Files: %1").replace("%1", ", ".join(info["members"])),
            self.tr("Signing key fingerprint: %1").replace("%1", key),
        ]
        self.summary.setText("<br>".join(_escape(line) for line in lines))

    def _choose_folder(self) -> None:
        chosen = self.prompts.open_dir(self.tr("Save the report and bundle in"), Path(self.folder.text()))
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _failed(self, exc: BaseException) -> None:
        """The worker's error (a wrong passphrase, a full disk…), in the user's language."""
        self._fail(user_message(exc))

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        self.progress.setVisible(False)
        self.buttons.setEnabled(True)

    def export(self) -> None:
        passphrase = self.passphrase.text()
        problem = passphrase_problem(passphrase, new=not self.has_key)
        if problem:
            self._fail(problem)
            self.passphrase.setFocus()
            return
        if not self.has_key and passphrase != self.confirm.text():
            self._fail(self.tr("The two passphrases are not the same."))
            return
        folder = Path(self.folder.text())
        workspace, catalogue, cycle_id = self.workspace, self.session.catalogue, self.session.cycle.id
        lang, include = self.report_lang.currentData(), self.include_notes.isChecked()
        pdf_path, bundle_path = (folder / self._file_name(lang, suffix) for suffix in ("pdf", "fsab"))
        if not self._may_replace([p for p in (pdf_path, bundle_path) if p.exists()]):
            return  # the old files stay as they are; the user can pick another folder or language
        has_key, ui_lang = self.has_key, self.lang.lang
        campaign = self._campaign if self.encrypt.isChecked() else None
        self._encrypted_for = campaign.organisation_name if campaign is not None else None
        wrap = None
        if campaign is not None:
            recipient = campaign.age_recipient

            def wrap(data: bytes) -> bytes:
                from fsadesk.bundle.encrypt import encrypt_bundle, parse_recipients

                return encrypt_bundle(data, parse_recipients(recipient))

        def unlock() -> Ed25519PrivateKey:
            if not has_key:
                generate_signing_key(workspace.folder, passphrase)
            return load_signing_key(workspace.folder, passphrase)  # a wrong passphrase stops here, nothing written

        def job(report: Any) -> ExportResult:
            folder.mkdir(parents=True, exist_ok=True)
            done = workspace.export(
                catalogue,
                cycle_id,
                unlock,
                lang=lang,
                include_notes=include,
                bundle_path=bundle_path,
                pdf_path=pdf_path,
                progress=report,
                wrap=wrap,
            )
            return ExportResult(
                pdf_path,
                bundle_path,
                done.fingerprint,
                tuple(u.describe(ui_lang) for u in done.unprintable),
                done.history_error,
            )

        self.message.setVisible(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.buttons.setEnabled(False)
        worker = Worker(job)
        worker.signals.progress.connect(lambda done, total: self.progress.setValue(int(STEPS * done / max(total, 1))))
        worker.signals.finished.connect(self._done)
        worker.signals.error.connect(self._failed)
        self._worker = worker
        start(worker)

    def _encryption_note(self) -> str:
        if self._encrypted_for is None:
            return ""
        return "\n\n" + self.tr("The bundle is encrypted for %1: only they can open it.").replace(
            "%1", self._encrypted_for
        )

    def _file_name(self, lang: Any, suffix: str) -> str:
        cycle = self.session.cycle
        institution = self._record.profile.institution_id
        return export_file_name(institution, cycle.label, cycle.fiscal_year, cycle.revision, lang, suffix)

    def _may_replace(self, existing: list[Path]) -> bool:
        """Files already there (perhaps the ones sent to the central organisation) are replaced
        only when the user says so, after seeing their names."""
        if not existing:
            return True
        return self.prompts.confirm(
            self.tr("Replace files?"),
            self.tr(
                "These files are already in the folder:\n%1\n\nDo you want to replace them with the new export?"
            ).replace("%1", "\n".join(path.name for path in existing)),
        )

    def _done(self, result: ExportResult) -> None:
        self.exported = result
        self.progress.setValue(STEPS)
        self.buttons.setEnabled(True)
        remember_export_folder(result.pdf.parent)
        choice = self.prompts.choose(
            self.tr("Export finished"),
            self.tr("The report and the signed bundle were saved:\n%1\n%2\n\nSigning key fingerprint: %3")
            .replace("%1", str(result.pdf))
            .replace("%2", str(result.bundle))
            .replace("%3", result.fingerprint)
            + self._what_to_send(result)
            + self._encryption_note()
            + self._enrolment_note()
            + self._history_note(result.history_error)
            + self._unprintable_note(result.unprintable),
            [self.tr("Open &PDF"), self.tr("Open &folder"), self.tr("Write the &enrolment file…"), self.tr("Close")],
        )
        if choice == 0:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.pdf)))
        elif choice == 1:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.pdf.parent)))
        elif choice == FINISH_ENROLMENT:
            from fsadesk.ui.enrolment import HandOver  # File ▸ Write the enrolment file…, the same hand-over

            HandOver(self.session.folder, self.session.profile, self.lang.lang, self.prompts, self).write_file()
        self.accept()

    def _what_to_send(self, result: ExportResult) -> str:
        """Plain steps for people who are not IT staff: which file goes to whom, how, and what never leaves."""
        enrolment = (
            ""
            if not self.has_key  # a new key: the note below says to send its enrolment file first
            else "\n• "
            + self.tr(
                "Your central organisation checks the bundle against the signing key you enrolled with them. "
                "If you have not sent them your enrolment file yet, send it first (button below)."
            )
        )
        return (
            "\n\n"
            + self.tr("What to send, and how")
            + "\n• "
            + self.tr(
                "Send the bundle file %1 to your central organisation, the way they told you "
                "(as an e-mail attachment or on a USB stick, as agreed)."
            ).replace("%1", f"「{result.bundle.name}」")
            + "\n• "
            + self.tr("The PDF %1 is for your board and your own files.").replace("%1", f"「{result.pdf.name}」")
            + "\n• "
            + self.tr("Never send the passphrase or the signing key files.")
            + enrolment
        )

    def _history_note(self, error: BaseException | None) -> str:
        """The files are saved; only the list of past exports (File ▸ Export history…) missed this one."""
        if error is None:
            return ""
        return "\n\n" + self.tr(
            "The files were saved, but the export history of this workspace could not be updated: %1"
        ).replace("%1", user_message(error))

    def _enrolment_note(self) -> str:
        """After the export that made the key: the central organisation cannot check the bundle
        until it has the key's enrolment file, so say how to send it."""
        if self.has_key:
            return ""
        return "\n\n" + self.tr(
            "A new signing key was made for this export. Before your central organisation can check the "
            "bundle, send them the enrolment file (File ▸ Write the enrolment file for the central "
            "organisation…) and confirm its fingerprint by telephone or with the printed enrolment sheet."
        )

    def _unprintable_note(self, fields: tuple[str, ...]) -> str:
        """Characters no font of the report has are printed as 〓, never dropped (#9 defect 10):
        say where, so they can be retyped or the reader warned."""
        if not fields:
            return ""
        shown = list(fields[:MAX_LISTED])
        if len(fields) > MAX_LISTED:
            shown.append(self.tr("… and %1 more").replace("%1", str(len(fields) - MAX_LISTED)))
        head = self.tr("Some characters are not in the report's fonts and are printed as 〓, in:")
        return "\n\n" + head + "\n" + "\n".join(f"• {line}" for line in shown)


def export_folder() -> Path:
    """Where exports go: the folder used last time, while it still exists; else the user's
    Documents folder (or home), where staff look for files — never a hidden data folder."""
    remembered = AppSettings.load(data_dir()).export_folder
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def remember_export_folder(folder: Path) -> None:
    """Offer `folder` next time. Settings that cannot be saved are not worth an error after a
    successful export: the next export simply starts from Documents again."""
    base = data_dir()
    settings = AppSettings.load(base)
    settings.export_folder = str(folder)
    with suppress(OSError):
        settings.save(base)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _campaign_of(workspace: AssessmentWorkspace, fiscal_year: int) -> CampaignInfo | None:
    """The campaign for the cycle's fiscal year (whose organisation the bundle is encrypted for), or
    None when there is none or the workspace cannot be read just now (the export then says why)."""
    try:
        return workspace.campaign(fiscal_year)
    except (WorkspaceError, SaveFailed):
        return None

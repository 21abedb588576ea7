"""The central organisation's set-up: its name, where its database and keys go, a passphrase
typed twice, then the database and keys made on a worker; the signing key's fingerprint at the end,
to be given to members by telephone or on paper. Every refusal of check_can_init is said before
the passphrase is asked."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fsadesk.bundle.errors import BundleError
from fsadesk.central.setup import check_can_init, default_keys_folder, init_central, organisation
from fsadesk.central.store.database import CentralDatabase
from fsadesk.central.store.errors import CentralError
from fsadesk.ui.central.member_dialogs import fingerprint_groups
from fsadesk.ui.central.words import central_message
from fsadesk.ui.errors import passphrase_problem
from fsadesk.ui.new_passphrase import new_passphrase_fields
from fsadesk.ui.workers import Worker, start

DB_FILE = "fsadesk-central.sqlite"


def documents_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #B00020; font-weight: bold;")
    label.setVisible(False)
    return label


def _wrapped() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def server_target(address: str, password: str) -> str:
    """The server's address with the password put in (quoted), for connecting only: it is never
    shown nor remembered (the window names the database by its address without password)."""
    address = address.strip()
    if not password or "://" not in address:
        return address
    scheme, rest = address.split("://", 1)
    user_host, slash, database = rest.partition("/")
    if "@" not in user_host:
        return address  # no user name to attach a password to: the server says what it misses
    user, host = user_host.rsplit("@", 1)
    user = user.split(":", 1)[0]
    return f"{scheme}://{user}:{quote(password, safe='')}@{host}{slash}{database}"


class CentralSetupDialog(QDialog):
    """Three steps in one dialog: details, passphrase, done. After accept(): db (open),
    target (what to remember: a path, or the server address without password) and keys_folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db: CentralDatabase | None = None
        self.target: str | None = None
        self.keys_folder: Path | None = None
        self.fingerprint: str | None = None
        self.worker: Worker | None = None
        self.creating = False  # the keys and database are being made: not to be interrupted
        self.stack = QStackedWidget()
        self._build_details()
        self._build_passphrase()
        self._build_done()
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.cancel_button = QPushButton()
        self.back_button.clicked.connect(lambda: self._go(0))
        self.next_button.clicked.connect(self.next_step)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.resize(760, 560)
        self.retranslate()
        self._go(0)

    # --- the three steps -------------------------------------------------------------------------

    def _build_details(self) -> None:
        page = QWidget()
        self.details_intro = _wrapped()
        self.name = QLineEdit()
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.file_radio = QRadioButton()
        self.server_radio = QRadioButton()
        self.where = QButtonGroup(self)
        self.where.addButton(self.file_radio)
        self.where.addButton(self.server_radio)
        self.file_radio.setChecked(True)
        self.db_file = QLineEdit(str(documents_folder() / DB_FILE))
        self.db_browse = QPushButton()
        self.db_browse.clicked.connect(self._browse_db)
        self.server = QLineEdit()
        self.server.setPlaceholderText("postgresql+psycopg://user@host:5432/fsadesk")
        self.server_password = QLineEdit()
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)  # never shown in plain text
        self.server_label, self.password_label = QLabel(), QLabel()
        self.server_label.setBuddy(self.server)
        self.password_label.setBuddy(self.server_password)
        self.keys = QLineEdit()
        self.keys_label = QLabel()
        self.keys_label.setBuddy(self.keys)
        self.keys_browse = QPushButton()
        self.keys_browse.clicked.connect(self._browse_keys)
        self.keys_help = _wrapped()
        self.details_message = _error_label()
        file_row = QHBoxLayout()
        file_row.addWidget(self.db_file, 1)
        file_row.addWidget(self.db_browse)
        keys_row = QHBoxLayout()
        keys_row.addWidget(self.keys, 1)
        keys_row.addWidget(self.keys_browse)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.file_radio)
        form.addRow(file_row)
        form.addRow(self.server_radio)
        form.addRow(self.server_label, self.server)
        form.addRow(self.password_label, self.server_password)
        form.addRow(self.keys_label, keys_row)
        form.addRow(self.keys_help)
        layout = QVBoxLayout(page)
        layout.addWidget(self.details_intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.details_message)
        self.file_radio.toggled.connect(self._where_changed)
        self.db_file.textChanged.connect(self._suggest_keys)
        self._suggest_keys()
        self._where_changed()
        self.stack.addWidget(page)

    def _build_passphrase(self) -> None:
        page = QWidget()
        self.advice = _wrapped()
        fields = new_passphrase_fields()
        self.passphrase, self.repeat = fields.passphrase, fields.repeat
        self.pass_label, self.repeat_label = fields.pass_label, fields.repeat_label
        form = fields.form
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: making the keys takes a few seconds
        self.progress.setVisible(False)
        self.pass_message = _error_label()
        layout = QVBoxLayout(page)
        layout.addWidget(self.advice)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.pass_message)
        self.stack.addWidget(page)

    def _build_done(self) -> None:
        page = QWidget()
        self.done_intro = _wrapped()
        self.fingerprint_label = QLabel()
        font = self.fingerprint_label.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.done_advice = _wrapped()
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_intro)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.done_advice)
        layout.addStretch(1)
        self.stack.addWidget(page)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up the central organisation"))
        self.details_intro.setText(
            self.tr(
                "fsadesk keeps your members, their keys and their submissions in one database. Most "
                "organisations keep it as a file on this PC; several staff can share one on a database server."
            )
        )
        self.name_label.setText(self.tr("Organisation &name:"))
        self.file_radio.setText(self.tr("A &file on this PC (the usual choice)"))
        self.server_radio.setText(self.tr("A database &server (PostgreSQL)"))
        self.db_browse.setText(self.tr("&Browse…"))
        self.keys_browse.setText(self.tr("Br&owse…"))
        self.server_label.setText(self.tr("Server &address:"))
        self.password_label.setText(self.tr("Server pass&word:"))
        self.keys_label.setText(self.tr("Folder for the &keys:"))
        self.keys_help.setText(
            self.tr(
                "The organisation's keys sign campaign files and receipts, and open encrypted submissions. "
                "The folder must be new or empty. Back it up (for example to a USB stick kept in the safe)."
            )
        )
        self.advice.setText(
            self.tr(
                "Choose a passphrase for the organisation's keys. Anyone who knows it can sign receipts in "
                "your organisation's name. Choose at least 8 characters. Nobody can recover a forgotten "
                "passphrase, not even fsadesk: write it down and keep the paper locked away."
            )
        )
        self.pass_label.setText(self.tr("&Passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat passphrase:"))
        self.done_intro.setText(self.tr("The central organisation is ready. Its signing key's fingerprint is:"))
        self.done_advice.setText(
            self.tr(
                "Give this fingerprint to your members by telephone or on paper (not only by e-mail): when "
                "they import your campaign file, they compare it with what fsadesk shows them."
            )
        )
        self.back_button.setText(self.tr("< &Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._label_buttons()

    def _label_buttons(self) -> None:
        step = self.stack.currentIndex()
        self.heading.setText(
            [self.tr("1. Organisation and database"), self.tr("2. Passphrase"), self.tr("3. Ready")][max(step, 0)]
        )
        self.next_button.setText([self.tr("&Next >"), self.tr("&Create"), self.tr("&Open the window")][max(step, 0)])

    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.back_button.setVisible(step == 1)
        self.cancel_button.setVisible(step < 2)
        self._label_buttons()
        if step == 1:
            self.passphrase.setFocus()

    # --- details ---------------------------------------------------------------------------------

    def _where_changed(self) -> None:
        on_file = self.file_radio.isChecked()
        self.db_file.setEnabled(on_file)
        self.db_browse.setEnabled(on_file)
        for widget in (self.server, self.server_password):
            widget.setEnabled(not on_file)
        self._suggest_keys()

    def _suggest_keys(self) -> None:
        """Beside the database file by default; a server's keys go to Documents."""
        if self.keys.isModified():
            return  # the user chose a folder: keep it
        if self.file_radio.isChecked() and self.db_file.text().strip():
            suggested = default_keys_folder(self.db_file.text().strip())
            self.keys.setText(str(suggested) if suggested is not None else "")
        else:
            self.keys.setText(str(documents_folder() / "fsadesk-central-keys"))

    def _browse_db(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Where should the database go?"), self.db_file.text(), self.tr("Database (*.sqlite)")
        )
        if path:
            self.db_file.setText(path)

    def _browse_keys(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the keys"), str(documents_folder()))
        if path:
            self.keys.setText(path)
            self.keys.setModified(True)

    def _target(self) -> str:
        if self.file_radio.isChecked():
            return self.db_file.text().strip()
        return server_target(self.server.text(), self.server_password.text())

    def _remembered_target(self) -> str:
        return self.db_file.text().strip() if self.file_radio.isChecked() else self.server.text().strip()

    def _check_details(self) -> bool:
        """check_can_init's refusals, in words, before the passphrase is asked."""
        target = self._target()
        if not target:
            self._fail(self.details_message, self.tr("Say where the database should go."))
            return False
        if not self.keys.text().strip():
            self._fail(self.details_message, self.tr("Say which folder the keys should go in."))
            return False
        name, keys = self.name.text(), Path(self.keys.text().strip())
        if self.server_radio.isChecked():
            # A server may take its time to answer (or not at all): asked on a worker.
            self.worker = Worker(lambda _report: check_can_init(target, name, keys))
            self.worker.signals.finished.connect(lambda _none: self._details_checked(None))
            self.worker.signals.error.connect(self._details_checked)
            self.next_button.setEnabled(False)
            self.details_message.setText(self.tr("Asking the server…"))
            self.details_message.setVisible(True)
            start(self.worker)
            return False  # the answer moves on, or says what is wrong
        try:
            check_can_init(target, name, keys)
        except (CentralError, BundleError, OSError) as exc:  # keys already there are a BundleError
            self._fail(self.details_message, central_message(exc))
            return False
        self.details_message.setVisible(False)
        return True

    def _details_checked(self, problem: BaseException | None) -> None:
        self.worker = None
        self.next_button.setEnabled(True)
        if problem is not None:
            self._fail(self.details_message, central_message(problem))
            return
        self.details_message.setVisible(False)
        self._go(1)

    @staticmethod
    def _fail(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(True)

    # --- steps -----------------------------------------------------------------------------------

    def next_step(self) -> None:
        step = self.stack.currentIndex()
        if step == 0 and self._check_details():
            self._go(1)
        elif step == 1:
            self._create()
        elif step == 2:
            self.accept()

    def _create(self) -> None:
        passphrase = self.passphrase.text()
        problem = passphrase_problem(passphrase, new=True)
        if problem is None and passphrase != self.repeat.text():
            problem = self.tr("The two passphrases are not the same.")
        if problem is not None:
            self._fail(self.pass_message, problem)
            return
        self.pass_message.setVisible(False)
        target, name, keys = self._target(), self.name.text(), Path(self.keys.text().strip())

        def job(_report: object) -> tuple[CentralDatabase, str | None]:
            db = init_central(target, name, keys, passphrase)
            org = organisation(db)
            return db, org.signing_fingerprint if org is not None else None

        self.worker = Worker(job)
        self.worker.signals.finished.connect(self._created)
        self.worker.signals.error.connect(self._not_created)
        self._busy(True)
        start(self.worker)

    def _busy(self, busy: bool) -> None:
        self.creating = busy
        self.progress.setVisible(busy)
        for widget in (self.next_button, self.back_button, self.cancel_button, self.passphrase, self.repeat):
            widget.setEnabled(not busy)

    def _created(self, result: tuple[CentralDatabase, str | None]) -> None:
        self._busy(False)
        self.db, self.fingerprint = result
        self.target = self._remembered_target()
        self.keys_folder = Path(self.keys.text().strip())
        self.fingerprint_label.setText(fingerprint_groups(self.fingerprint or ""))
        self._go(2)

    def _not_created(self, exc: BaseException) -> None:
        self._busy(False)
        self._fail(self.pass_message, central_message(exc))

    def reject(self) -> None:
        if self.creating:
            return  # the keys are being made: closing now would leave the user unsure what exists
        if self.db is not None:  # set up already: the window opens on it all the same
            self.accept()
            return
        super().reject()

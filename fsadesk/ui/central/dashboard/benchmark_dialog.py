"""The dashboard's "Benchmark pack…": where to save the signed, anonymised pack members import to
see where they stand among their peers (issue #14 point 3), the minimum group size and the
organisation's passphrase; the pack is built and written on a worker, then the user is told in
plain words what was published and what was withheld as too small.

The figures are fsadesk.central.benchmark_build's, the same as `fsadesk central benchmark`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Signal
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

from fsadesk.assessment.benchmark import DEFAULT_THRESHOLD
from fsadesk.bundle.errors import BundleError, EmptyPassphrase, WrongPassphrase
from fsadesk.ui.central.passphrase import wrong_text
from fsadesk.ui.central.save_target import TargetWords, checked_target
from fsadesk.ui.central.words import central_message
from fsadesk.ui.errors import user_message
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.prompts import Prompts
from fsadesk.ui.workers import Worker, start

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fsadesk.central.benchmark_build import BenchmarkWritten
    from fsadesk.central.dashboard.snapshot import CampaignData
    from fsadesk.central.store.database import CentralDatabase

SUFFIX = ".fsbp"
MIN_GROUP, MAX_GROUP = 2, 10_000  # as `fsadesk central benchmark --min-group`


def default_target(campaign_id: str) -> Path:
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    return documents / f"benchmark-{campaign_id}{SUFFIX}"


class BenchmarkDialog(QDialog):
    written = Signal(object)  # the BenchmarkWritten, once the file is saved

    def __init__(
        self,
        db: CentralDatabase,
        data: CampaignData,
        keys_folder: Path,
        lang: LanguageManager,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.data, self.keys_folder, self.lang, self.prompts = db, data, keys_folder, lang, prompts
        self.worker: Worker | None = None
        self.result_written: BenchmarkWritten | None = None
        c = data.campaign
        self.setWindowTitle(self.tr("Benchmark pack"))
        self.intro = QLabel(
            self.tr(
                "The benchmark pack lets each member compare its results with institutions like itself. It "
                "holds only counts, shares and quartiles per peer group, domain and basic item: no names, "
                "codes or notes. Groups and figures of fewer members than the minimum below are left out, "
                "so that no member can be recognised. fsadesk signs the pack with the organisation's key."
            )
        )
        self.intro.setWordWrap(True)
        self.campaign_shown = QLabel(f"{c.title} ({c.cycle_label}, {c.campaign_id})")
        self.campaign_shown.setWordWrap(True)
        self.target = QLineEdit(str(default_target(c.campaign_id)))
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self._choose_target)
        self.min_group = QSpinBox()
        self.min_group.setRange(MIN_GROUP, MAX_GROUP)
        self.min_group.setValue(DEFAULT_THRESHOLD)
        self.min_group.setSuffix(self.tr(" members"))
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
        form.addRow(self.tr("Campaign:"), self.campaign_shown)
        where_label = QLabel(self.tr("&Save the pack as:"))
        where_label.setBuddy(self.target)  # a row holding a layout gets no buddy of its own
        form.addRow(where_label, where)
        form.addRow(self.tr("&Minimum group size:"), self.min_group)
        form.addRow(self.tr("Organisation's &passphrase:"), self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Write the pack"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

    def _choose_target(self) -> None:
        chosen = self.prompts.save_path(
            self.tr("Save the benchmark pack"), Path(self.target.text()), self.tr("Benchmark packs (*.fsbp)")
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
            self.tr("Say where the benchmark pack should be saved."),
            self.tr("The folder %1 does not exist. Choose where to save the benchmark pack."),
            self.tr("Replace the file?"),
            self.tr("%1 already exists. Replace it?"),
        )
        checked = checked_target(self.target.text(), SUFFIX, words, self.prompts)
        if isinstance(checked, str):
            self._fail(checked, self.target)
            return None
        return checked

    def _unlocked(self) -> Ed25519PrivateKey | None:
        from fsadesk.central.keys import load_signing_key

        try:
            return load_signing_key(self.keys_folder, self.passphrase.text())
        except EmptyPassphrase:
            self._fail(self.tr("Type the organisation's passphrase: it signs the benchmark pack."), self.passphrase)
        except WrongPassphrase:
            self.passphrase.selectAll()
            self._fail(wrong_text(), self.passphrase)
        except (BundleError, OSError) as exc:
            self._fail(user_message(exc))
        return None

    def submit(self) -> None:
        """Check the place, unlock the key, then build and write the pack on a worker."""
        if self.worker is not None:
            return
        target = self._checked_target()
        if target is None:
            return
        key = self._unlocked()
        if key is None:
            return
        from fsadesk.central.benchmark_build import write_benchmark_pack

        db, keys, campaign_id, threshold = (
            self.db,
            self.keys_folder,
            self.data.campaign.campaign_id,
            self.min_group.value(),
        )
        self.problem.setVisible(False)
        self._busy(True)
        worker = Worker(lambda _report: write_benchmark_pack(db, keys, key, target, campaign_id, threshold, force=True))
        worker.signals.finished.connect(self._done)
        worker.signals.error.connect(self._failed)
        self.worker = worker
        start(worker)

    def reject(self) -> None:
        if self.worker is None:  # not while the pack is being written (Esc included): it ends by itself
            super().reject()

    def _busy(self, busy: bool) -> None:
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)  # the pack is written whole or not
        for widget in (self.ok, cancel, self.choose, self.target, self.min_group, self.passphrase):
            widget.setEnabled(not busy)
        self.ok.setText(self.tr("Writing…") if busy else self.tr("&Write the pack"))

    def _done(self, written: BenchmarkWritten) -> None:
        self.worker = None
        self._busy(False)
        self.result_written = written
        self.written.emit(written)
        self.accept()
        self.prompts.info(self.tr("Benchmark pack saved"), self.finish_text(written))

    def _failed(self, exc: BaseException) -> None:
        self.worker = None
        self._busy(False)
        self._fail(self.tr("The benchmark pack was not written.") + "\n\n" + central_message(exc))

    def finish_text(self, written: BenchmarkWritten) -> str:
        s, p = written.summary, written.pack
        text = self.tr(
            "The benchmark pack is saved as %1.\n\n"
            "Figures are given for %2 peer groups. %3 groups are left out: they have fewer than %4 members, "
            "or their figures would let those of a smaller group be worked out. %5 figures of the published "
            "groups are left out for the same reasons.\n\n"
            "Send this file to every member. Each member opens fsadesk and chooses File ▸ Import benchmark "
            "pack… to compare its results with its peers."
        )
        values = (str(written.path), str(s.groups_published), str(s.groups_suppressed), str(p.threshold),
                  str(s.cells_suppressed))  # fmt: skip
        for n, value in enumerate(values, start=1):
            text = text.replace(f"%{n}", value)
        return text


def write_benchmark(
    parent: QWidget,
    db: CentralDatabase,
    data: CampaignData,
    keys_folder: Path,
    lang_manager: LanguageManager,
    prompts: Prompts,
) -> None:
    """Open the dialog for the campaign of `data` (the dashboard's snapshot); it writes the pack on
    a worker and says what was published. Kept on `parent` while open (not modal to the app)."""
    dialog = BenchmarkDialog(db, data, keys_folder, lang_manager, prompts, parent)
    parent.benchmark_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()

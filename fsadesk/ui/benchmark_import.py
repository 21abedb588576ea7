"""File ▸ Import benchmark pack… (issue #14 point 3).

Mixed into the main window, like the campaign file's import: the member picks the pack its central
organisation sent (.fsbp); the use case (fsadesk.app.benchmark, through the window's
AssessmentWorkspace) verifies it against the imported campaigns' key and stores it in one
transaction; the window says whose pack it is, for which campaign, and which group the institution
is compared with — or why it was not imported — and the summary page shows the comparison.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from fsadesk.ui import campaign_dialogs

if TYPE_CHECKING:
    from fsadesk.app.answering import AssessmentSession
    from fsadesk.app.benchmark import BenchmarkImported
    from fsadesk.lang import Lang
    from fsadesk.ui.i18n import LanguageManager
    from fsadesk.ui.prompts import Prompts


class _Window(Protocol):
    session: AssessmentSession
    lang: LanguageManager
    prompts: Prompts
    menu_file: QMenu
    act_import_receipt: QAction
    act_import_benchmark: QAction
    _summary: QWidget | None

    def window(self) -> QWidget: ...
    def show_summary(self, on: bool = True) -> None: ...


def _refusals() -> tuple[type[BaseException], ...]:
    """What the import raises when it stored nothing: the pack's own problems and the import's
    refusals (BundleError kinds, worded by fsadesk.ui.errors), the workspace's faults, an unreadable file."""
    from fsadesk.bundle.errors import BundleError
    from fsadesk.store.errors import SaveFailed, WorkspaceError

    return (BundleError, WorkspaceError, SaveFailed, OSError)


class BenchmarkActions:
    """The File menu action; `install_benchmark_action` adds it after Import receipt…."""

    def install_benchmark_action(self: _Window) -> None:
        self.act_import_benchmark = QAction(self.window())
        actions = self.menu_file.actions()
        after = actions[actions.index(self.act_import_receipt) + 1]
        self.menu_file.insertAction(after, self.act_import_benchmark)
        self.act_import_benchmark.triggered.connect(self.import_benchmark_file)  # type: ignore[attr-defined]

    def retranslate_benchmark_action(self: _Window) -> None:
        self.act_import_benchmark.setText(QApplication.translate("BenchmarkActions", "Impor&t benchmark pack…"))
        self.act_import_benchmark.setStatusTip(
            QApplication.translate(
                "BenchmarkActions",
                "Your central organisation's anonymised figures of its members (.fsbp): see how your rates "
                "compare with similar institutions.",
            )
        )

    def import_benchmark_file(self: _Window) -> None:
        title = QApplication.translate("BenchmarkActions", "Import benchmark pack")
        path = campaign_dialogs.choose_file(
            self.window(), title, QApplication.translate("BenchmarkActions", "Benchmark packs (*.fsbp);;All files (*)")
        )
        if path is None:
            return
        try:
            done = self.session.assessment_workspace.import_benchmark(path)
        except _refusals() as exc:
            from fsadesk.ui.errors import user_message

            self.prompts.error(title, user_message(exc))
            return
        self.prompts.info(title, imported_text(done, self.session, self.lang.lang))
        self.show_summary(True)  # where the comparison is: on its own tab of the summary
        summary = self._summary
        if summary is not None:
            summary.refresh_peers()  # type: ignore[attr-defined]
            summary.top_tabs.setCurrentWidget(summary.peer_panel)  # type: ignore[attr-defined]


def imported_text(done: BenchmarkImported, session: AssessmentSession, lang: Lang) -> str:
    """Whose pack, for which campaign, made when, and the group this institution is compared with
    (in the words the summary page and the report use)."""
    from fsadesk.assessment.peer_position import position_of
    from fsadesk.assessment.peer_words import group_sentence, made_day, no_group_sentence

    pack = done.pack
    text = (
        QApplication.translate("BenchmarkActions", "Imported the benchmark pack of %1 for %2 (made on %3).")
        .replace("%3", made_day(pack.created, lang))
        .replace("%2", pack.campaign_title)
        .replace("%1", pack.organisation_name)
    )
    answers = {item.id: session.answer(item.id) for item in session.items}
    pos = position_of(pack, session.profile, answers, session.cycle.catalogue_digest, session.catalogue)
    if pos is None:
        text += "\n\n" + no_group_sentence(pack.organisation_name, pack.campaign_title, pack.threshold, lang)
    else:
        text += "\n\n" + group_sentence(pos, session.catalogue, lang)
        text += "\n" + QApplication.translate(
            "BenchmarkActions", "Your summary page and board report now show where you stand."
        )
    if done.catalogue_differs:
        text += "\n\n" + QApplication.translate(
            "BenchmarkActions",
            "Note: the pack was computed against another edition of the guideline catalogue (%1) than this "
            "assessment uses; compare item by item only as a guide.",
        ).replace("%1", pack.catalogue_version)
    return text

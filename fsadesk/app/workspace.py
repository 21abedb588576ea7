"""What the windows may read from and do to an open workspace, without holding it.

`AssessmentWorkspace` wraps a workspace privately: the windows call its methods (the list of
cycles, a cycle's answers, the sign-offs, the profile, the signing key's state) and its use cases
(fsadesk.app.cycles, fsadesk.app.export), each one transaction, and never see a repository. A
window cannot hold the store, so it cannot bypass the rules the use cases apply.

The workspace may still be opening in the background when the window is shown (the fast resume
from a snapshot, fsadesk.store.snapshot): the wrapper is given a function that returns it, waiting
if need be, and calls it only when a method needs the store. SQLAlchemy is not imported here at
module level, so the main window can import this before its first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fsadesk.assessment.answers import Answer
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.readiness import FinaliseNote, Readiness
from fsadesk.assessment.signoff import SignOff
from fsadesk.catalogue.model import Catalogue
from fsadesk.store.errors import WorkspaceError
from fsadesk.store.records import Cycle  # plain data, no SQLAlchemy

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fsadesk.app.answering import AssessmentSession
    from fsadesk.app.benchmark import BenchmarkImported
    from fsadesk.app.campaigns import CampaignImported, OtherOrganisation, ReceiptImported
    from fsadesk.app.cycles import StartedCycle
    from fsadesk.app.export import Exported, Progress, Renderer
    from fsadesk.assessment.benchmark import BenchmarkPack
    from fsadesk.assessment.export_record import ExportRecord
    from fsadesk.assessment.record import CycleRecord
    from fsadesk.assessment.submission import CampaignInfo, ReceiptInfo
    from fsadesk.lang import Lang
    from fsadesk.store.answers import HistoryEntry
    from fsadesk.store.snapshot import Snapshot
    from fsadesk.store.workspace import Workspace

__all__ = [
    "AssessmentWorkspace", "Cycle", "PendingWorkspace", "current_user", "no_cycle", "open_behind",
    "open_session", "open_workspace", "opened_workspace", "pending_workspace", "save_answer",
]  # fmt: skip

# A workspace being opened in the background while the window shows its snapshot: whoever opens
# it sets the result (or the reason it failed); a save or a read waits for it.
PendingWorkspace = Future["Workspace"]


def current_user() -> str:
    """The login name recorded with a sign-off or a change ("unknown" where there is none)."""
    from fsadesk.store.clock import current_user as login

    return login()


def open_workspace(folder: Path) -> Workspace:
    """Open (and if needed migrate) the workspace in `folder`; SQLAlchemy loads here. A problem is
    raised as the store's typed WorkspaceError, which the windows word in the user's language."""
    from fsadesk.store.workspace import open_workspace as open_store

    return open_store(folder)


@contextmanager
def opened_workspace(folder: Path) -> Iterator[AssessmentWorkspace]:
    """The workspace in `folder`, opened for one command (the CLI's) and closed when it is done,
    also after an error. Opening problems are raised as in open_workspace."""
    ws = open_workspace(folder)
    try:
        yield AssessmentWorkspace.of(ws)
    finally:
        ws.close()


def save_answer(ws: Workspace, cycle_id: int, answer: Answer, by: str | None = None) -> bool:
    """Save one answer, committed before returning: the one path of the window's session and of
    `fsadesk answer`, so both apply the same rules. False when nothing changed (no history row).
    Raises AnswerRejected (a required reason missing, a text too long) or CycleLocked (finalised),
    storing nothing; `by` None records the login name."""
    return ws.answers.save(cycle_id, answer, by=by)


def pending_workspace() -> PendingWorkspace:
    """A workspace still to be opened in the background (set by whoever opens it)."""
    return Future()


def open_behind(snapshot: Snapshot, opened: PendingWorkspace) -> bool:
    """Open the workspace a window was shown from `snapshot` and hand it to `opened` (or why it
    could not be opened, which a save waiting for it then reports). True when the snapshot is
    still what is stored (False: fsadesk changed it meanwhile, e.g. running twice on it)."""
    try:
        ws = open_workspace(snapshot.folder)
    except Exception as exc:
        opened.set_exception(exc)
        raise
    try:
        return snapshot.still_current(ws)
    finally:
        opened.set_result(ws)


def open_session(folder: Path, catalogue: Catalogue, cycle_id: int | None = None) -> AssessmentSession:
    """Open a workspace in full (migrating it if needed) and start the session of a cycle: the one
    named, or the latest. A workspace with no cycle is refused as a WorkspaceError (closed again)."""
    from fsadesk.app.answering import AssessmentSession

    ws = open_workspace(folder)
    try:
        if cycle_id is None:
            latest = ws.cycles.latest()
            if latest is None:
                raise no_cycle(folder)
            cycle_id = latest.id
        return AssessmentSession(ws, catalogue, cycle_id)
    except BaseException:
        ws.close()
        raise


class AssessmentWorkspace:
    """One open workspace, as the windows see it: reads and use cases, no repositories."""

    def __init__(self, folder: Path, get: Callable[[], Workspace]) -> None:
        self.folder = folder
        self._get = get  # waits for a background open; raises what it raised

    @classmethod
    def of(cls, ws: Workspace) -> AssessmentWorkspace:
        """The windows' view of a workspace that is already open."""
        return cls(ws.folder, lambda: ws)

    # Reads (each one read transaction) -------------------------------------------------------
    def cycles(self) -> list[Cycle]:
        """Every cycle, oldest first."""
        return self._get().cycles.all()

    def cycle(self, cycle_id: int) -> Cycle:
        return self._get().cycles.get(cycle_id)

    def latest_cycle(self) -> Cycle | None:
        """The latest fiscal year's newest cycle (what a fresh open shows, what a new one copies)."""
        return self._get().cycles.latest()

    def answers(self, cycle_id: int) -> dict[str, Answer]:
        """A cycle's stored answers by item id (unanswered items are absent)."""
        return self._get().answers.load(cycle_id)

    def answer(self, cycle_id: int, item_id: str) -> Answer:
        """One stored answer (an unanswered one when none is stored)."""
        return self._get().answers.get(cycle_id, item_id)

    def history(self, cycle_id: int, item_id: str | None = None) -> list[HistoryEntry]:
        """Every change to a cycle's answers (to one item's, when given), oldest first."""
        return self._get().answers.history(cycle_id, item_id)

    def orphans(self, cycle_id: int, catalogue: Catalogue) -> list[str]:
        """Items with stored answers that `catalogue` does not have (kept, never scored), sorted."""
        return self._get().answers.orphans(cycle_id, catalogue.item_ids())

    def signoffs(self, cycle_id: int) -> list[SignOff]:
        """The sign-offs recorded for a cycle so far."""
        return self._get().cycles.signoffs(cycle_id)

    def profile(self) -> InstitutionProfile | None:
        """The institution profile as it is now (None before the first-run set-up stored one)."""
        return self._get().institution.get()

    def profile_for(self, cycle: Cycle) -> InstitutionProfile | None:
        """The profile a cycle is assessed under: the frozen one once finalised, else the current."""
        return self._get().profile_for(cycle)

    def record(self, catalogue: Catalogue, cycle_id: int) -> CycleRecord:
        """A cycle's whole record (what an export shows and signs), read once in one snapshot."""
        from fsadesk.app.export import read_record

        return read_record(self._get(), catalogue, cycle_id)

    def exports(self, cycle_id: int) -> list[ExportRecord]:
        """The cycle's export history (what was written where, with its SHA-256), newest first."""
        return self._get().exports.for_cycle(cycle_id)

    def readiness(self, catalogue: Catalogue, cycle_id: int) -> Readiness:
        """What is still open before the cycle can be signed off (fsadesk.app.cycles.cycle_readiness)."""
        from fsadesk.app.cycles import cycle_readiness

        return cycle_readiness(self._get(), catalogue, cycle_id)

    def campaign(self, fiscal_year: int | None = None) -> CampaignInfo | None:
        """The central organisation's campaign imported last (fsadesk.app.campaigns), or None; with
        `fiscal_year`, the one for that fiscal year (what a cycle's summary and export follow)."""
        from fsadesk.app.campaigns import current_campaign

        return current_campaign(self._get(), fiscal_year)

    def receipts(self, cycle_id: int) -> list[ReceiptInfo]:
        """The receipts for bundles of this cycle, newest received first."""
        from fsadesk.app.campaigns import receipts_for_cycle

        return receipts_for_cycle(self._get(), cycle_id)

    def import_campaign(self, path: Path, confirm_other: bool = False) -> CampaignImported | OtherOrganisation:
        """Verify and store a campaign file (fsadesk.app.campaigns.import_campaign)."""
        from fsadesk.app.campaigns import import_campaign

        return import_campaign(self._get(), path, confirm_other_organisation=confirm_other)

    def import_receipt(self, path: Path) -> ReceiptImported:
        """Verify and store a receipt (fsadesk.app.campaigns.import_receipt)."""
        from fsadesk.app.campaigns import import_receipt

        return import_receipt(self._get(), path)

    def import_benchmark(self, path: Path) -> BenchmarkImported:
        """Verify and store a benchmark pack (fsadesk.app.benchmark.import_benchmark)."""
        from fsadesk.app.benchmark import import_benchmark

        return import_benchmark(self._get(), path)

    def benchmark(self, cycle_id: int) -> BenchmarkPack | None:
        """The benchmark pack a cycle is compared with (fsadesk.app.benchmark.benchmark_for_cycle):
        its own campaign's newest, else an earlier fiscal year's; None when none was imported."""
        from fsadesk.app.benchmark import benchmark_for_cycle

        return benchmark_for_cycle(self._get(), cycle_id)

    # The signing key (files beside the database; no store needed) -----------------------------
    def has_signing_key(self) -> bool:
        from fsadesk.bundle.keys import has_signing_key

        return has_signing_key(self.folder)

    def key_fingerprint(self) -> str | None:
        """The workspace's public key fingerprint, or None when no key was made yet."""
        from fsadesk.bundle.keys import fingerprint, has_signing_key, load_workspace_public_key

        return fingerprint(load_workspace_public_key(self.folder)) if has_signing_key(self.folder) else None

    # Use cases (each one transaction: stored whole or not at all) -----------------------------
    def save_answer(self, cycle_id: int, answer: Answer, by: str | None = None) -> bool:
        """Save one answer with its rules (the module's save_answer); False when nothing changed."""
        return save_answer(self._get(), cycle_id, answer, by)

    def start_next_cycle(
        self, catalogue: Catalogue, label: str | None, fiscal_year: int, copy_from: int | None
    ) -> StartedCycle:
        from fsadesk.app.cycles import start_next_cycle

        return start_next_cycle(self._get(), catalogue, label, fiscal_year, copy_from, by=current_user())

    def start_revision(self, catalogue: Catalogue, final_id: int) -> Cycle:
        from fsadesk.app.cycles import start_revision

        return start_revision(self._get(), catalogue, final_id, by=current_user())

    def finalise(
        self, cycle_id: int, signoffs: Sequence[SignOff], by: str | None = None, note: FinaliseNote | None = None
    ) -> Cycle:
        """Store the sign-offs (and why it is finalised with open points) and lock the cycle
        together (fsadesk.app.cycles.finalise)."""
        from fsadesk.app.cycles import finalise

        return finalise(self._get(), cycle_id, signoffs, by=current_user() if by is None else by, note=note)

    def change_profile(self, catalogue: Catalogue, profile: InstitutionProfile) -> None:
        from fsadesk.app.cycles import change_profile

        change_profile(self._get(), catalogue, profile)

    def export(
        self,
        catalogue: Catalogue,
        cycle_id: int,
        unlock: Callable[[], Ed25519PrivateKey],
        *,
        lang: Lang,
        include_notes: bool,
        bundle_path: Path,
        pdf_path: Path | None = None,
        progress: Progress | None = None,
        wrap: Callable[[bytes], bytes] | None = None,
        render: Renderer | None = None,
    ) -> Exported:
        """The one export path (fsadesk.app.export.export_cycle), as `fsadesk export` runs it:
        `wrap` encrypts the bundle, `render` replaces the PDF renderer (tests' fast fake)."""
        from fsadesk.app.export import export_cycle, render_pdf

        return export_cycle(
            self._get(),
            catalogue,
            cycle_id,
            unlock,
            lang=lang,
            include_notes=include_notes,
            bundle_path=bundle_path,
            pdf_path=pdf_path,
            progress=progress,
            wrap=wrap,
            render=render_pdf if render is None else render,
        )


def no_cycle(folder: Path) -> WorkspaceError:
    """A workspace with no assessment cycle cannot be shown (a set-up that never finished)."""
    return WorkspaceError(folder, f"The workspace in {folder} has no assessment cycle.")

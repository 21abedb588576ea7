"""Answering an assessment: the session the main window drives. No Qt here, so it is tested
without a window.

It holds one cycle's answers in memory, saves every change through the store before returning
(nothing typed is lost), keeps undo/redo of answer edits, and answers the questions the wizard
asks: what applies, what is next, what matches a filter or a search.

A session can start from a read-only snapshot while its workspace is still being opened in the
background (see AssessmentSession.from_snapshot): reading needs only what is in memory, and the
first thing that needs the workspace (a save, a dialog) waits for it, so no write can bypass it.
The session never hands the workspace out: dialogs get `assessment_workspace`, the application
layer's reads and use cases (fsadesk.app.workspace), and the session refreshes itself after one.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from fsadesk.app.workspace import AssessmentWorkspace, PendingWorkspace, pending_workspace, save_answer
from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import active_clauses, applies
from fsadesk.catalogue.model import Catalogue, Clause, Item, Lang, Node
from fsadesk.store.errors import SaveFailed
from fsadesk.store.records import Cycle

if TYPE_CHECKING:
    from fsadesk.assessment.scoring import Scores
    from fsadesk.store.snapshot import Snapshot
    from fsadesk.store.workspace import Workspace


class Filter(enum.StrEnum):
    ALL = "all"
    UNANSWERED = "unanswered"
    REVIEW = "review"
    GAPS_WITHOUT_PLAN = "gaps_without_plan"
    BASIC = "basic"
    DESIRABLE = "desirable"


@dataclass(frozen=True)
class Change:
    """One undoable edit: the answer before and after."""

    before: Answer
    after: Answer


class AssessmentSession:
    def __init__(self, workspace: Workspace, catalogue: Catalogue, cycle_id: int, user: str | None = None) -> None:
        cycle = workspace.cycles.get(cycle_id)
        profile = workspace.profile_for(cycle)
        if profile is None:
            raise ValueError("the workspace has no institution profile")
        opened = pending_workspace()
        opened.set_result(workspace)
        self._start(workspace.folder, opened, catalogue, profile, cycle, workspace.answers.load(cycle_id), user)

    @classmethod
    def from_snapshot(
        cls,
        snapshot: Snapshot,
        catalogue: Catalogue,
        opened: PendingWorkspace,
        begin_opening: Callable[[], None] = lambda: None,
        user: str | None = None,
    ) -> AssessmentSession:
        """A session shown from a snapshot while `opened` (set by whoever opens the workspace in
        the background) is pending; anything that needs the workspace waits for it.
        `begin_opening` starts that work if it has not started yet (it must be idempotent), so a
        save made before it was scheduled cannot wait for ever."""
        session = cls.__new__(cls)
        session._start(
            snapshot.folder, opened, catalogue, snapshot.profile, snapshot.cycle, dict(snapshot.answers), user
        )
        session._begin_opening = begin_opening
        return session

    def _start(
        self,
        folder: Path,
        opened: PendingWorkspace,
        catalogue: Catalogue,
        profile: InstitutionProfile,
        cycle: Cycle,
        answers: dict[str, Answer],
        user: str | None,
    ) -> None:
        self.folder = folder
        self._opened = opened
        self._begin_opening: Callable[[], None] = lambda: None
        self.catalogue = catalogue
        self.user = user
        self.profile: InstitutionProfile = profile
        self.cycle: Cycle = cycle
        self._answers: dict[str, Answer] = answers
        self._undo: list[Change] = []
        self._redo: list[Change] = []
        self.listeners: list[Callable[[str], None]] = []  # called with the item id after each change
        self._items = [it for it in catalogue.items if applies(it, self.profile)]
        self._haystacks: dict[str, str] = {}

    @property
    def assessment_workspace(self) -> AssessmentWorkspace:
        """What a dialog may read and do in this workspace (fsadesk.app.workspace); each call waits
        for the background open, as a save does."""
        return AssessmentWorkspace(self.folder, self._workspace)

    def wait_until_open(self) -> None:
        """Wait for the background open to finish; raises SaveFailed (naming the problem) if it
        failed. Nothing needs this before a save; benchmarks and tests measure after it."""
        self._workspace()

    def _workspace(self) -> Workspace:
        """The open workspace; waits while it is still being opened in the background. Raises
        SaveFailed (naming the problem) if opening it failed, so a pending save reports it."""
        if not self._opened.done():
            self._begin_opening()
        try:
            return self._opened.result()
        except SaveFailed:
            raise
        except Exception as exc:
            raise SaveFailed(str(exc)) from exc

    def close(self) -> None:
        """Release the workspace, now or as soon as its background opening finishes."""

        def close_opened(opened: PendingWorkspace) -> None:
            if opened.exception() is None:
                opened.result().close()

        self._opened.add_done_callback(close_opened)

    # What applies -------------------------------------------------------------------------
    @property
    def items(self) -> list[Item]:
        """Applicable items in guideline order."""
        return self._items

    def item(self, item_id: str) -> Item:
        return self.catalogue.item(item_id)

    def clauses(self, item: Item) -> list[Clause]:
        return active_clauses(item, self.profile)

    def refresh(self) -> None:
        """Read this cycle and its profile again after a use case changed them (finalised, the
        profile changed): what the session shows is what is stored, no one patches it from outside."""
        ws = self._workspace()
        self.cycle = ws.cycles.get(self.cycle.id)
        profile = ws.profile_for(self.cycle)
        if profile is not None and profile != self.profile:
            self.profile = profile
            self._items = [it for it in self.catalogue.items if applies(it, self.profile)]

    # Answers -----------------------------------------------------------------------------
    def answer(self, item_id: str) -> Answer:
        return self._answers.get(item_id) or Answer(item_id)

    def set_answer(self, answer: Answer) -> bool:
        """Save one answer (committed before returning) and record it for undo. Raises
        AnswerRejected (nothing saved) when a required justification is missing."""
        before = self.answer(answer.item_id)
        if not self._write(answer):
            return False
        self._undo.append(Change(before, answer))
        self._redo.clear()
        return True

    def _write(self, answer: Answer) -> bool:
        changed = save_answer(self._workspace(), self.cycle.id, answer, by=self.user)  # as `fsadesk answer`
        if changed:
            self._answers[answer.item_id] = answer
            for listener in list(self.listeners):
                listener(answer.item_id)
        return changed

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> str | None:
        """Put back the answer before the last edit (saved like any change). Returns its item id."""
        if not self._undo:
            return None
        change = self._undo.pop()
        self._write(change.before)
        self._redo.append(change)
        return change.before.item_id

    def redo(self) -> str | None:
        if not self._redo:
            return None
        change = self._redo.pop()
        self._write(change.after)
        self._undo.append(change)
        return change.after.item_id

    # Position ----------------------------------------------------------------------------
    def resume_item(self) -> str | None:
        """Where the user stopped last time, or the first item."""
        last = self.cycle.last_item_id
        if last and any(it.id == last for it in self._items):
            return last
        return self._items[0].id if self._items else None

    def remember_position(self, item_id: str) -> None:
        self._workspace().cycles.set_last_item(self.cycle.id, item_id)
        self.cycle = replace(self.cycle, last_item_id=item_id)

    def neighbour(self, item_id: str, step: int) -> str | None:
        ids = [it.id for it in self._items]
        if item_id not in ids:
            return ids[0] if ids else None
        index = ids.index(item_id) + step
        return ids[index] if 0 <= index < len(ids) else None

    def next_unanswered(self, after: str | None) -> str | None:
        """The next unanswered item after `after`, wrapping round to the start."""
        ids = [it.id for it in self._items]
        start = ids.index(after) + 1 if after in ids else 0
        for item_id in ids[start:] + ids[:start]:
            if self.answer(item_id).status is Status.UNANSWERED:
                return item_id
        return None

    # Filters and search ------------------------------------------------------------------
    def matches(self, item: Item, flt: Filter) -> bool:
        a = self.answer(item.id)
        return {
            Filter.ALL: True,
            Filter.UNANSWERED: a.status is Status.UNANSWERED,
            Filter.REVIEW: a.marked_for_review,
            Filter.GAPS_WITHOUT_PLAN: a.is_gap and not a.is_addressed_gap,
            Filter.BASIC: item.is_basic,
            Filter.DESIRABLE: not item.is_basic,
        }[flt]

    def search(self, text: str, flt: Filter = Filter.ALL) -> list[Item]:
        """Items matching a filter and containing every word of `text` (either language, any
        text field, or the id), case-insensitive."""
        words = text.casefold().split()
        out = []
        for item in self._items:
            if not self.matches(item, flt):
                continue
            if words:
                hay = self._haystack(item)
                if not all(w in hay for w in words):
                    continue
            out.append(item)
        return out

    def _haystack(self, item: Item) -> str:
        """The searchable text of an item, worked out once (it does not depend on the answers)."""
        hay = self._haystacks.get(item.id)
        if hay is None:
            sections = [
                n
                for n in self.catalogue.nodes
                if "." in n.number and (item.node == n.number or item.node.startswith(n.number + "."))
            ]
            hay = self._haystacks[item.id] = _haystack(item, sections)
        return hay

    # Figures -----------------------------------------------------------------------------
    def scores(self) -> Scores:
        from fsadesk.assessment.scoring import score  # not needed to show the first page

        return score(self.catalogue, self.profile, self._answers)

    def progress(self, node_number: str | None = None) -> tuple[int, int]:
        """(answered, applicable) under a node, or overall."""
        items = (
            self._items
            if node_number is None
            else [it for it in self._items if it.node == node_number or it.node.startswith(node_number + ".")]
        )
        answered = sum(self.answer(it.id).status is not Status.UNANSWERED for it in items)
        return answered, len(items)

    def title(self, item: Item, lang: Lang) -> str:
        return f"{item.label} {item.title.get(lang)}"


def _haystack(item: Item, sections: list[Node]) -> str:
    parts = [item.id, item.label]
    for text in (item.title, item.requirement, item.explanation):
        parts += [text.ja, text.en]
    parts += item.evidence.ja + item.evidence.en
    for node in sections:  # "検知" or "2.4" finds every item of that section
        parts += [node.number, node.title.ja, node.title.en]
    return " ".join(parts).casefold()

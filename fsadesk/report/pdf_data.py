"""Everything the PDF report shows, read from the workspace once into plain, immutable data.

The drawing code never touches the database: it gets a ReportData, so it can be tested with any
data and the same data always draws the same PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from fsadesk import __version__
from fsadesk.assessment.action_plan import ActionRow, action_plan
from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.compare import Comparison, compare_cycles
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.scope import applicable_items
from fsadesk.assessment.scoring import ENGINE_VERSION, Scores, score
from fsadesk.assessment.signoff import Role, SignOff
from fsadesk.catalogue.model import Catalogue, Item
from fsadesk.store.cycles import Cycle
from fsadesk.store.workspace import Workspace

# Report dates are Japan time whatever the PC's time zone: the readers are in Japan, and the same
# stored data must give the same PDF on every machine (timestamps are stored in UTC).
JST = dt.timezone(dt.timedelta(hours=9), "JST")


@dataclass(frozen=True)
class ReportData:
    catalogue: Catalogue
    profile: InstitutionProfile
    cycle: Cycle
    answers: Mapping[str, Answer]  # item id -> answer, sorted by item id
    items: tuple[Item, ...]  # the applicable items, in guideline order
    scores: Scores
    actions: tuple[ActionRow, ...]
    previous: Cycle | None
    comparison: Comparison | None
    signoffs: Mapping[Role, SignOff]  # a role not recorded is absent
    last_change: dt.datetime  # Japan time; the PDF's creation date
    fingerprint: str | None
    app_version: str = __version__
    engine_version: str = ENGINE_VERSION

    def answer(self, item_id: str) -> Answer:
        return self.answers.get(item_id) or Answer(item_id)

    @property
    def as_of(self) -> dt.date:
        return self.last_change.date()

    def with_status(self, *statuses: Status) -> list[tuple[Item, Answer]]:
        """Applicable items answered with one of `statuses`, in guideline order."""
        return [(it, a) for it in self.items if (a := self.answer(it.id)).status in statuses]

    def marked_for_review(self) -> list[tuple[Item, Answer]]:
        return [(it, a) for it in self.items if (a := self.answer(it.id)).marked_for_review]

    def accepted(self) -> list[tuple[Item, Answer]]:
        """Gaps with a risk acceptance recorded (complete or not: the board should see both)."""
        return [(it, a) for it in self.items if (a := self.answer(it.id)).is_gap and a.acceptance is not None]

    def overdue_plans(self) -> int:
        """Gaps whose remediation plan's target date is before the report date."""
        return sum(
            1
            for row in self.actions
            if row.target_date is not None and row.target_date < self.as_of and not row.has_acceptance
        )

    def item(self, item_id: str) -> Item:
        return self.catalogue.item(item_id)


def _parse_stamp(value: str) -> dt.datetime:
    stamp = dt.datetime.fromisoformat(value)
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=dt.UTC)


def _last_change(ws: Workspace, cycle: Cycle) -> dt.datetime:
    """The newest stored timestamp of the cycle: its creation, any answer change, finalisation."""
    stamps = [cycle.created_at] + [h.changed_at for h in ws.answers.history(cycle.id)]
    if cycle.finalised_at:
        stamps.append(cycle.finalised_at)
    return max(_parse_stamp(s) for s in stamps).astimezone(JST)


def previous_cycle(ws: Workspace, cycle: Cycle) -> Cycle | None:
    """The cycle this one was copied from, else the latest cycle before it (by fiscal year, then id).
    A revision of a finalised cycle is compared with the cycle before its original: the board
    wants the change since last year, not since the version it is replacing."""
    if cycle.revision_of_id is not None:
        try:
            return previous_cycle(ws, ws.cycles.get(cycle.revision_of_id))
        except KeyError:
            pass
    if cycle.copied_from_id is not None:
        try:
            return ws.cycles.get(cycle.copied_from_id)
        except KeyError:
            pass  # the source was removed; fall back to the order of cycles
    earlier = [c for c in ws.cycles.all() if (c.fiscal_year, c.id) < (cycle.fiscal_year, cycle.id)]
    return earlier[-1] if earlier else None


def _without_free_text(answers: dict[str, Answer]) -> dict[str, Answer]:
    return {k: replace(a, notes="", evidence="", justification="") for k, a in answers.items()}


def gather(
    ws: Workspace, catalogue: Catalogue, cycle_id: int, fingerprint: str | None = None, include_notes: bool = True
) -> ReportData:
    """Read the cycle, its answers, the profile and any previous cycle; score and compare them.
    include_notes=False leaves out the free text (notes, evidence, reasons), exactly as a bundle
    exported without notes does: the report travels inside the bundle."""
    cycle = ws.cycles.get(cycle_id)
    profile = ws.profile_for(cycle)
    if profile is None:
        raise ValueError("This workspace has no institution profile yet; complete the set-up first.")
    answers = dict(sorted(ws.answers.load(cycle_id).items()))
    if not include_notes:
        answers = _without_free_text(answers)
    previous = previous_cycle(ws, cycle)
    comparison = None
    if previous is not None:
        before = ws.answers.load(previous.id)
        comparison = compare_cycles(
            catalogue, profile, before if include_notes else _without_free_text(before), answers
        )
    return ReportData(
        catalogue=catalogue,
        profile=profile,
        cycle=cycle,
        answers=answers,
        items=tuple(applicable_items(catalogue, profile)),
        scores=score(catalogue, profile, answers),
        actions=tuple(action_plan(catalogue, profile, answers)),
        previous=previous,
        comparison=comparison,
        signoffs={entry.role: entry for entry in ws.cycles.signoffs(cycle_id)},
        last_change=_last_change(ws, cycle),
        fingerprint=fingerprint,
    )

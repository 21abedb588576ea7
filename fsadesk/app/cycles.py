"""Use cases on a workspace's cycles and profile, each one transaction: it is stored whole, or
(on any error, in any step) nothing of it is.

The windows and the CLI call these rather than the repositories, so both apply the same rules:
the default label (fsadesk.assessment.fiscal), the label and year limits
(fsadesk.assessment.cycles.cycle_problems), what a sign-off needs (fsadesk.assessment.signoff).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fsadesk import limits
from fsadesk.app.errors import CycleRejected, NotFinalised, ProfileIncomplete, SignOffIncomplete
from fsadesk.assessment.cycles import carry_over, cycle_problems
from fsadesk.assessment.fiscal import default_cycle_label
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.assessment.readiness import FinaliseNote, Readiness, readiness
from fsadesk.assessment.signoff import SignOff, missing_for_finalising
from fsadesk.catalogue.model import Catalogue
from fsadesk.store.records import Cycle
from fsadesk.store.workspace import Workspace

__all__ = [
    "StartedCycle", "change_profile", "check_new_cycle", "check_profile", "cycle_readiness", "finalise", "latest_cycle",
    "start_next_cycle", "start_revision",
]  # fmt: skip


@dataclass(frozen=True)
class StartedCycle:
    cycle: Cycle
    carried: int  # answers copied into it


def check_new_cycle(label: str | None, fiscal_year: int) -> str:
    """The label a new cycle gets (the default 2026年度 when none is given); raises CycleRejected
    when the label or year is outside fsadesk.limits."""
    label = default_cycle_label(fiscal_year) if label is None else label
    problems = cycle_problems(label, fiscal_year)
    if problems:
        raise CycleRejected(
            f"The cycle {label!r} for fiscal year {fiscal_year} cannot be started: "
            + ", ".join(p.value for p in problems),
            [p.value for p in problems],
        )
    return label


def check_profile(profile: InstitutionProfile, catalogue: Catalogue) -> None:
    """Raises ProfileIncomplete naming what is missing or too long."""
    problems = profile.problems({c.id for c in catalogue.categories}, {q.id for q in catalogue.questions})
    if problems:
        raise ProfileIncomplete("; ".join(problems), problems)


def latest_cycle(ws: Workspace) -> Cycle | None:
    """The cycle a new one copies from by default: the latest fiscal year's newest."""
    return ws.cycles.latest()


def start_next_cycle(
    ws: Workspace,
    catalogue: Catalogue,
    label: str | None,
    fiscal_year: int,
    copy_from: int | None,
    by: str | None = None,
) -> StartedCycle:
    """Open a new cycle (label None: the default label of the year); with copy_from, every answer
    of that cycle is carried over, marked for review so that nothing is signed off unseen. The
    cycle and all its copied answers are one transaction: never a cycle with half its answers."""
    label = check_new_cycle(label, fiscal_year)
    with ws.unit_of_work() as uow:
        cycle = uow.cycles.create(label, fiscal_year, catalogue, copied_from=copy_from)
        carried = 0
        if copy_from is not None:
            copies = carry_over(uow.answers.load(copy_from), catalogue.item_ids())
            carried = uow.answers.save_many(cycle.id, copies.values(), by=by)
    return StartedCycle(cycle, carried)


def start_revision(ws: Workspace, catalogue: Catalogue, final_id: int, by: str | None = None) -> Cycle:
    """Change a finalised cycle by opening a new revision of it: same year and label, every answer
    copied as it was, while the finalised original stays untouched (it is what was signed off)."""
    with ws.unit_of_work() as uow:
        final = uow.cycles.get(final_id)  # read under the write lock: its state cannot change now
        if final.is_open:
            raise NotFinalised("only a finalised cycle gets a new revision; this one is still open")
        cycle = uow.cycles.create(final.label, final.fiscal_year, catalogue, copied_from=final.id, revision_of=final)
        uow.answers.save_many(cycle.id, uow.answers.load(final.id).values(), by=by)
    return cycle


def cycle_readiness(ws: Workspace, catalogue: Catalogue, cycle_id: int) -> Readiness:
    """What is still open in a cycle, judged under the profile it is assessed under."""
    cycle = ws.cycles.get(cycle_id)
    profile = ws.profile_for(cycle)
    if profile is None:
        raise ProfileIncomplete("the institution has not been set up yet", ["profile"])
    return readiness(catalogue, profile, ws.answers.load(cycle_id))


def finalise(
    ws: Workspace, cycle_id: int, signoffs: Sequence[SignOff], by: str, note: FinaliseNote | None = None
) -> Cycle:
    """Record the three roles' sign-offs and lock the cycle, together: either the cycle is
    finalised with these sign-offs (and `note`, when finalised with points still open), or
    nothing (not even one sign-off) is stored."""
    if note is not None and limits.text_problem(note.reason, limits.FINALISE_REASON) is not None:
        raise SignOffIncomplete("the reason for finalising with open points is empty or too long", ["reason"])
    too_long = [p.value for s in signoffs for p in s.problems()]
    if too_long:
        raise SignOffIncomplete("a sign-off is too long: " + ", ".join(too_long), too_long)
    missing = missing_for_finalising(list(signoffs))
    if missing:
        names = [r.value for r in missing]
        raise SignOffIncomplete("sign-off missing for: " + ", ".join(names), names)
    with ws.unit_of_work() as uow:
        for signoff in signoffs:
            uow.cycles.set_signoff(cycle_id, signoff)
        return uow.cycles.finalise(cycle_id, by=by, note=note)


def change_profile(ws: Workspace, catalogue: Catalogue, profile: InstitutionProfile) -> None:
    """Store a changed institution profile (name, scope, answers about the systems). Finalised
    cycles keep the profile they were signed off with."""
    check_profile(profile, catalogue)
    with ws.unit_of_work() as uow:
        uow.institution.save(profile)

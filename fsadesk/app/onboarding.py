"""First-run set-up as one call: create the workspace with its profile and first cycle.

All or nothing (fsadesk.store.workspace.create_workspace): the database takes its name only after
the profile and the cycle are committed, and a failure removes everything this call made; a
folder that was already there keeps its mode and its contents.
"""

from __future__ import annotations

from pathlib import Path

from fsadesk.app.cycles import check_new_cycle, check_profile
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.catalogue.model import Catalogue
from fsadesk.store.records import Cycle
from fsadesk.store.unit_of_work import UnitOfWork
from fsadesk.store.workspace import Workspace, create_workspace

__all__ = ["create_assessment_workspace", "create_demo_workspace"]


def create_assessment_workspace(
    folder: Path, profile: InstitutionProfile, catalogue: Catalogue, year: int, label: str | None = None
) -> tuple[Workspace, Cycle]:
    """The new workspace (open; the caller closes it) and its first cycle (label None: the
    default label of the year). Raises ProfileIncomplete or CycleRejected (nothing created), or a
    WorkspaceError from the store (nothing left behind)."""
    check_profile(profile, catalogue)
    label = check_new_cycle(label, year)
    made: list[Cycle] = []

    def fill(uow: UnitOfWork) -> None:
        uow.institution.save(profile)
        made.append(uow.cycles.create(label, year, catalogue))

    ws = create_workspace(folder, fill)
    return ws, made[0]


def create_demo_workspace(folder: Path, catalogue: Catalogue) -> int:
    """A sample institution with a partly answered assessment, made whole or not at all (as
    create_assessment_workspace). Returns how many answers it holds."""
    from fsadesk.assessment.demo import DEMO_CYCLE_LABEL, DEMO_FISCAL_YEAR, DEMO_PROFILE, demo_answers

    saved: list[int] = []

    def fill(uow: UnitOfWork) -> None:
        uow.institution.save(DEMO_PROFILE)
        cycle = uow.cycles.create(DEMO_CYCLE_LABEL, DEMO_FISCAL_YEAR, catalogue)
        saved.append(uow.answers.save_many(cycle.id, demo_answers(catalogue), by="demo"))

    create_workspace(folder, fill).close()
    return saved[0]

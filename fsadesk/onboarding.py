"""First-run set-up as one call: create the workspace, save the profile, open the first cycle."""

from __future__ import annotations

from pathlib import Path

from fsadesk.assessment.fiscal import default_cycle_label, fiscal_year
from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.catalogue.model import Catalogue
from fsadesk.store.cycles import Cycle
from fsadesk.store.workspace import Workspace, create_workspace

__all__ = ["create_assessment_workspace", "default_cycle_label", "fiscal_year"]


def create_assessment_workspace(
    folder: Path, profile: InstitutionProfile, catalogue: Catalogue, year: int, label: str | None = None
) -> tuple[Workspace, Cycle]:
    """Raises ValueError (nothing created) when the profile is incomplete."""
    problems = profile.problems({c.id for c in catalogue.categories}, {q.id for q in catalogue.questions})
    if problems:
        raise ValueError("; ".join(problems))
    ws = create_workspace(folder)
    ws.institution.save(profile)
    cycle = ws.cycles.create(label or default_cycle_label(year), year, catalogue)
    return ws, cycle

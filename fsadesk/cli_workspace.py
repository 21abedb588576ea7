"""What the workspace commands of the member's command line share: the catalogue, the workspace
opened through the application layer, the chosen cycle, and a write error that names its file."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from fsadesk import cli_args
from fsadesk.cli_errors import CliError, output_failed

if TYPE_CHECKING:
    from fsadesk.app.workspace import AssessmentWorkspace, Cycle
    from fsadesk.assessment.answers import Answer
    from fsadesk.assessment.profile import InstitutionProfile
    from fsadesk.catalogue import Catalogue


def catalogue_of(path: str | None) -> Catalogue:
    from fsadesk.catalogue import load_catalogue

    return load_catalogue(Path(path) if path else None)


def workspace_path(args: argparse.Namespace) -> Path:
    return cli_args.workspace_folder(args.workspace, args.data_dir)


def opened(args: argparse.Namespace) -> AbstractContextManager[AssessmentWorkspace]:
    """The command's workspace, opened through the application layer and closed after the command."""
    from fsadesk.app.workspace import opened_workspace  # SQLAlchemy loads here, not for --help

    return opened_workspace(workspace_path(args))


def written(target: Path, write: Callable[[], int]) -> int:
    """Run `write`; an error while writing (no space left, a device) names the file it was for."""
    try:
        return write()
    except OSError as exc:
        raise output_failed(exc, target) from None


def cycle_id_of(ws: AssessmentWorkspace, requested: int | None) -> int:
    if requested is not None:
        try:
            return ws.cycle(requested).id
        except KeyError:
            raise CliError(f"This workspace has no cycle {requested}.") from None
    latest = ws.latest_cycle()
    if latest is None:
        raise CliError("This workspace has no assessment cycle yet.")
    return latest.id


def assessment(
    ws: AssessmentWorkspace, args: argparse.Namespace
) -> tuple[InstitutionProfile, Cycle, dict[str, Answer]]:
    """The profile, the chosen (or latest) cycle and its answers."""
    cycle = ws.cycle(cycle_id_of(ws, args.cycle))
    profile = ws.profile_for(cycle)
    if profile is None:
        raise CliError("This workspace has no institution profile yet.")
    return profile, cycle, ws.answers(cycle.id)

"""`fsadesk benchmark import WORKSPACE FILE`: a member takes in the benchmark pack its central
organisation sends (issue #14 point 3), through fsadesk.app.benchmark as the window does, and is
told which campaign the figures come from, who signed them and which peer group it is compared with.

A refusal is one plain line from the top-level handler (fsadesk.cli.run): the typed errors of the
pack and of the import derive from BundleError, whose message is that line.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from fsadesk import cli_args

if TYPE_CHECKING:
    from fsadesk.assessment.benchmark import BenchmarkPack, PeerGroup
    from fsadesk.assessment.profile import InstitutionProfile


def group_words(group: PeerGroup | None) -> str:
    """The peer group in a line's words: which members, how many."""
    if group is None:
        return "none: every group of this pack was too small to publish"
    if group.grouping == "all":
        return f"all members ({group.members})"
    if group.grouping == "category":
        from fsadesk.catalogue import load_catalogue

        names = {c.id: c.en for c in load_catalogue().categories}
        return f"category {names.get(group.name, group.name)} ({group.members} members)"
    return f"size band {group.name} ({group.members} members)"


def peer_line(pack: BenchmarkPack, profile: InstitutionProfile | None) -> str:
    if profile is None:
        return "Set up the institution's profile to be compared with its peer group."
    group = pack.group_for(profile.category, profile.size_band.value)
    return f"Your peer group: {group_words(group)}."


def cmd_benchmark_import(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.app.benchmark import import_benchmark
    from fsadesk.app.workspace import opened_workspace

    folder = cli_args.workspace_folder(args.workspace, args.data_dir)
    done = import_benchmark(folder, Path(args.file))
    with opened_workspace(folder) as ws:
        profile = ws.profile()
    p = done.pack
    out.write(
        f"Imported the benchmark pack of the campaign {p.campaign_title!r} ({p.campaign_id}, {p.cycle_label}) "
        f"from {p.organisation_name}, made {p.created:%Y-%m-%d}.\n{peer_line(p, profile)}\n"
    )
    if done.catalogue_differs:
        out.write(
            f"Note: the figures were counted against the catalogue {p.catalogue_id} {p.catalogue_version}, not "
            "the one of your cycle; they may not match item by item.\n"
        )
    return 0


def add_benchmark_commands(sub: Any) -> None:
    """`benchmark import` on the main parser's sub-parsers."""
    b = sub.add_parser("benchmark", help="the benchmark pack from your central organisation")
    b_sub = b.add_subparsers(dest="benchmark_command", required=True)
    bi = b_sub.add_parser("import", help="import a benchmark pack (.fsbp) into a workspace")
    bi.add_argument("workspace", type=cli_args.path)
    bi.add_argument("file", type=cli_args.path)
    bi.set_defaults(func=cmd_benchmark_import)


__all__ = ["add_benchmark_commands", "group_words", "peer_line"]

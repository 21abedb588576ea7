"""`fsadesk central benchmark --db DB --out FILE [--campaign ID] [--min-group N] [--force]`: the
signed, anonymised benchmark pack (.fsbp) members import to see where they stand among their peers
(issue #14 point 3). The passphrase is asked as for `central campaign create` (it signs the pack)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from fsadesk import cli_args
from fsadesk.assessment.benchmark import DEFAULT_THRESHOLD
from fsadesk.central_cli_common import db_option, keys_folder, keys_options, open_db, plain_errors
from fsadesk.shown import shown_path

MIN_GROUP_MAX = 10_000  # the schema's limit: a group larger than any federation's membership


@plain_errors
def cmd_benchmark(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.bundle_cli import _passphrase
    from fsadesk.central.benchmark_build import BenchmarkFileExists, write_benchmark_pack
    from fsadesk.cli_args import output_file
    from fsadesk.cli_errors import CliError

    target = output_file(Path(args.out))  # said before the passphrase is asked
    if target.exists() and not args.force:
        raise BenchmarkFileExists(f"{shown_path(target)} exists already; give --force to replace it.")
    keys = keys_folder(args)
    if keys is None:
        raise CliError("A central database on a server keeps its keys elsewhere: give --keys DIR.")
    with open_db(args) as db:
        written = write_benchmark_pack(
            db, keys, _passphrase(args, new=False), target, args.campaign, args.min_group, force=args.force
        )
    p, s = written.pack, written.summary
    out.write(
        f"Benchmark pack of campaign {p.campaign_id} ({p.cycle_label}), minimum group size {p.threshold}: "
        f"{s.groups_published} peer groups published, {s.groups_suppressed} withheld (too few members, or they "
        f"would give a smaller group away); {s.cells_suppressed} figures withheld for the same reasons.\n"
        f"Wrote {shown_path(written.path)}: send it to the members.\n"
    )
    return 0


def add_benchmark_command(central_sub: Any) -> None:
    """Register `benchmark` on the `central` sub-command parser."""
    b = central_sub.add_parser("benchmark", help="write the signed, anonymised benchmark pack (.fsbp) for members")
    db_option(b)
    b.add_argument("--out", required=True, type=cli_args.path, help="the pack to write (.fsbp)")
    b.add_argument("--campaign", metavar="ID", help="the campaign (default: the newest)")
    b.add_argument(
        "--min-group",
        type=cli_args.whole_number(2, MIN_GROUP_MAX, "the minimum group size"),
        default=DEFAULT_THRESHOLD,
        metavar="N",
        help=f"groups and figures of fewer members are withheld (at least 2; default {DEFAULT_THRESHOLD})",
    )
    b.add_argument("--force", action="store_true", help="replace FILE if it exists")
    keys_options(b)
    b.set_defaults(func=cmd_benchmark)

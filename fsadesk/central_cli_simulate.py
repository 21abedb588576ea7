"""`fsadesk central simulate`: synthetic members with enrolment files and real signed bundles, for
trying the central side out, demos, tests and benchmarks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from fsadesk import cli_args
from fsadesk.central_cli_common import plain_errors
from fsadesk.shown import shown_path


@plain_errors
def cmd_simulate(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.catalogue import load_catalogue
    from fsadesk.central.simulate import ENROLMENTS, MEMBER_LIST, check_output_folder, simulate
    from fsadesk.cli_errors import CliError

    target = Path(args.out)
    check_output_folder(target)  # before a passphrase is typed for nothing
    passphrase = None
    if args.keep_workspaces:
        from fsadesk.bundle.keys import check_passphrase
        from fsadesk.bundle_cli import _passphrase

        passphrase = _passphrase(args, new=True)
        check_passphrase(passphrase)
    elif args.passphrase_file:
        raise CliError("--passphrase-file is for the kept workspaces' keys: use it with --keep-workspaces.")

    def progress(done: int, total: int) -> None:
        if done % 100 == 0 or done == total:
            sys.stderr.write(f"{done:,} of {total:,} members made\n")

    result = simulate(
        target, args.members, load_catalogue(None), seed=args.seed, fiscal_year=args.fiscal_year,
        fast=args.fast_report, keep_workspaces=args.keep_workspaces, passphrase=passphrase, progress=progress,
    )  # fmt: skip
    out.write(
        f"Made {len(result.members):,} members and {len(result.bundles):,} signed bundles in {shown_path(target)} "
        f"({result.seconds:.1f} s): enrolment files in {ENROLMENTS}/, bundles in bundles/, and each member's "
        f"category, size band and region in {MEMBER_LIST}.\n"
        "Names and answers follow from the seed; the keys are new each run, so fingerprints and signatures differ.\n"
    )
    return 0


def add_simulate_command(central_sub: Any) -> None:
    """Register `simulate` on the `central` sub-command parser."""
    path = cli_args.path
    from fsadesk.limits import SIMULATED_MEMBERS_MAX

    sim = central_sub.add_parser(
        "simulate",
        help="make synthetic member institutions, with enrolment files and real signed bundles, for tests, "
        "demos and benchmarks",
        description="Writes DIR/enrolments/ (one enrolment file a member), DIR/bundles/ (each member's signed "
        "bundle, made by the real export; a few members also send a corrected one) and DIR/members.json (each "
        "member's category, size band, region and answer pattern).",
    )
    sim.add_argument(
        "--members",
        required=True,
        metavar="N",
        type=cli_args.whole_number(1, SIMULATED_MEMBERS_MAX, "the number of members"),
        help=f"how many member institutions to make (1 to {SIMULATED_MEMBERS_MAX:,})",
    )
    sim.add_argument("--out", required=True, type=path, metavar="DIR", help="a new or empty folder")
    sim.add_argument(
        "--seed",
        type=cli_args.whole_number(0, 2**31 - 1, "the seed"),
        default=1,
        help="the same seed gives the same members and answers (the keys are always new)",
    )
    sim.add_argument("--fiscal-year", type=cli_args.fiscal_year, default=2026, help="the cycle's fiscal year")
    sim.add_argument(
        "--fast-report",
        action="store_true",
        help="a plain PDF instead of the real report, about five times faster in all: for tests and benchmarks "
        "only (the bundles still verify)",
    )
    sim.add_argument(
        "--keep-workspaces",
        action="store_true",
        help="keep the members' workspaces in DIR/workspaces (their keys encrypted with the passphrase)",
    )
    sim.add_argument("--passphrase-file", type=path, help="with --keep-workspaces: the passphrase, instead of a prompt")
    sim.set_defaults(func=cmd_simulate)

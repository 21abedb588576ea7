"""The `fsadesk self-test` command: its arguments, and the call of fsadesk.selftest."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from fsadesk import cli_args


def cmd_self_test(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.cli_errors import CliError
    from fsadesk.selftest import run_self_test
    from fsadesk.shown import shown_path

    keep = Path(args.keep) if args.keep else None
    if keep is not None and (keep.is_file() or (keep.is_dir() and any(keep.iterdir()))):
        raise CliError(f"{shown_path(keep)} is not an empty folder; give a new or empty folder to --keep.")
    return run_self_test(out, sys.stderr, args.lang or "ja", keep)


def add_selftest_command(sub: Any) -> None:
    """`sub`: the main parser's sub-parsers (argparse keeps their type private)."""
    st = sub.add_parser(
        "self-test",
        help="check that this copy of fsadesk works: in a temporary folder, offscreen; exit 0 when it does",
    )
    st.add_argument(
        "--keep", type=cli_args.path, metavar="DIR", help="do the work in DIR and keep it (default: removed)"
    )
    st.add_argument("--lang", choices=["ja", "en"], default=argparse.SUPPRESS)
    st.set_defaults(func=cmd_self_test)

"""`fsadesk catalogue diff OLD NEW`: what changed between two catalogue versions, per item (#15).

Its own module beside cli.py (which only adds the sub-command): the catalogue loader, the diff and
openpyxl load when the command runs, never for `fsadesk --help`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from fsadesk import cli_args
from fsadesk.cli_errors import CliError
from fsadesk.cli_workspace import written
from fsadesk.shown import shown_path

DIFF_HELP = (
    "OLD and NEW are each a catalogue version (this fsadesk's, 'built-in', or an earlier one it keeps, "
    "e.g. 2025.07.1), a catalogue folder, or a .csv/.xlsx file written by 'fsadesk catalogue export' "
    "(keep the export of the version you reviewed to compare it with the next one). Text goes to "
    "the screen unless --out is given; csv and xlsx need --out."
)


def add_diff_parser(catalogue_sub: Any) -> None:
    """`catalogue diff` under the `catalogue` command of fsadesk.cli's parser."""
    d = catalogue_sub.add_parser(
        "diff", help="show what changed between two catalogue versions, per item", description=DIFF_HELP
    )
    d.add_argument("old", type=cli_args.path, help="the earlier catalogue")
    d.add_argument("new", type=cli_args.path, help="the later catalogue")
    d.add_argument("--format", choices=["text", "csv", "xlsx"], default="text")
    d.add_argument("--out", type=cli_args.path, help="write to this file instead of the screen")
    d.add_argument("--lang", choices=["ja", "en"], default=argparse.SUPPRESS)
    d.set_defaults(func=cmd_catalogue_diff)


def cmd_catalogue_diff(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.catalogue.diff import compare
    from fsadesk.catalogue.diff_report import render_text, write_table
    from fsadesk.catalogue.diff_sources import SourceError, read_side
    from fsadesk.lang import Lang

    lang: Lang = args.lang or "ja"  # argparse's choices keep it to "ja" or "en"
    if args.format != "text" and not args.out:
        raise CliError(f"--format {args.format} writes a file: give its name with --out FILE.")
    target = cli_args.output_file(Path(args.out)) if args.out else None
    try:
        diff = compare(read_side(args.old), read_side(args.new))
    except SourceError as exc:
        raise CliError(str(exc)) from None
    if args.format == "text":
        text = render_text(diff, lang) + "\n"
        if target is None:
            out.write(text)
            return 0
        written(target, lambda: target.write_text(text, encoding="utf-8"))
        out.write(f"Wrote the differences to {shown_path(target)}\n")
        return 0
    assert target is not None
    rows = written(target, lambda: write_table(diff, args.format, lang, target))
    out.write(f"Wrote {rows} changed fields of {len(diff.changes)} entries to {shown_path(target)}\n")
    return 0

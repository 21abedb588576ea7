"""Command-line entry points: for scripting, for central organisations, and for tests.

Every command reads and writes a workspace through the application layer (fsadesk.app), as the
windows do, never through the store's repositories: both apply the same rules in the same
transactions. Heavy modules (SQLAlchemy and the store, the catalogue loader, scoring) are imported
inside the commands that use them: `fsadesk verify` and `fsadesk --help` never load them. run()
holds the one top-level handler: whatever goes wrong ends in one plain line, never in a traceback.

This module holds the parser, the handler and the commands that write a workspace; the read-only
commands are in fsadesk.cli_reads, what both use in fsadesk.cli_workspace, and the key, bundle,
campaign and central commands in their own *_cli modules.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from fsadesk import __version__, cli_args
from fsadesk.assessment.answers import Status
from fsadesk.assessment.profile import Scope, SizeBand
from fsadesk.catalogue_cli import add_diff_parser
from fsadesk.cli_errors import (
    EXIT_INTERRUPTED,
    EXIT_PROBLEM,
    CliError,
    known_problem,
    unexpected_problem,
)
from fsadesk.cli_reads import cmd_exports, cmd_history, cmd_results, cmd_scores  # the read-only commands
from fsadesk.cli_workspace import catalogue_of, cycle_id_of, opened, workspace_path, written
from fsadesk.limits import CYCLE_LABEL, EVIDENCE, INSTITUTION_ID, INSTITUTION_NAME, JUSTIFICATION, NOTES, PERSON_NAME
from fsadesk.shown import shown_path

__all__ = ["CliError", "build_parser", "run"]
STDOUT_NAME = "the output (stdout)"


def cmd_catalogue_validate(args: argparse.Namespace, out: TextIO) -> int:
    cat = catalogue_of(args.path)
    basic = sum(it.is_basic for it in cat.items)
    out.write(
        f"OK: {cat.id} version {cat.version}: {len(cat.items)} items "
        f"({basic} basic, {len(cat.items) - basic} desirable), {len(cat.nodes)} sections\n"
        f"digest sha256:{cat.digest}\n"
    )
    return 0


def cmd_catalogue_show(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.cli_format import render_tree

    out.write(render_tree(catalogue_of(args.catalogue), args.lang or "ja") + "\n")
    return 0


def cmd_catalogue_export(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.catalogue.export import export_catalogue

    target = cli_args.output_file(Path(args.out))
    cat = catalogue_of(args.catalogue)
    rows = written(target, lambda: export_catalogue(cat, args.format, target))
    out.write(f"Wrote {rows} items to {shown_path(target)}\n")
    return 0


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.app.onboarding import create_demo_workspace
    from fsadesk.assessment.demo import DEMO_PROFILE

    cat = catalogue_of(args.catalogue)
    saved = create_demo_workspace(Path(args.dir), cat)  # one transaction: no half-made demo on failure
    out.write(f"Created a demo workspace in {shown_path(args.dir)}: {DEMO_PROFILE.name}, {saved} answers saved.\n")
    return 0


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.app.onboarding import create_assessment_workspace
    from fsadesk.assessment.fiscal import fiscal_year
    from fsadesk.assessment.profile import InstitutionProfile

    cat = catalogue_of(args.catalogue)
    questions = {q.id for q in cat.questions}
    profile = InstitutionProfile(
        name=args.name,
        institution_id=args.institution_id,
        category=args.category,
        size_band=SizeBand(args.size),
        is_fmi=args.fmi,
        scope=Scope(args.scope),
        applicability={q: q in set(args.yes) for q in sorted(questions)},
    )
    problems = profile.problems({c.id for c in cat.categories}, questions)
    problems += [f"unknown applicability question {q!r}" for q in args.yes if q not in questions]
    if problems:
        raise CliError("The profile is not complete: " + "; ".join(problems))
    target = workspace_path(args)
    # The same defaults as the set-up wizard: this fiscal year (from 1 April), labelled 2026年度.
    year = args.year if args.year is not None else fiscal_year(dt.date.today())
    # One call, all or nothing: no workspace is left behind without its profile or first cycle.
    ws, _cycle = create_assessment_workspace(target, profile, cat, year, args.label)
    ws.close()
    out.write(f"Created workspace {shown_path(target)}\n")
    return 0


def cmd_answer(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.assessment.answers import Answer

    cat = catalogue_of(args.catalogue)
    if args.item not in cat.item_ids():
        raise CliError(f"The catalogue has no item {args.item!r}.")
    with opened(args) as ws:
        cycle_id = cycle_id_of(ws, args.cycle)
        current = ws.answer(cycle_id, args.item)
        answer = Answer(
            item_id=args.item,
            status=Status(args.status),
            notes=args.notes if args.notes is not None else current.notes,
            evidence=args.evidence if args.evidence is not None else current.evidence,
            justification=args.justification if args.justification is not None else current.justification,
            plan=current.plan,
            acceptance=current.acceptance,
            marked_for_review=args.review if args.review is not None else current.marked_for_review,
        )
        # The window's save path (fsadesk.app.workspace.save_answer): the same rules; a refusal is
        # reported by run()
        changed = ws.save_answer(cycle_id, answer, by=args.by)
    out.write(("saved" if changed else "unchanged") + f" {args.item}\n")
    out.flush()
    return 0


def cmd_cycle_new(args: argparse.Namespace, out: TextIO) -> int:
    cat = catalogue_of(args.catalogue)
    with opened(args) as ws:
        previous = ws.latest_cycle()
        copy_from = None if args.empty or previous is None else previous.id
        # No --label: the app's default label for the year (2027年度). The cycle and its copied
        # answers are stored together, or not at all.
        started = ws.start_next_cycle(cat, args.label, args.year, copy_from)
    cycle = started.cycle
    what = f", {started.carried} answers carried over from {previous.label}" if copy_from and previous else ""
    out.write(f"Started cycle {cycle.id} ({cycle.label}){what}.\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = cli_args.Parser(prog="fsadesk", description="FSA cybersecurity guideline self-assessment.")
    p.add_argument("--version", action="version", version=f"fsadesk {__version__}")
    p.add_argument(
        "--data-dir",
        type=cli_args.path,
        help="folder for workspaces (default: your user data folder; or set FSADESK_DATA_DIR)",
    )
    p.add_argument("--lang", choices=["ja", "en"], help="language (default: Japanese, or your last choice)")
    p.add_argument("--catalogue", type=cli_args.path, help="use this catalogue folder instead of the built-in one")
    sub = p.add_subparsers(dest="command")  # sub-parsers are cli_args.Parser too: no abbreviations
    path, cycle = cli_args.path, cli_args.cycle_number

    cat = sub.add_parser("catalogue", help="check or print a guideline catalogue")
    cat_sub = cat.add_subparsers(dest="catalogue_command", required=True)
    v = cat_sub.add_parser("validate", help="validate a catalogue folder")
    v.add_argument("path", type=path)
    v.set_defaults(func=cmd_catalogue_validate)
    s = cat_sub.add_parser("show", help="print the catalogue as a tree")
    s.add_argument("--lang", choices=["ja", "en"], default=argparse.SUPPRESS)
    s.set_defaults(func=cmd_catalogue_show)
    e = cat_sub.add_parser("export", help="write every item with all fields to CSV or Excel")
    e.add_argument("--format", choices=["csv", "xlsx"], required=True)
    e.add_argument("out", type=path)
    e.set_defaults(func=cmd_catalogue_export)
    add_diff_parser(cat_sub)  # fsadesk.catalogue_cli: catalogue diff OLD NEW

    d = sub.add_parser("demo", help="create a sample workspace with a partly completed assessment")
    d.add_argument("dir", type=path)
    d.set_defaults(func=cmd_demo)

    i = sub.add_parser("init", help="create a workspace with an institution profile")
    i.add_argument("workspace", type=path)
    i.add_argument("--name", required=True, type=cli_args.text(INSTITUTION_NAME))
    i.add_argument("--institution-id", required=True, type=cli_args.text(INSTITUTION_ID))
    i.add_argument("--category", required=True, help="category id, e.g. regional")
    i.add_argument("--size", choices=[b.value for b in SizeBand], default="small")
    i.add_argument("--scope", choices=[sc.value for sc in Scope], default="basic")
    i.add_argument("--fmi", action="store_true", help="a clearing or settlement institution")
    i.add_argument(
        "--yes",
        action="append",
        default=[],
        metavar="QUESTION",
        help="an applicability question answered yes (repeatable)",
    )
    i.add_argument("--year", type=cli_args.fiscal_year, help="fiscal year of the first cycle (default: this one)")
    i.add_argument("--label", type=cli_args.text(CYCLE_LABEL, blank_ok=False), help="default: e.g. 2026年度")
    i.set_defaults(func=cmd_init)

    a = sub.add_parser("answer", help="set the answer to one item")
    a.add_argument("workspace", type=path)
    a.add_argument("item")
    a.add_argument("status", choices=[st.value for st in Status])
    a.add_argument("--notes", type=cli_args.text(NOTES))
    a.add_argument("--evidence", type=cli_args.text(EVIDENCE))
    a.add_argument("--justification", type=cli_args.text(JUSTIFICATION))
    a.add_argument("--review", action=argparse.BooleanOptionalAction, default=None)
    a.add_argument(
        "--by", type=cli_args.text(PERSON_NAME, blank_ok=False), help="who made the change (default: your login name)"
    )
    a.add_argument("--cycle", type=cycle)
    a.set_defaults(func=cmd_answer)

    sc = sub.add_parser("scores", help="score the latest (or a given) cycle")
    sc.add_argument("workspace", type=path)
    sc.add_argument("--json", action="store_true")
    sc.add_argument("--lang", choices=["ja", "en"], default=argparse.SUPPRESS)
    sc.add_argument("--cycle", type=cycle)
    sc.set_defaults(func=cmd_scores)

    cy = sub.add_parser("cycle", help="assessment cycles")
    cy_sub = cy.add_subparsers(dest="cycle_command", required=True)
    cn = cy_sub.add_parser("new", help="start the next cycle, by default from a copy of the latest")
    cn.add_argument("workspace", type=path)
    cn.add_argument("--year", type=cli_args.fiscal_year, required=True)
    cn.add_argument("--label", type=cli_args.text(CYCLE_LABEL, blank_ok=False), help="default: e.g. 2027年度")
    cn.add_argument("--empty", action="store_true", help="start with no answers")
    cn.set_defaults(func=cmd_cycle_new)

    rs = sub.add_parser("results", help="write every item with its answer, and the scores, to Excel or CSV")
    rs.add_argument("workspace", type=path)
    rs.add_argument("--format", choices=["csv", "xlsx"], required=True)
    rs.add_argument("out", type=path)
    rs.add_argument("--lang", choices=["ja", "en"], default=argparse.SUPPRESS)
    rs.add_argument("--cycle", type=cycle)
    rs.set_defaults(func=cmd_results)

    h = sub.add_parser("history", help="list answer changes")
    h.add_argument("workspace", type=path)
    h.add_argument("--item")
    h.add_argument("--cycle", type=cycle)
    h.set_defaults(func=cmd_history)

    xs = sub.add_parser("exports", help="list a cycle's exports: when, where, SHA-256, and whether the files changed")
    xs.add_argument("workspace", type=path)
    xs.add_argument("--cycle", type=cycle)
    xs.set_defaults(func=cmd_exports)

    from fsadesk.bundle_cli import add_bundle_commands  # key, export, verify

    add_bundle_commands(sub)
    from fsadesk.campaign_cli import add_campaign_commands  # campaign import/show, receipt import

    add_campaign_commands(sub)
    from fsadesk.benchmark_cli import add_benchmark_commands  # benchmark import

    add_benchmark_commands(sub)
    from fsadesk.central_cli import add_central_commands  # central init, central member …

    add_central_commands(sub)
    from fsadesk.selftest.command import add_selftest_command  # self-test

    add_selftest_command(sub)
    return p


def _portable_problem(data_dir_override: str | None) -> str | None:
    """Portable mode on a read-only folder: said before any command writes anything."""
    from fsadesk.paths import PortableFolderReadOnly, check_writable, data_location

    try:
        check_writable(data_location(data_dir_override))
    except PortableFolderReadOnly as exc:
        return str(exc)
    return None


def _plain_output() -> None:
    """A terminal that only takes strict UTF-8 (PYTHONIOENCODING=utf-8:strict, some desktops) still
    gets every line: what cannot be encoded (text that is not valid Unicode) is shown escaped."""
    for stream in (sys.stdout, sys.stderr):
        # AttributeError etc.: not a text stream of ours (e.g. a test's StringIO)
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


def _silence_stdout() -> None:
    """After stdout failed (a closed pipe, /dev/full), Python's final flush at exit would fail
    again and print its own complaint: point the descriptor at /dev/null first."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


class _Stdout(io.TextIOBase):
    """stdout for the commands: a write that fails (a full disk under `> file`, /dev/full) says it
    was the output that failed, as an error while writing names no file by itself."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise self._named(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise self._named(exc) from None

    @staticmethod
    def _named(exc: OSError) -> OSError:
        _silence_stdout()
        return type(exc)(exc.errno, exc.strerror, STDOUT_NAME)


def _run_command(args: argparse.Namespace, out: TextIO) -> int:
    if out is sys.stdout:
        out = _Stdout(out)  # type: ignore[assignment]
    code = int(args.func(args, out))
    out.flush()  # a full disk under stdout shows here, inside the handler, not at exit
    return code


def run(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run a subcommand. Returns the exit status; messages for the user go to stderr."""
    _plain_output()
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)  # a bad argument: argparse's usage line, exit 2
    if getattr(args, "func", None) is None:  # options but no command: the window is started elsewhere
        parser.print_help(sys.stderr)
        return 2
    # Portable mode on a read-only folder stops every command but the self-test (its own temp folder).
    problem = None if args.command == "self-test" else _portable_problem(args.data_dir)
    if problem:
        sys.stderr.write(problem + "\n")
        return EXIT_PROBLEM
    # The single top-level handler: every failure ends in one plain line (known problems in their
    # own words, anything else with its traceback in the error log), never in a traceback.
    try:
        return _run_command(args, out)
    except BrokenPipeError as exc:
        if exc.filename != STDOUT_NAME:
            sys.stderr.write(f"{known_problem(exc)}\n")
        return EXIT_PROBLEM  # `fsadesk catalogue show | head`: the reader had all it wanted
    except KeyboardInterrupt:
        sys.stderr.write("\nStopped. What was saved before stays saved.\n")
        return EXIT_INTERRUPTED
    except Exception as exc:
        message = known_problem(exc)
        if message is None:
            from fsadesk.errorlog import log_exception

            context = f"fsadesk {args.command}"
            log = log_exception(type(exc), exc, exc.__traceback__, context=context, data_dir_override=args.data_dir)
            message = unexpected_problem(exc, log)
        sys.stderr.write(message + "\n")
        return EXIT_PROBLEM

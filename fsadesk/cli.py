"""Command-line entry points: for scripting, for central organisations, and for tests."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from fsadesk import __version__
from fsadesk.assessment.answers import Answer, Status
from fsadesk.assessment.demo import DEMO_CYCLE_LABEL, DEMO_FISCAL_YEAR, DEMO_PROFILE, demo_answers
from fsadesk.assessment.profile import InstitutionProfile, Scope, SizeBand
from fsadesk.assessment.scoring import score
from fsadesk.catalogue import Catalogue, CatalogueError, load_catalogue
from fsadesk.cli_format import render_scores, render_tree
from fsadesk.paths import data_dir, resolve_workspace
from fsadesk.store import Workspace, create_workspace, open_workspace
from fsadesk.store.cycles import Cycle, start_next_cycle
from fsadesk.store.errors import AnswerRejected, CycleLocked, WorkspaceError

PROBLEM_MESSAGES = {
    "na_needs_reason": "'Not applicable' needs a reason (--justification).",
    "alternative_needs_justification": "'Alternative measure' needs a description of the measure (--justification).",
    "plan_incomplete": "A remediation plan needs both an owner and a target date.",
    "acceptance_incomplete": "A risk acceptance needs the approver, the reason and the date.",
}


class CliError(Exception):
    """A problem to print for the user; exit status 1."""


def _catalogue(path: str | None) -> Catalogue:
    return load_catalogue(Path(path) if path else None)


def _workspace(args: argparse.Namespace) -> Workspace:
    return open_workspace(resolve_workspace(args.workspace, data_dir(args.data_dir)))


def _cycle_id(ws: Workspace, requested: int | None) -> int:
    if requested is not None:
        try:
            return ws.cycles.get(requested).id
        except KeyError:
            raise CliError(f"This workspace has no cycle {requested}.") from None
    latest = ws.cycles.latest()
    if latest is None:
        raise CliError("This workspace has no assessment cycle yet.")
    return latest.id


def _assessment(ws: Workspace, args: argparse.Namespace) -> tuple[InstitutionProfile, Cycle, dict[str, Answer]]:
    """The profile, the chosen (or latest) cycle and its answers."""
    cycle = ws.cycles.get(_cycle_id(ws, args.cycle))
    profile = ws.profile_for(cycle)
    if profile is None:
        raise CliError("This workspace has no institution profile yet.")
    return profile, cycle, ws.answers.load(cycle.id)


def cmd_catalogue_validate(args: argparse.Namespace, out: TextIO) -> int:
    cat = load_catalogue(Path(args.path))
    basic = sum(it.is_basic for it in cat.items)
    out.write(
        f"OK: {cat.id} version {cat.version}: {len(cat.items)} items "
        f"({basic} basic, {len(cat.items) - basic} desirable), {len(cat.nodes)} sections\n"
        f"digest sha256:{cat.digest}\n"
    )
    return 0


def cmd_catalogue_show(args: argparse.Namespace, out: TextIO) -> int:
    out.write(render_tree(_catalogue(args.catalogue), args.lang or "ja") + "\n")
    return 0


def cmd_catalogue_export(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.catalogue.export import export_catalogue

    target = Path(args.out)
    if not target.parent.is_dir():
        raise CliError(f"The folder {target.parent} does not exist.")
    rows = export_catalogue(_catalogue(args.catalogue), args.format, target)
    out.write(f"Wrote {rows} items to {target}\n")
    return 0


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    cat = _catalogue(args.catalogue)
    with create_workspace(Path(args.dir)) as ws:
        ws.institution.save(DEMO_PROFILE)
        cycle = ws.cycles.create(DEMO_CYCLE_LABEL, DEMO_FISCAL_YEAR, cat)
        saved = ws.answers.save_many(cycle.id, demo_answers(cat), by="demo")
        out.write(f"Created a demo workspace in {args.dir}: {DEMO_PROFILE.name}, {saved} answers saved.\n")
    return 0


def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    cat = _catalogue(args.catalogue)
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
    target = resolve_workspace(args.workspace, data_dir(args.data_dir))
    with create_workspace(target) as ws:
        ws.institution.save(profile)
        year = args.year or dt.date.today().year
        ws.cycles.create(args.label or f"{year}", year, cat)
    out.write(f"Created workspace {target}\n")
    return 0


def cmd_answer(args: argparse.Namespace, out: TextIO) -> int:
    cat = _catalogue(args.catalogue)
    if args.item not in cat.item_ids():
        raise CliError(f"The catalogue has no item {args.item!r}.")
    with _workspace(args) as ws:
        cycle_id = _cycle_id(ws, args.cycle)
        current = ws.answers.get(cycle_id, args.item)
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
        try:
            changed = ws.answers.save(cycle_id, answer, by=args.by)
        except AnswerRejected as exc:
            raise CliError(" ".join(PROBLEM_MESSAGES[p] for p in exc.problems)) from exc
        except CycleLocked as exc:
            raise CliError("This cycle is finalised and can no longer be changed.") from exc
    out.write(("saved" if changed else "unchanged") + f" {args.item}\n")
    out.flush()
    return 0


def cmd_scores(args: argparse.Namespace, out: TextIO) -> int:
    cat = _catalogue(args.catalogue)
    with _workspace(args) as ws:
        profile, cycle, answers = _assessment(ws, args)
        orphans = ws.answers.orphans(cycle.id, cat.item_ids())
    scores = score(cat, profile, answers)
    notes = []
    if orphans:
        notes.append(
            f"Answers are stored for {len(orphans)} item(s) this catalogue does not have "
            f"({', '.join(orphans)}). They are kept but not scored."
        )
    if cycle.catalogue_digest != cat.digest:
        notes.append(f"The catalogue changed since this cycle began ({cycle.catalogue_version} → {cat.version}).")
    if args.json:
        doc = {
            "institution": {"name": profile.name, "institution_id": profile.institution_id},
            "cycle": {"id": cycle.id, "label": cycle.label, "fiscal_year": cycle.fiscal_year},
            "scores": scores.to_dict(),
            "unknown_items": orphans,
        }
        out.write(json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    else:
        out.write(f"{profile.name} · {cycle.label}\n\n{render_scores(scores, cat, args.lang or 'ja')}\n")
    for note in notes:
        sys.stderr.write(f"Note: {note}\n")
    return 0


def cmd_cycle_new(args: argparse.Namespace, out: TextIO) -> int:
    cat = _catalogue(args.catalogue)
    with _workspace(args) as ws:
        previous = ws.cycles.latest()
        copy_from = None if args.empty or previous is None else previous.id
        cycle = start_next_cycle(ws.cycles, ws.answers, cat, args.label or f"{args.year}", args.year, copy_from)
        carried = len(ws.answers.load(cycle.id))
    what = f", {carried} answers carried over from {previous.label}" if copy_from and previous else ""
    out.write(f"Started cycle {cycle.id} ({cycle.label}){what}.\n")
    return 0


def cmd_results(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.report.results_export import export_results

    cat = _catalogue(args.catalogue)
    target = Path(args.out)
    if not target.parent.is_dir():
        raise CliError(f"The folder {target.parent} does not exist.")
    with _workspace(args) as ws:
        profile, cycle, answers = _assessment(ws, args)
    rows = export_results(
        cat, profile, answers, args.lang or "ja", args.format, target, heading=f"{profile.name} · {cycle.label}"
    )
    out.write(f"Wrote {rows} items to {target}\n")
    return 0


def cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    with _workspace(args) as ws:
        entries = ws.answers.history(_cycle_id(ws, args.cycle), args.item)
    for e in entries:
        old = e.old.status.value if e.old else "—"
        out.write(f"{e.changed_at}  {e.changed_by:<12} {e.item_id:<14} {old} → {e.new.status.value}\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fsadesk", description="FSA cybersecurity guideline self-assessment.")
    p.add_argument("--version", action="version", version=f"fsadesk {__version__}")
    p.add_argument("--data-dir", help="folder for workspaces (default: your user data folder; or set FSADESK_DATA_DIR)")
    p.add_argument("--lang", choices=["ja", "en"], help="language (default: Japanese, or your last choice)")
    p.add_argument("--catalogue", help="use this catalogue folder instead of the built-in one")
    sub = p.add_subparsers(dest="command")

    cat = sub.add_parser("catalogue", help="check or print a guideline catalogue")
    cat_sub = cat.add_subparsers(dest="catalogue_command", required=True)
    v = cat_sub.add_parser("validate", help="validate a catalogue folder")
    v.add_argument("path")
    v.set_defaults(func=cmd_catalogue_validate)
    s = cat_sub.add_parser("show", help="print the catalogue as a tree")
    s.add_argument("--lang", choices=["ja", "en"], default=argparse.SUPPRESS)
    s.set_defaults(func=cmd_catalogue_show)
    e = cat_sub.add_parser("export", help="write every item with all fields to CSV or Excel")
    e.add_argument("--format", choices=["csv", "xlsx"], required=True)
    e.add_argument("out")
    e.set_defaults(func=cmd_catalogue_export)

    d = sub.add_parser("demo", help="create a sample workspace with a partly completed assessment")
    d.add_argument("dir")
    d.set_defaults(func=cmd_demo)

    i = sub.add_parser("init", help="create a workspace with an institution profile")
    i.add_argument("workspace")
    i.add_argument("--name", required=True)
    i.add_argument("--institution-id", required=True)
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
    i.add_argument("--year", type=int)
    i.add_argument("--label")
    i.set_defaults(func=cmd_init)

    a = sub.add_parser("answer", help="set the answer to one item")
    a.add_argument("workspace")
    a.add_argument("item")
    a.add_argument("status", choices=[st.value for st in Status])
    a.add_argument("--notes")
    a.add_argument("--evidence")
    a.add_argument("--justification")
    a.add_argument("--review", action=argparse.BooleanOptionalAction, default=None)
    a.add_argument("--by", help="who made the change (default: your login name)")
    a.add_argument("--cycle", type=int)
    a.set_defaults(func=cmd_answer)

    sc = sub.add_parser("scores", help="score the latest (or a given) cycle")
    sc.add_argument("workspace")
    sc.add_argument("--json", action="store_true")
    sc.add_argument("--lang", choices=["ja", "en"], default=argparse.SUPPRESS)
    sc.add_argument("--cycle", type=int)
    sc.set_defaults(func=cmd_scores)

    cy = sub.add_parser("cycle", help="assessment cycles")
    cy_sub = cy.add_subparsers(dest="cycle_command", required=True)
    cn = cy_sub.add_parser("new", help="start the next cycle, by default from a copy of the latest")
    cn.add_argument("workspace")
    cn.add_argument("--year", type=int, required=True)
    cn.add_argument("--label")
    cn.add_argument("--empty", action="store_true", help="start with no answers")
    cn.set_defaults(func=cmd_cycle_new)

    rs = sub.add_parser("results", help="write every item with its answer, and the scores, to Excel or CSV")
    rs.add_argument("workspace")
    rs.add_argument("--format", choices=["csv", "xlsx"], required=True)
    rs.add_argument("out")
    rs.add_argument("--lang", choices=["ja", "en"], default=argparse.SUPPRESS)
    rs.add_argument("--cycle", type=int)
    rs.set_defaults(func=cmd_results)

    h = sub.add_parser("history", help="list answer changes")
    h.add_argument("workspace")
    h.add_argument("--item")
    h.add_argument("--cycle", type=int)
    h.set_defaults(func=cmd_history)

    from fsadesk.bundle_cli import add_bundle_commands  # key, export, verify

    add_bundle_commands(sub)
    return p


def run(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run a subcommand. Returns the exit status; messages for the user go to stderr."""
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:  # options but no command: the window is started elsewhere
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args, out))
    except CatalogueError as exc:
        sys.stderr.write("The catalogue has problems:\n" + "".join(f"  - {p}\n" for p in exc.problems))
        return 1
    except (WorkspaceError, CliError) as exc:
        sys.stderr.write(f"{exc}\n")
        return 1

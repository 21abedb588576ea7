"""The member's read-only workspace commands: `fsadesk scores`, `results`, `history` and `exports`
(registered by fsadesk.cli). They change nothing stored."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from fsadesk import cli_args
from fsadesk.cli_workspace import assessment, catalogue_of, cycle_id_of, opened, written
from fsadesk.shown import shown_path

if TYPE_CHECKING:
    from fsadesk.lang import Lang


def cmd_scores(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.assessment.fiscal import cycle_display_label
    from fsadesk.assessment.scoring import score
    from fsadesk.cli_format import render_scores

    cat = catalogue_of(args.catalogue)
    with opened(args) as ws:
        profile, cycle, answers = assessment(ws, args)
        orphans = ws.orphans(cycle.id, cat)
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
        lang: Lang = args.lang or "ja"  # argparse's choices keep it to "ja" or "en"
        label = cycle_display_label(cycle.label, cycle.fiscal_year, lang)  # FY2026 in English, as the app says
        out.write(f"{profile.name} · {label}\n\n{render_scores(scores, cat, lang)}\n")
    for note in notes:
        sys.stderr.write(f"Note: {note}\n")
    return 0


def cmd_results(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.report.results_export import export_results

    target = cli_args.output_file(Path(args.out))
    cat = catalogue_of(args.catalogue)
    with opened(args) as ws:
        profile, cycle, answers = assessment(ws, args)
    heading = f"{profile.name} · {cycle.label}"
    rows = written(
        target, lambda: export_results(cat, profile, answers, args.lang or "ja", args.format, target, heading=heading)
    )
    out.write(f"Wrote {rows} items to {shown_path(target)}\n")
    return 0


def cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    with opened(args) as ws:
        entries = ws.history(cycle_id_of(ws, args.cycle), args.item)
    for e in entries:
        old = e.old.status.value if e.old else "—"
        out.write(f"{e.changed_at}  {e.changed_by:<12} {e.item_id:<14} {old} → {e.new.status.value}\n")
    return 0


def cmd_exports(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.cli_format import render_exports

    with opened(args) as ws:
        records = ws.exports(cycle_id_of(ws, args.cycle))
        out.write(render_exports(records) + "\n")  # reads the files now: inside, while it is open
    return 0

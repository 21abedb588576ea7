"""`fsadesk central report --db DB --format xlsx|csv|pdf --out FILE [--campaign ID]
[--tier basic|desirable] [--category C] [--size-band B] [--threshold PERCENT] [--language ja|en]
[--force]`: the dashboard's consolidated export for scripting (a monthly cron job, say).

XLSX: one workbook, a sheet per view. CSV: a file per view beside FILE (report.csv →
report-status.csv, report-heatmap.csv, …) or in FILE when it is a folder. PDF: the board summary.
Every file written is listed, one line each. An existing file is kept unless --force; a bad value
is one plain line and exit status 1 (argparse's own usage line and status 2 for a malformed one).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from fsadesk import cli_args
from fsadesk.central_cli_common import db_option, open_db, plain_errors

DEFAULT_THRESHOLD_PERCENT = 50.0


def _percent(text: str) -> float:
    """A number for --threshold; its range is checked with the other values (one plain line)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    return value  # inf and nan are refused with the range


@plain_errors
def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.dashboard.export_run import (
        campaign_catalogue,
        checked_filters,
        checked_threshold,
        write_export,
    )
    from fsadesk.central.dashboard.snapshot import load_campaign
    from fsadesk.central.setup import organisation

    threshold = checked_threshold(args.threshold)
    with open_db(args) as db:
        data = load_campaign(db, args.campaign)
        catalogue = campaign_catalogue(db, data.campaign.campaign_id)
        org = organisation(db)
    filtered = data.only(checked_filters(data, catalogue, args.category, args.size_band))
    written = write_export(filtered, catalogue, args.format, Path(args.out), tier=args.tier, threshold=threshold,
                           lang=args.language, organisation=org.name if org else "", force=args.force)  # fmt: skip
    for path in written:
        out.write(f"Wrote {path}\n")
    return 0


def add_report_command(central_sub: Any) -> None:
    """Register `report` on the `central` sub-command parser."""
    rp = central_sub.add_parser("report", help="the dashboard's figures as XLSX, CSV files or a PDF summary")
    db_option(rp)
    rp.add_argument("--format", required=True, choices=("xlsx", "csv", "pdf"), help="what to write")
    rp.add_argument("--out", required=True, type=cli_args.path, metavar="FILE",
                    help="the file (CSV: FILE-status.csv, FILE-heatmap.csv, …; or a folder)")  # fmt: skip
    rp.add_argument("--campaign", metavar="ID", help="the campaign (default: the newest)")
    rp.add_argument("--tier", choices=("basic", "desirable"), default="basic", help="the rates' tier (default basic)")
    rp.add_argument("--category", metavar="C", help="only members of this category (its id, e.g. regional)")
    rp.add_argument("--size-band", metavar="B", help="only members of this size band: small, medium or large")
    rp.add_argument("--threshold", type=_percent, default=DEFAULT_THRESHOLD_PERCENT, metavar="PERCENT",
                    help="list members below this rate for two campaigns in a row or more (default 50)")  # fmt: skip
    rp.add_argument("--language", choices=("ja", "en"), default="ja", help="the words of the file (default ja)")
    rp.add_argument("--force", action="store_true", help="replace files that exist")
    rp.set_defaults(func=cmd_report)

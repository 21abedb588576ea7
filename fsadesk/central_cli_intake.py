"""`fsadesk central import` and `fsadesk central receipt show|write`: members' bundles into the
central database (with quarantine, receipts in the outbox and a summary), and receipts again."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any, TextIO

from fsadesk import cli_args
from fsadesk.central_cli_common import db_option, keys_folder, keys_options, open_db, plain_errors
from fsadesk.shown import shown_path


def _beside(args: argparse.Namespace, given: str | None, suffix: str) -> Path:
    """--quarantine/--outbox, or a folder beside a SQLite database (central-quarantine/), or in the
    current folder for a server database."""
    from fsadesk.central.store.database import parse_target

    if given:
        return Path(given)
    where = parse_target(args.db)
    return where.with_name(where.stem + suffix) if isinstance(where, Path) else Path("fsadesk" + suffix)


@plain_errors
def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.bundle_cli import _passphrase
    from fsadesk.catalogue import load_catalogue
    from fsadesk.catalogue.history import by_digest
    from fsadesk.central.intake import check_campaign, expand_paths, import_files
    from fsadesk.central.intake_report import REPORT_SUFFIXES, counts, write_report
    from fsadesk.central.intake_types import FileOutcome, IntakeStatus, UnlockedOrganisation
    from fsadesk.central.keys import has_organisation_keys, load_age_identity, load_signing_key
    from fsadesk.cli_args import output_file
    from fsadesk.cli_errors import CliError

    report = Path(args.report) if args.report else None
    if report is not None:
        if report.suffix.lower() not in REPORT_SUFFIXES:
            raise CliError(f"{shown_path(report)}: the summary is written as .xlsx or .csv; name the file so.")
        output_file(report)
    files = expand_paths(Path(p) for p in args.paths)
    if not files:
        raise CliError("No files to import: the folders given are empty.")
    catalogue = load_catalogue()
    keys = keys_folder(args)

    def shown(done: int, total: int, o: FileOutcome) -> None:
        out.write(f"[{done}/{total}] {o.status.value}: {shown_path(o.path)}: {o.reason}\n")
        if o.quarantined is not None:
            out.write(f"    copied to quarantine: {shown_path(o.quarantined)}\n")
        for problem in (o.quarantine_error, o.receipt_error):
            if problem:
                out.write(f"    {problem}\n")
        out.flush()

    with open_db(args) as db:  # a wrong --db or --campaign is said before the passphrase is asked
        if args.campaign is not None:
            check_campaign(db, args.campaign)
        unlocked: UnlockedOrganisation | None = None
        if keys is not None and has_organisation_keys(keys):
            # Asked once per batch, before the first file: a wrong passphrase stops nothing half-way.
            passphrase = _passphrase(args, new=False)
            unlocked = UnlockedOrganisation(load_age_identity(keys, passphrase), load_signing_key(keys, passphrase))
        else:
            sys.stderr.write(
                "The organisation's keys were not found (--keys DIR): encrypted files cannot be read and no "
                "receipts are made.\n"
            )
        if unlocked is not None and args.campaign is None:
            sys.stderr.write(
                "No campaign given: no receipts are made (a receipt names the campaign, whose file the "
                "member checks it with). Give --campaign ID to make them.\n"
            )
        outcomes = import_files(
            db, files, catalogue_for=by_digest(catalogue),
            unlock=None if unlocked is None else lambda: unlocked,
            campaign_id=args.campaign, quarantine=_beside(args, args.quarantine, "-quarantine"),
            outbox=_beside(args, args.outbox, "-outbox"), imported_by=getpass.getuser(), progress=shown,
        )  # fmt: skip
    out.write("Files per status: " + ", ".join(f"{s.value} {n}" for s, n in counts(outcomes).items()) + "\n")
    if report is not None:
        write_report(outcomes, report)
        out.write(f"Wrote the summary to {shown_path(report)}.\n")
    return 1 if any(o.status is IntakeStatus.REJECTED for o in outcomes) else 0


@plain_errors
def cmd_receipt(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.submissions import receipts_of
    from fsadesk.cli_args import output_file
    from fsadesk.cli_errors import CliError
    from fsadesk.files import write_whole

    with open_db(args) as db:
        held = receipts_of(db, args.institution, args.cycle)
    if not held:
        raise CliError(f"No receipt is held for {args.institution}" + (f" ({args.cycle})." if args.cycle else "."))
    if args.receipt_command == "show":
        for r in held:
            out.write(f"submission {r.submission_id}: {r.cycle_label} (fiscal year {r.fiscal_year}), {r.file_name}\n")
        return 0
    if args.out is None:
        raise CliError("Give --out FILE: where to write the receipt (.fsar).")
    target = output_file(Path(args.out))
    write_whole(target, held[0].receipt, 0o644)  # the newest; a receipt holds nothing secret
    out.write(f"Wrote the receipt of submission {held[0].submission_id} to {shown_path(target)}.\n")
    return 0


def add_intake_commands(central_sub: Any) -> None:
    """Register `import` and `receipt show|write` on the `central` sub-command parser."""
    im = central_sub.add_parser("import", help="import members' bundles (files or folders)")
    db_option(im)
    im.add_argument("paths", nargs="+", type=cli_args.path, metavar="FILE|FOLDER")
    im.add_argument("--campaign", metavar="ID", help="the bundles must answer this campaign")
    im.add_argument(
        "--quarantine", type=cli_args.path, metavar="DIR",
        help="where rejected files are copied, with a reason file each (default: beside the database)",
    )  # fmt: skip
    im.add_argument(
        "--outbox", type=cli_args.path, metavar="DIR",
        help="where receipts are written, a folder per member (default: beside the database)",
    )  # fmt: skip
    im.add_argument("--report", type=cli_args.path, metavar="FILE", help="also save the summary as .xlsx or .csv")
    keys_options(im)
    im.set_defaults(func=cmd_import)

    receipt = central_sub.add_parser("receipt", help="receipts kept for members' submissions")
    receipt_sub = receipt.add_subparsers(dest="receipt_command", required=True)
    for name, what in (("show", "list a member's receipts"), ("write", "write a member's newest receipt again")):
        rp = receipt_sub.add_parser(name, help=what)
        db_option(rp)
        rp.add_argument("institution", help="the member's institution id")
        rp.add_argument("--cycle", metavar="LABEL", help="only this cycle (e.g. 2026年度)")
        if name == "write":
            rp.add_argument("--out", required=True, type=cli_args.path, help="the receipt file to write (.fsar)")
        else:
            rp.set_defaults(out=None)
        rp.set_defaults(func=cmd_receipt)

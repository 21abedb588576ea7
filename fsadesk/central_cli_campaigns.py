"""`fsadesk central campaign create|list`: what members are asked to submit, by when, as a signed
campaign file (.fsac) the organisation sends them."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any, TextIO

from fsadesk import cli_args
from fsadesk.central_cli_common import db_option, keys_options, open_db, plain_errors, signing_key
from fsadesk.limits import CAMPAIGN_ID, CAMPAIGN_TITLE, CYCLE_LABEL
from fsadesk.shown import shown_path


def _deadline(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"the deadline is a date like 2027-06-30; {text[:40]!r} is not one") from None


@plain_errors
def cmd_campaign_create(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.catalogue import load_catalogue
    from fsadesk.central.campaigns import create_campaign
    from fsadesk.cli_args import output_file
    from fsadesk.files import write_whole

    target = output_file(Path(args.out))  # said before the passphrase is asked
    with open_db(args) as db:
        campaign = create_campaign(
            db, signing_key=signing_key(args), title=args.title, cycle_label=args.cycle_label,
            fiscal_year=args.fiscal_year, deadline=args.deadline, catalogue=load_catalogue(), campaign_id=args.id,
        )  # fmt: skip
    try:
        write_whole(target, campaign.file, 0o644)  # public: members and anyone may read it
    except OSError as exc:
        sys.stderr.write(
            f"The campaign {campaign.campaign_id} is stored, but {shown_path(target)} could not be written "
            f"({exc.strerror or exc}). Write it again with: fsadesk central campaign list --db … --write "
            f"{campaign.campaign_id} --out FILE\n"
        )
        return 1
    out.write(
        f"Campaign {campaign.campaign_id}: {campaign.title} ({campaign.cycle_label}, fiscal year "
        f"{campaign.fiscal_year}, deadline {campaign.deadline.isoformat()}).\nWrote {shown_path(target)}: "
        "send it to the members.\n"
    )
    return 0


@plain_errors
def cmd_campaign_list(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.campaigns import list_campaigns
    from fsadesk.cli_args import output_file
    from fsadesk.cli_errors import CliError
    from fsadesk.files import write_whole

    with open_db(args) as db:
        campaigns = list_campaigns(db)
    if args.write is not None:
        if args.out is None:
            raise CliError("--write ID needs --out FILE: where to write the campaign file.")
        found = [c for c in campaigns if c.campaign_id == args.write]
        if not found:
            raise CliError(f"There is no campaign {args.write!r}.")
        target = output_file(Path(args.out))
        write_whole(target, found[0].file, 0o644)
        out.write(f"Wrote {shown_path(target)}.\n")
        return 0
    if not campaigns:
        out.write("No campaigns yet. Create one with: fsadesk central campaign create\n")
    for c in campaigns:
        out.write(f"{c.campaign_id}  {c.title}  ({c.cycle_label}, fiscal year {c.fiscal_year}, "
                  f"deadline {c.deadline.isoformat()}, catalogue {c.catalogue_version})\n")  # fmt: skip
    return 0


def add_campaign_commands(central_sub: Any) -> None:
    """Register `campaign create|list` on the `central` sub-command parser."""
    campaign = central_sub.add_parser("campaign", help="campaigns: what members are asked to submit, by when")
    campaign_sub = campaign.add_subparsers(dest="campaign_command", required=True)
    cc = campaign_sub.add_parser("create", help="store a campaign and write its signed file (.fsac)")
    db_option(cc)
    cc.add_argument("--title", required=True, type=cli_args.text(CAMPAIGN_TITLE, blank_ok=False))
    cc.add_argument("--cycle-label", required=True, type=cli_args.text(CYCLE_LABEL, blank_ok=False))
    cc.add_argument("--fiscal-year", required=True, type=cli_args.fiscal_year)
    cc.add_argument("--deadline", required=True, type=_deadline, help="YYYY-MM-DD, a day in Japan")
    cc.add_argument("--id", type=cli_args.text(CAMPAIGN_ID, blank_ok=False), help="default: a new unique id")
    cc.add_argument("--out", required=True, type=cli_args.path, help="the campaign file to write (.fsac)")
    keys_options(cc)
    cc.set_defaults(func=cmd_campaign_create)
    cl = campaign_sub.add_parser("list", help="list the campaigns (or --write ID --out FILE one again)")
    db_option(cl)
    cl.add_argument("--write", metavar="ID", help="write this campaign's file again")
    cl.add_argument("--out", type=cli_args.path)
    cl.set_defaults(func=cmd_campaign_list)

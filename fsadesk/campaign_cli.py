"""`fsadesk campaign import|show` and `fsadesk receipt import`: a member takes in what its central
organisation sends (issue #12 points 3 and 5), through fsadesk.app.campaigns as the window does.

A refusal is one plain line from the top-level handler (fsadesk.cli.run): the typed errors of the
file formats and of the import derive from BundleError, whose message is that line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from fsadesk import cli_args
from fsadesk.cli_errors import EXIT_PROBLEM

if TYPE_CHECKING:
    from fsadesk.app.campaigns import CampaignImported, OtherOrganisation
    from fsadesk.assessment.submission import CampaignInfo, ReceiptInfo

CONFIRM_OTHER = "Import this campaign file from another organisation key? [y/N] "


def _folder(args: argparse.Namespace) -> Path:
    return cli_args.workspace_folder(args.workspace, args.data_dir)


def _ask(question: str) -> bool:
    sys.stderr.write(question)
    sys.stderr.flush()
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):  # no terminal at all: not a yes
        return False
    return answer.strip().lower() in ("y", "yes")


def _status(receipt: ReceiptInfo) -> str:
    """"accepted", or "accepted with flags: late, scores_differ" (the flags' stable words)."""
    return "accepted" + (f" with flags: {', '.join(receipt.flags)}" if receipt.flags else "")


def campaign_lines(c: CampaignInfo) -> list[str]:
    return [
        f"Campaign  {c.title} ({c.campaign_id})",
        f"From      {c.organisation_name}, signing key {c.fingerprint}",
        f"Cycle     {c.cycle_label} (fiscal year {c.fiscal_year}), deadline {c.deadline.isoformat()}",
        f"Catalogue {c.catalogue_id} {c.catalogue_version}, SHA-256 {c.catalogue_digest}",
        f"Encrypt   bundles to {c.age_recipient}",
    ]


def receipt_line(r: ReceiptInfo) -> str:
    return (
        f"Received by {r.organisation_name} on {r.received:%Y-%m-%d %H:%M} UTC: {_status(r)}, "
        f"bundle SHA-256 {r.bundle_sha256}"
    )


def _imported(done: CampaignImported, out: TextIO) -> None:
    c = done.campaign
    out.write(
        f"Imported the campaign {c.title!r} from {c.organisation_name}: {c.cycle_label}, "
        f"deadline {c.deadline.isoformat()}.\n"
    )
    if done.first_from_organisation:
        out.write(
            f"This is the first campaign from this key. Compare its fingerprint {c.fingerprint} with the one "
            f"{c.organisation_name} gives you by telephone or on paper.\n"
        )
    if done.workspace_catalogue is not None:
        cat_id, version, _digest = done.workspace_catalogue
        out.write(
            f"Warning: the campaign asks for answers against the catalogue {c.catalogue_id} {c.catalogue_version}, "
            f"but this workspace's latest cycle uses {cat_id} {version} (or another copy of it). Ask "
            f"{c.organisation_name} before you export.\n"
        )


def _other(asked: OtherOrganisation) -> str:
    new, held = asked.campaign, asked.trusted
    return (
        f"This campaign file is signed by {new.organisation_name} with the key {new.fingerprint}, not with "
        f"the key of {held.organisation_name} ({held.fingerprint}) whose campaign this workspace holds."
    )


def cmd_campaign_import(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.app.campaigns import OtherOrganisation, import_campaign

    folder, path = _folder(args), Path(args.file)
    done = import_campaign(folder, path, confirm_other_organisation=args.yes)
    if isinstance(done, OtherOrganisation):
        sys.stderr.write(_other(done) + "\n")
        if not _ask(CONFIRM_OTHER):
            sys.stderr.write("Not imported; nothing was changed. Add --yes once the new key is confirmed.\n")
            return EXIT_PROBLEM
        done = import_campaign(folder, path, confirm_other_organisation=True)
        assert not isinstance(done, OtherOrganisation)
    _imported(done, out)
    return 0


def cmd_campaign_show(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.app.campaigns import current_campaign, receipts_for_cycle
    from fsadesk.app.workspace import opened_workspace

    folder = _folder(args)
    with opened_workspace(folder) as ws:  # refuses a missing or damaged workspace plainly
        cycle = ws.latest_cycle()
    # The campaign the latest cycle follows (its fiscal year's), as the summary and the export
    # dialog use it; a campaign for another year is shown with a line saying so.
    campaign = current_campaign(folder, cycle.fiscal_year) if cycle is not None else None
    other_year = campaign is None and cycle is not None
    campaign = campaign or current_campaign(folder)
    if campaign is None:
        out.write("No campaign file has been imported into this workspace.\n")
        return 0
    lines = campaign_lines(campaign)
    if other_year and cycle is not None:
        lines.append(
            f"This campaign is for fiscal year {campaign.fiscal_year}; none has been imported for "
            f"{cycle.label} (fiscal year {cycle.fiscal_year})."
        )
    if cycle is not None:
        receipts = receipts_for_cycle(folder, cycle.id)
        lines += [receipt_line(r) for r in receipts] or [f"No receipt yet for {cycle.label}."]
    out.write("\n".join(lines) + "\n")
    return 0


def cmd_receipt_import(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.app.campaigns import import_receipt

    done = import_receipt(_folder(args), Path(args.file))
    r = done.receipt
    out.write(
        f"Imported the receipt: {r.organisation_name} received the bundle of {done.cycle_label} on "
        f"{r.received:%Y-%m-%d} ({_status(r)}).\n"
    )
    return 0


def add_campaign_commands(sub: Any) -> None:
    """`campaign import|show` and `receipt import` on the main parser's sub-parsers."""
    path = cli_args.path
    ca = sub.add_parser("campaign", help="the campaign file from your central organisation")
    ca_sub = ca.add_subparsers(dest="campaign_command", required=True)
    ci = ca_sub.add_parser("import", help="import a campaign file (.fsac) into a workspace")
    ci.add_argument("workspace", type=path)
    ci.add_argument("file", type=path)
    ci.add_argument("--yes", action="store_true", help="a campaign from another organisation key is confirmed")
    ci.set_defaults(func=cmd_campaign_import)
    cs = ca_sub.add_parser("show", help="the imported campaign, and the latest cycle's receipts")
    cs.add_argument("workspace", type=path)
    cs.set_defaults(func=cmd_campaign_show)
    rc = sub.add_parser("receipt", help="receipts from your central organisation")
    rc_sub = rc.add_subparsers(dest="receipt_command", required=True)
    ri = rc_sub.add_parser("import", help="import a receipt (.fsar) for a bundle this workspace exported")
    ri.add_argument("workspace", type=path)
    ri.add_argument("file", type=path)
    ri.set_defaults(func=cmd_receipt_import)


__all__ = ["add_campaign_commands", "campaign_lines", "receipt_line"]

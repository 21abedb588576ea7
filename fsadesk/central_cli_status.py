"""`fsadesk central status --db DB [--campaign ID] [--json]`: who has submitted for a campaign
(default: the newest): the counts by status, the deadline, and one line per expected member.

A revoked member is not expected to submit, so it is neither listed nor counted as missing."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from fsadesk.central_cli_common import db_option, open_db, plain_errors

# The words a person reads for each state (the JSON keeps the stable values).
_SHOWN = {"received": "received", "flagged": "accepted with flag", "late": "late", "missing": "missing"}


@plain_errors
def cmd_status(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.dashboard.status import SubmissionState, campaign_status

    with open_db(args) as db:
        status = campaign_status(db, args.campaign)
    c = status.campaign
    if args.json:
        doc = {
            "campaign": {"id": c.campaign_id, "title": c.title, "cycle_label": c.cycle_label,
                         "fiscal_year": c.fiscal_year, "deadline": status.deadline.isoformat()},
            "counts": {s.value: n for s, n in status.counts.items()},
            "members": [{"institution_id": m.institution_id, "name": m.name, "category": m.category,
                         "size_band": m.size_band, "status": m.state.value, "submitted_at": m.submitted_at,
                         "imported_at": m.imported_at, "flags": list(m.flags)} for m in status.members],
        }  # fmt: skip
        out.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return 0
    counts = ", ".join(f"{_SHOWN[s.value]} {status.count(s)}" for s in SubmissionState)
    out.write(f"Campaign {c.campaign_id}: {c.title} ({c.cycle_label}, deadline {status.deadline.isoformat()})\n")
    out.write(f"{len(status.members)} members expected: {counts}.\n")
    if not status.members:
        out.write("No members enrolled yet. Enrol them with: fsadesk central member enrol\n")
    for m in status.members:
        when = m.submitted_at or "-"
        out.write(f"{m.institution_id}  {m.name}  {m.category or '-'}  {_SHOWN[m.state.value]}  {when}\n")
    return 0


def add_status_command(central_sub: Any) -> None:
    """Register `status` on the `central` sub-command parser."""
    st = central_sub.add_parser("status", help="who has submitted for a campaign, and who has not")
    db_option(st)
    st.add_argument("--campaign", metavar="ID", help="the campaign (default: the newest)")
    st.add_argument("--json", action="store_true", help="print JSON for scripts")
    st.set_defaults(func=cmd_status)

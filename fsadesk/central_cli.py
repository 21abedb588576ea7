"""`fsadesk central …`: the central organisation's commands (registered by fsadesk.cli).

    fsadesk central init --db PATH|URL --name NAME [--keys DIR] [--passphrase-file FILE]
    fsadesk central open DB [--keys DIR]   (the central organisation's window on that database)
    fsadesk central member enrol --db … FILE|FOLDER… [--yes] [--rotate] [--by NAME]
    fsadesk central member list --db … [--search TEXT]
    fsadesk central member edit --db … ID [--category C] [--size-band B] [--region R] [--notes N]
    fsadesk central member revoke --db … ID --reason TEXT [--key FINGERPRINT]
    fsadesk central campaign create --db … --title T --cycle-label L --fiscal-year Y --deadline D --out FILE
    fsadesk central campaign list --db …
    fsadesk central import --db … [--campaign ID] [--quarantine DIR] [--outbox DIR] [--report F] PATH…
    fsadesk central status --db … [--campaign ID] [--json]
    fsadesk central report --db … --format xlsx|csv|pdf --out FILE [--campaign ID] [--tier T] [--category C]
                           [--size-band B] [--threshold PERCENT] [--language ja|en] [--force]
    fsadesk central benchmark --db … --out FILE [--campaign ID] [--min-group N] [--force]
    fsadesk central receipt show|write --db … INSTITUTION [--cycle LABEL] [--out FILE]
    fsadesk central simulate --members N --out DIR [--seed S] [--fiscal-year Y] [--fast-report] [--keep-workspaces]

This module is the parser's `central` branch only; each group of commands lives in its own module
(central_cli_members, _campaigns, _intake, _simulate; what they share in central_cli_common).
Each command calls the use cases of fsadesk.central (one transaction per action) and reports its
own failures as one plain line on stderr with exit status 1, as fsadesk.bundle_cli does; a bad
argument is argparse's usage line with status 2. SQLAlchemy and the central store load only
inside the commands, so `fsadesk --help` stays fast.
"""

from __future__ import annotations

from typing import Any

from fsadesk.central_cli_benchmark import add_benchmark_command
from fsadesk.central_cli_campaigns import add_campaign_commands
from fsadesk.central_cli_intake import add_intake_commands
from fsadesk.central_cli_members import add_member_commands
from fsadesk.central_cli_open import add_open_command
from fsadesk.central_cli_report import add_report_command
from fsadesk.central_cli_simulate import add_simulate_command
from fsadesk.central_cli_status import add_status_command


def add_central_commands(subparsers: Any) -> None:
    """Register `central` on fsadesk's sub-command parser (the order is the order --help lists)."""
    central = subparsers.add_parser("central", help="the central organisation: its database and member registry")
    central_sub = central.add_subparsers(dest="central_command", required=True)
    add_member_commands(central_sub)
    add_campaign_commands(central_sub)
    add_intake_commands(central_sub)
    add_status_command(central_sub)
    add_report_command(central_sub)
    add_benchmark_command(central_sub)
    add_simulate_command(central_sub)
    add_open_command(central_sub)  # the window: `fsadesk central open DB`

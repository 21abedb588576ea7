"""`fsadesk central …`: the central organisation's commands (registered by fsadesk.cli).

    fsadesk central init --db PATH|URL --name NAME [--keys DIR] [--passphrase-file FILE]
    fsadesk central member enrol --db … FILE|FOLDER… [--yes] [--rotate] [--by NAME]
    fsadesk central member list --db … [--search TEXT]
    fsadesk central member edit --db … ID [--category C] [--size-band B] [--region R] [--notes N]
    fsadesk central member revoke --db … ID --reason TEXT [--key FINGERPRINT]
    fsadesk central campaign create --db … --title T --cycle-label L --fiscal-year Y --deadline D --out FILE
    fsadesk central campaign list --db …
    fsadesk central import --db … [--campaign ID] [--quarantine DIR] [--outbox DIR] [--report F] PATH…
    fsadesk central receipt show|write --db … INSTITUTION [--cycle LABEL] [--out FILE]
    fsadesk central simulate --members N --out DIR [--seed S] [--fiscal-year Y] [--fast-report] [--keep-workspaces]

Each command calls the use cases of fsadesk.central (one transaction per action) and reports its
own failures as one plain line on stderr with exit status 1, as fsadesk.bundle_cli does; a bad
argument is argparse's usage line with status 2. SQLAlchemy and the central store load only
inside the commands, so `fsadesk --help` stays fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from fsadesk import cli_args
from fsadesk.assessment.profile import SizeBand
from fsadesk.bundle.errors import BundleError
from fsadesk.cli_errors import known_problem
from fsadesk.limits import (
    CAMPAIGN_ID,
    CAMPAIGN_TITLE,
    CYCLE_LABEL,
    INSTITUTION_NAME,
    MEMBER_NOTES,
    ORGANISATION_NAME,
    PERSON_NAME,
    REGION,
    REVOKE_REASON,
)
from fsadesk.shown import shown_path

if TYPE_CHECKING:
    from fsadesk.central.member_records import Member
    from fsadesk.central.store.database import CentralDatabase

Command = Callable[[argparse.Namespace, TextIO], int]
CONFIRM_ONE = "Does the member confirm this fingerprint? [y/N] "
CONFIRM_MANY = "Do the members confirm these fingerprints (each read back by telephone or on paper)? [y/N] "


def _plain_errors(command: Command) -> Command:
    @functools.wraps(command)
    def run(args: argparse.Namespace, out: TextIO) -> int:
        from fsadesk.central.store.errors import CentralError

        try:
            return command(args, out)
        except (CentralError, BundleError, OSError) as exc:
            sys.stderr.write(f"{known_problem(exc) or exc}\n")
        return 1

    return run


def _db(args: argparse.Namespace) -> CentralDatabase:
    from fsadesk.central.store.database import open_central

    return open_central(args.db)


def _ask(question: str) -> bool:
    sys.stderr.write(question)
    sys.stderr.flush()
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):  # no terminal at all: not a yes
        return False
    return answer.strip().lower() in ("y", "yes")


@_plain_errors
def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.bundle_cli import _passphrase  # one prompt and passphrase-file reader for all keys
    from fsadesk.central.setup import check_can_init, default_keys_folder, init_central, organisation

    keys = Path(args.keys) if args.keys else default_keys_folder(args.db)
    if keys is None:
        from fsadesk.cli_errors import CliError

        raise CliError("A central database on a server needs a folder for the organisation's keys: give --keys DIR.")
    check_can_init(args.db, args.name, keys)  # before the passphrase is typed twice for nothing
    passphrase = _passphrase(args, new=True)
    with init_central(args.db, args.name, keys, passphrase) as db:
        org = organisation(db)
        out.write(f"Created the central database {db.shown} for {args.name.strip()}.\n")
    if org is not None:
        out.write(
            f"Organisation keys: {shown_path(keys)}\n"
            f"Signing key fingerprint:\n  {org.signing_fingerprint}\n"
            f"age recipient: {org.age_recipient}\n"
        )
    return 0


def _key_state(member: Member) -> str:
    active = member.active_key
    if active is not None:
        return active.fingerprint
    return "no active key (revoked)" if member.keys else "no key"


@_plain_errors
def cmd_member_enrol(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.members import accept_enrolment, read_enrolments
    from fsadesk.central.store.errors import CentralError

    good, bad = read_enrolments(Path(p) for p in args.paths)
    with _db(args) as db:  # opened first: a wrong --db is said before anything is asked
        for item in bad:
            sys.stderr.write(f"{item.reason}\n")  # the reason names its file
        if not good:
            if len(bad) > 1:  # one bad file's reason says it all
                sys.stderr.write("No enrolment file could be read; nothing was enrolled.\n")
            return 1
        out.write("Enrolment files to accept:\n")
        for p in good:
            out.write(f"  {p.institution_id}  {p.name}\n    fingerprint {p.fingerprint}\n")
            out.write(f"    ({shown_path(p.source)})\n")
        out.flush()
        if not args.yes and not _ask(CONFIRM_ONE if len(good) == 1 else CONFIRM_MANY):
            sys.stderr.write("Nothing was enrolled.\n")
            return 1
        failed = len(bad)
        for p in good:
            try:  # each file its own transaction: one refused key does not stop the others
                result = accept_enrolment(db, p, rotate=args.rotate, confirmed_by=args.by or getpass.getuser())
            except CentralError as exc:
                sys.stderr.write(f"{exc}\n")
                failed += 1
                continue
            out.write(f"{p.institution_id}: {_OUTCOME_WORDS[result.outcome]}\n")
    return 1 if failed else 0


_OUTCOME_WORDS = {
    "enrolled": "enrolled as a new member",
    "key_added": "key enrolled (the member had no active key)",
    "rotated": "new key enrolled; the previous key is kept as retired",
    "already_enrolled": "already enrolled with this key; nothing changed",
}


@_plain_errors
def cmd_member_list(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.members import list_members

    with _db(args) as db:
        members = list_members(db, args.search)
    if not members:
        out.write("No members match.\n" if args.search else "No members are enrolled yet.\n")
        return 0
    for m in members:
        attrs = " · ".join(v for v in (m.category, m.size_band, m.region) if v)
        out.write(f"{m.institution_id}  {m.name}" + (f"  [{attrs}]" if attrs else "") + "\n")
        out.write(f"    key: {_key_state(m)}\n")
    return 0


def _known_categories(args: argparse.Namespace) -> set[str]:
    from fsadesk.catalogue import load_catalogue

    catalogue = load_catalogue(Path(args.catalogue) if getattr(args, "catalogue", None) else None)
    return {c.id for c in catalogue.categories}


@_plain_errors
def cmd_member_edit(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.members import edit_member

    if all(v is None for v in (args.category, args.size_band, args.region, args.notes)):
        sys.stderr.write("Nothing to change: give --category, --size-band, --region or --notes.\n")
        return 1
    known = _known_categories(args) if args.category is not None else None
    with _db(args) as db:
        member = edit_member(
            db, args.id, category=args.category, size_band=args.size_band, region=args.region, notes=args.notes,
            known_categories=known,
        )  # fmt: skip
    out.write(f"{member.institution_id}: saved (category {member.category or '-'}, size {member.size_band or '-'}, "
              f"region {member.region or '-'}).\n")  # fmt: skip
    return 0


@_plain_errors
def cmd_member_revoke(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.members import revoke_key, revoke_member

    with _db(args) as db:
        if args.key:
            member = revoke_key(db, args.key, args.reason, institution_id=args.id)
            what = f"the key {args.key}"
        else:
            member = revoke_member(db, args.id, args.reason)
            what = "every key"
    out.write(
        f"{member.institution_id}: {what} revoked ({args.reason.strip()}). "
        "Bundles signed with it are no longer accepted.\n"
    )
    return 0


@_plain_errors
def cmd_simulate(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.catalogue import load_catalogue
    from fsadesk.central.simulate import ENROLMENTS, MEMBER_LIST, check_output_folder, simulate
    from fsadesk.cli_errors import CliError

    target = Path(args.out)
    check_output_folder(target)  # before a passphrase is typed for nothing
    passphrase = None
    if args.keep_workspaces:
        from fsadesk.bundle.keys import check_passphrase
        from fsadesk.bundle_cli import _passphrase

        passphrase = _passphrase(args, new=True)
        check_passphrase(passphrase)
    elif args.passphrase_file:
        raise CliError("--passphrase-file is for the kept workspaces' keys: use it with --keep-workspaces.")

    def progress(done: int, total: int) -> None:
        if done % 100 == 0 or done == total:
            sys.stderr.write(f"{done:,} of {total:,} members made\n")

    result = simulate(
        target, args.members, load_catalogue(None), seed=args.seed, fiscal_year=args.fiscal_year,
        fast=args.fast_report, keep_workspaces=args.keep_workspaces, passphrase=passphrase, progress=progress,
    )  # fmt: skip
    out.write(
        f"Made {len(result.members):,} members and {len(result.bundles):,} signed bundles in {shown_path(target)} "
        f"({result.seconds:.1f} s): enrolment files in {ENROLMENTS}/, bundles in bundles/, and each member's "
        f"category, size band and region in {MEMBER_LIST}.\n"
        "Names and answers follow from the seed; the keys are new each run, so fingerprints and signatures differ.\n"
    )
    return 0


def add_central_commands(subparsers: Any) -> None:
    """Register `central` on fsadesk's sub-command parser."""
    path = cli_args.path
    central = subparsers.add_parser("central", help="the central organisation: its database and member registry")
    central_sub = central.add_subparsers(dest="central_command", required=True)

    def db_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", required=True, type=path, help="the central database: a file, or postgresql+psycopg://…")

    ini = central_sub.add_parser("init", help="create the central database and the organisation's keys")
    db_option(ini)
    ini.add_argument("--name", required=True, type=cli_args.text(ORGANISATION_NAME, blank_ok=False))
    ini.add_argument("--keys", type=path, help="folder for the organisation's keys (default: beside the database)")
    ini.add_argument("--passphrase-file", type=path, help="read the passphrase from this file instead of a prompt")
    ini.set_defaults(func=cmd_init)

    member = central_sub.add_parser("member", help="the member registry")
    member_sub = member.add_subparsers(dest="member_command", required=True)
    en = member_sub.add_parser("enrol", help="enrol members' keys from their enrolment files (or folders of them)")
    db_option(en)
    en.add_argument("paths", nargs="+", type=path, metavar="FILE|FOLDER")
    en.add_argument("--yes", action="store_true", help="the fingerprints are confirmed: do not ask")
    en.add_argument("--rotate", action="store_true", help="a new key replaces a member's active key")
    en.add_argument("--by", type=cli_args.text(PERSON_NAME, blank_ok=False), help="who confirmed (default: login)")
    en.set_defaults(func=cmd_member_enrol)
    ls = member_sub.add_parser("list", help="list members, or search by id, name, category or region")
    db_option(ls)
    ls.add_argument("--search", type=cli_args.text(INSTITUTION_NAME), help="part of an id, name, category or region")
    ls.set_defaults(func=cmd_member_list)
    ed = member_sub.add_parser("edit", help="change a member's category, size band, region or notes")
    db_option(ed)
    ed.add_argument("id", help="the member's institution id")
    ed.add_argument("--category", help="a category id of the catalogue, e.g. regional")
    ed.add_argument("--size-band", choices=[b.value for b in SizeBand])
    ed.add_argument("--region", type=cli_args.text(REGION))
    ed.add_argument("--notes", type=cli_args.text(MEMBER_NOTES))
    ed.set_defaults(func=cmd_member_edit)
    rv = member_sub.add_parser("revoke", help="revoke a member's keys (or one key), with a reason")
    db_option(rv)
    rv.add_argument("id", help="the member's institution id")
    rv.add_argument("--reason", required=True, type=cli_args.text(REVOKE_REASON, blank_ok=False))
    rv.add_argument("--key", metavar="FINGERPRINT", help="revoke only this key")
    rv.set_defaults(func=cmd_member_revoke)
    _add_intake_commands(central_sub, db_option)
    from fsadesk.limits import SIMULATED_MEMBERS_MAX

    sim = central_sub.add_parser(
        "simulate",
        help="make synthetic member institutions, with enrolment files and real signed bundles, for tests, "
        "demos and benchmarks",
        description="Writes DIR/enrolments/ (one enrolment file a member), DIR/bundles/ (each member's signed "
        "bundle, made by the real export; a few members also send a corrected one) and DIR/members.json (each "
        "member's category, size band, region and answer pattern).",
    )
    sim.add_argument(
        "--members",
        required=True,
        metavar="N",
        type=cli_args.whole_number(1, SIMULATED_MEMBERS_MAX, "the number of members"),
        help=f"how many member institutions to make (1 to {SIMULATED_MEMBERS_MAX:,})",
    )
    sim.add_argument("--out", required=True, type=path, metavar="DIR", help="a new or empty folder")
    sim.add_argument(
        "--seed",
        type=cli_args.whole_number(0, 2**31 - 1, "the seed"),
        default=1,
        help="the same seed gives the same members and answers (the keys are always new)",
    )
    sim.add_argument("--fiscal-year", type=cli_args.fiscal_year, default=2026, help="the cycle's fiscal year")
    sim.add_argument(
        "--fast-report",
        action="store_true",
        help="a plain PDF instead of the real report, about five times faster in all: for tests and benchmarks "
        "only (the bundles still verify)",
    )
    sim.add_argument(
        "--keep-workspaces",
        action="store_true",
        help="keep the members' workspaces in DIR/workspaces (their keys encrypted with the passphrase)",
    )
    sim.add_argument("--passphrase-file", type=path, help="with --keep-workspaces: the passphrase, instead of a prompt")
    sim.set_defaults(func=cmd_simulate)


# --- campaigns, intake, receipts (issue #12 points 3 to 5) -----------------------------------------


def _keys_folder(args: argparse.Namespace) -> Path | None:
    from fsadesk.central.setup import default_keys_folder

    return Path(args.keys) if args.keys else default_keys_folder(args.db)


def _signing_key(args: argparse.Namespace) -> Any:
    from fsadesk.bundle_cli import _passphrase
    from fsadesk.central.keys import load_signing_key
    from fsadesk.cli_errors import CliError

    keys = _keys_folder(args)
    if keys is None:
        raise CliError("A central database on a server keeps its keys elsewhere: give --keys DIR.")
    return load_signing_key(keys, _passphrase(args, new=False))


def _deadline(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"the deadline is a date like 2027-06-30; {text[:40]!r} is not one") from None


@_plain_errors
def cmd_campaign_create(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.catalogue import load_catalogue
    from fsadesk.central.campaigns import create_campaign
    from fsadesk.cli_args import output_file
    from fsadesk.files import write_whole

    target = output_file(Path(args.out))  # said before the passphrase is asked
    with _db(args) as db:
        campaign = create_campaign(
            db, signing_key=_signing_key(args), title=args.title, cycle_label=args.cycle_label,
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


@_plain_errors
def cmd_campaign_list(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.campaigns import list_campaigns
    from fsadesk.cli_args import output_file
    from fsadesk.cli_errors import CliError
    from fsadesk.files import write_whole

    with _db(args) as db:
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


def _beside(args: argparse.Namespace, given: str | None, suffix: str) -> Path:
    """--quarantine/--outbox, or a folder beside a SQLite database (central-quarantine/), or in the
    current folder for a server database."""
    from fsadesk.central.store.database import parse_target

    if given:
        return Path(given)
    where = parse_target(args.db)
    return where.with_name(where.stem + suffix) if isinstance(where, Path) else Path("fsadesk" + suffix)


@_plain_errors
def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.bundle_cli import _passphrase
    from fsadesk.catalogue import load_catalogue
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
    keys = _keys_folder(args)

    def shown(done: int, total: int, o: FileOutcome) -> None:
        out.write(f"[{done}/{total}] {o.status.value}: {shown_path(o.path)}: {o.reason}\n")
        if o.quarantined is not None:
            out.write(f"    copied to quarantine: {shown_path(o.quarantined)}\n")
        for problem in (o.quarantine_error, o.receipt_error):
            if problem:
                out.write(f"    {problem}\n")
        out.flush()

    with _db(args) as db:  # a wrong --db or --campaign is said before the passphrase is asked
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
            db, files, catalogue_for=lambda d: catalogue if d == catalogue.digest else None,
            unlock=None if unlocked is None else lambda: unlocked,
            campaign_id=args.campaign, quarantine=_beside(args, args.quarantine, "-quarantine"),
            outbox=_beside(args, args.outbox, "-outbox"), imported_by=getpass.getuser(), progress=shown,
        )  # fmt: skip
    out.write("Files per status: " + ", ".join(f"{s.value} {n}" for s, n in counts(outcomes).items()) + "\n")
    if report is not None:
        write_report(outcomes, report)
        out.write(f"Wrote the summary to {shown_path(report)}.\n")
    return 1 if any(o.status is IntakeStatus.REJECTED for o in outcomes) else 0


@_plain_errors
def cmd_receipt(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.submissions import receipts_of
    from fsadesk.cli_args import output_file
    from fsadesk.cli_errors import CliError
    from fsadesk.files import write_whole

    with _db(args) as db:
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


def _add_intake_commands(central_sub: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    def keys_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--keys", type=cli_args.path, metavar="DIR", help="the organisation's keys (default: beside the database)"
        )
        p.add_argument(
            "--passphrase-file", type=cli_args.path, metavar="FILE", help="read the passphrase from this file"
        )

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

"""`fsadesk central init` and `fsadesk central member …`: the organisation's set-up and its member
registry (enrol with a fingerprint read back, list, edit, revoke)."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from fsadesk import cli_args
from fsadesk.assessment.profile import SizeBand
from fsadesk.central_cli_common import ask, db_option, open_db, plain_errors
from fsadesk.limits import INSTITUTION_NAME, MEMBER_NOTES, ORGANISATION_NAME, PERSON_NAME, REGION, REVOKE_REASON
from fsadesk.shown import shown_path

if TYPE_CHECKING:
    from fsadesk.central.member_records import Member

CONFIRM_ONE = "Does the member confirm this fingerprint? [y/N] "
CONFIRM_MANY = "Do the members confirm these fingerprints (each read back by telephone or on paper)? [y/N] "


@plain_errors
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


@plain_errors
def cmd_member_enrol(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.members import accept_enrolment, read_enrolments
    from fsadesk.central.store.errors import CentralError

    good, bad = read_enrolments(Path(p) for p in args.paths)
    with open_db(args) as db:  # opened first: a wrong --db is said before anything is asked
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
        if not args.yes and not ask(CONFIRM_ONE if len(good) == 1 else CONFIRM_MANY):
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


@plain_errors
def cmd_member_list(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.members import list_members

    with open_db(args) as db:
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


@plain_errors
def cmd_member_edit(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.members import edit_member

    if all(v is None for v in (args.category, args.size_band, args.region, args.notes)):
        sys.stderr.write("Nothing to change: give --category, --size-band, --region or --notes.\n")
        return 1
    known = _known_categories(args) if args.category is not None else None
    with open_db(args) as db:
        member = edit_member(
            db, args.id, category=args.category, size_band=args.size_band, region=args.region, notes=args.notes,
            known_categories=known,
        )  # fmt: skip
    out.write(f"{member.institution_id}: saved (category {member.category or '-'}, size {member.size_band or '-'}, "
              f"region {member.region or '-'}).\n")  # fmt: skip
    return 0


@plain_errors
def cmd_member_revoke(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.members import revoke_key, revoke_member

    with open_db(args) as db:
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


def add_member_commands(central_sub: Any) -> None:
    """Register `init` and `member …` on the `central` sub-command parser."""
    path = cli_args.path
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

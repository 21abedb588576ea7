"""Setting up a central organisation: its database with the organisation's row, and its keys.

The keys (fsadesk.central.keys: an Ed25519 signing key and an age identity, both behind one
passphrase) are made first, in a folder that must not hold keys yet; the database and the
organisation row (name, signing key fingerprint and public key, age recipient) are then created in
one transaction, so a database never exists without its organisation.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from fsadesk.bundle.keys import public_key_pem
from fsadesk.central.errors import OrganisationKeysExist
from fsadesk.central.keys import create_organisation_keys, has_organisation_keys
from fsadesk.central.store.database import CentralDatabase, open_central, parse_target
from fsadesk.central.store.engine import shown_url
from fsadesk.central.store.errors import CentralExists, CentralNotFound, InvalidAttribute
from fsadesk.central.store.models import OrganisationRow
from fsadesk.limits import ORGANISATION_NAME, text_problem
from fsadesk.shown import shown_path

KEYS_SUFFIX = "-keys"  # a SQLite database's keys go beside it by default: central.sqlite → central-keys/


def default_keys_folder(target: str | Path) -> Path | None:
    """Where the keys of a SQLite database go when no folder is given (None for a server)."""
    where = parse_target(target)
    return where.with_name(where.stem + KEYS_SUFFIX) if isinstance(where, Path) else None


def check_can_init(target: str | Path, name: str, keys_folder: Path) -> None:
    """What init_central would refuse before it makes anything, said before a passphrase is asked:
    InvalidAttribute (the name), CentralExists, CentralNotFound (no such folder),
    OrganisationKeysExist, and for a server CentralUnavailable or NotACentralDatabase."""
    if text_problem(name, ORGANISATION_NAME) is not None:
        raise InvalidAttribute(
            "The organisation's name must not be empty and may have at most "
            f"{ORGANISATION_NAME.max_chars:,} characters."
        )
    where = parse_target(target)
    if isinstance(where, Path) and where.exists():
        raise CentralExists(f"{where} already exists; it is opened, not created again.")
    if isinstance(where, Path) and not where.parent.is_dir():
        # Said before any key is made: the keys' folder would otherwise create it on the way.
        raise CentralNotFound(f"The folder {where.parent} does not exist.")
    if not isinstance(where, Path):
        try:  # a server that cannot be reached, or holds something already, is said now
            open_central(where).close()
        except CentralNotFound:
            pass  # empty: as it should be
        else:
            raise CentralExists(
                f"{shown_url(where)} already holds a central database; it is opened, not created again."
            )
    if has_organisation_keys(keys_folder):
        raise OrganisationKeysExist(
            f"{shown_path(keys_folder)} already holds organisation keys; they are never replaced. "
            "Choose an empty folder for the new keys (--keys)."
        )


def init_central(target: str | Path, name: str, keys_folder: Path, passphrase: str) -> CentralDatabase:
    """Create the organisation's keys in `keys_folder` and its database at `target`.
    Raises what check_can_init raises, or a weak passphrase. (Should another analyst create the
    same server database in the moment between, the keys just made stay in their new folder.)"""
    check_can_init(target, name, keys_folder)
    public = create_organisation_keys(keys_folder, passphrase)

    def fill(conn: Connection) -> None:
        conn.execute(
            insert(OrganisationRow).values(
                id=1, name=name.strip(), created_at=dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
                signing_fingerprint=public.fingerprint,
                signing_public_key_pem=public_key_pem(public.signing_public_key).decode("ascii"),
                age_recipient=public.age_recipient,
            )
        )  # fmt: skip

    return open_central(target, create=True, fill=fill)


def organisation(db: CentralDatabase) -> OrganisationRow | None:
    with db.reading() as session:
        return _organisation(session)


def _organisation(session: Session) -> OrganisationRow | None:
    row = session.scalars(select(OrganisationRow).where(OrganisationRow.id == 1)).first()
    if row is not None:
        session.expunge(row)
    return row

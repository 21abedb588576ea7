"""Typed errors of the central organisation's database and member registry.

Each carries one plain English sentence (the CLI prints `str(error)`) and a stable `kind` the
window will map to its own words, as fsadesk/store/errors.py does for the member workspace.
(fsadesk/central/errors.py holds the errors of the organisation's keys, campaigns and receipts.)
"""

from __future__ import annotations


class CentralError(Exception):
    kind = "central"


# --- the database ---------------------------------------------------------------------------------


class CentralNotFound(CentralError):
    kind = "not_found"


class CentralExists(CentralError):
    kind = "exists"


class NotACentralDatabase(CentralError):
    """A file or server database that is something else: a member workspace, a text file…"""

    kind = "not_a_central_database"


class CorruptCentral(CentralError):
    kind = "corrupt"


class NewerCentral(CentralError):
    kind = "newer"


class CentralMigrationFailed(CentralError):
    kind = "migration_failed"


class CentralUnavailable(CentralError):
    """The database cannot be reached or written: a server that does not answer, a locked or
    read-only file, a full disk. Nothing of the action was stored."""

    kind = "unavailable"


class BadDatabaseTarget(CentralError):
    kind = "bad_target"


# --- the registry ---------------------------------------------------------------------------------


class MemberNotFound(CentralError):
    kind = "member_not_found"


class KeyNotFound(CentralError):
    kind = "key_not_found"


class KeyOfAnotherMember(CentralError):
    """The key in an enrolment file is already registered for a different institution."""

    kind = "key_of_another_member"


class RotationNotAsked(CentralError):
    """A new key for an institution that already has an active key, without --rotate."""

    kind = "rotation_not_asked"


class KeyRevoked(CentralError):
    """An enrolment file carrying a key that was revoked or retired: never made active again."""

    kind = "key_revoked"


class InvalidAttribute(CentralError):
    """A member attribute outside its limit (fsadesk/limits.py) or not one of its choices."""

    kind = "invalid_attribute"

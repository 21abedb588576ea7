"""Timestamps stored as ISO 8601 UTC text (portable between SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import getpass


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some locked-down PCs
        return "unknown"

"""`fsadesk central open DB [--keys DIR]`: the central organisation's window on that database (a
SQLite file or a server URL). The database is opened once here first, so that a wrong one is one
plain line with status 1 and nothing remembered; then this PC is remembered as the central
organisation's (the next plain `fsadesk` opens the same window) and the window starts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from fsadesk import cli_args
from fsadesk.central_cli_common import plain_errors


@plain_errors
def cmd_open(args: argparse.Namespace, out: TextIO) -> int:
    from fsadesk.central.store.database import open_central

    open_central(args.db).close()  # a wrong file or server is said here, before any window
    from fsadesk.paths import data_dir
    from fsadesk.ui.central.start import without_password
    from fsadesk.ui.settings import AppSettings

    base = data_dir(args.data_dir)
    settings = AppSettings.load(base)
    settings.role = "central"
    # Remembered as absolute paths: the next start may be from another folder. A server's
    # password is never written down (the start asks the server again without it).
    settings.central_db = str(Path(args.db).resolve()) if "://" not in args.db else without_password(args.db)
    settings.central_keys = str(Path(args.keys).resolve()) if args.keys else None
    settings.save(base)
    from fsadesk.ui.app import run_gui

    return run_gui(data_dir_override=args.data_dir, lang=args.lang, central_db=args.db)


def add_open_command(central_sub: Any) -> None:
    op = central_sub.add_parser("open", help="open the central organisation's window on this database")
    op.add_argument("db", metavar="DB", help="the central database: a file, or a postgresql+psycopg:// URL")
    op.add_argument("--keys", type=cli_args.path, help="the organisation's keys folder (default: beside the file)")
    op.set_defaults(func=cmd_open)

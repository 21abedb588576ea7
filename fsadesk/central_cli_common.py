"""What every `fsadesk central …` command module shares: plain one-line errors, the database, the
organisation's keys and the --db/--keys options (so each command module holds one job only)."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from fsadesk import cli_args
from fsadesk.bundle.errors import BundleError
from fsadesk.cli_errors import known_problem

if TYPE_CHECKING:
    from fsadesk.central.store.database import CentralDatabase

Command = Callable[[argparse.Namespace, TextIO], int]


def plain_errors(command: Command) -> Command:
    @functools.wraps(command)
    def run(args: argparse.Namespace, out: TextIO) -> int:
        from fsadesk.central.store.errors import CentralError

        try:
            return command(args, out)
        except (CentralError, BundleError, OSError) as exc:
            sys.stderr.write(f"{known_problem(exc) or exc}\n")
        return 1

    return run


def open_db(args: argparse.Namespace) -> CentralDatabase:
    from fsadesk.central.store.database import open_central

    return open_central(args.db)


def ask(question: str) -> bool:
    sys.stderr.write(question)
    sys.stderr.flush()
    try:
        answer = sys.stdin.readline()
    except (OSError, ValueError):  # no terminal at all: not a yes
        return False
    return answer.strip().lower() in ("y", "yes")


def keys_folder(args: argparse.Namespace) -> Path | None:
    from fsadesk.central.setup import default_keys_folder

    return Path(args.keys) if args.keys else default_keys_folder(args.db)


def signing_key(args: argparse.Namespace) -> Any:
    from fsadesk.bundle_cli import _passphrase
    from fsadesk.central.keys import load_signing_key
    from fsadesk.cli_errors import CliError

    keys = keys_folder(args)
    if keys is None:
        raise CliError("A central database on a server keeps its keys elsewhere: give --keys DIR.")
    return load_signing_key(keys, _passphrase(args, new=False))


def db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db", required=True, type=cli_args.path, help="the central database: a file, or postgresql+psycopg://…"
    )


def keys_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--keys", type=cli_args.path, metavar="DIR", help="the organisation's keys (default: beside the database)"
    )
    p.add_argument("--passphrase-file", type=cli_args.path, metavar="FILE", help="read the passphrase from this file")

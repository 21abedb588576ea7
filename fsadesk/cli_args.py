"""Reading the command line: one parser class for every (sub-)command, and argument types that
refuse a bad value before anything is opened or written.

Values are checked once, here, at input, with the limits of fsadesk.limits, the same ones the
windows, the store and the bundle verifier use: an option argparse accepts is one that fsadesk can
store, export and verify. argparse prints a refusal as "fsadesk answer: error: argument --notes: …"
with exit status 2.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from fsadesk.cli_errors import CliError
from fsadesk.limits import FISCAL_YEAR_MAX, FISCAL_YEAR_MIN, LimitProblem, TextLimit, text_problem
from fsadesk.shown import shown_path

# SQLite stores integers in 8 bytes; a larger cycle number cannot even be looked up.
MAX_CYCLE_NUMBER = 2**63 - 1
_SHOWN_VALUE = 40
# "--passphrase" alone (never "--passphrase-file"): someone tried to give the passphrase itself.
_PASSPHRASE_OPTION = re.compile(r"--passphrase(?![-\w])")
PASSPHRASE_HINT = (
    "fsadesk never takes a passphrase on the command line, where other users of the computer could "
    "see it: use --passphrase-file FILE, or leave it out and type the passphrase when asked."
)


class Parser(argparse.ArgumentParser):
    """No abbreviations, for every command and sub-command (sub-parsers are made of this class
    too): with prefix matching, `--passphrase SECRET` was taken for `--passphrase-file SECRET`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        if _PASSPHRASE_OPTION.search(message):
            # Not argparse's text: it would repeat the passphrase on the screen.
            message = f"unrecognised option --passphrase. {PASSPHRASE_HINT}"
        super().error(message)


def _shown(text: str) -> str:
    return repr(text if len(text) <= _SHOWN_VALUE else text[:_SHOWN_VALUE] + "…")


def whole_number(low: int, high: int, what: str) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:  # also a number of more than 4,300 digits
            raise argparse.ArgumentTypeError(f"{what} is a whole number; {_shown(text)} is not one") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} must be from {low} to {high}; {_shown(text)} is not")
        return value

    parse.__name__ = what  # argparse names the type in some messages
    return parse


cycle_number = whole_number(1, MAX_CYCLE_NUMBER, "a cycle number")
fiscal_year = whole_number(FISCAL_YEAR_MIN, FISCAL_YEAR_MAX, "the fiscal year")


def text(limit: TextLimit, *, blank_ok: bool = True) -> Callable[[str], str]:
    """A free-text option within `limit`; with blank_ok=False an option given as "" is refused even
    where the field itself may be empty (an empty --by or --label is a mistake, not a choice)."""

    def parse(value: str) -> str:
        problem = text_problem(value, limit)
        if problem is LimitProblem.EMPTY or (not blank_ok and not value.strip()):
            raise argparse.ArgumentTypeError("must not be empty")
        if problem is LimitProblem.TOO_LONG:
            raise argparse.ArgumentTypeError(
                f"is too long: at most {limit.max_chars:,} characters are allowed, this one has {len(value):,}"
            )
        return value

    parse.__name__ = limit.field
    return parse


def output_file(target: Path) -> Path:
    """Where a command may write: an ordinary file (new or not) in a folder that exists. A device
    or pipe is refused before anything is written: a bundle is written beside its target and
    renamed over it, which would replace /dev/full itself (or a disk) with a file."""
    if target.is_dir():
        raise CliError(f"{shown_path(target)} is a folder, not a file; give a file name to write.")
    if target.exists() and not target.is_file():
        raise CliError(f"{shown_path(target)} is a device or other special file, not an ordinary file to write.")
    if not target.parent.is_dir():
        raise CliError(f"The folder {shown_path(target.parent)} does not exist.")
    return target


def workspace_folder(arg: str, data_dir_override: str | None) -> Path:
    """The folder a workspace argument names (a path, or a name in the data folder). A file is
    refused here: "no workspace in notes.txt" would send the user looking inside a file."""
    from fsadesk.paths import data_dir, resolve_workspace

    folder = resolve_workspace(arg, data_dir(data_dir_override))
    if folder.is_file():
        raise CliError(f"{shown_path(folder)} is a file, not a workspace folder.")
    return folder


def path(value: str) -> str:
    """A file or folder argument. Empty names no file at all (and would mean "this folder")."""
    if not value:
        raise argparse.ArgumentTypeError("an empty path names no file or folder")
    if "\0" in value:
        raise argparse.ArgumentTypeError("a path cannot contain a NUL character")
    return value


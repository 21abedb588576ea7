"""Start-up: arguments → (command line | window). Heavy imports come late.

Starting the window must not pay for the command line's imports (SQLAlchemy, the catalogue…), so
the global options are read with a tiny parser first; only a sub-command loads fsadesk.cli.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _gui_options(argv: list[str]) -> argparse.Namespace | None:
    """The GUI's options when argv holds nothing but them; None when it names a command."""
    # No abbreviations here either (as in fsadesk.cli_args.Parser): `--data x` is not `--data-dir x`.
    # exit_on_error=False: a malformed option raises instead of printing; the full parser then
    # explains it once (otherwise the user saw the same error twice).
    light = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    light.add_argument("--data-dir")
    light.add_argument("--lang", choices=["ja", "en"])
    light.add_argument("--catalogue")
    try:
        known, rest = light.parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):  # a malformed option: let the full parser explain it
        return None
    return None if rest else known


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    gui = _gui_options(args_list)
    if gui is None:
        from fsadesk.cli import run

        return run(args_list)
    if gui.catalogue:
        import os

        os.environ["FSADESK_CATALOGUE"] = gui.catalogue  # read by the catalogue loader on its thread
    from fsadesk.ui.app import run_gui

    try:
        return run_gui(data_dir_override=gui.data_dir, lang=gui.lang)
    except Exception as exc:  # before the window's own handler is in place, e.g. an unusable --data-dir
        return _plain_failure(exc, gui.data_dir)


def _plain_failure(exc: Exception, data_dir_override: str | None) -> int:
    """One plain line on stderr (the traceback goes to the error log), as the command line does."""
    from fsadesk.cli_errors import EXIT_PROBLEM, known_problem, unexpected_problem
    from fsadesk.errorlog import log_exception

    message = known_problem(exc)
    if message is None:
        context = "starting the window"
        log = log_exception(type(exc), exc, exc.__traceback__, context=context, data_dir_override=data_dir_override)
        message = unexpected_problem(exc, log)
    sys.stderr.write(message + "\n")
    return EXIT_PROBLEM


if __name__ == "__main__":
    sys.exit(main())

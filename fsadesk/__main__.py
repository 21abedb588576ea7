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
    light = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    light.add_argument("--data-dir")
    light.add_argument("--lang", choices=["ja", "en"])
    light.add_argument("--catalogue")
    try:
        known, rest = light.parse_known_args(argv)
    except SystemExit:  # a malformed option: let the full parser explain it
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

    return run_gui(data_dir_override=gui.data_dir, lang=gui.lang)


if __name__ == "__main__":
    sys.exit(main())

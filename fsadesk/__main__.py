"""Start-up: arguments → data folder → (command line | window). Heavy imports come late."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from fsadesk.cli import build_parser, run

    args_list = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(args_list)
    if args.command is not None:
        return run(args_list)
    from fsadesk.ui.app import run_gui

    return run_gui(data_dir_override=args.data_dir, lang=args.lang)


if __name__ == "__main__":
    sys.exit(main())

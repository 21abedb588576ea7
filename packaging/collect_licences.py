"""Write the third-party notices of the package: `python packaging/collect_licences.py OUT_FILE`.

Run at build time in the build's virtual environment (the frozen program has no package metadata);
the package carries OUT_FILE as resources/licences/third-party.txt, which Help ▸ About shows.
The text itself is made by fsadesk.licences, the same code a source checkout's About uses.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout, not installed

from fsadesk.licences import required_distributions, third_party_notices


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python packaging/collect_licences.py OUT_FILE\n")
        return 2
    out = Path(argv[0])
    if not required_distributions():  # a build environment without the app's packages: say so, fail
        sys.stderr.write("No installed package of fsadesk's requirements was found: run this in the build's venv.\n")
        return 1
    text = third_party_notices()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        sys.stderr.write(f"Cannot write {out}: {exc.strerror or exc}\n")
        return 1
    print(f"Wrote {out}: {len(required_distributions())} Python packages, {len(text):,} characters.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

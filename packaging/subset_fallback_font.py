"""Shrink the package's copy of Ume P Gothic to the characters the fonts before it lack (issue #13).

    .venv/bin/python packaging/subset_fallback_font.py FONTS_DIR

FONTS_DIR is the package's resources/fonts/ (dist/fsadesk/_internal/resources/fonts): its
ume-pgo4.ttf is replaced in place; the committed font in resources/fonts/ is never changed.

The report's chain (fsadesk/report/pdf_fonts.py CHAIN) gives each character to the first font that
has it: IPAexGothic, MigMix 1P, then Ume P Gothic. Ume is therefore only ever asked for characters
neither of the first two has (JIS X 0213 level 3 and 4 kanji and a few symbols), so a copy with
only those draws exactly the same characters with the same glyphs: 4.2 MB -> 1.1 MB (3,742 characters).
The UmeFont licence (resources/fonts/Umefont-copyright.txt) allows modified copies; the IPA fonts
are never subset here (the IPA licence requires a derived font to be renamed).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

BEFORE = ("ipaexg.ttf", "migmix-1p-regular.ttf")  # the chain's fonts tried before Ume
UME = "ume-pgo4.ttf"


def codepoints(path: Path) -> set[int]:
    with TTFont(path, lazy=True) as font:
        return set(font.getBestCmap())


def needed(fonts_dir: Path) -> set[int]:
    """The characters Ume is asked for: those it has and no font before it has."""
    covered: set[int] = set()
    for name in BEFORE:
        covered |= codepoints(fonts_dir / name)
    return codepoints(fonts_dir / UME) - covered


def subset_ume(source: Path, fonts_dir: Path, target: Path) -> tuple[int, int, int]:
    """Write to `target` the subset of `source` (Ume) the chain in `fonts_dir` needs.
    Returns (characters kept, bytes before, bytes after)."""
    keep = needed(fonts_dir) & codepoints(source)
    options = subset.Options()
    options.name_IDs = ["*"]  # the family name and the copyright/licence strings stay as they are
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_bounds = True
    # DSIG: a signature the subset would break; gasp: Ume's is malformed (fontTools refuses it),
    # and it only tunes screen hinting, which a PDF never uses.
    options.drop_tables = [*options.drop_tables, "DSIG", "gasp"]
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(keep))
    subsetter.subset(font)
    before = source.stat().st_size
    subset.save_font(font, str(target), options)
    return len(keep), before, target.stat().st_size


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    # fontTools' notes on Ume's old tables (a 1970 date, an Apple 'mort' it drops) are no errors
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    fonts_dir = Path(argv[0])
    ume = fonts_dir / UME
    tmp = ume.with_suffix(".subset.ttf")
    kept, before, after = subset_ume(ume, fonts_dir, tmp)
    tmp.replace(ume)
    print(f"{UME}: {before / 1e6:.1f} MB -> {after / 1e6:.2f} MB ({kept} characters the fonts before it lack)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

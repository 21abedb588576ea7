"""Trim ICU's data library in the Linux package to what Qt needs for fsadesk (issue #13, size).

    python packaging/trim_icu.py dist/fsadesk/_internal/PySide6/Qt/lib/libicudata.so.73

libQt6Core links ICU, whose data library (32 MB, a quarter of the package) holds every locale's
names of languages, regions, currencies, units and time zones, transliterators, number spell-out
rules, line-break dictionaries and 200 legacy character sets. Qt uses ICU for collation (sorting
in file dialogs), locale-aware case mapping and legacy text codecs; fsadesk formats dates and
numbers itself and reads and writes UTF-8 only. Kept: ICU's core tables (.icu, .nrm, .spp, .cfu),
the locale tree's root, Japanese and English with the supplemental data (likely subtags, plural
rules…), collation for root/ja/en with the UCA table, the codec alias table and the Japanese
legacy codecs. Dropped: the rest (a legacy codec asked for is a clean "unknown", not a crash).

Needs binutils (readelf, as, ld) and icupkg (icu-devtools); writes the library in place with the
same soname and symbol (icudtNN_dat), so nothing else changes. Checked against the untrimmed data
(Japanese and English collation with numeric sorting, case mapping, number formats and day names,
Shift_JIS): the same results; other locales' time-zone names are empty, which fsadesk never shows.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LOCALES = {"root", "ja", "en", "res_index", "pool"}
DROP_TREES = ("lang/", "region/", "curr/", "unit/", "zone/", "translit/", "rbnf/", "brkitr/")
LOCALE_RES = re.compile(r"^(?:coll/)?([a-z]{2,3}(?:_[A-Za-z0-9]*)*)\.res$")


# Japanese legacy codecs stay (Shift_JIS/CP932, EUC-JP), should Qt ever be handed such text.
KEEP_CODECS = ("ibm-943_", "ibm-33722_", "euc-jp-")


def keep(item: str) -> bool:
    if item.endswith(".cnv"):
        return item.startswith(KEEP_CODECS)
    if item.startswith(DROP_TREES):
        return False
    match = LOCALE_RES.match(item)
    return match is None or match.group(1) in KEEP_LOCALES


def extract(library: Path) -> tuple[str, bytes]:
    """The data package embedded in the library: the bytes of its icudtNN_dat symbol."""
    symbols = subprocess.run(["readelf", "-Ws", str(library)], capture_output=True, text=True, check=True).stdout
    line = next(line for line in symbols.splitlines() if re.search(r"\bicudt\d+_dat$", line))
    fields = line.split()
    name, address, size = fields[-1], int(fields[1], 16), int(fields[2], 0)
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True, check=True).stdout
    data = library.read_bytes()
    for row in sections.splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", row)
        if m:
            start, offset, length = (int(g, 16) for g in m.groups())
            if start <= address < start + length:
                return name, data[offset + address - start : offset + address - start + size]
    raise SystemExit(f"{library}: {name} is in no section")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python packaging/trim_icu.py LIBICUDATA\n")
        return 2
    library = Path(argv[0])
    soname = library.name
    symbol, package = extract(library)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # icupkg names the items after the package file (icudt73l/coll/ja.res): both files keep ICU's name.
        name = f"{symbol.removesuffix('_dat')}l.dat"
        whole = work / "in" / name
        whole.parent.mkdir()
        whole.write_bytes(package)
        items = subprocess.run(["icupkg", "-l", str(whole)], capture_output=True, text=True, check=True)
        dropped = [item for item in items.stdout.split() if not keep(item)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
        trimmed = work / name
        subprocess.run(["icupkg", "-r", str(work / "drop.txt"), str(whole), str(trimmed)], check=True)
        (work / "data.s").write_text(
            f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n"
            f'.incbin "{trimmed}"\n.size {symbol}, .-{symbol}\n.section .note.GNU-stack,"",@progbits\n',
            encoding="utf-8",
        )
        out = work / soname
        subprocess.run(["as", "-o", str(work / "data.o"), str(work / "data.s")], check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-o", str(out), str(work / "data.o")], check=True)
        subprocess.run(["strip", "--strip-unneeded", str(out)], check=True)
        before = library.stat().st_size
        shutil.copyfile(out, library)
    after = library.stat().st_size
    print(f"{library.name}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB ({len(dropped)} of "
          f"{len(items.stdout.split())} data items left out: other locales' names, transliterators, "
          f"line-break dictionaries, legacy codecs)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

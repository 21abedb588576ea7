#!/usr/bin/env bash
# The packaged app, built by `bash packaging/dev.sh package` once dev.sh has installed the
# `package` extra (PyInstaller) and the system tools. Idempotent: every run rebuilds dist/fsadesk/
# and the archive from scratch (PyInstaller's cache of stripped libraries makes a rerun quicker).
#   dist/fsadesk/                                  the one-folder program (run dist/fsadesk/fsadesk)
#   dist/fsadesk-VERSION-linux-ARCH.tar.xz         what a central organisation sends its members
#   dist/fsadesk-VERSION-linux-ARCH.tar.xz.sha256  `sha256sum -c` checks the archive against it
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8
started=$(date +%s)

# Third-party licence notices (Qt's LGPL, the IPA font licence, every bundled Python package's
# licence), shipped as resources/licences/third-party.txt (the spec picks the file up).
rm -rf build/licences
if [ -f packaging/collect_licences.py ]; then
  .venv/bin/python packaging/collect_licences.py build/licences/third-party.txt
else
  echo "note: packaging/collect_licences.py does not exist yet: the package carries no licence notices file"
fi

.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/fsadesk.spec

# ICU's data (a quarter of the package) trimmed to what Qt needs for fsadesk: root/ja/en locales,
# collation, Japanese codecs (packaging/trim_icu.py says what and why; 32 MB -> 3.6 MB).
for lib in dist/fsadesk/_internal/PySide6/Qt/lib/libicudata.so.*; do
  if [ -f "$lib" ] && [ ! -L "$lib" ]; then .venv/bin/python packaging/trim_icu.py "$lib"; fi
done

# The report's Ume fallback font cut to the characters IPAexGothic and MigMix lack, the only ones
# it is ever asked for (packaging/subset_fallback_font.py; 4.2 -> 1.1 MB; UmeFont licence allows it).
.venv/bin/python packaging/subset_fallback_font.py dist/fsadesk/_internal/resources/fonts

# Beside the executable: the Linux desktop entry and its icon, and the script that installs them
# for this user (no admin rights), pointing at wherever the folder was unpacked.
cp packaging/linux/fsadesk.desktop packaging/linux/install-desktop-entry.sh dist/fsadesk/
cp resources/icons/fsadesk-256.png dist/fsadesk/fsadesk.png

version="$(dist/fsadesk/fsadesk --version | awk '{print $2}')"  # the frozen program answers: a first check
name="fsadesk-${version}-linux-$(uname -m)"
archive="dist/${name}.tar.xz"
rm -f "$archive" "$archive.sha256"
# Reproducible: names sorted, no owner, one timestamp; the folder unpacks as fsadesk-VERSION/.
# xz -9 (single-threaded: the smallest; zstd -19 was larger, docs/performance.md).
epoch="$(git log -1 --format=%ct 2>/dev/null || date +%s)"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@${epoch}" \
  --transform "s,^fsadesk,${name%-linux-*}," -C dist -cf - fsadesk | xz -9 -c > "$archive"
(cd dist && sha256sum "${name}.tar.xz" > "${name}.tar.xz.sha256")

unpacked=$(du -sb dist/fsadesk | cut -f1)
packed=$(stat -c %s "$archive")
echo "packaged fsadesk ${version} in $(( $(date +%s) - started )) s:"
echo "  program folder  dist/fsadesk/  $(awk -v b="$unpacked" 'BEGIN {printf "%.1f MB unpacked", b/1e6}')"
echo "  archive         ${archive}  $(awk -v b="$packed" 'BEGIN {printf "%.1f MB", b/1e6}')"
echo "  checksum        ${archive}.sha256  (sha256sum -c ${name}.tar.xz.sha256)"
echo "  left out        build/pyinstaller/fsadesk/filter-savings.txt"

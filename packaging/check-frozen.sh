#!/usr/bin/env bash
# Checks the packaged program as a member institution meets it (issue #13), after
#   bash packaging/dev.sh package
# 1. the archive matches its .sha256 and unpacks into a folder whose path has a space and Japanese;
# 2. the frozen program runs with no Python, no virtual environment and no PATH at all
#    (env -i HOME=… LANG=C.UTF-8 PATH=<an empty folder>): --version, --help, self-test, and writes
#    nothing inside its own folder;
# 3. portable mode: with fsadesk-portable.txt beside it, the data goes to fsadesk-data/ there and
#    nothing to HOME; a read-only program folder ends in one plain line, exit code 1, no traceback;
# 4. ldd: every library the executable and each .so needs is in the package or on ALLOWED below
#    (docs/install.md lists them; tests/test_packaging.py keeps the three lists in step).
# Run by .ci/run after the test suite. Prints each step and the time taken; exits 1 on a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

# Libraries taken from the target system (sonames; globs). glibc's parts, the GL/EGL drivers
# (libgl1, libegl1), and packaging/pyi_filters.py SYSTEM_LIBS: what every Linux desktop has.
ALLOWED=(
  # glibc
  "linux-vdso.so.1" "ld-linux-x86-64.so.2" "ld-linux-aarch64.so.1" "libc.so.6" "libm.so.6" "libpthread.so.0"
  "libdl.so.2" "librt.so.1" "libutil.so.1" "libresolv.so.2"
  # OpenGL / EGL (libgl1, libegl1)
  "libGL.so.1" "libEGL.so.1" "libGLX.so.0" "libOpenGL.so.0" "libGLdispatch.so.0"
  # X11 and xcb, keyboard maps
  "libX11.so.*" "libX11-xcb.so.*" "libXau.so.*" "libXdmcp.so.*" "libXext.so.*" "libXrender.so.*"
  "libxcb.so.*" "libxcb-*.so.*" "libxkbcommon.so.*" "libxkbcommon-x11.so.*" "libbsd.so.*" "libmd.so.*"
  # fonts
  "libfontconfig.so.*" "libfreetype.so.*" "libpng16.so.*" "libbrotlicommon.so.*" "libbrotlidec.so.*"
  "libexpat.so.*" "libz.so.*" "libbz2.so.*"
  # GLib and D-Bus with what they link
  "libglib-2.0.so.*" "libgthread-2.0.so.*" "libpcre2-8.so.*" "libdbus-1.so.*" "libsystemd.so.*"
  "libgcrypt.so.*" "libgpg-error.so.*" "liblz4.so.*" "libzstd.so.*" "libcap.so.*" "liblzma.so.*"
  # the C++ runtime, uuid
  "libstdc++.so.*" "libgcc_s.so.*" "libuuid.so.*"
)

fail() { echo "FAILED: $*" >&2; exit 1; }
step() { echo "== $* ($(( $(date +%s) - started )) s)"; }

archive="$(ls -t dist/fsadesk-*-linux-*.tar.xz 2>/dev/null | head -1 || true)"
[ -n "$archive" ] || fail "no dist/fsadesk-*-linux-*.tar.xz: run bash packaging/dev.sh package first"
step "archive ${archive}"
(cd "$(dirname "$archive")" && sha256sum --quiet -c "$(basename "$archive").sha256") || fail "checksum"

tmp="$(mktemp -d)"
unlock=""
cleanup() {
  [ -z "$unlock" ] || chattr -i "$unlock" 2>/dev/null || chmod u+w "$unlock" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
where="$tmp/試験 フォルダ"
mkdir -p "$where" "$tmp/home" "$tmp/empty-path"
tar -xJf "$archive" -C "$where"
program_dir="$(find "$where" -mindepth 1 -maxdepth 1 -type d | head -1)"
program="$program_dir/fsadesk"
[ -x "$program" ] || fail "no executable fsadesk in the archive's folder"
echo "unpacked into $program_dir"

# No Python, no venv, no PATH: only what the package carries and the system's libraries.
run() { env -i HOME="$tmp/home" LANG=C.UTF-8 PATH="$tmp/empty-path" "$program" "$@"; }
listing() { (cd "$program_dir" && find . -path ./fsadesk-data -prune -o -print | sort); }
no_traceback() { ! grep -q "Traceback" "$1" || { cat "$1" >&2; fail "a traceback reached the user: $2"; }; }
before="$(listing)"

step "fsadesk --version, --help"
out="$(run --version)" || fail "--version"
echo "$out"
[[ "$out" == fsadesk\ * ]] || fail "--version printed: $out"
run --help > "$tmp/help.txt" || fail "--help"
grep -q "self-test" "$tmp/help.txt" || fail "--help does not list self-test"

step "fsadesk self-test (per-user data folder)"
if ! run self-test > "$tmp/selftest.txt" 2>&1; then
  cat "$tmp/selftest.txt" >&2; fail "self-test"
fi
cat "$tmp/selftest.txt"
no_traceback "$tmp/selftest.txt" "self-test"
[ "$(listing)" = "$before" ] || fail "the program wrote inside its own folder without the portable marker"

step "portable mode: fsadesk-portable.txt beside the program"
touch "$program_dir/fsadesk-portable.txt"
rm -rf "$tmp/home" && mkdir "$tmp/home"
run self-test > "$tmp/portable.txt" 2>&1 || { cat "$tmp/portable.txt" >&2; fail "self-test in portable mode"; }
run catalogue show > /dev/null 2> "$tmp/portable-err.txt" || { cat "$tmp/portable-err.txt" >&2; fail "catalogue show"; }
[ -d "$program_dir/fsadesk-data" ] || fail "portable mode wrote no fsadesk-data/ beside the program"
written_home="$(find "$tmp/home" -type f | head -5)"
[ -z "$written_home" ] || fail "portable mode wrote into HOME: $written_home"
echo "data beside the program: $(cd "$program_dir/fsadesk-data" && find . -type f | wc -l) files in fsadesk-data/"

step "portable mode from a read-only program folder"
rm -rf "$program_dir/fsadesk-data"
# The folder itself, as a read-only USB stick or a locked-down share: nothing can be created in it.
# chattr +i stops root too (CI runs as root, whom chmod does not stop); chmod where chattr cannot.
unlock="$program_dir"
chattr +i "$program_dir" 2>/dev/null || chmod a-w "$program_dir"
set +e
run catalogue show > "$tmp/ro-out.txt" 2> "$tmp/ro-err.txt"
code=$?
set -e
cat "$tmp/ro-err.txt"
[ "$code" -ne 0 ] || fail "a read-only portable folder exited 0"
no_traceback "$tmp/ro-err.txt" "read-only program folder"
[ "$(wc -l < "$tmp/ro-err.txt")" -eq 1 ] || fail "expected one plain line, got $(wc -l < "$tmp/ro-err.txt")"
[ ! -e "$program_dir/fsadesk-data" ] || fail "fsadesk-data was created in a read-only folder"
chattr -i "$program_dir" 2>/dev/null || chmod u+w "$program_dir"
unlock=""

step "ldd: libraries needed from outside the package"
allowed() {
  local name="$1" pattern
  for pattern in "${ALLOWED[@]}"; do
    # shellcheck disable=SC2053  # the pattern is a glob on purpose
    [[ "$name" == $pattern ]] && return 0
  done
  return 1
}
internal="$program_dir/_internal"
problems=()
declare -A outside=()
while IFS= read -r -d '' file; do
  # As the frozen program loads them: the package's folders first.
  while read -r line; do
    name="${line%% *}"
    case "$line" in
      *"=> not found"*) problems+=("${file#"$program_dir/"} needs ${name}, which is not found") ;;
      *"=> "*)
        path="${line#*=> }"; path="${path%% (*}"
        case "$path" in "$program_dir"/*) continue ;; esac
        outside["$name"]=1
        allowed "$name" || problems+=("${file#"$program_dir/"} needs ${name} from ${path}, not on the allow-list") ;;
      *) name="${line%% (*}"; name="${name##*/}"; outside["$name"]=1
         allowed "$name" || problems+=("${file#"$program_dir/"} needs ${name}, not on the allow-list") ;;
    esac
  done < <(LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" ldd "$file" 2>/dev/null | sed 's/^[[:space:]]*//' \
           | grep -v -e '^statically linked' -e 'not a dynamic executable' || true)
done < <(find "$program_dir" -type f \( -name '*.so' -o -name '*.so.*' -o -path "$program" \) -print0)
echo "from the system: $(printf '%s\n' "${!outside[@]}" | sort | tr '\n' ' ')"
if ((${#problems[@]})); then
  printf '  %s\n' "${problems[@]}" | sort -u >&2
  fail "libraries outside the package that are not on the allow-list (packaging/check-frozen.sh ALLOWED, docs/install.md)"
fi

step "all checks passed"

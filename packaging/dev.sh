#!/usr/bin/env bash
# Set up (or refresh) everything fsadesk needs on a Debian/Ubuntu machine, then run or test it.
#   bash packaging/dev.sh run [fsadesk args…]   install what is missing, then start the app
#   bash packaging/dev.sh test [pytest args…]   install what is missing, then lint and test headless
#                                               (with a throw-away PostgreSQL server for tests/central)
#   bash packaging/dev.sh package               build the packaged app (PyInstaller, one folder):
#                                               dist/fsadesk/ and dist/fsadesk-VERSION-linux-ARCH.tar.xz
#                                               with its .sha256 (docs/install.md; checked by
#                                               packaging/check-frozen.sh)
# Idempotent: a second call installs nothing and starts at once.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"; shift || true

# System libraries Qt needs (docs: ../shared/reference/stack-notes.md), poppler for PDF checks,
# openssl for the standard-tools bundle check, Xvfb for screenshots of real windows.
apt_pkgs=(libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 poppler-utils openssl unzip
          xvfb xauth)
# Only for the tests: the reference `age` tool (bundle encryption checked both ways) and a
# PostgreSQL server for the central database tests (packaging/postgres-test.sh starts one).
# The app itself needs neither.
if [ "$mode" = test ]; then
  apt_pkgs+=(age postgresql)
fi
# PyInstaller reads and strips the libraries with binutils (objdump, strip); the archive is xz;
# icupkg (icu-devtools) and binutils trim ICU's data library (packaging/trim_icu.py).
if [ "$mode" = package ]; then
  apt_pkgs+=(binutils xz-utils icu-devtools)
fi
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

py="${PYTHON:-python3}"
# Debian's and Ubuntu's own python3 ships venv/ensurepip separately.
if ! "$py" -c "import ensurepip, venv" >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
fi
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
# Reinstall only when the dependency list or the pins change.
stamp=.venv/.fsadesk-deps
want="$(cat pyproject.toml packaging/constraints.txt | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -c packaging/constraints.txt -e ".[test]"
  echo "$want" > "$stamp"
fi
# The packager (the `package` extra) only for a build: the app and its tests never need it.
if [ "$mode" = package ] && [ "$(cat "$stamp-package" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install -q -c packaging/constraints.txt -e ".[package]"
  echo "$want" > "$stamp-package"
fi

export LANG=C.UTF-8
case "$mode" in
  run)
    exec .venv/bin/fsadesk "$@" ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    .venv/bin/ruff check fsadesk tests bench docs
    .venv/bin/mypy
    if [ -z "${FSADESK_TEST_POSTGRES_URL:-}" ]; then
      # The central database tests run on PostgreSQL too: a throw-away server on localhost for
      # this run only (packaging/postgres-test.sh), so this one command tests everything.
      exec bash packaging/postgres-test.sh .venv/bin/python -m pytest "$@"
    fi
    exec .venv/bin/python -m pytest "$@" ;;
  package)
    exec bash packaging/package.sh "$@" ;;
  *)
    echo "usage: bash packaging/dev.sh run|test|package" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Qt Linguist build target for fsadesk's own UI strings.
#   bash packaging/translations.sh update    # collect tr() strings into resources/translations/*.ts
#   bash packaging/translations.sh release   # compile .ts -> .qm (what the app loads)
# Translate in Qt Linguist (.venv/bin/pyside6-linguist) or by editing the .ts XML, then release.
# tests/test_translations.py fails when the .qm is stale or a string is untranslated.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=resources/translations/fsadesk_ja.ts
case "${1:-release}" in
  update)
    .venv/bin/pyside6-lupdate -no-obsolete -locations relative -target-language ja_JP \
      $(find fsadesk/ui -name '*.py' | sort) -ts "$ts" ;;
  release)
    .venv/bin/pyside6-lrelease -nounfinished "$ts" -qm resources/translations/fsadesk_ja.qm ;;
  *)
    echo "usage: bash packaging/translations.sh update|release" >&2; exit 2 ;;
esac

#!/bin/sh
# Adds fsadesk to this user's application menu (no admin rights): run it once from the unpacked
# folder, again after moving the folder. Removing: delete ~/.local/share/applications/fsadesk.desktop.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
# Exec's value is quoted (the folder's path may hold spaces); a backslash or quote in it is escaped.
# Then both values are escaped once more for sed's replacement text.
desktop_quoted="$(printf '%s' "$here/fsadesk" | sed 's/[\\"`$]/\\\\&/g')"
exec_value="$(printf '"%s"' "$desktop_quoted" | sed 's/[\\&|]/\\&/g')"
icon_value="$(printf '%s' "$here/fsadesk.png" | sed 's/[\\&|]/\\&/g')"
sed -e "s|^Exec=.*|Exec=${exec_value}|" -e "s|^Icon=.*|Icon=${icon_value}|" \
  "$here/fsadesk.desktop" > "$apps/fsadesk.desktop"
echo "fsadesk is now in the application menu ($apps/fsadesk.desktop)"

"""Small app settings (language, last workspace), kept as JSON in the data folder so --data-dir
and FSADESK_DATA_DIR move them too."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from fsadesk.lang import Lang

FILE = "settings.json"


@dataclass
class AppSettings:
    lang: Lang = "ja"
    last_workspace: str | None = None
    # The main window's size, position and maximised state (fsadesk.ui.window_placement checks it).
    window: dict[str, Any] | None = None
    # The folder the last export went to, offered the next time (fsadesk.ui.export_dialog).
    export_folder: str | None = None
    # "central" when this PC belongs to a central organisation: the next start opens its window on
    # central_db (a file path or a server URL) with the organisation's keys in central_keys.
    role: str = "member"
    central_db: str | None = None
    central_keys: str | None = None
    central_window: dict[str, Any] | None = None  # the central window's placement

    @staticmethod
    def load(data_dir: Path) -> AppSettings:
        try:
            raw = json.loads((data_dir / FILE).read_text(encoding="utf-8"))
            lang = raw.get("lang", "ja")
            window = raw.get("window")
            export_folder = raw.get("export_folder")
            central_window = raw.get("central_window")
            return AppSettings(
                lang="en" if lang == "en" else "ja",
                last_workspace=raw.get("last_workspace"),
                window=window if isinstance(window, dict) else None,
                export_folder=export_folder if isinstance(export_folder, str) else None,
                role="central" if raw.get("role") == "central" else "member",
                central_db=_text_or_none(raw.get("central_db")),
                central_keys=_text_or_none(raw.get("central_keys")),
                central_window=central_window if isinstance(central_window, dict) else None,
            )
        except (OSError, ValueError, AttributeError):
            return AppSettings()  # missing or damaged settings are not worth bothering the user

    def save(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        if self.export_folder is None:
            # The export dialog remembers its folder while the window's controller holds a copy
            # loaded at start: that copy saving the language must not forget the folder.
            self.export_folder = AppSettings.load(data_dir).export_folder
        tmp = data_dir / (FILE + ".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, data_dir / FILE)  # atomic: a crash leaves the old or the new file


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


QT_SETTINGS = "qt-settings"  # the folder of Qt's own settings, when they are kept in the data folder


def keep_qt_settings_in(folder: Path) -> None:
    """Qt's own settings (QSettings: what a file dialog remembers) as INI files in `folder`, not in
    the user's profile: used in portable mode and by the self-test, which must leave nothing behind
    in the per-user folders. Every QSettings made afterwards with the default format goes there."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    # Both formats: QSettings(organisation, application), which Qt's own dialogs use, takes the
    # native one (INI files on Linux, the registry on Windows, plists on macOS) whatever the default.
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(kind, QSettings.Scope.SystemScope, str(folder / "system"))


def default_qt_settings() -> None:
    """Qt's settings back in the user's profile (after the self-test ran in-process)."""
    from PySide6.QtCore import QSettings, QStandardPaths

    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, config)

"""The self-test's window step (`fsadesk self-test`): the member's main window, built on the
self-test's workspace offscreen, painted, then switched to Japanese.

A package missing a Qt platform plugin cannot make the application; one missing our translations
or Qt's own (qtbase_ja) shows English after the switch: either fails this step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from fsadesk.catalogue import Catalogue
from fsadesk.paths import data_dir
from fsadesk.ui.settings import QT_SETTINGS, default_qt_settings, keep_qt_settings_in


class WindowCheckFailed(Exception):
    """The window could not be painted, or Japanese was not shown; one plain line."""


def check_main_window(workspace: Path, catalogue: Catalogue) -> tuple[int, int, str]:
    """(width, height, the File menu's Japanese title) of the painted main window."""
    from fsadesk.app.workspace import open_session
    from fsadesk.ui.app import load_japanese_font
    from fsadesk.ui.i18n import LanguageManager
    from fsadesk.ui.main_window import MainWindow
    from fsadesk.ui.prompts import QtPrompts

    if QApplication.instance() is None:
        _check_platform_plugin()  # Qt ends the process, with no way to catch it, when none loads
    app = QApplication.instance() or QApplication(["fsadesk"])
    assert isinstance(app, QApplication)
    keep_qt_settings_in(data_dir() / QT_SETTINGS)  # the self-test's temporary data folder
    if load_japanese_font(app) is None:
        raise WindowCheckFailed("the Japanese font for the windows could not be loaded")
    locale = QLocale()  # restored afterwards: a test running the self-test in-process shares the app
    manager = LanguageManager(app, "en")
    session = open_session(workspace, catalogue)
    window = MainWindow(session, manager, QtPrompts())
    previous = qInstallMessageHandler(_quiet)
    try:
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        image = window.grab()
        if image.isNull() or image.width() < 100 or image.height() < 100:
            raise WindowCheckFailed("the main window could not be painted")
        english = window.menu_file.title()
        manager.set_language("ja")
        app.processEvents()
        japanese = window.menu_file.title()
        if japanese == english or japanese.isascii():
            raise WindowCheckFailed(f"the menu still reads {english!r} in Japanese: the translations are missing")
        # Qt's own words come from qtbase_ja, a separate file of the package. Asked through names,
        # not literals: lupdate would otherwise copy the word into our own translations, which
        # would then answer for a missing qtbase_ja.
        context, word = "QPlatformTheme", "Cancel"
        if QCoreApplication.translate(context, word) == word:
            raise WindowCheckFailed("Qt's own Japanese words (qtbase_ja) are missing")
        window.grab()  # painted again in Japanese
        return image.width(), image.height(), japanese.replace("&", "").split("(")[0]
    finally:
        qInstallMessageHandler(previous)
        window.close()
        window.deleteLater()
        session.close()
        manager.set_language("en")  # removes our translators from a shared application
        manager.deleteLater()
        QLocale.setDefault(locale)
        default_qt_settings()  # the temporary folder is about to go
        app.processEvents()


def _check_platform_plugin() -> None:
    """The platform plugin Qt is about to load is in the package (offscreen for the self-test)."""
    import os

    wanted = os.environ.get("QT_QPA_PLATFORM", "offscreen").split(":")[0]
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    if not folder.is_dir() or not any(wanted in plugin.name for plugin in folder.iterdir()):
        raise WindowCheckFailed(f"Qt's platform plugin {wanted!r} is not in {folder}")


def _quiet(kind: QtMsgType, _context: object, message: str) -> None:
    """Qt's notes about the offscreen platform ("does not support propagateSizeHints") are not
    the user's business; a real problem surfaces as a failed check."""
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        import sys

        sys.stderr.write(message + "\n")

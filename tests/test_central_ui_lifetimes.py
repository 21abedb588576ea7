"""The central window's parts that outlive or outlast something: a language change after a window
is gone reaches none of its actions, and one while its database cannot be read shows no traceback
(found by the dashboard's tests, which had to work around both)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from fsadesk.central.setup import init_central
from fsadesk.ui.central.window import CentralWindow
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.settings import AppSettings
from tests.test_central_ui_members import PASSPHRASE, FakePrompts


def _window(tmp_path: Path, lang: LanguageManager) -> tuple[CentralWindow, FakePrompts]:
    db = init_central(tmp_path / "central.sqlite", "東海信用組合協会", tmp_path / "keys", PASSPHRASE)
    prompts = FakePrompts()
    return CentralWindow(db, tmp_path / "keys", lang, prompts, AppSettings(), tmp_path / "data"), prompts


def test_a_language_change_after_the_window_is_gone_reaches_nothing(qapp: QApplication, tmp_path: Path) -> None:
    lang = LanguageManager(qapp, "ja")
    window, _ = _window(tmp_path, lang)
    assert window.new_campaign_action is not None and window.new_campaign_action.text().startswith("新しい")
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the delete happens here
    errors: list[BaseException] = []
    import sys

    hook, sys.excepthook = sys.excepthook, lambda _t, exc, _tb: errors.append(exc)
    try:
        lang.set_language("en")  # a deleted action's handler would raise here (reported via the hook)
        lang.set_language("ja")
    finally:
        sys.excepthook = hook
        lang.set_language("en")
    assert errors == []


def test_a_language_change_while_the_database_cannot_be_read_keeps_the_intake(
    qapp: QApplication, tmp_path: Path
) -> None:
    lang = LanguageManager(qapp, "en")
    window, _ = _window(tmp_path, lang)
    window.db.engine.dispose()  # the database file taken away from under the open window
    (tmp_path / "central.sqlite").rename(tmp_path / "moved.sqlite")
    import sys

    errors: list[BaseException] = []
    hook, sys.excepthook = sys.excepthook, lambda _t, exc, _tb: errors.append(exc)
    try:
        lang.set_language("ja")
    finally:
        sys.excepthook = hook
        lang.set_language("en")
    assert errors == []
    intake = window.intake
    combo = getattr(intake, "campaign")  # noqa: B009 - window.intake is typed as a plain QWidget
    assert combo.count() == 1 and combo.currentData() is None  # only "no campaign": nothing could be read

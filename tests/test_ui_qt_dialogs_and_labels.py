"""Rough edges of #11 point 8 and point 9: Qt's own file dialog in Japanese, the tree without a
duplicate child, the cycle's year in English, and what editing the profile of a finalised cycle
changes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.prompts import QtPrompts

# What the file dialog's labels read (mnemonic ampersands dropped), per language.
FILE_DIALOG_LABELS = {
    "ja": {"場所:", "ファイルの種類:"},
    "en": {"Look in:", "Files of type:"},
}


@pytest.fixture(params=["ja", "en"])
def lang(request):
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")  # removes the translators: later tests start from plain Qt


def _labels_of_the_open_file_dialog(ask) -> list[str]:
    """Run `ask` (which opens a modal QFileDialog through QtPrompts), read the dialog's labels
    as the user sees them, and cancel it."""
    seen: list[str] = []

    def read_and_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, read_and_cancel)
            return
        seen.extend(re.sub(r"\(&\w\)|&", "", label.text()) for label in dialogs[0].findChildren(QLabel))
        dialogs[0].reject()

    QTimer.singleShot(50, read_and_cancel)
    assert ask() is None  # cancelled: nothing chosen
    return seen


def test_file_dialogs_speak_the_users_language(lang, tmp_path: Path, qtbot):
    """The save and folder dialogs said "Look in:" and "Files of type:" in the Japanese UI."""
    prompts = QtPrompts()
    for ask in (
        lambda: prompts.save_path("t", tmp_path / "report.pdf", "PDF (*.pdf)"),
        lambda: prompts.open_dir("t", tmp_path),
    ):
        labels = _labels_of_the_open_file_dialog(ask)
        assert FILE_DIALOG_LABELS[lang.lang] <= set(labels), labels
        if lang.lang == "ja":
            assert not [text for text in labels if text.isascii() and text], labels

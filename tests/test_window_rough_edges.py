"""Rough edges of the main window met in the walkthrough (#11 point 8): the status bar's word
on saving, Alt+letter onto a field below the fold."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fsadesk.assessment.answers import Status
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.ui.i18n import LanguageManager
from tests.test_main_window import _open

NOT_SAVED = {"ja": "まだ保存されていません", "en": "Not saved yet"}


@pytest.fixture(params=["ja", "en"])
def lang(request):
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")  # removes the translators: later tests start from plain Qt


@pytest.fixture
def demo(tmp_path) -> Path:
    run(["demo", str(tmp_path / "demo")])
    return tmp_path / "demo"


def _answered(window, status: Status) -> str:
    item = next(it.id for it in window.session.items if window.session.answer(it.id).status is status)
    assert window.go_to(item)
    return item


def test_not_saved_warning_goes_once_the_reason_is_no_longer_needed(demo, catalogue, lang, qtbot):
    """N/A without a reason says "not saved"; going back to the stored answer needs no reason,
    so the status bar must stop saying something is unsaved (it kept saying so)."""
    window = _open(demo, catalogue, lang, qtbot)
    item = _answered(window, Status.IMPLEMENTED)
    qtbot.mouseClick(window.page.status_buttons[Status.NOT_APPLICABLE], Qt.MouseButton.LeftButton)
    assert window.saved_label.text().startswith(NOT_SAVED[lang.lang])
    qtbot.mouseClick(window.page.status_buttons[Status.IMPLEMENTED], Qt.MouseButton.LeftButton)
    assert not window.page.message.isVisible()
    assert NOT_SAVED[lang.lang] not in window.saved_label.text()
    assert window.saved_label.text().startswith("✓")
    with open_workspace(demo) as ws:
        assert ws.answers.get(ws.cycles.latest().id, item).status is Status.IMPLEMENTED  # nothing changed
    window.close()

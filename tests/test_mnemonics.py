"""Alt+letter must lead to one place: no two visible fields, buttons or menus share a letter.

A user pressing Alt+H for the alternative-measure field got the Help menu instead, and typed
into nothing (fifth new-user walkthrough). Checked in every state of the item page and on the
summary, in Japanese and in English.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMainWindow, QWidget

from fsadesk.app.workspace import AssessmentWorkspace
from fsadesk.assessment.answers import Status
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.main_window import MainWindow
from tests.qt_helpers import demo_session

MNEMONIC = re.compile(r"&([^&\s])")


class _Yes:
    def confirm(self, *_: object) -> bool:
        return True


def _letter(text: str) -> str | None:
    match = MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def _mnemonics(window: QWidget) -> Counter[str]:
    """Letters that Alt+letter would reach now: menu titles, visible buttons and labelled fields."""
    menus = window.menuBar().actions() if isinstance(window, QMainWindow) else []
    letters: list[str | None] = [_letter(action.text()) for action in menus]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        labelled_field = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled_field:
            letters.append(_letter(widget.text()))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            letters.append(_letter(widget.title()))
    return Counter(letter for letter in letters if letter)


@pytest.mark.parametrize("lang_code", ["ja", "en"])
def test_no_alt_letter_leads_to_two_places(qtbot, catalogue, tmp_path: Path, lang_code):
    manager = LanguageManager(QApplication.instance(), lang_code)  # type: ignore[arg-type]
    try:
        session = demo_session(tmp_path / "demo", catalogue)
        window = MainWindow(session, manager, prompts=_Yes())  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.go_to(session.next_unanswered(None))
        for status in (Status.PARTIAL, Status.ALTERNATIVE, Status.NOT_APPLICABLE, Status.IMPLEMENTED):
            window.page.status_buttons[status].click()
            QApplication.processEvents()
            clashes = {k: n for k, n in _mnemonics(window).items() if n > 1}
            assert not clashes, (status, clashes)
        window.page.status_buttons[Status.IMPLEMENTED].click()
        window.page.flush()
        window.show_summary(True)
        QApplication.processEvents()
        clashes = {k: n for k, n in _mnemonics(window).items() if n > 1}
        assert not clashes, ("summary", clashes)
        window.close()
    finally:
        manager.set_language("en")


@pytest.mark.parametrize("lang_code", ["ja", "en"])
def test_compare_dialog_letters_are_unique(qtbot, catalogue, tmp_path: Path, lang_code):
    from fsadesk.cli import run
    from fsadesk.store import open_workspace
    from fsadesk.ui.compare_dialog import CompareDialog

    manager = LanguageManager(QApplication.instance(), lang_code)  # type: ignore[arg-type]
    try:
        run(["demo", str(tmp_path / "ws")])
        run(["cycle", "new", str(tmp_path / "ws"), "--year", "2027", "--label", "2027"])
        with open_workspace(tmp_path / "ws") as ws:
            dialog = CompareDialog(AssessmentWorkspace.of(ws), catalogue, ws.institution.get(), manager)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            clashes = {k: n for k, n in _mnemonics(dialog).items() if n > 1}
            assert not clashes
            dialog.close()
    finally:
        manager.set_language("en")

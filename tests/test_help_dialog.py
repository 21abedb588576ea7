"""The in-app help: the manual in the current language, its contents, topics and search."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QApplication

from fsadesk.ui.help_dialog import HelpDialog, headings, help_file
from fsadesk.ui.i18n import LanguageManager


@pytest.fixture
def lang():
    manager = LanguageManager(QApplication.instance(), "ja")
    yield manager
    manager.set_language("en")  # leave no Japanese Qt translator behind for other tests


@pytest.fixture
def dialog(qtbot, lang):
    help_dialog = HelpDialog(lang)
    qtbot.addWidget(help_dialog)
    help_dialog.show()
    qtbot.waitExposed(help_dialog)
    return help_dialog


def _top_line(dialog: HelpDialog) -> str:
    """The text of the first line visible at the top of the help text."""
    cursor = dialog.browser.cursorForPosition(QPoint(10, 10))
    return cursor.block().text()


def test_japanese_by_default_then_english(qtbot, dialog, lang):
    """The help opens in Japanese and shows the English manual after switching language."""
    assert not dialog.isModal()
    assert "キーボード操作" in dialog.browser.toPlainText()
    assert dialog.contents.topLevelItem(0).text(0) == "fsadesk でできること"
    lang.set_language("en")
    qtbot.waitUntil(lambda: "Keyboard shortcuts" in dialog.browser.toPlainText())  # LanguageChange is posted
    assert "キーボード操作" not in dialog.browser.toPlainText()
    assert dialog.contents.topLevelItem(0).text(0) == "What fsadesk does"


def test_show_topic_scrolls_to_anchor(qtbot, dialog, lang):
    """show_topic scrolls the heading to the top and selects it; the topic survives a language switch."""
    assert "shortcuts" in dialog.topics()
    assert dialog.browser.verticalScrollBar().value() == 0
    dialog.show_topic("shortcuts")
    qtbot.waitUntil(lambda: dialog.browser.verticalScrollBar().value() > 0)
    assert _top_line(dialog) == "キーボード操作"
    assert dialog.contents.currentItem().text(0) == "キーボード操作"
    lang.set_language("en")
    qtbot.waitUntil(lambda: _top_line(dialog) == "Keyboard shortcuts")


def test_contents_navigation_by_keyboard(qtbot, dialog):
    """Arrow keys in the contents move the text to the chosen topic."""
    dialog.contents.setFocus()
    dialog.contents.setCurrentItem(dialog.contents.topLevelItem(0))
    qtbot.keyClick(dialog.contents, Qt.Key.Key_Down)
    assert dialog.contents.currentItem().text(0) == "はじめての設定"
    qtbot.waitUntil(lambda: _top_line(dialog) == "はじめての設定")


def test_find_in_help(qtbot, dialog):
    """Typing a word in Find and pressing Enter selects its next occurrence, or says it is absent."""
    qtbot.keyClicks(dialog.find_edit, "Ctrl+Shift+Z")
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    assert dialog.browser.textCursor().selectedText() == "Ctrl+Shift+Z"
    dialog.find_edit.clear()
    qtbot.keyClicks(dialog.find_edit, "zzzqqq")
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    assert dialog.find_status.text() == QCoreApplication.translate("HelpDialog", "Not found")


@pytest.mark.parametrize("lang_code", ["ja", "en"])
def test_help_files_are_offline_and_complete(lang_code):
    """Both manuals have the same topics, no network links, and cover the required subjects."""
    html = help_file(lang_code).read_text(encoding="utf-8")
    anchors = [anchor for _level, anchor, _text in headings(html)]
    other = "en" if lang_code == "ja" else "ja"
    assert anchors == [a for _l, a, _t in headings(help_file(other).read_text(encoding="utf-8"))]
    assert {"setup", "statuses", "plan-or-acceptance", "saving", "shortcuts", "approach", "data"} <= set(anchors)
    assert set(END_CHAPTERS[lang_code]) <= set(anchors)
    assert not re.search(r"(https?|ftp)://", html)
    for key in ("Ctrl+1", "Ctrl+6", "Ctrl+J", "Ctrl+F", "Ctrl+Z", "Ctrl+Shift+Z", "F1", "2.2.2.3 ②"):
        assert key in html


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_in_find_goes_to_next_match_and_keeps_help_open(qtbot, dialog, key):
    """Enter (or keypad Enter) in Find moves to the next match, as its hint says, and never closes help."""
    dialog.activateWindow()
    dialog.find_edit.setFocus()
    qtbot.waitUntil(dialog.find_edit.hasFocus)
    qtbot.keyClicks(dialog.find_edit, "Ctrl+Z")
    qtbot.keyClick(dialog.find_edit, key)
    first = dialog.browser.textCursor().selectionStart()
    assert dialog.browser.textCursor().selectedText() == "Ctrl+Z"
    qtbot.keyClick(dialog.find_edit, key)
    assert dialog.isVisible()
    assert dialog.browser.textCursor().selectedText() == "Ctrl+Z"
    assert dialog.browser.textCursor().selectionStart() > first
    assert dialog.find_edit.hasFocus()  # typing can go on in the search box


def test_shift_enter_in_find_goes_back(qtbot, dialog):
    """Shift+Enter in Find goes back to the previous match, wrapping round at the start."""
    qtbot.keyClicks(dialog.find_edit, "Ctrl+Z")
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    first = dialog.browser.textCursor().selectionStart()
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.isVisible()
    assert dialog.browser.textCursor().selectionStart() == first
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.browser.textCursor().selectedText() == "Ctrl+Z"
    assert dialog.browser.textCursor().selectionStart() > first  # wrapped round to the last match


# The chapters on the end of the process (#11): sign-off, revisions, the report, the bundle, the
# passphrase, enrolment and the central organisation, with the title each has in the contents.
END_CHAPTERS = {
    "ja": {
        "signoff": "評価の確定（承認の記録）",
        "revision": "確定したあとで直すとき（改訂版）",
        "report": "理事会向けの報告書",
        "bundle": "提出用ファイル（.fsab）と署名",
        "passphrase": "署名鍵のパスフレーズ",
        "enrolment": "中央機関への登録（登録ファイル）",
        "central": "中央機関に送るもの",
    },
    "en": {
        "signoff": "Signing off and finalising",
        "revision": "Changing a finalised assessment (revisions)",
        "report": "The board report",
        "bundle": "The signed bundle (.fsab)",
        "passphrase": "The signing key's passphrase",
        "enrolment": "Enrolment with your central organisation",
        "central": "What to send to your central organisation",
    },
}


def _chapters_found(qtbot, dialog: HelpDialog, word: str) -> set[str]:
    """Types the word in Find and presses Enter until the search wraps round; returns the anchors
    of the chapters (h2 topics) in which a match was selected."""
    starts: list[tuple[int, str]] = []  # (position of the heading in the text, its anchor)
    titles = {dialog.contents.topLevelItem(i).text(0): dialog.contents.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
              for i in range(dialog.contents.topLevelItemCount())}  # fmt: skip
    block = dialog.browser.document().begin()
    while block.isValid():
        if block.text() in titles:
            starts.append((block.position(), titles[block.text()]))
        block = block.next()
    dialog.find_edit.clear()
    # Japanese reaches the box through an input method, which QTest cannot drive (its keyClicks
    # aborts on kanji): the committed word is inserted as the input method would.
    dialog.find_edit.insert(word)
    found: set[str] = set()
    seen: set[int] = set()
    for _ in range(200):
        qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)
        cursor = dialog.browser.textCursor()
        if not cursor.hasSelection() or cursor.selectionStart() in seen:
            break
        seen.add(cursor.selectionStart())
        before = [anchor for position, anchor in starts if position <= cursor.selectionStart()]
        if before:
            found.add(before[-1])
    return found


@pytest.mark.parametrize(
    ("lang_code", "word", "chapters"),
    [
        ("ja", "署名", {"bundle", "passphrase", "enrolment"}),
        ("ja", "パスフレーズ", {"passphrase"}),
        ("ja", "登録", {"enrolment", "central"}),
        ("ja", "提出", {"bundle", "central"}),
        ("ja", "確定", {"signoff", "revision"}),
        ("en", "sign", {"signoff", "bundle", "passphrase"}),
        ("en", "passphrase", {"passphrase"}),
        ("en", "enrolment", {"enrolment", "central"}),
        ("en", "bundle", {"bundle", "central"}),
        ("en", "revision", {"revision"}),
    ],
)
def test_search_finds_the_end_of_process_chapters(qtbot, dialog, lang, lang_code, word, chapters):
    """Searching the help for sign-off, passphrase, enrolment or bundle lands in the chapters on them."""
    if lang_code == "en":
        lang.set_language("en")
        qtbot.waitUntil(lambda: "Keyboard shortcuts" in dialog.browser.toPlainText())
    assert chapters <= _chapters_found(qtbot, dialog, word)
    assert dialog.isVisible()


@pytest.mark.parametrize("lang_code", ["ja", "en"])
def test_contents_list_the_end_of_process_chapters(qtbot, dialog, lang, lang_code):
    """The contents list every chapter on the end of the process, and choosing one shows it."""
    if lang_code == "en":
        lang.set_language("en")
        qtbot.waitUntil(lambda: "Keyboard shortcuts" in dialog.browser.toPlainText())
    listed = [dialog.contents.topLevelItem(i).text(0) for i in range(dialog.contents.topLevelItemCount())]
    for anchor, title in END_CHAPTERS[lang_code].items():
        assert title in listed, title
        assert anchor in dialog.topics()
    dialog.contents.setCurrentItem(dialog.contents.topLevelItem(listed.index(END_CHAPTERS[lang_code]["passphrase"])))
    qtbot.waitUntil(lambda: _top_line(dialog) == END_CHAPTERS[lang_code]["passphrase"])

"""The member's help has a chapter on the campaign file (提出依頼ファイル) and the receipt (受領証):
what each is, the File menu's own words to import them, the encryption that is on by default after
a campaign, and what "received" on the summary means; the contents list it and search finds it
(issue #12), in Japanese and English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from fsadesk.ui.help_dialog import headings, help_file
from fsadesk.ui.i18n import LanguageManager
from tests.test_help_dialog import _chapters_found, dialog, lang  # noqa: F401  (fixtures)

TITLE = {"ja": "提出依頼ファイルと受領証", "en": "The campaign file and the receipt"}
WORDS = {
    "ja": ("提出依頼ファイル", "受領証", "暗号化", "提出済み", "締切", "年度"),
    "en": ("campaign file", "receipt", "encrypt", "Submitted", "deadline", "fiscal year"),
}
SEARCH = {"ja": ("提出依頼ファイル", "受領証"), "en": ("campaign file", "receipt")}


def _menu_words(lang_code: str) -> list[str]:
    manager = LanguageManager(QApplication.instance(), lang_code)
    try:
        texts = [QApplication.translate("CampaignActions", t) for t in ("Import c&ampaign file…", "Import &receipt…")]
    finally:
        manager.set_language("en")
    return [t.replace("(&A)", "").replace("(&R)", "").replace("&", "").rstrip("…") for t in texts]


def _chapter(lang_code: str) -> str:
    html = help_file(lang_code).read_text(encoding="utf-8")
    return html[html.index('id="campaign"') : html.index('id="next-year"')]


@pytest.mark.parametrize("lang_code", ["ja", "en"])
def test_the_chapter_says_what_the_files_are_and_how_to_import_them(qapp, lang_code: str):
    chapter = _chapter(lang_code)
    assert (2, "campaign", TITLE[lang_code]) in headings(help_file(lang_code).read_text(encoding="utf-8"))
    for menu in _menu_words(lang_code):
        assert menu in chapter, menu
    for word in WORDS[lang_code]:
        assert word in chapter, word
    assert "fsadesk campaign import" in chapter and "fsadesk receipt import" in chapter


@pytest.mark.parametrize("lang_code", ["ja", "en"])
def test_search_and_contents_find_the_chapter(qtbot, dialog, lang, lang_code: str):  # noqa: F811
    if lang_code == "en":
        lang.set_language("en")
        qtbot.waitUntil(lambda: "Keyboard shortcuts" in dialog.browser.toPlainText())
    listed = [dialog.contents.topLevelItem(i).text(0) for i in range(dialog.contents.topLevelItemCount())]
    assert TITLE[lang_code] in listed
    for word in SEARCH[lang_code]:
        assert "campaign" in _chapters_found(qtbot, dialog, word), word

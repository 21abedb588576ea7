"""The member's help has a chapter on the benchmark pack (ベンチマークファイル): what it is, the File
menu's own words to import it, which group the member is compared with, and how anonymity is
protected (issue #14 point 3), in Japanese and English; the contents list it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from fsadesk.ui.help_dialog import headings, help_file
from fsadesk.ui.i18n import LanguageManager

TITLE = {"ja": "ベンチマークファイル：同業の機関との比較", "en": "The benchmark pack: you and your peer group"}
SUBHEADINGS = {
    "ja": ("ベンチマークファイルの読み込み", "どの集団と比べるか", "機関が特定されないための決まり"),
    "en": ("Importing the benchmark pack", "Which group you are compared with", "How anonymity is protected"),
}
WORDS = {
    "ja": ("下位25%の水準", "中央値", "上位25%の水準", "公表なし", "5機関", "提出依頼ファイル", "業態"),
    "en": ("lower quartile", "median", "upper quartile", "not published", "5 unless", "campaign file", "size band"),
}


def _menu_word(lang_code: str) -> str:
    manager = LanguageManager(QApplication.instance(), lang_code)  # type: ignore[arg-type]
    try:
        text = QApplication.translate("BenchmarkActions", "Impor&t benchmark pack…")
    finally:
        manager.set_language("en")
    return text.replace("(&T)", "").replace("&", "")


def _chapter(lang_code: str) -> str:
    html = help_file(lang_code).read_text(encoding="utf-8")  # type: ignore[arg-type]
    return html[html.index('id="benchmark"') : html.index('id="next-year"')]


@pytest.mark.parametrize("lang_code", ["ja", "en"])
def test_the_chapter_says_what_a_pack_is_how_to_import_it_and_how_anonymity_is_kept(
    qapp: QApplication, lang_code: str
) -> None:
    found = headings(help_file(lang_code).read_text(encoding="utf-8"))  # type: ignore[arg-type]
    assert (2, "benchmark", TITLE[lang_code]) in found
    ids = {anchor: text for _, anchor, text in found}
    for anchor, text in zip(
        ("benchmark-import", "benchmark-group", "benchmark-anonymity"), SUBHEADINGS[lang_code], strict=True
    ):
        assert ids[anchor] == text
    chapter = _chapter(lang_code)
    menu = _menu_word(lang_code)
    assert menu == {"ja": "ベンチマークファイルの読み込み…", "en": "Import benchmark pack…"}[lang_code]
    assert menu.rstrip("…") in chapter  # the menu's own words
    for word in WORDS[lang_code]:
        assert word in chapter, word
    assert "fsadesk benchmark import" in chapter

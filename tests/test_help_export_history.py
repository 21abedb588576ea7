"""The help's chapter on what to send names the export history by the menu's own words, the
command that prints it, and what never to send (ja/en)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from fsadesk.ui.help_dialog import help_file
from fsadesk.ui.i18n import LanguageManager

NEVER_SEND = {"ja": "パスフレーズと署名鍵のファイル", "en": "never send the passphrase or the signing key files"}


@pytest.mark.parametrize("lang_code", ["ja", "en"])
def test_help_describes_the_export_history_and_what_to_send(qapp, lang_code: str) -> None:
    from fsadesk.ui.main_window import MainWindow

    manager = LanguageManager(QApplication.instance(), lang_code)
    try:
        menu_text = QApplication.translate(MainWindow.__name__, "Export &history…").replace("(&H)", "").replace("&", "")
    finally:
        manager.set_language("en")
    html = help_file(lang_code).read_text(encoding="utf-8")
    chapter = html[html.index('id="central"') : html.index('id="next-year"')]
    assert 'id="export-history"' in chapter
    assert menu_text.rstrip("…") in chapter
    assert "fsadesk exports" in chapter and "SHA-256" in chapter
    assert NEVER_SEND[lang_code] in chapter

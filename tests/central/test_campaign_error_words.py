"""Every error of the central organisation's keys, campaign files and receipts has words of its
own in English and Japanese (tests/test_ui_errors.py checks the classes it has loaded; this test
loads these, so the check holds when that file runs alone too)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from fsadesk.bundle.errors import BundleError
from fsadesk.central import errors
from fsadesk.ui.errors import own_text, user_message
from fsadesk.ui.i18n import LanguageManager

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def central_errors() -> list[BundleError]:
    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, BundleError)]
    return [cls("English detail") for cls in classes if cls.__module__ == errors.__name__]


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(QApplication.instance(), "en")
    yield manager
    manager.set_language("en")


def test_every_central_error_has_its_own_words_in_both_languages(languages):
    found = central_errors()
    assert len(found) == 20  # 15 of campaigns and receipts, 5 of benchmark packs
    assert [repr(e) for e in found if own_text(e) is None] == []
    english = {type(e): user_message(e) for e in found}
    languages.set_language("ja")
    for exc in found:
        text = user_message(exc)
        assert JAPANESE.search(text) and text != english[type(exc)], type(exc)
        assert "English detail" not in text
    assert user_message(errors.CampaignDamaged("x")).startswith("提出依頼ファイルが壊れている")

"""Every intake status, reason kind and flag has its own words in English and Japanese (the
window's table, fsadesk/ui/intake_texts.py), and every reason kind its Japanese line in the
quarantine's reason file."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from fsadesk.central.intake_types import IntakeStatus, ReasonKind
from fsadesk.central.quarantine import JA_REASONS
from fsadesk.central.receipt import ReceiptFlag
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.intake_texts import flag_texts, reason_texts, status_texts

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
TABLES = [(status_texts, IntakeStatus), (reason_texts, ReasonKind), (flag_texts, ReceiptFlag)]


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(QApplication.instance(), "en")
    yield manager
    manager.set_language("en")


def test_every_value_has_its_words_in_both_languages(languages: LanguageManager) -> None:
    english = {}
    for table, values in TABLES:
        texts = table()
        assert set(texts) == {v.value for v in values}, table.__name__
        assert len(set(texts.values())) == len(texts)  # no two share words
        english[table] = texts
    languages.set_language("ja")
    for table, _values in TABLES:
        for key, text in table().items():
            assert JAPANESE.search(text) and text != english[table][key], (table.__name__, key)
    assert status_texts()["rejected"] == "受け付けませんでした"


def test_every_reason_kind_has_a_japanese_line_for_the_reason_file() -> None:
    assert set(JA_REASONS) == set(ReasonKind)
    assert all(JAPANESE.search(text) for text in JA_REASONS.values())

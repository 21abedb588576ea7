"""Every error of the central database and member registry (fsadesk.central.store.errors) has
plain words of its own in Japanese and English in the central windows (fsadesk.ui.central.words),
never the fallback and never the English detail as the message — the check tests/test_ui_errors.py
makes for the member side's errors, over the central side's classes (new ones included)."""

from __future__ import annotations

import gc
import importlib
import pkgutil

import pytest
from PySide6.QtWidgets import QApplication

import fsadesk.central
from fsadesk.central.store import errors as central_errors
from fsadesk.ui.central.words import central_message, central_texts
from fsadesk.ui.i18n import LanguageManager

DETAIL = "English detail for the log"


def import_every_central_module() -> None:
    """Subclasses exist only once their module is imported: load them all, so the check does not
    depend on which other tests ran first."""
    for info in pkgutil.walk_packages(fsadesk.central.__path__, "fsadesk.central."):
        if ".migrations" not in info.name:  # Alembic scripts run only inside Alembic
            importlib.import_module(info.name)


def central_error_classes() -> list[type[central_errors.CentralError]]:
    import_every_central_module()
    gc.collect()  # classes made inside a test are gone once it has ended
    found: list[type[central_errors.CentralError]] = []
    todo: list[type[central_errors.CentralError]] = [central_errors.CentralError]
    while todo:
        cls = todo.pop()
        if cls not in found:
            found.append(cls)
            todo.extend(cls.__subclasses__())
    return [cls for cls in found if cls is not central_errors.CentralError]


def without_words(classes: list[type[central_errors.CentralError]]) -> list[str]:
    texts = central_texts()
    return [cls.__qualname__ for cls in classes if cls.kind not in texts or cls.kind == "central"]


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(QApplication.instance(), "en")
    yield manager
    manager.set_language("en")


def test_every_central_error_has_its_own_words_in_both_languages(languages):
    classes = central_error_classes()
    assert len(classes) >= 10
    assert without_words(classes) == []
    english = {cls.__qualname__: central_message(cls(DETAIL)) for cls in classes}
    languages.set_language("ja")
    japanese = {cls.__qualname__: central_message(cls(DETAIL)) for cls in classes}
    for name, text in japanese.items():
        message = text.split("\n")[0]
        assert message != english[name].split("\n")[0], f"{name}: not translated"
        assert DETAIL not in message, f"{name}: the English detail is the message"
        assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in message), name
        assert DETAIL in text, f"{name}: the detail is not kept underneath"


def test_a_new_central_error_without_words_fails_the_check(qapp):
    class BrandNewCentralProblem(central_errors.CentralError):
        kind = "brand_new_central_problem"

    class Quiet(central_errors.CentralError):
        pass  # inherits "central": it too needs words of its own

    missing = without_words(central_error_classes())
    assert "test_a_new_central_error_without_words_fails_the_check.<locals>.BrandNewCentralProblem" in missing
    assert any(m.endswith("Quiet") for m in missing)

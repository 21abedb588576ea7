"""Errors users can read (issue #10, point 5): every kind of error fsadesk expects has its own words
in both languages, workers hand over the error itself, an unexpected one is logged with its
traceback, and no window shows the English `str(exc)` as its message."""

from __future__ import annotations

import errno
import gc
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fsadesk.assessment.answers import Problem
from fsadesk.bundle import errors as bundle_errors
from fsadesk.catalogue.loader import CatalogueError
from fsadesk.cli import run
from fsadesk.store import errors as store_errors
from fsadesk.ui.errors import UnexpectedError, detailed_message, own_text, user_message
from fsadesk.ui.export_dialog import ExportDialog
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.workers import Worker, start
from tests.qt_helpers import demo_session, store_of
from tests.test_main_window import FakePrompts

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
DETAIL = "English detail for the log"
ROOTS = (
    store_errors.WorkspaceError,
    store_errors.SaveFailed,
    store_errors.CycleLocked,
    bundle_errors.BundleError,
    CatalogueError,
)
OS_ERRNOS = ("ENOENT", "EACCES", "EPERM", "ENOSPC", "EROFS", "EISDIR", "ENOTDIR", "ENAMETOOLONG")


def error_classes() -> list[type[BaseException]]:
    """Every error class under the roots, found by walking __subclasses__() (new ones included)."""
    gc.collect()  # classes made inside a test (below) are gone once it has ended
    found: list[type[BaseException]] = []
    todo: list[type[BaseException]] = list(ROOTS)
    while todo:
        cls = todo.pop()
        if cls not in found:
            found.append(cls)
            todo.extend(cls.__subclasses__())
    return sorted(found, key=lambda c: c.__qualname__)


def instance(cls: type[BaseException]) -> BaseException:
    """An error of class `cls` as its raiser makes it, with an English detail."""
    if issubclass(cls, store_errors.WorkspaceError):
        return cls(Path("/media/usb/fsadesk/workspace.sqlite"), DETAIL)
    if issubclass(cls, bundle_errors.OverLimit):
        return cls(DETAIL, "notes")
    if issubclass(cls, CatalogueError):
        return cls([DETAIL])
    return cls(DETAIL)


def every_error() -> list[BaseException]:
    errors = [instance(cls) for cls in error_classes()]
    errors += [store_errors.AnswerRejected("B-1-1", [code]) for code in Problem]
    errors += [OSError(getattr(errno, name), "English strerror", "/media/usb/report.pdf") for name in OS_ERRNOS]
    return errors


def without_words(errors: list[BaseException]) -> list[str]:
    """The errors whose class (or problem code, or errno) has no words of its own in the table."""
    return [repr(exc) for exc in errors if own_text(exc) is None]


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(QApplication.instance(), "en")
    yield manager
    manager.set_language("en")


def test_every_kind_has_its_own_words_in_both_languages(languages):
    """Each kind, in English and in Japanese (from the .qm): its own text, never the fallback, never
    the English detail as the message; the detail stays underneath."""
    errors = every_error()
    assert len(errors) > 60
    assert without_words(errors) == []
    english = {repr(exc): user_message(exc) for exc in errors}
    languages.set_language("ja")
    untranslated = []
    for exc in errors:
        text = user_message(exc)
        if not JAPANESE.search(text) or text == english[repr(exc)]:
            untranslated.append(f"{exc!r}: {text}")
        assert DETAIL not in text and "English strerror" not in text
        assert "Something went wrong" not in text and "予期" not in text  # not the unexpected-error text
        if DETAIL in str(exc):
            assert detailed_message(exc).endswith(DETAIL), exc
    assert untranslated == []


def test_a_new_kind_without_words_fails_the_check(qapp):
    """Adding an error class forces adding its words: a subclass with a new kind, or with no kind
    of its own, is reported by the check the test above makes."""

    class BrandNewProblem(bundle_errors.BundleError):
        kind = "brand_new_problem"

    class QuietFault(store_errors.WorkspaceFault):
        pass  # inherits "save_failed": it too needs words of its own

    errors = every_error()
    missing = without_words(errors)
    assert any("BrandNewProblem" in m for m in missing) and any("QuietFault" in m for m in missing)
    assert len(missing) == 2
    del BrandNewProblem, QuietFault, errors
    gc.collect()
    assert without_words(every_error()) == []


def test_worker_hands_over_the_error_itself(qtbot):
    """A typed error reaches the receiver as the same object, not as its English string."""
    wrong = bundle_errors.WrongPassphrase(DETAIL)

    def job(_report: object) -> None:
        raise wrong

    worker = Worker(job)
    with qtbot.waitSignal(worker.signals.error, timeout=5000) as blocker:
        start(worker)
    assert blocker.args == [wrong]


def test_an_unexpected_error_in_a_worker_is_logged_and_named_plainly(qtbot, tmp_path, monkeypatch, languages):
    """A programming error: its traceback goes to the log; the user reads the crash handler's plain
    words, in Japanese, naming the log, and no traceback."""
    from fsadesk.ui import crash_handler

    monkeypatch.setattr(crash_handler, "_data_dir", tmp_path / "data")

    def job(_report: object) -> None:
        {}["no such key"]  # a programming error

    worker = Worker(job)
    with qtbot.waitSignal(worker.signals.error, timeout=5000) as blocker:
        start(worker)
    (error,) = blocker.args
    assert isinstance(error, UnexpectedError) and isinstance(error.original, KeyError)
    log = tmp_path / "data" / "logs" / "fsadesk.log"
    content = log.read_text(encoding="utf-8")
    assert "Traceback" in content and "KeyError: 'no such key'" in content
    languages.set_language("ja")
    text = user_message(error)
    assert JAPANESE.search(text) and str(log) in text and "Traceback" not in text and "KeyError" not in text


def _pass_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text("correct horse 42\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("typed", ["wrong passphrase", "short"])
def test_wrong_passphrase_in_the_japanese_export_dialog_is_said_in_japanese(tmp_path, catalogue, qtbot, typed):
    """With a key, a wrong passphrase (of any length) is found by the worker: the dialog says so in
    Japanese, not in the key store's English, and nothing is written."""
    session = demo_session(tmp_path / "demo", catalogue)
    ws = store_of(session)
    lang = LanguageManager(QApplication.instance(), "ja")
    try:
        run(["key", "init", str(ws.folder), "--passphrase-file", str(_pass_file(tmp_path))])
        dialog = ExportDialog(session, lang, FakePrompts())
        qtbot.addWidget(dialog)
        dialog.show()
        out = tmp_path / "out"
        out.mkdir()
        dialog.folder.setText(str(out))  # where the files would go: it must stay empty
        qtbot.keyClicks(dialog.passphrase, typed)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=30000)
        text = dialog.message.text()
        assert "パスフレーズ" in text and not re.search(r"[A-Za-z]{4,}", text), text
        assert dialog.exported is None and dialog.buttons.isEnabled()
        assert not any(out.iterdir())
    finally:
        ws.close()
        lang.set_language("en")


def test_no_window_shows_an_errors_english_text():
    """No module of the UI puts `str(exc)` (or a worker's message string) in front of the user:
    only fsadesk.ui.errors turns an error into words, and keeps the English as the detail."""
    ui = Path(__file__).resolve().parents[1] / "fsadesk" / "ui"
    offenders = []
    for path in sorted(ui.glob("*.py")):
        if path.name == "errors.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"str\(exc\)|Signal\(str\).*error|error = Signal\(str\)", line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []

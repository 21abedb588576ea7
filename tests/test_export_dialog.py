"""Exporting from the app: see what leaves the PC, leave notes out, create the key, get a verifiable bundle."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fsadesk.bundle.keys import has_signing_key, load_workspace_public_key
from fsadesk.bundle.verify import verify_bundle
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.ui.export_dialog import ExportDialog
from fsadesk.ui.i18n import LanguageManager
from tests.qt_helpers import demo_session, store_of
from tests.test_main_window import FakePrompts


def _dialog(tmp_path, catalogue, qtbot):
    session = demo_session(tmp_path / "demo", catalogue)
    ws = store_of(session)
    lang = LanguageManager(QApplication.instance(), "en")
    dialog = ExportDialog(session, lang, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, ws


def test_export_without_notes_creates_key_and_verifiable_bundle(tmp_path, catalogue, qtbot):
    """The summary names the institution; with notes left out, the signed bundle verifies and has no notes."""
    dialog, ws = _dialog(tmp_path, catalogue, qtbot)
    assert "DEMO-0001" in dialog.summary.text()
    qtbot.keyClick(dialog.include_notes, Qt.Key.Key_Space)  # toggled from the keyboard
    assert not dialog.include_notes.isChecked() and "left out" in dialog.summary.text()
    qtbot.keyClicks(dialog.passphrase, "correct horse 42")
    qtbot.keyClicks(dialog.confirm, "correct horse 42")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60000)
    result = dialog.exported
    assert result.pdf.read_bytes().startswith(b"%PDF") and has_signing_key(ws.folder)
    verified = verify_bundle(result.bundle, public_key=load_workspace_public_key(ws.folder))
    assert verified.fingerprint == result.fingerprint
    answers = verified.answers()
    assert answers and not any(a.notes or a.evidence or a.justification for a in answers.values())
    ws.close()


def test_mismatched_passphrases_and_wrong_passphrase(tmp_path, catalogue, qtbot):
    """Different passphrases are caught before anything runs; a wrong passphrase later writes nothing."""
    dialog, ws = _dialog(tmp_path, catalogue, qtbot)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.passphrase, "correct horse 42")
    qtbot.keyClicks(dialog.confirm, "correct horse 43")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and not has_signing_key(ws.folder)
    dialog.confirm.setText("correct horse 42")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60000)
    for f in (dialog.exported.pdf, dialog.exported.bundle):
        f.unlink()
    second = ExportDialog(dialog.session, dialog.lang, FakePrompts())
    qtbot.addWidget(second)
    second.show()
    assert not second.confirm.isVisible()  # the key exists now: only its passphrase is asked
    qtbot.keyClicks(second.passphrase, "not the passphrase")
    qtbot.mouseClick(second.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second.message.isVisible(), timeout=30000)
    assert second.exported is None
    assert not any(Path(second.folder.text()).iterdir())
    ws.close()


def test_lost_passphrase_new_key_and_enrolment(tmp_path, catalogue, qtbot):
    """A new key replaces the old (which is kept), and the enrolment file for re-enrolling is saved."""
    from fsadesk.bundle.keys import fingerprint, generate_signing_key, load_public_key_file
    from fsadesk.ui.key_dialog import KeyDialog

    class SavingPrompts(FakePrompts):
        def save_path(self, title, suggested, filters):
            return tmp_path / "enrolment.json"

    run(["demo", str(tmp_path / "demo")])
    with open_workspace(tmp_path / "demo") as ws:
        old = fingerprint(generate_signing_key(ws.folder, "forgotten passphrase"))
        dialog = KeyDialog(ws.folder, ws.institution.get(), SavingPrompts())
        qtbot.addWidget(dialog)
        dialog.show()
        assert old in dialog.current.text()
        qtbot.keyClicks(dialog.passphrase, "brand new passphrase")
        qtbot.keyClicks(dialog.repeat, "brand new passphrase")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert dialog.new_fingerprint not in (None, old)
        public, enrolment = load_public_key_file(tmp_path / "enrolment.json")
        assert fingerprint(public) == dialog.new_fingerprint and enrolment.institution_id == "DEMO-0001"
        assert any((ws.folder / "keys" / "retired").iterdir())  # the old key is kept


def _lang_dialog(tmp_path, catalogue, qtbot, code):
    session = demo_session(tmp_path / "demo", catalogue)
    lang = LanguageManager(QApplication.instance(), code)
    dialog = ExportDialog(session, lang, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, store_of(session), lang


EMPTY_FIELD = {"en": "The passphrase field is empty", "ja": "パスフレーズが入力されていません"}
TOO_SHORT = {"en": "at least 8 characters", "ja": "8文字以上"}


@pytest.mark.parametrize("code", ["ja", "en"])
def test_empty_or_short_passphrase_is_named_in_the_users_language(tmp_path, catalogue, qtbot, code):
    """Issue #9 defect 6 in the window: an empty field says the passphrase is empty (not that the
    key file is not an encrypted key), a short one says how long it must be, in the UI language;
    nothing is created or written. With a key, an empty field is refused before the key is tried."""
    dialog, ws, lang = _lang_dialog(tmp_path, catalogue, qtbot, code)
    try:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.message.isVisible() and EMPTY_FIELD[code] in dialog.message.text()
        assert dialog.passphrase.hasFocus() or not dialog.isActiveWindow()
        qtbot.keyClicks(dialog.passphrase, "short")
        qtbot.keyClicks(dialog.confirm, "short")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert TOO_SHORT[code] in dialog.message.text()
        assert not has_signing_key(ws.folder)

        run(["key", "init", str(ws.folder), "--passphrase-file", str(_pass_file(tmp_path))])
        second = ExportDialog(dialog.session, lang, FakePrompts())
        qtbot.addWidget(second)
        second.show()
        qtbot.mouseClick(second.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert second.message.isVisible() and EMPTY_FIELD[code] in second.message.text()
        assert "encrypted" not in second.message.text() and second.exported is None
        folder = Path(second.folder.text())
        assert not folder.exists() or not any(folder.iterdir())
    finally:
        ws.close()
        lang.set_language("en")


def _pass_file(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_text("correct horse 42\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("code", ["ja", "en"])
def test_export_finish_names_fields_printed_with_the_replacement_mark(tmp_path, catalogue, qtbot, code):
    """Issue #9 defect 10 in the window: a note with an emoji (no report font has it) still
    exports, and the finish message says which item's notes show 〓, in the UI language."""
    from dataclasses import replace

    dialog, ws, lang = _lang_dialog(tmp_path, catalogue, qtbot, code)
    try:
        session = dialog.session
        item = session.catalogue.items[0].id
        session.set_answer(replace(session.answer(item), notes="対応済み👍 𠮷田さん確認"))
        prompts = dialog.prompts
        qtbot.keyClicks(dialog.passphrase, "correct horse 42")
        qtbot.keyClicks(dialog.confirm, "correct horse 42")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60000)
        finish = prompts.asked[-1]
        assert "〓" in finish and item in finish and "U+1F44D" in finish
        assert ("メモ" if code == "ja" else "notes") in finish
        assert "U+20BB7" not in finish  # 𠮷 has a font: it is printed, not listed
    finally:
        ws.close()
        lang.set_language("en")

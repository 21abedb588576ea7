"""File ▸ Import campaign file… / Import receipt… and what the member then sees (issue #12 points 3
and 5), in Japanese and English: what was imported (organisation, title, deadline, the fingerprint
of a first key), each refusal in plain words with nothing stored, the summary banner's deadline and
"submitted and received", and the export dialog encrypting for the campaign's organisation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fsadesk.bundle.encrypt import decrypt_bundle, is_encrypted
from fsadesk.bundle.keys import fingerprint, generate_signing_key
from fsadesk.ui import campaign_dialogs
from fsadesk.ui.export_dialog import ExportDialog
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.main_window import MainWindow
from tests.bundle_support import PASSPHRASE
from tests.qt_helpers import demo_session, store_of
from tests.test_campaign_import import ORG, export, write_receipt
from tests.test_campaign_import import write_campaign as write_any_campaign
from tests.test_main_window import FakePrompts
from tests.workspace_support import dump

KEY = Ed25519PrivateKey.generate()
WORDS = {
    "ja": {
        "menu_campaign": "提出依頼ファイルの読み込み(&A)…",
        "menu_receipt": "受領証の読み込み(&R)…",
        "deadline": "締切：2027/06/30",
        "first": "この鍵の提出依頼ファイルは初めてです",
        "banner_deadline": f"締切 2027/06/30（{ORG}）",
        "received": f"提出済み：</b>{ORG}が 2027/06/12 に受領しました",
        "receipt_info": f"提出済み：{ORG}が 2027/06/12 に2026年度の提出用ファイルを受領しました。",
        "late": "締切の後に届いた",
        "no_campaign": "まだ提出依頼ファイルが読み込まれていません",
        "never_exported": "書き出したことのない提出用ファイル",
        "encrypt": f"提出用ファイルを{ORG}向けに暗号化する",
    },
    "en": {
        "menu_campaign": "Import c&ampaign file…",
        "menu_receipt": "Import &receipt…",
        "deadline": "Deadline: 2027-06-30",
        "first": "This is the first campaign file with this key",
        "banner_deadline": f"Deadline 2027-06-30 ({ORG})",
        "received": f"Submitted:</b> received by {ORG} on 2027-06-12",
        "receipt_info": f"Submitted: {ORG} received the bundle of 2026年度 on 2027-06-12.",
        "late": "received after the deadline",
        "no_campaign": "No campaign file has been imported yet",
        "never_exported": "a bundle this workspace never exported",
        "encrypt": f"Encr&ypt the bundle for {ORG}",
    },
}


@pytest.fixture(params=["ja", "en"])
def ui_lang(request, qapp):
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")


@pytest.fixture
def window(tmp_path, catalogue, qtbot, ui_lang):
    session = demo_session(tmp_path / "demo", catalogue)
    generate_signing_key(session.folder, PASSPHRASE)
    prompts = FakePrompts()
    win = MainWindow(session, ui_lang, prompts)
    qtbot.addWidget(win)
    win.show()
    yield win
    store_of(session).close()


def write_campaign(folder: Path, out: Path, key: Ed25519PrivateKey, **changes: Any) -> Path:
    """A campaign for the demo workspace's cycle (2026年度): the summary and the export dialog follow
    only the campaign of the open cycle's fiscal year (tests/test_campaign_for_cycle.py)."""
    return write_any_campaign(folder, out, key, **{"fiscal_year": 2026, "cycle_label": "2026年度", **changes})


def _pick(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(campaign_dialogs, "choose_file", lambda *_: path)


def test_importing_a_campaign_then_a_receipt_shows_each_and_the_banner(
    window, tmp_path, catalogue, monkeypatch, ui_lang
):
    words, folder = WORDS[ui_lang.lang], window.session.folder
    assert window.act_import_campaign.text() == words["menu_campaign"]
    assert window.act_import_receipt.text() == words["menu_receipt"]
    assert window.act_import_campaign in window.menu_file.actions()
    window.show_summary(True)
    banner = window._summary.state_banner.text.text()
    assert words["banner_deadline"] not in banner  # no campaign yet: no deadline

    _pick(monkeypatch, write_campaign(folder, tmp_path, KEY))
    window.act_import_campaign.trigger()
    said = window.prompts.asked[-1]
    assert ORG in said and "2027年度 サイバーセキュリティ自己評価" in said and words["deadline"] in said
    assert words["first"] in said and fingerprint(KEY.public_key()) in said
    assert words["banner_deadline"] in window._summary.state_banner.text.text()

    _pick(monkeypatch, write_receipt(tmp_path, KEY, export(folder, catalogue, tmp_path)))
    window.act_import_receipt.trigger()
    said = window.prompts.asked[-1]
    assert words["receipt_info"] in said and words["late"] in said
    assert words["received"] in window._summary.state_banner.text.text()


def test_each_refusal_is_said_plainly_and_nothing_is_stored(window, tmp_path, catalogue, monkeypatch, ui_lang):
    words, folder = WORDS[ui_lang.lang], window.session.folder
    digest = export(folder, catalogue, tmp_path)
    before = dump(folder)
    _pick(monkeypatch, write_receipt(tmp_path, KEY, digest))
    window.act_import_receipt.trigger()
    assert words["no_campaign"] in window.prompts.asked[-1]
    assert dump(folder) == before

    _pick(monkeypatch, write_campaign(folder, tmp_path, KEY))
    window.act_import_campaign.trigger()
    before = dump(folder)
    _pick(monkeypatch, write_receipt(tmp_path, KEY, "ab" * 32, name="other"))
    window.act_import_receipt.trigger()
    assert words["never_exported"] in window.prompts.asked[-1]
    assert "Traceback" not in window.prompts.asked[-1]
    assert dump(folder) == before


def test_a_campaign_from_another_key_is_not_imported_unless_confirmed(window, tmp_path, monkeypatch, ui_lang):
    folder = window.session.folder
    _pick(monkeypatch, write_campaign(folder, tmp_path, KEY))
    window.act_import_campaign.trigger()
    before = dump(folder)
    other = Ed25519PrivateKey.generate()
    _pick(monkeypatch, write_campaign(folder, tmp_path, other, campaign_id="x-2027", organisation_name="別会"))
    window.prompts._confirm = False
    window.act_import_campaign.trigger()
    asked = window.prompts.asked[-1]
    assert "別会" in asked and ORG in asked and fingerprint(other.public_key()) in asked
    assert dump(folder) == before
    window.prompts._confirm = True
    window.act_import_campaign.trigger()
    assert window.session.assessment_workspace.campaign().organisation_name == "別会"


def test_the_export_dialog_offers_encryption_only_with_a_campaign(window, tmp_path, monkeypatch, ui_lang):
    session = window.session
    plain = ExportDialog(session, ui_lang, FakePrompts())
    assert not plain.encrypt.isVisibleTo(plain) and not plain.encrypt.isChecked()
    plain.deleteLater()
    _pick(monkeypatch, write_campaign(session.folder, tmp_path, KEY))
    window.act_import_campaign.trigger()
    dialog = ExportDialog(session, ui_lang, FakePrompts())
    assert dialog.encrypt.isVisibleTo(dialog) and dialog.encrypt.isChecked()  # on by default
    assert WORDS[ui_lang.lang]["encrypt"] in dialog.encrypt.text()  # names the organisation
    dialog.deleteLater()


@pytest.mark.slow
def test_the_export_is_encrypted_for_the_organisation_and_its_receipt_is_recognised(
    tmp_path, catalogue, qtbot, monkeypatch
):
    """Exported from the dialog with the campaign's age recipient (default on): only the organisation's
    identity opens it, and a receipt for the decrypted bundle is taken."""
    import hashlib

    lang = LanguageManager(QApplication.instance(), "en")
    session = demo_session(tmp_path / "demo", catalogue)
    generate_signing_key(session.folder, PASSPHRASE)
    identity = x25519.Identity.generate()
    campaign = write_campaign(session.folder, tmp_path, KEY, age_recipient=str(identity.to_public()))
    window = MainWindow(session, lang, FakePrompts())
    qtbot.addWidget(window)
    _pick(monkeypatch, campaign)
    window.act_import_campaign.trigger()
    dialog = ExportDialog(session, lang, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60000)
    data = dialog.exported.bundle.read_bytes()
    assert is_encrypted(data)
    signed = decrypt_bundle(data, [identity])
    _pick(monkeypatch, write_receipt(tmp_path, KEY, hashlib.sha256(signed).hexdigest()))
    window.act_import_receipt.trigger()
    assert "Submitted:" in window.prompts.asked[-1]
    store_of(session).close()


def test_every_import_refusal_has_its_own_words(ui_lang):
    """Each refusal kind of fsadesk.app.campaign_errors: its own text in the UI language, never the
    English detail as the message."""
    import re

    from fsadesk.app import campaign_errors
    from fsadesk.central.errors import SignedFileError
    from fsadesk.ui.errors import own_text, user_message

    kinds = [c for c in vars(campaign_errors).values() if isinstance(c, type) and issubclass(c, SignedFileError)]
    kinds = [c for c in kinds if c.__module__ == campaign_errors.__name__]
    assert len(kinds) == 5
    for cls in kinds:
        exc = cls("English detail for the log")
        assert own_text(exc) is not None, cls
        text = user_message(exc)
        assert "English detail" not in text
        if ui_lang.lang == "ja":
            assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text), text

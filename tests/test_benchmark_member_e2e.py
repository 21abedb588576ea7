"""A member imports its central organisation's benchmark pack through File ▸ Import benchmark
pack… and sees where it stands (issue #14 point 3), end to end: a real campaign file and a real
pack signed with a fresh Ed25519 key, the real import, the summary page read from its widgets, and
the board report written by the real export, read back with pdftotext — in Japanese and English."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fsadesk.bundle.keys import generate_signing_key, load_signing_key, load_workspace_public_key
from fsadesk.bundle.verify import verify_bundle
from fsadesk.catalogue import Catalogue
from fsadesk.report.pdf_peers import LABELS
from fsadesk.ui import campaign_dialogs
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.main_window import MainWindow
from tests.bundle_support import PASSPHRASE
from tests.peer_support import CAMPAIGN, ORG, another_catalogue, own_rates, signed_pack
from tests.qt_helpers import demo_session, store_of
from tests.test_main_window import FakePrompts
from tests.test_peer_panel import CELLS, GROUP, NO_PACK, the_pack

KEY = Ed25519PrivateKey.generate()
WORDS = {
    "en": {"menu": "Impor&t benchmark pack…", "imported": f"Imported the benchmark pack of {ORG} for {CAMPAIGN}"},
    "ja": {"menu": "ベンチマークファイルの読み込み(&T)…", "imported": f"{ORG}のベンチマークファイル（{CAMPAIGN}、"},
}
MNEMONIC = re.compile(r"&([^&\s])")


def _whole(rate: float) -> int:
    return math.floor(rate * 100 + 0.5 + 1e-9)


@pytest.fixture(params=["ja", "en"])
def ui_lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(QApplication.instance(), request.param)  # type: ignore[arg-type]
    yield manager
    manager.set_language("en")


@pytest.fixture
def window(tmp_path: Path, catalogue: Catalogue, qtbot: QtBot, ui_lang: LanguageManager) -> Iterator[MainWindow]:
    session = demo_session(tmp_path / "demo", catalogue)  # type: ignore[no-untyped-call]
    generate_signing_key(session.folder, PASSPHRASE)
    win = MainWindow(session, ui_lang, FakePrompts())
    qtbot.addWidget(win)
    win.show()
    yield win
    store_of(session).close()


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(out.split())


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_import_from_the_file_menu_then_the_summary_and_the_board_report_show_the_position(
    window: MainWindow, tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch, ui_lang: LanguageManager
) -> None:
    lang, words, session = ui_lang.lang, WORDS[ui_lang.lang], window.session
    assert window.act_import_benchmark.text() == words["menu"]
    letters = [m.group(1).casefold() for a in window.menu_file.actions() if (m := MNEMONIC.search(a.text()))]
    assert len(letters) == len(set(letters)), letters  # Alt+letter in the File menu leads to one place

    window.show_summary(True)
    panel = window._summary.peer_panel  # type: ignore[union-attr]
    assert NO_PACK[lang] in panel.empty_label.text()  # nothing imported yet

    pack_file = signed_pack(session.folder, tmp_path, KEY, the_pack(catalogue))
    monkeypatch.setattr(campaign_dialogs, "choose_file", lambda *_: pack_file)
    window.act_import_benchmark.trigger()
    said = window.prompts.asked[-1]  # type: ignore[attr-defined]
    assert words["imported"] in said and GROUP[lang] in said

    # The summary is shown on its peer-group tab, with the figures of the pack just imported.
    summary = window._summary
    assert window.pages.currentWidget() is summary
    assert summary.top_tabs.currentWidget() is panel  # type: ignore[union-attr]
    assert panel.figures.isVisible() and not panel.empty_label.isVisible()
    own = own_rates(catalogue, session.assessment_workspace.answers(session.cycle.id), "basic")
    f = CELLS["2.1"]
    assert f is not None
    row = [panel.table.item(0, c).text() for c in range(1, 6)]
    assert row == [f"{_whole(v)}%" for v in (own["2.1"], f.q1, f.median, f.q3, f.mean)]

    # The same pack again is refused in plain words, never a traceback.
    window.act_import_benchmark.trigger()
    again = window.prompts.asked[-1]  # type: ignore[attr-defined]
    assert again != said and "Traceback" not in again
    if lang == "en":
        assert "already imported" in again

    # The board's report has the section; the report inside the signed bundle does not.
    folder = session.folder
    session.assessment_workspace.export(
        catalogue, session.cycle.id, lambda: load_signing_key(folder, PASSPHRASE), lang=lang, include_notes=True,
        bundle_path=tmp_path / "out.fsab", pdf_path=tmp_path / "board.pdf",
    )  # fmt: skip
    board = _pdf_text(tmp_path / "board.pdf")
    heading = LABELS["section"][lang].replace(" ", "")
    assert heading in board and ORG in board
    assert "".join(GROUP[lang].split()) in board  # the same words as the summary page
    name = f"{(catalogue.node('2.1').short or catalogue.node('2.1').title).get(lang)}".replace(" ", "")
    assert f"2.1{name}" + "".join(f"{_whole(v)}%" for v in (own["2.1"], f.q1, f.median, f.q3, f.mean)) in board
    verified = verify_bundle(tmp_path / "out.fsab", public_key=load_workspace_public_key(folder))
    inside = tmp_path / "inside.pdf"
    inside.write_bytes(verified.report_pdf)
    assert heading not in _pdf_text(inside)


NOTE = {
    "en": ("Note: the pack was computed against another edition of the guideline catalogue (2025.07.1)",
           "Note: this pack was computed against another catalogue version (2025.07.1)"),
    "ja": ("注意：この資料は、この評価とは別の版の項目集（2025.07.1）で集計されています。",
           "注意：この資料は別の版の項目集（2025.07.1）で集計されています。"),
}  # fmt: skip


def test_a_pack_for_another_catalogue_edition_is_imported_with_a_warning(
    window: MainWindow, tmp_path: Path, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch, ui_lang: LanguageManager
) -> None:
    """The import says so, and the summary keeps saying it beside the figures."""
    lang, session = ui_lang.lang, window.session
    pack = another_catalogue(the_pack(catalogue))
    monkeypatch.setattr(campaign_dialogs, "choose_file", lambda *_: signed_pack(session.folder, tmp_path, KEY, pack))
    window.act_import_benchmark.trigger()
    told, shown = NOTE[lang]
    assert told in window.prompts.asked[-1]  # type: ignore[attr-defined]
    panel = window._summary.peer_panel  # type: ignore[union-attr]
    assert panel.figures.isVisible() and shown in panel.about_label.text()

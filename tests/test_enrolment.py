"""The hand-over to the central organisation from the app: the enrolment file and the printed
sheet, written from the File menu (making the key first if there is none), in Japanese and English."""

from __future__ import annotations

import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fsadesk.app.answering import AssessmentSession
from fsadesk.bundle.keys import fingerprint, generate_signing_key, has_signing_key, load_public_key_file
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.main_window import MainWindow
from tests.qt_helpers import activate, type_text

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed; CI installs it"
)


class SavingPrompts:
    """Answers every save dialog with a file in `folder`, named as suggested; records what is said."""

    def __init__(self, folder: Path, confirm: bool = True) -> None:
        self.folder = folder
        self._confirm = confirm
        self.said: list[str] = []
        self.suggested: list[Path] = []

    def confirm(self, title: str, text: str) -> bool:
        self.said.append(text)
        return self._confirm

    def info(self, title: str, text: str) -> None:
        self.said.append(text)

    def error(self, title: str, text: str) -> None:
        self.said.append("ERROR " + text)

    def save_path(self, title: str, suggested: Path, filters: str) -> Path | None:
        self.suggested.append(suggested)
        return self.folder / suggested.name

    def open_dir(self, *args: object) -> None:
        return None

    def choose(self, title: str, text: str, buttons: object) -> int:
        self.said.append(text)
        return -1  # the export's finish message, closed without opening anything


@pytest.fixture
def demo(tmp_path) -> Path:
    run(["demo", str(tmp_path / "demo")])
    return tmp_path / "demo"


@pytest.fixture(params=["ja", "en"])
def lang(request):
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")


def _window(folder: Path, catalogue, lang, qtbot, prompts) -> MainWindow:
    ws = open_workspace(folder)
    window = MainWindow(AssessmentSession(ws, catalogue, ws.cycles.latest().id), lang, prompts)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    return window


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


WHAT_TO_DO = {"ja": ("中央機関", "電話"), "en": ("central organisation", "telephone")}
NO_RECOVERY = {"ja": "金庫", "en": "safe"}


def test_enrolment_file_from_the_menu(demo, catalogue, lang, qtbot, tmp_path):
    """With a key, the menu item saves the enrolment file (named after the institution, readable
    by anyone: it is public) and says what to do with it."""
    key = fingerprint(generate_signing_key(demo, "correct horse 42"))
    out = tmp_path / "out"
    out.mkdir()
    prompts = SavingPrompts(out)
    window = _window(demo, catalogue, lang, qtbot, prompts)
    assert window.act_enrolment_file in window.menu_file.actions()
    window.act_enrolment_file.trigger()
    saved = out / "DEMO-0001-enrolment.json"
    public, enrolment = load_public_key_file(saved)
    assert fingerprint(public) == key and enrolment is not None and enrolment.institution_id == "DEMO-0001"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o644
    finish = prompts.said[-1]
    assert key in finish and str(saved) in finish
    assert all(word in finish for word in WHAT_TO_DO[lang.lang])


def test_no_key_yet_offers_to_make_it_with_advice(demo, catalogue, lang, qtbot, tmp_path):
    """Without a key the menu item offers to make one; the key dialog says the passphrase cannot be
    recovered and where to keep it; then the enrolment file of the new key is saved."""
    out = tmp_path / "out"
    out.mkdir()
    prompts = SavingPrompts(out)
    window = _window(demo, catalogue, lang, qtbot, prompts)
    seen: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.explanation.text())
        type_text(qtbot, dialog.passphrase, "correct horse 42")
        type_text(qtbot, dialog.repeat, "correct horse 42")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    window.act_enrolment_file.trigger()
    assert has_signing_key(demo)
    assert NO_RECOVERY[lang.lang] in seen[0]
    public, _ = load_public_key_file(out / "DEMO-0001-enrolment.json")
    assert fingerprint(public) in prompts.said[-1]


def test_no_key_and_the_user_declines_writes_nothing(demo, catalogue, lang, qtbot, tmp_path):
    prompts = SavingPrompts(tmp_path, confirm=False)
    window = _window(demo, catalogue, lang, qtbot, prompts)
    window.act_enrolment_sheet.trigger()
    assert not has_signing_key(demo) and not list(tmp_path.glob("*.pdf")) and not prompts.suggested


@needs_pdftotext
def test_enrolment_sheet_from_the_menu(demo, catalogue, lang, qtbot, tmp_path):
    """The sheet names the institution and prints the fingerprint, in the UI language."""
    key = fingerprint(generate_signing_key(demo, "correct horse 42"))
    prompts = SavingPrompts(tmp_path)
    window = _window(demo, catalogue, lang, qtbot, prompts)
    window.act_enrolment_sheet.trigger()
    sheet = tmp_path / "DEMO-0001-enrolment-sheet.pdf"
    text = _pdf_text(sheet)
    groups = key.split()
    for start in range(0, len(groups), 4):
        assert " ".join(groups[start : start + 4]) in text
    assert "DEMO-0001" in text and window.session.profile.name in text
    title = {"ja": "署名鍵の登録票", "en": "Signing key enrolment sheet"}[lang.lang]
    assert title in text
    import datetime as dt

    today = dt.date.today()  # printed as fsadesk prints dates in each language (fsadesk.terms)
    assert (today.strftime("%Y/%m/%d") if lang.lang == "ja" else today.isoformat()) in text
    info = subprocess.run(["pdfinfo", str(sheet)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M)  # one page, to print and sign
    assert str(sheet) in prompts.said[-1]


def test_unwritable_folder_is_one_plain_message(demo, catalogue, lang, qtbot, tmp_path):
    """A folder that cannot be written: one message, no traceback, nothing left behind."""
    generate_signing_key(demo, "correct horse 42")
    prompts = SavingPrompts(tmp_path / "missing" / "folder")
    window = _window(demo, catalogue, lang, qtbot, prompts)
    window.act_enrolment_file.trigger()
    assert prompts.said[-1].startswith("ERROR ") and "Traceback" not in prompts.said[-1]
    assert not (tmp_path / "missing").exists()


@pytest.mark.slow
def test_first_export_explains_the_key_and_points_to_the_enrolment_file(demo, catalogue, lang, qtbot):
    """Exporting without a key says a key is made, that its passphrase cannot be recovered and to
    lock it away; the finish message then says to send the enrolment file, naming the menu item."""
    from fsadesk.ui.export_dialog import ExportDialog

    ws = open_workspace(demo)
    prompts = SavingPrompts(demo)
    dialog = ExportDialog(AssessmentSession(ws, catalogue, ws.cycles.latest().id), lang, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    assert NO_RECOVERY[lang.lang] in dialog.key_note.text()
    type_text(qtbot, dialog.passphrase, "correct horse 42")
    type_text(qtbot, dialog.confirm, "correct horse 42")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60000)
    finish = prompts.said[-1]
    item = {"ja": "中央機関への登録ファイルを書き出す", "en": "Write the enrolment file"}[lang.lang]
    assert item in finish and WHAT_TO_DO[lang.lang][0] in finish

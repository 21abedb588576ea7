"""Exports people can find and never lose (#11 point 2): names that say what the file is, a visible
folder that is remembered, no overwrite without asking, and a finish message that opens the files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fsadesk.app.export import PART_BYTES, export_file_name
from fsadesk.ui.export_dialog import ExportDialog
from fsadesk.ui.i18n import LanguageManager
from tests.qt_helpers import demo_session
from tests.test_main_window import FakePrompts


def test_names_say_institution_cycle_edition_and_language():
    assert export_file_name("DEMO-0001", "2026年度", 2026, 1, "ja", "pdf") == "DEMO-0001_2026年度_ja.pdf"
    # The default label reads FY2026 in English, as on the English report's header.
    assert export_file_name("DEMO-0001", "2026年度", 2026, 1, "en", "fsab") == "DEMO-0001_FY2026_en.fsab"
    assert export_file_name("DEMO-0001", "2026年度", 2026, 3, "ja", "pdf") == "DEMO-0001_2026年度_rev3_ja.pdf"


def test_the_english_report_never_takes_the_japanese_ones_name():
    names = {export_file_name("X1", "2026年度", 2026, r, lang, s) for r in (1, 2) for lang in ("ja", "en")
             for s in ("pdf", "fsab")}  # fmt: skip
    assert len(names) == 8


@pytest.mark.parametrize(
    ("institution", "label", "expected"),
    [
        ("../../etc/passwd", "a/b\\c", "etc_passwd_a_b_c_ja.pdf"),
        ("信用組合 本店", '令和8年度: "上期" <案>?*|', "信用組合_本店_令和8年度_上期_案_ja.pdf"),
        ("///", "   ", "fsadesk_ja.pdf"),
        ("ＡＢＣ組合\t\n", "年度\u0000", "ＡＢＣ組合_年度_ja.pdf"),
    ],
)
def test_only_safe_characters_japanese_kept(institution, label, expected):
    assert export_file_name(institution, label, 2026, 1, "ja", "pdf") == expected


def test_long_names_are_shortened_on_a_character_boundary():
    name = export_file_name("組" * 500, "度" * 500, 2026, 2, "ja", "fsab")
    institution, label, rest = name.split("_", 2)
    assert rest == "rev2_ja.fsab"
    assert len(institution.encode()) <= PART_BYTES and len(label.encode()) <= PART_BYTES
    assert set(institution) == {"組"} and set(label) == {"度"}  # no broken character
    assert len(name.encode()) < 200


def test_the_remembered_folder_survives_a_save_of_an_older_copy(tmp_path):
    """The window's controller keeps the settings it loaded at start and saves them when the
    language changes; that must not forget the folder the export dialog remembered meanwhile."""
    from fsadesk.ui.export_dialog import remember_export_folder
    from fsadesk.ui.settings import AppSettings

    base = tmp_path / "fsadesk-data"  # the isolated data folder of conftest
    held = AppSettings.load(base)
    remember_export_folder(tmp_path / "報告書")
    held.lang = "en"
    held.save(base)
    assert AppSettings.load(base).export_folder == str(tmp_path / "報告書")
    assert AppSettings.load(base).lang == "en"


# --- The export dialog -------------------------------------------------------------------------

PASSPHRASE = "correct horse 42"
OPEN_PDF = {"ja": "PDFを開く", "en": "Open PDF"}
OPEN_FOLDER = {"ja": "フォルダーを開く", "en": "Open folder"}
REPLACE = {"ja": "置き換え", "en": "replace"}


class Prompts(FakePrompts):
    """Answers the overwrite question with `answers` in turn, picks `choice` in the finish message,
    and picks `folder` when Change… is pressed."""

    def __init__(self, answers=(), choice=-1, folder=None):
        super().__init__()
        self.answers = list(answers)
        self.confirms: list[str] = []
        self.choice = choice
        self.folder = folder
        self.buttons: list[list[str]] = []

    def confirm(self, title, text):
        self.confirms.append(text)
        return self.answers.pop(0)

    def choose(self, title, text, buttons):
        self.asked.append(text)
        self.buttons.append(list(buttons))
        return self.choice

    def open_dir(self, title, start):
        return self.folder


@pytest.fixture(params=["ja", "en"])
def ui_lang(request):
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")


@pytest.fixture
def session(tmp_path, catalogue):
    session = demo_session(tmp_path / "demo", catalogue)
    yield session
    session.close()


def _export(qtbot, session, lang, prompts, report_lang=None):
    dialog = ExportDialog(session, lang, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    if report_lang is not None:
        dialog.report_lang.setCurrentIndex(dialog.report_lang.findData(report_lang))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    if dialog.confirm.isVisible():
        qtbot.keyClicks(dialog.confirm, PASSPHRASE)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog


def _finished(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60000)
    return dialog.exported


def test_default_folder_is_documents_and_the_chosen_one_is_remembered(tmp_path, session, ui_lang, qtbot):
    """The folder field shows the user's Documents folder, not a hidden one in the workspace; the
    files are named for what they are; a folder picked with Change… is offered next time."""
    documents = tmp_path / "home" / "Documents"
    prompts = Prompts()
    dialog = _export(qtbot, session, ui_lang, prompts)
    assert dialog.folder.text() == str(documents)
    done = _finished(qtbot, dialog)
    code = ui_lang.lang
    label = "2026年度" if code == "ja" else "FY2026"
    assert done.pdf == documents / f"DEMO-0001_{label}_{code}.pdf" and done.pdf.read_bytes().startswith(b"%PDF")
    assert done.bundle == documents / f"DEMO-0001_{label}_{code}.fsab" and done.bundle.is_file()
    assert not (session.folder / "exports").exists()

    chosen = tmp_path / "共有" / "報告書"
    chosen.mkdir(parents=True)
    second = ExportDialog(session, ui_lang, Prompts(folder=chosen))
    qtbot.addWidget(second)
    second.change_folder.click()
    assert second.folder.text() == str(chosen)
    qtbot.keyClicks(second.passphrase, PASSPHRASE)
    second.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert _finished(qtbot, second).pdf.parent == chosen
    third = ExportDialog(session, ui_lang, Prompts())
    qtbot.addWidget(third)
    assert third.folder.text() == str(chosen)  # remembered in the app settings


def test_english_report_beside_the_japanese_one_and_no_overwrite_without_asking(tmp_path, session, ui_lang, qtbot):
    """The English export keeps the Japanese files; exporting the same edition again asks, naming
    both files: No keeps the old files and writes nothing, Yes replaces them."""
    ja = _finished(qtbot, _export(qtbot, session, ui_lang, Prompts(), report_lang="ja"))
    en_prompts = Prompts()
    en = _finished(qtbot, _export(qtbot, session, ui_lang, en_prompts, report_lang="en"))
    assert en_prompts.confirms == [] and ja.pdf.is_file() and en.pdf != ja.pdf and en.bundle != ja.bundle
    before = {p: p.read_bytes() for p in (ja.pdf, ja.bundle)}

    no = Prompts(answers=[False])
    dialog = _export(qtbot, session, ui_lang, no, report_lang="ja")
    assert len(no.confirms) == 1
    assert ja.pdf.name in no.confirms[0] and ja.bundle.name in no.confirms[0]
    assert REPLACE[ui_lang.lang] in no.confirms[0]
    assert dialog.exported is None and dialog.buttons.isEnabled() and dialog.isVisible()
    assert {p: p.read_bytes() for p in before} == before

    ja.pdf.write_bytes(b"old")  # marks the old files, so that replacing them shows
    yes = Prompts(answers=[True])
    again = _finished(qtbot, _export(qtbot, session, ui_lang, yes, report_lang="ja"))
    assert len(yes.confirms) == 1 and again.pdf == ja.pdf and again.pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("choice", "opens"), [(0, "pdf"), (1, "folder"), (3, None), (-1, None)])
def test_finish_message_opens_the_pdf_or_its_folder(session, ui_lang, qtbot, monkeypatch, choice, opens):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    prompts = Prompts(choice=choice)
    done = _finished(qtbot, _export(qtbot, session, ui_lang, prompts))
    code = ui_lang.lang
    labels = [label.replace("&", "") for label in prompts.buttons[-1]]
    assert OPEN_PDF[code] in labels[0] and OPEN_FOLDER[code] in labels[1] and len(labels) == 4
    assert str(done.pdf) in prompts.asked[-1]
    expected = {"pdf": [QUrl.fromLocalFile(str(done.pdf))], "folder": [QUrl.fromLocalFile(str(done.pdf.parent))]}
    assert opened == expected.get(opens, [])


@pytest.mark.parametrize(("press", "expected"), [(1, 1), ("escape", 2)])
def test_the_real_choice_box_answers_the_button_pressed(qtbot, press, expected):
    """QtPrompts.choose shows one button per choice and says which was pressed; Esc is the last one."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from fsadesk.ui.prompts import QtPrompts

    seen: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([b.text() for b in box.buttons()])
        if press == "escape":
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            next(b for b in box.buttons() if b.text() == "Open folder").click()

    QTimer.singleShot(200, answer)
    assert QtPrompts().choose("Export finished", "Saved.", ["Open PDF", "Open folder", "Close"]) == expected
    assert sorted(seen[0]) == ["Close", "Open PDF", "Open folder"]

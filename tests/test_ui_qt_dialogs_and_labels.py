"""Rough edges of #11 point 8 and point 9: Qt's own file dialog in Japanese, the tree without a
duplicate child, the cycle's year in English, and what editing the profile of a finalised cycle
changes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.prompts import QtPrompts

# What the file dialog's labels read (mnemonic ampersands dropped), per language.
FILE_DIALOG_LABELS = {
    "ja": {"場所:", "ファイルの種類:"},
    "en": {"Look in:", "Files of type:"},
}


@pytest.fixture(params=["ja", "en"])
def lang(request):
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")  # removes the translators: later tests start from plain Qt


def _labels_of_the_open_file_dialog(ask) -> list[str]:
    """Run `ask` (which opens a modal QFileDialog through QtPrompts), read the dialog's labels
    as the user sees them, and cancel it."""
    seen: list[str] = []

    def read_and_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, read_and_cancel)
            return
        seen.extend(re.sub(r"\(&\w\)|&", "", label.text()) for label in dialogs[0].findChildren(QLabel))
        dialogs[0].reject()

    QTimer.singleShot(50, read_and_cancel)
    assert ask() is None  # cancelled: nothing chosen
    return seen


def test_file_dialogs_speak_the_users_language(lang, tmp_path: Path, qtbot):
    """The save and folder dialogs said "Look in:" and "Files of type:" in the Japanese UI."""
    prompts = QtPrompts()
    for ask in (
        lambda: prompts.save_path("t", tmp_path / "report.pdf", "PDF (*.pdf)"),
        lambda: prompts.open_dir("t", tmp_path),
    ):
        labels = _labels_of_the_open_file_dialog(ask)
        assert FILE_DIALOG_LABELS[lang.lang] <= set(labels), labels
        if lang.lang == "ja":
            assert not [text for text in labels if text.isascii() and text], labels


# The cycle's year in the windows (#11 point 8) ------------------------------------------------

YEAR = {"ja": "2026年度", "en": "FY2026"}


@pytest.fixture
def demo(tmp_path) -> Path:
    from fsadesk.cli import run

    run(["demo", str(tmp_path / "demo")])
    return tmp_path / "demo"


def _finalise(window) -> None:
    """Sign the window's cycle off and finalise it, as the sign-off dialog would."""
    import datetime as dt

    from fsadesk.assessment.signoff import Role, SignOff
    from tests.qt_helpers import store_of

    ws, cycle_id = store_of(window.session), window.session.cycle.id
    for role in Role:
        ws.cycles.set_signoff(cycle_id, SignOff(role, "名前", "", dt.date(2027, 5, 1)))
    ws.cycles.finalise(cycle_id, by="sato")
    window.session.cycle = ws.cycles.get(cycle_id)
    window._apply_lock()


def test_every_window_names_the_default_cycle_by_the_languages_rule(demo, catalogue, lang, qtbot):
    """The English UI said "2026年度" in the revision question, the comparison, the new-cycle
    dialog and the action plan's suggested file name; each now reads FY2026 (Japanese keeps 年度)."""
    from fsadesk.ui.compare_dialog import CompareDialog
    from fsadesk.ui.new_cycle_dialog import NewCycleDialog
    from fsadesk.ui.summary_page import SummaryPage
    from tests.test_main_window import FakePrompts, _open

    prompts = FakePrompts(confirm=False)
    window = _open(demo, catalogue, lang, qtbot, prompts)
    session, year = window.session, YEAR[lang.lang]
    shown: dict[str, str] = {}

    compare = CompareDialog(session.assessment_workspace, catalogue, session.profile, lang)
    qtbot.addWidget(compare)
    shown["comparison"] = compare.message.text()
    new_cycle = NewCycleDialog(session.assessment_workspace, catalogue, lang, prompts)
    qtbot.addWidget(new_cycle)
    shown["new cycle"] = new_cycle.intro.text()
    new_cycle.year_spin.setValue(2026)  # the year that already has a cycle
    shown["same year"] = new_cycle.problem.text()
    summary = SummaryPage(session, lang, prompts)
    qtbot.addWidget(summary)
    shown["plan file"] = summary._suggested_path("xlsx").name
    from fsadesk.ui.export_dialog import ExportDialog

    export = ExportDialog(session, lang, prompts)
    qtbot.addWidget(export)
    shown["export"] = export.summary.text()
    _finalise(window)
    window._start_revision()
    shown["revision"] = prompts.asked[-1]

    for where, text in shown.items():
        assert year in text, (where, text)
        if lang.lang == "en":
            assert "年度" not in text, (where, text)
    window.close()


# Institution and scope while the latest cycle is finalised (#11 point 9) ---------------------

# What the first page must say, in the user's words: what changes, and what does not.
FINALISED_NOTICE = {
    "ja": ("2026年度", "次の評価", "適用", "報告書", "提出用ファイル", "そのまま"),
    "en": ("FY2026", "next cycle", "apply", "report", "bundle", "stay as they were"),
}


def _first_page_of_the_profile_wizard(window, monkeypatch, qtbot) -> str:
    """Open File > Institution and scope, read the first page as shown, and cancel."""
    from PySide6.QtWidgets import QLabel, QWizard

    from fsadesk.ui import profile_wizard

    seen: list[str] = []

    def drive(wizard: QWizard) -> int:
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.currentPage()
        seen.append("\n".join([page.title(), page.subTitle()] + [w.text() for w in page.findChildren(QLabel)]))
        wizard.reject()
        return wizard.result()

    monkeypatch.setattr(profile_wizard.ProfileWizard, "exec", drive)
    window.act_profile.trigger()
    assert seen
    return seen[0]


def test_changing_the_profile_after_sign_off_says_what_it_changes_first(demo, catalogue, lang, qtbot, monkeypatch):
    from tests.qt_helpers import store_of
    from tests.test_main_window import _open

    window = _open(demo, catalogue, lang, qtbot)
    before = store_of(window.session).institution.get()
    first = _first_page_of_the_profile_wizard(window, monkeypatch, qtbot)
    assert FINALISED_NOTICE[lang.lang][-1] not in first  # an open cycle: straight to the questions

    _finalise(window)
    first = _first_page_of_the_profile_wizard(window, monkeypatch, qtbot)
    for words in FINALISED_NOTICE[lang.lang]:
        assert words in first, (words, first)
    assert store_of(window.session).institution.get() == before  # cancelled: nothing stored changed
    window.close()


# The navigation tree without a duplicate child (#11 point 8) --------------------------------


def test_tree_shows_a_domains_own_items_directly_under_it(demo, catalogue, lang, qtbot):
    """"2.4 検知" › "2.4 サイバー攻撃の検知" read as a duplicate: the items placed on the domain
    itself now sit right under the domain's row, and the keyboard still reaches them."""
    from PySide6.QtCore import Qt

    from fsadesk.ui.nav_tree import ITEM_ROLE, NODE_ROLE
    from tests.test_main_window import _open

    window = _open(demo, catalogue, lang, qtbot)
    tree = window.tree
    own: list[str] = []  # items placed on a domain itself, as the user finds them
    for index in range(tree.topLevelItemCount()):
        domain = tree.topLevelItem(index)
        number = domain.data(0, NODE_ROLE)
        children = [domain.child(i) for i in range(domain.childCount())]
        texts = [child.text(0) for child in children if child.data(0, NODE_ROLE)]
        assert not [t for t in texts if t.split(" ", 1)[0] == number], (domain.text(0), texts)
        own += [child.data(0, ITEM_ROLE) for child in children if child.data(0, ITEM_ROLE)]
    expected = [it.id for it in window.session.items if it.node == catalogue.domain_of(it.node)]
    assert expected and own == expected
    # Keyboard: from the domain's row, Right opens it and Down lands on its first own item.
    first = window.session.item(own[0])
    domain_row = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, NODE_ROLE) == first.node
    )
    tree.setFocus()
    tree.collapseAll()
    tree.setCurrentItem(domain_row)
    with qtbot.waitSignal(tree.item_selected) as picked:
        qtbot.keyClick(tree, Qt.Key.Key_Right)
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert picked.args == [own[0]]
    tree.grab().save(str(Path(window.session.folder).parent / f"tree-{lang.lang}.png"))
    window.close()


def test_action_plan_workbook_names_the_cycle_in_the_ui_language(demo, catalogue, lang, qtbot, tmp_path):
    """The English workbook's heading said 2026年度 while the English report says FY2026."""
    from openpyxl import load_workbook

    from fsadesk.ui.summary_page import SummaryPage
    from tests.test_main_window import FakePrompts, _open

    out = tmp_path / "plan.xlsx"

    class SaveHere(FakePrompts):
        def save_path(self, *args: object) -> Path:  # type: ignore[override]
            return out

    window = _open(demo, catalogue, lang, qtbot)
    summary = SummaryPage(window.session, lang, SaveHere())
    qtbot.addWidget(summary)
    summary.refresh()
    summary.export("xlsx")
    qtbot.waitUntil(lambda: summary._worker is None, timeout=10000)
    heading = load_workbook(out).active["A1"].value
    assert YEAR[lang.lang] in heading
    if lang.lang == "en":
        assert "年度" not in heading
    window.close()

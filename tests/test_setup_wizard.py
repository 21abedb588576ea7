"""The first-run set-up wizard, driven like a user: what it refuses, what it says, and what it stores."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWizard

from fsadesk.assessment.fiscal import default_cycle_label, fiscal_year
from fsadesk.assessment.profile import InstitutionProfile, Scope, SizeBand
from fsadesk.assessment.scope import applicable_items
from fsadesk.cli import run
from fsadesk.paths import workspaces_dir
from fsadesk.store import is_workspace, open_workspace
from fsadesk.ui.app import load_japanese_font
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.setup_pages import ApplicabilityPage, ProfilePage, ScopePage
from fsadesk.ui.setup_wizard import ConfirmPage, SetupWizard, WelcomePage
from fsadesk.ui.setup_workspace_page import WorkspacePage
from tests.qt_helpers import activate

NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton


class FakePrompts:
    def __init__(self, *dirs: Path) -> None:
        self.dirs = list(dirs)  # what the user picks in successive folder dialogs
        self.errors: list[tuple[str, str]] = []

    def confirm(self, title: str, text: str) -> bool:
        return True

    def info(self, title: str, text: str) -> None:
        pass

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def save_path(self, title: str, suggested: Path, filters: str) -> Path | None:
        return None

    def open_dir(self, title: str, start: Path) -> Path | None:
        return self.dirs.pop(0) if self.dirs else None


@pytest.fixture
def lang_manager():
    app = QApplication.instance()
    load_japanese_font(app)
    # Start from Qt's own English even if an earlier test left a translator installed.
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    manager = LanguageManager(app, "ja")
    yield manager
    manager.set_language("en")  # take our translators out again for the next test
    manager.deleteLater()


@pytest.fixture
def demo(tmp_path) -> Path:
    folder = tmp_path / "demo-ws"
    assert run(["demo", str(folder)], out=io.StringIO()) == 0
    return folder


def make_wizard(qtbot, catalogue, lang_manager, data_dir: Path, prompts: FakePrompts | None = None) -> SetupWizard:
    wizard = SetupWizard(catalogue, lang_manager, data_dir, prompts or FakePrompts())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, button: QAbstractButton) -> None:
    """Click on the button's circle or text, where a user clicks (a radio's empty right side does nothing)."""
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def press(qtbot, wizard: SetupWizard, which: QWizard.WizardButton) -> None:
    click(qtbot, wizard.button(which))


def type_text(qtbot, widget, text: str) -> None:
    """Type as a user does: key by key, or for Japanese as the input method commits it (QTest keys are ASCII)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def fill_profile(qtbot, page: ProfilePage, name: str = "みなと信用組合", institution_id: str = "2345") -> None:
    type_text(qtbot, page.name_edit, name)
    type_text(qtbot, page.id_edit, institution_id)


def answer(qtbot, page: ApplicabilityPage, answers: dict[str, bool]) -> None:
    for qid, value in answers.items():
        box = page.boxes[qid]
        page.scroll_area.ensureWidgetVisible(box)  # as a user scrolls down the list
        click(qtbot, box.yes if value else box.no)


def to_profile(qtbot, wizard: SetupWizard) -> ProfilePage:
    press(qtbot, wizard, NEXT)  # welcome
    press(qtbot, wizard, NEXT)  # workspace: the suggested folder
    page = wizard.page_of(ProfilePage)
    assert wizard.currentPage() is page
    return page


def to_applicability(qtbot, wizard: SetupWizard) -> ApplicabilityPage:
    fill_profile(qtbot, to_profile(qtbot, wizard))
    press(qtbot, wizard, NEXT)  # profile
    press(qtbot, wizard, NEXT)  # scope
    page = wizard.page_of(ApplicabilityPage)
    assert wizard.currentPage() is page
    return page


def test_complete_setup_stores_exactly_what_was_entered(qtbot, catalogue, lang_manager, isolated_data_dir):
    """Typing and clicking through every page creates the workspace with that profile and first cycle."""
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir)
    folder = workspaces_dir(isolated_data_dir) / "assessment"
    press(qtbot, wizard, NEXT)
    assert wizard.page_of(WorkspacePage).new_folder_edit.text() == str(folder)
    press(qtbot, wizard, NEXT)

    profile_page = wizard.page_of(ProfilePage)
    fill_profile(qtbot, profile_page, "北浜農業協同組合", "JA-0420")
    combo = profile_page.category_combo
    assert combo.currentData() == "regional"  # the default for our users
    for _ in range(combo.findData("ja_jf") - combo.currentIndex()):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    click(qtbot, profile_page.size_radios[SizeBand.MEDIUM])
    press(qtbot, wizard, NEXT)

    scope_page = wizard.page_of(ScopePage)
    assert scope_page.radios[Scope.BASIC].isChecked()  # suggested for a medium-sized institution
    click(qtbot, scope_page.radios[Scope.BASIC_AND_DESIRABLE])
    press(qtbot, wizard, NEXT)

    answers = {q.id: number % 3 == 0 for number, q in enumerate(catalogue.questions)}
    answer(qtbot, wizard.page_of(ApplicabilityPage), answers)
    press(qtbot, wizard, NEXT)

    expected = InstitutionProfile(
        name="北浜農業協同組合",
        institution_id="JA-0420",
        category="ja_jf",
        size_band=SizeBand.MEDIUM,
        is_fmi=False,
        scope=Scope.BASIC_AND_DESIRABLE,
        applicability=answers,
    )
    confirm = wizard.page_of(ConfirmPage)
    assert wizard.currentPage() is confirm
    label = default_cycle_label(fiscal_year(dt.date.today()))
    assert confirm.values["folder"].text() == str(folder)
    assert confirm.values["name"].text() == "北浜農業協同組合"
    assert confirm.values["category"].text() == "農漁協系統金融機関"
    assert label in confirm.values["cycle"].text()
    assert str(len(applicable_items(catalogue, expected))) in confirm.values["items"].text()
    assert not is_workspace(folder)  # nothing is written before Finish

    press(qtbot, wizard, FINISH)
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.result_folder() == folder
    with open_workspace(folder) as ws:
        assert ws.institution.get() == expected
        cycle = ws.cycles.latest()
        assert cycle is not None and cycle.label == label


def test_next_blocked_with_message_when_name_is_empty(qtbot, catalogue, lang_manager, isolated_data_dir):
    """Without a name, Next stays on the page and a message on the page says the name is missing."""
    lang_manager.set_language("en")
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir)
    page = to_profile(qtbot, wizard)
    assert not page.message.isVisible()
    qtbot.keyClicks(page.id_edit, "2345")
    qtbot.keyClick(page.id_edit, Qt.Key.Key_Return)  # Enter means Next
    assert wizard.currentPage() is page
    assert page.message.isVisible()
    assert page.message.text() == "Please enter the institution name."
    assert page.focusWidget() is page.name_edit  # ready to type the name

    qtbot.keyClicks(page.name_edit, "Minato Credit Cooperative")
    assert not page.message.isVisible()  # the message goes as soon as the problem is fixed
    press(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.page_of(ScopePage)


def test_next_blocked_until_every_question_is_answered(qtbot, catalogue, lang_manager, isolated_data_dir):
    """No answer is preselected; Next says how many questions are left until all are answered."""
    lang_manager.set_language("en")
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir)
    page = to_applicability(qtbot, wizard)
    assert page.unanswered() == [q.id for q in catalogue.questions]
    *first, second_last, last = [q.id for q in catalogue.questions]
    answer(qtbot, page, dict.fromkeys(first, False))
    press(qtbot, wizard, NEXT)
    assert wizard.currentPage() is page
    assert page.message.isVisible()
    assert page.message.text() == "Questions still to answer: 2. Please answer every question to go on."
    assert page.focusWidget() is page.boxes[second_last].yes  # the first unanswered question, for the keyboard

    answer(qtbot, page, {second_last: True})
    # One left: named by its number, so it can be found in the list.
    assert page.message.text() == "Question 10 is not answered yet. Please choose Yes or No to go on."
    answer(qtbot, page, {last: True})
    assert not page.message.isVisible()
    press(qtbot, wizard, NEXT)
    assert wizard.currentPage() is wizard.page_of(ConfirmPage)


def test_opening_an_existing_workspace_finishes_there(qtbot, catalogue, lang_manager, isolated_data_dir, demo):
    """Choosing an existing workspace skips the profile pages; Finish returns that folder, creating nothing."""
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir, FakePrompts(demo))
    press(qtbot, wizard, NEXT)
    page = wizard.page_of(WorkspacePage)
    click(qtbot, page.open_radio)
    assert wizard.button(FINISH).isVisible()
    assert not wizard.button(NEXT).isVisible()
    click(qtbot, page.choose_button)
    assert page.existing_edit.text() == str(demo)

    press(qtbot, wizard, FINISH)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.result_folder() == demo
    assert not workspaces_dir(isolated_data_dir).exists()


def test_folder_that_is_not_a_workspace_is_refused(qtbot, catalogue, lang_manager, isolated_data_dir, tmp_path):
    """Choosing a folder without a workspace shows why on the page, and Finish does not close the wizard."""
    lang_manager.set_language("en")
    plain = tmp_path / "Documents"
    plain.mkdir()
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir, FakePrompts(plain))
    press(qtbot, wizard, NEXT)
    page = wizard.page_of(WorkspacePage)
    click(qtbot, page.open_radio)
    click(qtbot, page.choose_button)
    assert page.message.isVisible()
    assert page.message.text().startswith(f"{plain} is not an fsadesk workspace.")
    assert page.existing_edit.text() == ""

    press(qtbot, wizard, FINISH)
    assert wizard.isVisible()
    assert wizard.result_folder() is None
    assert page.message.text() == "Please choose the workspace folder you want to open."


def test_new_assessment_refuses_a_folder_holding_a_workspace(qtbot, catalogue, lang_manager, isolated_data_dir, demo):
    """'Change…' to a folder that already holds a workspace keeps the suggested folder and says why."""
    lang_manager.set_language("en")
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir, FakePrompts(demo))
    press(qtbot, wizard, NEXT)
    page = wizard.page_of(WorkspacePage)
    suggested = page.new_folder_edit.text()
    click(qtbot, page.change_button)
    assert page.message.isVisible()
    assert page.message.text().startswith(f"{demo} already holds an fsadesk workspace.")
    assert page.new_folder_edit.text() == suggested


def test_changed_folder_is_used_and_never_mixed_with_other_files(qtbot, catalogue, lang_manager, isolated_data_dir):
    """An empty folder is used as chosen; a folder with other files gets an 'assessment' subfolder."""
    empty = isolated_data_dir.parent / "empty"
    empty.mkdir()
    busy = isolated_data_dir.parent / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("other work", encoding="utf-8")
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir, FakePrompts(empty, busy))
    press(qtbot, wizard, NEXT)
    page = wizard.page_of(WorkspacePage)
    click(qtbot, page.change_button)
    assert page.new_folder_edit.text() == str(empty)
    click(qtbot, page.change_button)
    assert page.new_folder_edit.text() == str(busy / "assessment")


def test_switching_to_english_relabels_and_keeps_what_was_typed(qtbot, catalogue, lang_manager, isolated_data_dir):
    """English on the welcome page re-labels Qt's buttons and catalogue texts; typed text and choices stay."""
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir)
    japanese_next = wizard.button(NEXT).text()
    page = to_profile(qtbot, wizard)
    fill_profile(qtbot, page, "みなと信用組合")
    category = catalogue.categories[-1]
    qtbot.keyClick(page.category_combo, Qt.Key.Key_End)
    assert page.category_combo.currentText() == category.ja
    press(qtbot, wizard, BACK)
    press(qtbot, wizard, BACK)

    click(qtbot, wizard.page_of(WelcomePage).en_radio)
    assert lang_manager.lang == "en"
    qtbot.waitUntil(lambda: page.category_combo.currentText() == category.en)
    assert wizard.button(NEXT).text() == "&Next >" != japanese_next
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    assert page.name_edit.text() == "みなと信用組合"
    assert page.category_combo.currentData() == category.id
    press(qtbot, wizard, NEXT)
    press(qtbot, wizard, NEXT)
    question = catalogue.questions[0]
    assert wizard.page_of(ApplicabilityPage).boxes[question.id].question.text() == question.question.en


@pytest.mark.parametrize(
    ("size", "fmi", "suggested"),
    [
        (SizeBand.SMALL, False, Scope.BASIC),
        (SizeBand.MEDIUM, False, Scope.BASIC),
        (SizeBand.LARGE, False, Scope.BASIC_AND_DESIRABLE),
        (SizeBand.SMALL, True, Scope.BASIC_AND_DESIRABLE),
    ],
)
def test_scope_suggested_from_size_and_fmi(qtbot, catalogue, lang_manager, isolated_data_dir, size, fmi, suggested):
    """Basic for small and medium institutions; basic and desirable for large ones and FMIs."""
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir)
    page = to_profile(qtbot, wizard)
    fill_profile(qtbot, page)
    click(qtbot, page.size_radios[size])
    if fmi:
        click(qtbot, page.fmi_check)
    press(qtbot, wizard, NEXT)
    assert wizard.page_of(ScopePage).radios[suggested].isChecked()


def test_scope_picked_by_the_user_survives_a_size_change(qtbot, catalogue, lang_manager, isolated_data_dir):
    """The suggestion follows the size until the user picks a scope; after that the pick stays."""
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir)
    profile_page = to_profile(qtbot, wizard)
    fill_profile(qtbot, profile_page)
    press(qtbot, wizard, NEXT)
    scope_page = wizard.page_of(ScopePage)
    press(qtbot, wizard, BACK)
    click(qtbot, profile_page.size_radios[SizeBand.LARGE])
    press(qtbot, wizard, NEXT)
    assert scope_page.radios[Scope.BASIC_AND_DESIRABLE].isChecked()  # the suggestion followed

    click(qtbot, scope_page.radios[Scope.BASIC])
    press(qtbot, wizard, BACK)
    click(qtbot, profile_page.size_radios[SizeBand.MEDIUM])
    click(qtbot, profile_page.size_radios[SizeBand.LARGE])
    press(qtbot, wizard, NEXT)
    assert scope_page.radios[Scope.BASIC].isChecked()  # the user's own choice


def test_failed_creation_shows_an_error_and_stays_open(qtbot, catalogue, lang_manager, isolated_data_dir):
    """If the folder gains a workspace before Finish, the error is shown and the wizard stays open."""
    prompts = FakePrompts()
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir, prompts)
    answer(qtbot, to_applicability(qtbot, wizard), {q.id: False for q in catalogue.questions})
    press(qtbot, wizard, NEXT)
    folder = workspaces_dir(isolated_data_dir) / "assessment"
    assert run(["demo", str(folder)], out=io.StringIO()) == 0  # e.g. a colleague on a shared drive

    press(qtbot, wizard, FINISH)
    assert len(prompts.errors) == 1
    assert str(folder) in prompts.errors[0][1]
    assert wizard.isVisible()
    assert wizard.result_folder() is None
    with open_workspace(folder) as ws:
        assert ws.institution.get().name != "みなと信用組合"  # the colleague's workspace is untouched


def test_should_show_only_without_a_usable_last_workspace(tmp_path, demo):
    """The wizard is shown when there is no last workspace or it has gone, not when it can be opened."""
    assert SetupWizard.should_show(None)
    assert SetupWizard.should_show("")
    assert SetupWizard.should_show(str(tmp_path / "gone"))
    assert not SetupWizard.should_show(str(demo))


def test_fmi_category_ticks_the_fmi_box_and_gives_it_back(qtbot, catalogue, lang_manager, isolated_data_dir):
    """Choosing 清算・振替機関等 as the category ticks (and fixes) the FMI box: one choice, not two.
    Moving on to another category puts the box back as the user left it."""
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir)
    page = to_profile(qtbot, wizard)
    combo = page.category_combo
    assert not page.fmi_check.isChecked() and page.fmi_check.isEnabled()
    for _ in range(combo.findData("fmi") - combo.currentIndex()):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "fmi"
    assert page.fmi_check.isChecked() and not page.fmi_check.isEnabled()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # past it, as when scrolling through the list
    assert page.fmi_check.isEnabled() and not page.fmi_check.isChecked()


def test_confirm_page_shows_the_answers_and_lets_the_year_change(qtbot, catalogue, lang_manager, isolated_data_dir):
    """The confirmation lists the questions answered Yes, and the fiscal year can be set there; the
    first cycle is created for that year."""
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir)
    page = to_applicability(qtbot, wizard)
    first, *rest = catalogue.questions
    answer(qtbot, page, {first.id: True, **{q.id: False for q in rest}})
    press(qtbot, wizard, NEXT)
    confirm = wizard.page_of(ConfirmPage)
    shown = confirm.values["answers"].text()
    lang = wizard.ctx.lang
    assert first.question.get(lang) in shown and rest[0].question.get(lang) not in shown
    assert f"{len(rest)}" in shown
    this_year = fiscal_year(dt.date.today())
    confirm.year.setFocus()
    qtbot.keyClick(confirm.year, Qt.Key.Key_Down)
    assert str(this_year - 1) in confirm.values["cycle"].text()
    press(qtbot, wizard, FINISH)
    with open_workspace(wizard.result_folder()) as ws:
        cycle = ws.cycles.latest()
        assert cycle is not None and cycle.fiscal_year == this_year - 1
        assert cycle.label == default_cycle_label(this_year - 1)


def test_help_button_and_f1_open_help_at_the_page_topic(qtbot, catalogue, lang_manager, isolated_data_dir):
    """Stuck on a question? The wizard's Help (or F1) opens the in-app help at what the page needs:
    the glossary for the questions about your systems."""
    wizard = make_wizard(qtbot, catalogue, lang_manager, isolated_data_dir)
    to_applicability(qtbot, wizard)
    press(qtbot, wizard, QWizard.WizardButton.HelpButton)
    dialog = wizard.help_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.contents.currentItem().data(0, Qt.ItemDataRole.UserRole) == "terms"
    assert "TLPT" in dialog.browser.toPlainText()
    dialog.close()
    press(qtbot, wizard, QWizard.WizardButton.BackButton)  # the scope page: the two tiers
    activate(qtbot, wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_F1)
    assert dialog.isVisible()
    assert dialog.contents.currentItem().data(0, Qt.ItemDataRole.UserRole) == "tiers"

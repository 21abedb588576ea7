"""The item page's plan says what will be done (issue #11 point 5): a field first in the plan,
saved like the notes, undone like any answer; a gentle hint when it is left empty; no priority
asked where management accepted the risk instead of planning."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFormLayout

from fsadesk import limits, terms
from fsadesk.app.answering import AssessmentSession
from fsadesk.assessment.answers import Answer, RemediationPlan, RiskAcceptance, Status
from fsadesk.cli import run
from fsadesk.store import open_workspace
from fsadesk.ui.i18n import LanguageManager
from fsadesk.ui.item_page import ItemPage
from fsadesk.ui.main_window import MainWindow
from tests.qt_helpers import activate, store_of, type_text
from tests.test_main_window import FakePrompts

MEASURE = "USBメモリの持ち出しを禁止する"


@pytest.fixture(params=["ja", "en"])
def lang(request):
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")  # removes the translators: later tests start from plain Qt


@pytest.fixture
def demo(tmp_path) -> Path:
    assert run(["demo", str(tmp_path / "demo")]) == 0
    return tmp_path / "demo"


@pytest.fixture
def session(demo, catalogue):
    ws = open_workspace(demo)
    yield AssessmentSession(ws, catalogue, ws.cycles.latest().id)
    ws.close()


@pytest.fixture
def page(session, lang, qtbot):
    page = ItemPage(session, lang)
    qtbot.addWidget(page)
    page.resize(900, 1400)
    page.show()
    qtbot.waitExposed(page)
    item = session.next_unanswered(None)
    assert item is not None
    page.show_item(item)
    return page


def _stored(session: AssessmentSession, item_id: str) -> Answer:
    with open_workspace(store_of(session).folder) as ws:
        return ws.answers.get(session.cycle.id, item_id)


def test_measure_is_first_in_the_plan_with_a_mnemonic_and_saved_after_a_pause(page, session, lang, qtbot):
    page.status_buttons[Status.PARTIAL].click()
    assert page.plan_measure.isVisible()
    form = page.plan_box.layout()
    assert isinstance(form, QFormLayout)
    assert form.itemAt(0, QFormLayout.ItemRole.SpanningRole).widget() is page.plan_measure_label
    assert page.plan_measure.width() > page.plan_owner.width()  # across the whole plan
    assert page.plan_measure_label.buddy() is page.plan_measure
    label = page.plan_measure_label.text()
    assert "&" in label and label.replace("&", "").startswith(terms.word("plan_measure", lang.lang))
    type_text(qtbot, page.plan_measure, MEASURE)
    qtbot.waitUntil(lambda: _stored(session, page.item_id).plan is not None, timeout=3000)
    assert _stored(session, page.item_id).plan.measure == MEASURE
    assert not page.message.isVisible()


def test_measure_alone_is_saved_when_leaving(page, session):
    page.status_buttons[Status.NOT_IMPLEMENTED].click()
    page.plan_measure.setPlainText("規程を作る")
    assert page.can_leave()
    stored = _stored(session, page.item_id)
    assert stored.plan is not None and stored.plan.measure == "規程を作る" and not stored.plan.is_complete()


def test_measure_is_limited_and_said(page, session, qtbot):
    page.status_buttons[Status.PARTIAL].click()
    QApplication.clipboard().setText("対" * (limits.MEASURE.max_chars + 50))
    page.plan_measure.setFocus()
    qtbot.keyClick(page.plan_measure, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.plan_measure.toPlainText() == "対" * limits.MEASURE.max_chars
    assert page.plan_measure_limit.isVisible() and "2,000" in page.plan_measure_limit.text()
    assert page.flush()
    assert _stored(session, page.item_id).plan.measure == "対" * 2000


def test_a_stored_measure_over_the_limit_is_not_saved_and_named(page, session, lang):
    page.status_buttons[Status.PARTIAL].click()
    page.plan_measure.setPlainText("x" * (limits.MEASURE.max_chars + 1))
    assert not page.flush()
    name = {"ja": "実施する対策", "en": "What will be done"}[lang.lang]
    assert name in page.message.text()
    assert _stored(session, page.item_id).plan is None


def test_plan_without_measure_gets_a_gentle_hint_not_an_error(page, session, qtbot):
    page.status_buttons[Status.PARTIAL].click()
    assert not page.measure_hint.isVisible()
    type_text(qtbot, page.plan_owner, "somubu")
    page.plan_date.setDate(QDate(2027, 3, 31))
    assert page.measure_hint.isVisible() and page.measure_hint.text()
    assert page.flush() and not page.message.isVisible()
    stored = _stored(session, page.item_id)
    assert stored.plan is not None and stored.plan.is_complete() and stored.is_addressed_gap
    page.plan_measure.setPlainText(MEASURE)
    assert not page.measure_hint.isVisible()


def test_priority_is_not_asked_where_the_risk_is_accepted(page, session, qtbot):
    page.status_buttons[Status.NOT_IMPLEMENTED].click()
    assert page.plan_priority.isVisible()
    type_text(qtbot, page.accept_by, "rijicho")
    assert not page.plan_priority.isVisible() and not page.plan_priority_label.isVisible()
    page.plan_measure.setPlainText(MEASURE)  # a plan after all: its priority is asked again
    assert page.plan_priority.isVisible()
    page.plan_measure.clear()
    assert not page.plan_priority.isVisible()
    assert page.flush()
    # Shown again for a stored accepted risk without a plan: still no priority.
    item = page.item_id
    session.set_answer(
        Answer(item, Status.NOT_IMPLEMENTED, acceptance=RiskAcceptance("理事長", "費用", dt.date(2026, 6, 1)))
    )
    page.show_item(item)
    assert not page.plan_priority.isVisible()
    session.set_answer(Answer(item, Status.NOT_IMPLEMENTED, plan=RemediationPlan("課長", None)))
    page.show_item(item)
    assert page.plan_priority.isVisible()


def test_undo_puts_the_measure_back_in_the_field_and_the_store(demo, catalogue, lang, qtbot):
    ws = open_workspace(demo)
    session = AssessmentSession(ws, catalogue, ws.cycles.latest().id)
    window = MainWindow(session, lang, FakePrompts())
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    item = session.next_unanswered(None)
    assert item is not None and window.go_to(item)
    page = window.page
    qtbot.mouseClick(page.status_buttons[Status.PARTIAL], Qt.MouseButton.LeftButton)
    type_text(qtbot, page.plan_measure, MEASURE)
    assert page.flush()
    assert _stored(session, item).plan.measure == MEASURE
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.plan_measure.toPlainText() == ""
    assert _stored(session, item).plan is None
    assert page.current_status() is Status.PARTIAL
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.plan_measure.toPlainText() == MEASURE
    assert _stored(session, item).plan.measure == MEASURE
    window.close()
    ws.close()

"""The central organisation's New campaign dialog: fields checked in plain words, a wrong passphrase
said and asked again, and a campaign file written that the member side's verifier accepts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from fsadesk.catalogue import Catalogue, load_catalogue
from fsadesk.central.campaign import verify_campaign
from fsadesk.central.campaigns import list_campaigns
from fsadesk.central.keys import load_organisation_public
from fsadesk.ui.central.campaign_dialog import CampaignDialog, campaign_action
from fsadesk.ui.i18n import LanguageManager
from tests.central.intake_support import PASSPHRASE, Org, make_org
from tests.qt_helpers import type_text
from tests.test_central_intake_ui import FakePrompts


@pytest.fixture(params=["ja", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[LanguageManager]:
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")


@pytest.fixture
def org(tmp_path: Path) -> Iterator[Org]:
    org = make_org(str(tmp_path / "central.db"), tmp_path)
    yield org
    org.db.close()


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


WORDS = {
    "ja": {"no_title": "題名", "wrong": "正しくありません", "how": "提出依頼ファイルの読み込み", "day": "2027/06/30"},
    "en": {"no_title": "title", "wrong": "not correct", "how": "Import campaign file", "day": "2027-06-30"},
}


def test_a_campaign_is_created_signed_and_written_for_members(
    qtbot, tmp_path: Path, org: Org, catalogue: Catalogue, lang: LanguageManager
):
    prompts = FakePrompts()
    dialog = CampaignDialog(org.db, org.keys, lang, prompts, catalogue, today=dt.date(2026, 12, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    words = WORDS[lang.lang]
    assert dialog.year.value() == 2026 and dialog.cycle_label.text() == "2026年度"
    assert catalogue.version in dialog.catalogue_shown.text()
    dialog.target.setText(str(tmp_path / "fy2026"))
    dialog.submit()  # nothing filled in: the title is asked for first, nothing stored
    assert words["no_title"] in dialog.problem.text() and dialog.problem.isVisible()
    type_text(qtbot, dialog.title, "2026年度 サイバーセキュリティ自己評価")
    dialog.deadline.setDate(QDate(2027, 6, 30))
    type_text(qtbot, dialog.passphrase, "not the passphrase")
    dialog.submit()
    assert words["wrong"] in dialog.problem.text() and dialog.isVisible()
    assert list_campaigns(org.db) == [] and not (tmp_path / "fy2026.fsac").exists()
    dialog.passphrase.clear()
    type_text(qtbot, dialog.passphrase, PASSPHRASE)
    dialog.submit()
    assert not dialog.isVisible() and dialog.written == tmp_path / "fy2026.fsac"
    verified = verify_campaign((tmp_path / "fy2026.fsac").read_bytes())
    assert (verified.title, verified.cycle_label, verified.fiscal_year) == (
        "2026年度 サイバーセキュリティ自己評価", "2026年度", 2026,
    )  # fmt: skip
    assert verified.deadline == dt.date(2027, 6, 30) and verified.catalogue.digest == catalogue.digest
    assert verified.fingerprint == load_organisation_public(org.keys).fingerprint
    assert [c.campaign_id for c in list_campaigns(org.db)] == [verified.campaign_id]
    _title, text = prompts.infos[-1]
    assert words["how"] in text and words["day"] in text and str(tmp_path / "fy2026.fsac") in text


def test_the_action_opens_the_dialog_and_reports_the_campaign(
    qtbot, tmp_path: Path, org: Org, monkeypatch: pytest.MonkeyPatch
):
    from PySide6.QtWidgets import QWidget

    en = LanguageManager(QApplication.instance(), "en")
    parent = QWidget()
    qtbot.addWidget(parent)
    made: list[object] = []

    def fill_and_create(dialog: CampaignDialog) -> int:
        dialog.title.setText("FY2026")
        dialog.deadline.setDate(QDate(2027, 6, 30))
        dialog.target.setText(str(tmp_path / "c.fsac"))
        dialog.passphrase.setText(PASSPHRASE)
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(CampaignDialog, "exec", fill_and_create)
    action = campaign_action(parent, org.db, org.keys, en, FakePrompts(), after=made.append)
    assert action.text() == "&New campaign…"
    action.trigger()
    assert len(made) == 1 and (tmp_path / "c.fsac").is_file()

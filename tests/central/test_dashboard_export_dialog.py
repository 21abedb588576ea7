"""The dashboard's Export… dialog driven like a user (pytest-qt): it writes the filtered snapshot
as the chosen file on a worker, in the chosen language, asks before replacing a file, and words a
refusal in the user's language. On SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Sequence
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from fsadesk.assessment.record import CycleRecord
from fsadesk.catalogue import Catalogue
from fsadesk.central.dashboard.snapshot import Filters, load_campaign
from fsadesk.ui.central.dashboard.export_dialog import ExportDialog, export_dashboard
from fsadesk.ui.i18n import LanguageManager
from tests.central.dashboard_export_support import sheet_table
from tests.central.dashboard_support import World, build_world
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    Org,
    base_fixture,
    catalogue_fixture,
    demo_fixture,
    org_fixture,
)


class FakePrompts:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.confirms: list[str] = []
        self.finished: list[str] = []
        self.replace = True

    def confirm(self, title: str, text: str) -> bool:
        self.confirms.append(text)
        return self.replace

    def info(self, title: str, text: str) -> None:
        raise AssertionError(text)

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def save_path(self, title: str, suggested: Path, filters: str) -> Path | None:
        return None

    def open_dir(self, title: str, start: Path) -> Path | None:
        return None

    def choose(self, title: str, text: str, buttons: Sequence[str]) -> int:
        self.finished.append(text)
        return len(buttons) - 1  # Close: open nothing


@pytest.fixture
def world(org: Org, base: CycleRecord, catalogue: Catalogue, tmp_path: Path) -> World:
    return build_world(org, base, catalogue, tmp_path)


@pytest.fixture
def lang(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp, "en")
    yield manager
    manager.set_language("en")


@pytest.fixture
def parent(qtbot) -> Iterator[QWidget]:
    """The dashboard's place; deleted before the test's database is dropped."""
    widget = QWidget()
    yield widget
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_dialog(parent: QWidget, world: World, catalogue: Catalogue, lang: LanguageManager,
                prompts: FakePrompts, category: str | None = None) -> ExportDialog:  # fmt: skip
    data = load_campaign(world.org.db).only(Filters(category=category))
    export_dashboard(parent, world.org.db, data, catalogue, "basic", lang, prompts)
    dialog = parent.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def type_path(qtbot, dialog: ExportDialog, path: Path) -> None:
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(path))


def test_export_writes_the_filtered_workbook(
    qtbot, world: World, catalogue: Catalogue, lang: LanguageManager, parent: QWidget, tmp_path: Path
) -> None:
    """Filtered to insurance on the dashboard: the workbook holds C-0003 and D-0004 only, and says so."""
    prompts = FakePrompts()
    dialog = open_dialog(parent, world, catalogue, lang, prompts, category="insurance")
    assert "Insurance companies" in dialog.filters.text() and dialog.path.text().endswith("fsadesk-fy2026-summary.xlsx")
    type_path(qtbot, dialog, tmp_path / "insurance.xlsx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompts.finished or prompts.errors))
    assert prompts.errors == [] and str(tmp_path / "insurance.xlsx") in prompts.finished[0]
    qtbot.waitUntil(lambda: parent.findChild(ExportDialog) is None)  # closed and gone
    book = openpyxl.load_workbook(tmp_path / "insurance.xlsx")
    ws = book["Submission status"]
    assert {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, 10)}["Category"] == "Insurance companies"
    _, rows = sheet_table(ws)
    assert {r[0]: r[4] for r in rows} == {"C-0003": "Accepted with a flag", "D-0004": "Late"}


def test_export_as_pdf_in_japanese_asks_before_replacing(
    qtbot, world: World, catalogue: Catalogue, lang: LanguageManager, parent: QWidget, tmp_path: Path
) -> None:
    """The PDF format and Japanese chosen with the keyboard (the window speaks English); the file is
    renamed to .pdf; an existing file is kept when the user says no, and replaced when they say yes."""
    out = tmp_path / "board.pdf"
    out.write_bytes(b"old")
    prompts = FakePrompts()
    dialog = open_dialog(parent, world, catalogue, lang, prompts)
    type_path(qtbot, dialog, tmp_path / "board.xlsx")
    qtbot.keyClick(dialog.format, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.format, Qt.Key.Key_Down)  # xlsx → csv → pdf
    assert dialog.language.currentText() == "English"
    qtbot.keyClick(dialog.language, Qt.Key.Key_Up)  # English → 日本語
    assert dialog.path.text() == str(out)
    prompts.replace = False
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert prompts.confirms and "board.pdf" in prompts.confirms[0] and out.read_bytes() == b"old"
    prompts.replace = True
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompts.finished or prompts.errors))
    assert prompts.errors == []
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "自己評価の集計報告" in text and "E-0005 信用組合" in text and "未提出" in text


def test_a_folder_that_is_not_there_is_worded_for_the_user(
    qtbot, world: World, catalogue: Catalogue, lang: LanguageManager, parent: QWidget, tmp_path: Path
) -> None:
    """The refusal comes back from the worker as the plain words of its kind; the dialog stays open."""
    prompts = FakePrompts()
    dialog = open_dialog(parent, world, catalogue, lang, prompts)
    type_path(qtbot, dialog, tmp_path / "nowhere" / "r.xlsx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompts.finished or prompts.errors))
    assert prompts.finished == [] and prompts.errors[0].startswith("The report was not written")
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_the_dashboards_export_button_opens_the_dialog_with_its_filters(
    qtbot, world: World, lang: LanguageManager, tmp_path: Path, parent: QWidget
) -> None:
    """The dashboard filtered to a size band and the desirable tier: its E&xport… opens this dialog,
    and the workbook written holds that size band's members and the desirable rates' tier."""
    from fsadesk.ui.central.dashboard.frame import Dashboard

    prompts = FakePrompts()
    dashboard = Dashboard(world.org.db, None, lang, prompts, parent)
    parent.resize(1366, 768)
    with qtbot.waitSignal(dashboard.loaded, timeout=30_000):
        parent.show()
    for combo, value in ((dashboard.size_band, "medium"), (dashboard.tier, "desirable")):
        index = combo.findData(value)
        assert index >= 0, value
        combo.setCurrentIndex(index)
    qtbot.mouseClick(dashboard.export_button, Qt.MouseButton.LeftButton)
    dialog = dashboard.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    type_path(qtbot, dialog, tmp_path / "medium.xlsx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(prompts.finished or prompts.errors))
    assert prompts.errors == []
    ws = openpyxl.load_workbook(tmp_path / "medium.xlsx")["Submission status"]
    lines = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, 10)}
    assert lines["Size band"] == "Medium (101–500 staff)" and lines["Tier"] == "Desirable response items"
    _, rows = sheet_table(ws)
    assert {r[0] for r in rows} == {"C-0003", "E-0005"}  # the medium-sized members

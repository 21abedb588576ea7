"""File ▸ Export history… (ja/en): the current cycle's exports in a table, newest first — date,
language, notes, file names, a short SHA-256 with the full one in the tooltip and on the
clipboard, and whether the bundle on disk is the same, changed or gone; Open folder opens the
row's folder. The dialog fits a 1366×768 screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication

from fsadesk.app.export_history import local_time
from fsadesk.app.workspace import AssessmentWorkspace
from fsadesk.bundle.keys import generate_signing_key, load_signing_key
from fsadesk.store import open_workspace
from fsadesk.ui.export_history_dialog import ExportHistoryDialog
from fsadesk.ui.i18n import LanguageManager
from tests.bundle_support import FAKE_PDF, PASSPHRASE
from tests.workspace_support import make_demo

TEXTS = {
    "ja": {"title": "書き出し履歴", "same": "書き出したときのまま", "changed": "書き出し後に変更されています",
           "missing": "見つかりません", "with": "メモあり", "without": "メモなし", "none": "まだ書き出されていません",
           "menu": "書き出し履歴"},
    "en": {"title": "Export history", "same": "Same as exported", "changed": "Changed since the export",
           "missing": "Not found", "with": "With notes", "without": "Without notes",
           "none": "has not been exported yet",
           "menu": "Export history"},
}  # fmt: skip


@pytest.fixture(params=["ja", "en"])
def ui_lang(request):
    manager = LanguageManager(QApplication.instance(), request.param)
    yield manager
    manager.set_language("en")


def _fake_render(*_args: Any) -> bytes:
    return FAKE_PDF


def _exports(tmp_path: Path, catalogue) -> tuple[Path, Path]:
    """A demo workspace exported three times (ja with notes, en without, ja again), then the
    second bundle edited and the third deleted."""
    folder = make_demo(tmp_path)
    generate_signing_key(folder, PASSPHRASE)
    out = tmp_path / "送付"
    out.mkdir()
    with open_workspace(folder) as ws:
        view = AssessmentWorkspace.of(ws)
        cycle = view.latest_cycle()
        assert cycle is not None
        for n, (lang, notes) in enumerate([("ja", True), ("en", False), ("ja", True)]):
            view.export(
                catalogue, cycle.id, lambda: load_signing_key(folder, PASSPHRASE), lang=lang, include_notes=notes,
                bundle_path=out / f"b{n}.fsab", pdf_path=out / f"r{n}.pdf", render=_fake_render,
            )  # fmt: skip
    (out / "b1.fsab").write_bytes(b"edited")
    (out / "b2.fsab").unlink()
    return folder, out


def test_history_table_shows_each_export_and_its_file_state(tmp_path, catalogue, qtbot, ui_lang, monkeypatch):
    words = TEXTS[ui_lang.lang]
    folder, out = _exports(tmp_path, catalogue)
    with open_workspace(folder) as ws:
        view = AssessmentWorkspace.of(ws)
        cycle = view.latest_cycle()
        records = view.exports(cycle.id)
        dialog = ExportHistoryDialog(view, cycle, ui_lang.lang)
        qtbot.addWidget(dialog)
        dialog.show()
        table = dialog.table
        assert dialog.windowTitle() == words["title"]
        assert table.rowCount() == 3
        rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(3)]
        newest, middle, oldest = rows
        assert "b2.fsab" in newest[3] and "r2.pdf" in newest[3] and words["missing"] in newest[5]
        assert middle[1] == "English" and middle[2] == words["without"] and middle[5] == words["changed"]
        assert oldest[1] == "日本語" and oldest[2] == words["with"] and oldest[5] == words["same"]
        when = local_time(records[2].exported_at)
        day = when.strftime("%Y/%m/%d") if ui_lang.lang == "ja" else when.date().isoformat()
        assert oldest[0] == f"{day} {when:%H:%M}"
        assert oldest[4] == records[2].bundle_sha256[:12] + "…"
        assert table.item(2, 4).toolTip() == records[2].bundle_sha256

        table.selectRow(2)
        dialog.copy_sha.click()
        assert QGuiApplication.clipboard().text() == records[2].bundle_sha256
        opened: list[QUrl] = []
        monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
        dialog.open_folder.click()
        assert opened == [QUrl.fromLocalFile(str(out))]
        assert dialog.width() <= 1366 and dialog.height() <= 768


def test_no_exports_yet_says_so(tmp_path, catalogue, qtbot, ui_lang):
    folder = make_demo(tmp_path)
    with open_workspace(folder) as ws:
        view = AssessmentWorkspace.of(ws)
        cycle = view.latest_cycle()
        dialog = ExportHistoryDialog(view, cycle, ui_lang.lang)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 0 and TEXTS[ui_lang.lang]["none"] in dialog.intro.text()
        assert not dialog.open_folder.isEnabled() and not dialog.copy_sha.isEnabled()


def test_file_menu_has_export_history_after_export(tmp_path, catalogue, qtbot, ui_lang):
    from fsadesk.app.answering import AssessmentSession
    from fsadesk.ui.main_window import MainWindow
    from tests.test_main_window import FakePrompts

    folder = make_demo(tmp_path)
    ws = open_workspace(folder)
    session = AssessmentSession(ws, catalogue, ws.cycles.latest().id)
    window = MainWindow(session, ui_lang, FakePrompts())
    qtbot.addWidget(window)
    try:
        actions = window.menu_file.actions()
        at = actions.index(window.act_export_bundle)
        assert actions[at + 1] is window.act_export_history
        assert TEXTS[ui_lang.lang]["menu"] in window.act_export_history.text().replace("&", "")
        shown: list[ExportHistoryDialog] = []

        def close_it() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, ExportHistoryDialog)
            shown.append(dialog)
            dialog.reject()

        QTimer.singleShot(0, close_it)
        window.act_export_history.trigger()
        assert shown and shown[0].cycle.id == session.cycle.id
    finally:
        window.close()
        session.close()


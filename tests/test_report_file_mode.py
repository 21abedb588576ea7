"""The report PDF written by the export dialog is private (0600), like the bundle holding the same notes."""

from __future__ import annotations

import stat

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fsadesk.ui.export_dialog import ExportDialog
from fsadesk.ui.i18n import LanguageManager
from tests.qt_helpers import demo_session
from tests.test_main_window import FakePrompts


def test_exported_pdf_is_readable_by_its_owner_only(tmp_path, catalogue, qtbot):
    """Both files the dialog writes, the report and the bundle, are mode 0600, whatever the umask."""
    session = demo_session(tmp_path / "demo", catalogue)
    dialog = ExportDialog(session, LanguageManager(QApplication.instance(), "en"), FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "correct horse 42")
    qtbot.keyClicks(dialog.confirm, "correct horse 42")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60000)
    modes = {path.suffix: stat.S_IMODE(path.stat().st_mode) for path in (dialog.exported.pdf, dialog.exported.bundle)}
    assert modes == {".pdf": 0o600, ".fsab": 0o600}
    assert dialog.exported.pdf.read_bytes().startswith(b"%PDF")
    session.close()

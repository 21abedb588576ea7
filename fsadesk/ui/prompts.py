"""Every modal question the UI asks goes through here, so controllers can be tested with a fake."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Prompts(Protocol):
    def confirm(self, title: str, text: str) -> bool: ...
    def info(self, title: str, text: str) -> None: ...
    def error(self, title: str, text: str) -> None: ...
    def save_path(self, title: str, suggested: Path, filters: str) -> Path | None: ...
    def open_dir(self, title: str, start: Path) -> Path | None: ...


class QtPrompts:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def save_path(self, title: str, suggested: Path, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), filters)
        return Path(path) if path else None

    def open_dir(self, title: str, start: Path) -> Path | None:
        path = QFileDialog.getExistingDirectory(self.parent, title, str(start))
        return Path(path) if path else None

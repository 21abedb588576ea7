"""Every modal question the UI asks goes through here, so controllers can be tested with a fake."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget


class Prompts(Protocol):
    def confirm(self, title: str, text: str) -> bool: ...
    def info(self, title: str, text: str) -> None: ...
    def error(self, title: str, text: str) -> None: ...
    def save_path(self, title: str, suggested: Path, filters: str) -> Path | None: ...
    def open_dir(self, title: str, start: Path) -> Path | None: ...
    def choose(self, title: str, text: str, buttons: Sequence[str]) -> int: ...


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

    def choice_box(self, title: str, text: str, buttons: Sequence[str]) -> tuple[QMessageBox, list[QPushButton]]:
        """The message `choose` shows, not yet shown (the gallery script photographs it)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, self.parent)
        made: list[QPushButton] = []
        for index, label in enumerate(buttons):
            last = index == len(buttons) - 1
            role = QMessageBox.ButtonRole.RejectRole if last else QMessageBox.ButtonRole.ActionRole
            made.append(box.addButton(label, role))
        if made:
            box.setDefaultButton(made[0])
            box.setEscapeButton(made[-1])
        return box, made

    def choose(self, title: str, text: str, buttons: Sequence[str]) -> int:
        """A message with one button per choice; the index of the one pressed, or -1 when none
        was. Esc and the title bar's × press the last button (the one that does nothing, "Close")."""
        box, made = self.choice_box(title, text, buttons)
        box.exec()
        clicked = box.clickedButton()
        return made.index(clicked) if clicked in made else -1

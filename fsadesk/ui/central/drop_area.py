"""The intake's drop target: files and folders dragged from the file manager, and a quick look at
whether a file is age-encrypted (to know before a batch whether the passphrase is needed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget


def is_encrypted(path: Path) -> bool:
    """An age-encrypted file starts with age's header; a file that cannot be read is left to the
    intake, which says why."""
    from fsadesk.bundle.encrypt import AGE_HEADER

    try:
        with path.open("rb") as f:
            return f.read(len(AGE_HEADER)) == AGE_HEADER
    except OSError:
        return False


class DropArea(QLabel):
    """A large target for files and folders dragged from the file manager."""

    dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumHeight(90)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("border: 2px dashed palette(mid); border-radius: 8px; font-size: 15px; padding: 12px;")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self.isEnabled() and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.isEnabled():
            event.acceptProposedAction()
            self.dropped.emit(paths)

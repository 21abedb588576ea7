"""Where the main window opens and how big: it fits the screen it is on (office laptops have
1366×768 or 1280×720), and the size, position and maximised state of the last run come back.

The placement is kept in the app settings (settings.json in the data folder, so a portable
install on a USB stick keeps it too), as plain numbers; a remembered placement that no longer
fits the screen (a smaller monitor, a projector gone) is pulled back onto it.

On the first-paint path: no Qt namespace here (see fsadesk.ui.by_name).
"""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from fsadesk.ui.settings import AppSettings

# The size fsadesk is designed for, taken when the screen has room for it.
PREFERRED_WIDTH = 1280
PREFERRED_HEIGHT = 820
# Room for what the system draws around the window (title bar, borders), which Qt only knows
# once the window is on screen: generous, so the Previous/Next bar is never below the edge.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


@dataclass(frozen=True)
class Placement:
    """The window's normal (not maximised) geometry, and whether it was maximised."""

    x: int
    y: int
    width: int
    height: int
    maximised: bool = False

    def rect(self) -> QRect:
        return QRect(self.x, self.y, self.width, self.height)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @staticmethod
    def from_json(raw: object) -> Placement | None:
        """None for anything that is not a sensible placement (damaged settings are ignored)."""
        if not isinstance(raw, dict):
            return None
        numbers = [raw.get(k) for k in ("x", "y", "width", "height")]
        whole = [n for n in numbers if isinstance(n, int) and not isinstance(n, bool)]
        if len(whole) != len(numbers):
            return None
        x, y, width, height = whole
        if width <= 0 or height <= 0:
            return None
        return Placement(x, y, width, height, raw.get("maximised") is True)


def initial_geometry(available: QRect) -> QRect:
    """The first window: the preferred size, or less on a smaller screen, centred on it."""
    width = min(PREFERRED_WIDTH, available.width() - FRAME_WIDTH)
    height = min(PREFERRED_HEIGHT, available.height() - FRAME_HEIGHT)
    return fitted(QRect(0, 0, width, height), available, centre=True)


def fitted(wanted: QRect, available: QRect, centre: bool = False) -> QRect:
    """`wanted` (the window without its frame) made to fit on `available` with its frame:
    shrunk if too big, moved back if partly or wholly off the screen."""
    width = max(1, min(wanted.width(), available.width() - FRAME_WIDTH))
    height = max(1, min(wanted.height(), available.height() - FRAME_HEIGHT))
    # The frame's title bar is above the window's own top edge; its borders are on every side.
    left_min = available.x() + FRAME_WIDTH // 2
    top_min = available.y() + FRAME_HEIGHT - FRAME_WIDTH // 2
    left_max = available.x() + available.width() - FRAME_WIDTH // 2 - width
    top_max = available.y() + available.height() - FRAME_WIDTH // 2 - height
    if centre:
        x = available.x() + (available.width() - width) // 2
        y = available.y() + (available.height() - height - FRAME_HEIGHT) // 2 + FRAME_HEIGHT - FRAME_WIDTH // 2
    else:
        x, y = wanted.x(), wanted.y()
    return QRect(min(max(x, left_min), left_max), min(max(y, top_min), top_max), width, height)


def available_geometry_at(point: QPoint | None = None) -> QRect:
    """The usable area (without task bar) of the screen showing `point`, else the main screen."""
    screen = QGuiApplication.screenAt(point) if point is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place(window: QMainWindow, remembered: Placement | None) -> bool:
    """Give `window` (not shown yet) the remembered geometry, fitted to today's screen, or a first
    size that fits. Returns whether it should be shown maximised."""
    if remembered is None:
        window.setGeometry(initial_geometry(available_geometry_at()))
        return False
    wanted = remembered.rect()
    window.setGeometry(fitted(wanted, available_geometry_at(wanted.center())))
    return remembered.maximised


def show_placed(window: QMainWindow, remembered: Placement | None) -> None:
    """Show `window` where and as it was last time (see place)."""
    if place(window, remembered):
        window.showMaximized()
    else:
        window.show()


def placement_of(window: QMainWindow) -> Placement:
    """What to remember: the normal geometry even when maximised, so un-maximising next time
    gives back the window the user had."""
    normal = window.normalGeometry() if window.isMaximized() else window.geometry()
    if not normal.isValid():
        normal = window.geometry()
    return Placement(normal.x(), normal.y(), normal.width(), normal.height(), window.isMaximized())


def remember(window: QMainWindow, settings: AppSettings, data_dir: Path) -> None:
    """Store the window's placement in the settings file (written at once)."""
    settings.window = placement_of(window).to_json()
    # A read-only data folder: the window opens at a fitting size next time, no harm done.
    with contextlib.suppress(OSError):
        settings.save(data_dir)

"""Content for a resizable QScrollArea whose text wraps (Japanese paragraphs, long questions).

QScrollArea gives its content at least the content's minimumSizeHint() height. For word-wrapped
labels Qt estimates that height at a narrow width, far taller than the text needs at the real
width, so the content was stretched: a hand's breadth of empty space after the last question of
the set-up, and the item page's Previous / Next pushed below the fold. With the minimum height
left to height-for-width (which the scroll area also asks), the content is as tall as its text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QWidget


class FitsWidth:
    """Mixin, listed before the Qt widget class: the minimum height comes from heightForWidth."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint: QSize = super().minimumSizeHint()  # type: ignore[misc]
        return QSize(hint.width(), 0)

    def event(self, event: QEvent) -> bool:
        # With a fixed minimum, a re-laid-out content (new text, a panel shown or hidden) no
        # longer tells the scroll area its height changed; say so, or it keeps the old height.
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # type: ignore[attr-defined]
        return bool(super().event(event))  # type: ignore[misc]


class ScrollContent(FitsWidth, QWidget):
    """A plain content widget for a scroll area, sized by its wrapped text."""

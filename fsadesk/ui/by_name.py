"""Qt enum values set by their names, for what is built before the first paint.

Naming Qt's namespace (`Qt.ArrowType`, `Qt.AlignmentFlag`…) makes PySide6 build all 93 of its
enums, about 13 ms, which the start window and the resumed item page would otherwise pay before
they are painted (docs/performance.md). A Qt property takes the value's name instead.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_by_name(target: QObject, prop: str, value: str) -> None:
    """Set the enum property `prop` to the value called `value` ("DownArrow", "AlignHCenter|AlignVCenter").
    Qt ignores a misspelt name silently; this raises instead, so a test meets it at once."""
    if not target.setProperty(prop, value):
        raise ValueError(f"{type(target).__name__}.{prop} cannot be set to {value!r}")

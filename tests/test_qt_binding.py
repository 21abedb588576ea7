"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every call of a void method; after
enough calls the interpreter aborts ("Fatal Python error: none_dealloc"). A user clicking through
176 items for an afternoon would hit it, so the pinned binding is checked here.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem


def test_void_qt_calls_keep_none_alive(qtbot):
    """Thousands of setText calls leave None's reference count where it was (within noise)."""
    label = QLabel()
    qtbot.addWidget(label)
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    item = QTreeWidgetItem(tree)
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i))
        item.setText(0, str(i))
    assert sys.getrefcount(None) - before > -100

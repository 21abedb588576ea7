"""The app's windows carry fsadesk's icon (title bar, task bar, Alt+Tab), from resources/icons/."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from fsadesk.ui.app import set_app_icon


def test_every_window_gets_the_icon_in_each_size(qtbot):
    app = QApplication.instance()
    set_app_icon(app)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    icon = window.windowIcon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
    # The shield is white in the middle of the blue tile: the PNG itself was drawn, not a blank.
    image = icon.pixmap(QSize(256, 256)).toImage()
    centre, corner = image.pixelColor(128, 100), image.pixelColor(30, 128)
    assert centre.lightness() > 200
    assert corner.blue() > corner.red() + 50

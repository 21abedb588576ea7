"""Make the application icon's PNG, ICO (Windows) and ICNS (macOS) files from resources/icons/fsadesk.svg.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

The results are committed, so a build needs neither this script nor Qt's SVG module (which the
package leaves out): the window loads the PNGs, PyInstaller puts the .ico/.icns on the executable.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what the window and the Linux desktop entry use
ICO_SIZES = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
ICNS_SIZES = [(s, s) for s in (16, 32, 64, 128, 256, 512, 1024)]


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "fsadesk.svg"))
    if not renderer.isValid():
        print("resources/icons/fsadesk.svg is not a valid SVG", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        # optimize + no metadata: the same SVG gives the same bytes, so a re-run changes nothing
        render(renderer, size).save(ICONS / f"fsadesk-{size}.png", optimize=True)
    large = render(renderer, 1024)
    large.save(ICONS / "fsadesk.ico", sizes=ICO_SIZES)
    large.save(ICONS / "fsadesk.icns", sizes=ICNS_SIZES)
    print(f"wrote {len(PNG_SIZES)} PNGs, fsadesk.ico and fsadesk.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

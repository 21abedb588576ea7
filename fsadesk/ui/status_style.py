"""How each answer status looks: a coloured dot and its label, shared by tree, page and tables."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF
from PySide6.QtGui import QBrush, QColor, QIcon, QImage, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QLabel

from fsadesk.assessment.answers import Status

# Colour-blind-safe palette (Okabe–Ito); the label always accompanies the colour.
COLOURS: dict[Status, str] = {
    Status.IMPLEMENTED: "#009E73",
    Status.PARTIAL: "#E69F00",
    Status.NOT_IMPLEMENTED: "#D55E00",
    Status.ALTERNATIVE: "#0072B2",
    Status.NOT_APPLICABLE: "#999999",
    Status.UNANSWERED: "#FFFFFF",
}

ICON_SIZE = 14  # pixels, square: the status dot

# Order of the answer buttons and of the Ctrl+1…Ctrl+6 shortcuts.
ORDER: tuple[Status, ...] = (
    Status.IMPLEMENTED,
    Status.PARTIAL,
    Status.NOT_IMPLEMENTED,
    Status.ALTERNATIVE,
    Status.NOT_APPLICABLE,
    Status.UNANSWERED,
)


# Literal English for lupdate; tests/test_terms.py checks these and their Japanese in the .qm
# against fsadesk.terms.STATUS, which the report, the CLI and the spreadsheets use.
_STATUS_NAMES = {
    Status.IMPLEMENTED: QT_TRANSLATE_NOOP("Status", "Implemented"),
    Status.PARTIAL: QT_TRANSLATE_NOOP("Status", "Partially implemented"),
    Status.NOT_IMPLEMENTED: QT_TRANSLATE_NOOP("Status", "Not implemented"),
    Status.ALTERNATIVE: QT_TRANSLATE_NOOP("Status", "Alternative measure"),
    Status.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Status", "Not applicable"),
    Status.UNANSWERED: QT_TRANSLATE_NOOP("Status", "Unanswered"),
}


def status_text(status: Status) -> str:
    """The translated status name (source strings are English; Japanese comes from the .qm).
    Only the one asked for is translated: the navigation tree asks once per row."""
    return QCoreApplication.translate("Status", str(_STATUS_NAMES[status]))


def status_hint(status: Status) -> str:
    """One plain sentence under each answer choice."""
    hints = {
        Status.IMPLEMENTED: QCoreApplication.translate("Status", "This is in place and working."),
        Status.PARTIAL: QCoreApplication.translate("Status", "Some of it is done; something is still missing."),
        Status.NOT_IMPLEMENTED: QCoreApplication.translate("Status", "This is not done yet."),
        Status.ALTERNATIVE: QCoreApplication.translate(
            "Status", "We meet the aim in a different way (please describe it)."
        ),
        Status.NOT_APPLICABLE: QCoreApplication.translate(
            "Status", "This does not apply to our institution (please give the reason)."
        ),
        Status.UNANSWERED: QCoreApplication.translate("Status", "Not decided yet."),
    }
    return hints[status]


def solid_brush(colour: str) -> QBrush:
    """A brush of one colour. Made through a palette: QBrush's and QPainter's overloaded
    constructors and setters make PySide6 build Qt's namespace (93 enums, about 13 ms), too much
    before the resumed item page is painted (docs/performance.md)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    return palette.brush(QPalette.ColorRole.Text)


def status_icon(status: Status) -> QIcon:
    """A new icon each call: a module-level cache of QIcons would outlive QApplication and crash
    the interpreter at exit, so callers that need many keep their own cache.
    Drawn as a filled and stroked path on a transparent image, without naming Qt's namespace
    (see solid_brush); the pixels are those of QPainter.drawEllipse with the same pen and brush."""
    clear = bytes(ICON_SIZE * ICON_SIZE * 4)  # transparent; QImage reads it during fromImage only
    pix = QPixmap.fromImage(QImage(clear, ICON_SIZE, ICON_SIZE, QImage.Format.Format_ARGB32_Premultiplied))
    dot = QPainterPath()
    dot.addEllipse(QRectF(1, 1, 12, 12))
    outline = QPen()
    outline.setBrush(solid_brush("#555555"))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillPath(dot, solid_brush(COLOURS[status]))
    p.strokePath(dot, outline)
    p.end()
    return QIcon(pix)


def secondary_text(label: QLabel) -> QLabel:
    """Quieter text (hints, breadcrumbs) that still reads as text, not as a disabled control:
    two thirds of the way from the background to the normal text colour, in light and dark
    themes alike. (palette(mid) grey on the grey answer box looked switched off to a new user.)"""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)

    def mix(a: int, b: int) -> int:
        return round(a * 0.7 + b * 0.3)

    colour = QColor(mix(text.red(), back.red()), mix(text.green(), back.green()), mix(text.blue(), back.blue()))
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    return label

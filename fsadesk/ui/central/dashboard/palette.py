"""The heatmap's colours: a single-hue blue ramp (ColorBrewer "Blues", 5 classes), which people
with any common colour-vision deficiency read as light-to-dark, and which prints in greyscale in the
same order; never red against green. Every cell also shows its number, so colour is never the only
way to read it.

A cell's class comes from the percentage as it is shown (fsadesk.terms.percent_points, rounded half
up), so a cell reading "40%" is always in the 40–59% class of the legend, never in the one below."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from fsadesk.terms import percent_points

# Light to dark: the higher the implementation rate, the darker the blue.
RAMP: tuple[str, ...] = ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c")
STEP = 20  # percentage points per class: 0–19, 20–39, 40–59, 60–79, 80–100
NO_RATE = "#f0f0f0"  # nothing assessed: a neutral grey outside the ramp, with "—" written in it


@dataclass(frozen=True)
class Band:
    low: int  # percent, inclusive
    high: int  # percent, inclusive
    colour: str


def bands() -> tuple[Band, ...]:
    """The legend's classes, lowest first."""
    out = []
    for n, colour in enumerate(RAMP):
        high = 100 if n == len(RAMP) - 1 else (n + 1) * STEP - 1
        out.append(Band(n * STEP, high, colour))
    return tuple(out)


def band_of(rate: float) -> int:
    return min(len(RAMP) - 1, int(percent_points(rate)) // STEP)


def background(rate: float | None) -> QColor:
    return QColor(NO_RATE if rate is None else RAMP[band_of(rate)])


def _luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def text_colour(rate: float | None) -> QColor:
    """Black or white, whichever contrasts more with the cell's colour (WCAG contrast ratio)."""
    lum = _luminance(background(rate))
    on_black = (lum + 0.05) / 0.05
    on_white = 1.05 / (lum + 0.05)
    return QColor("#000000") if on_black >= on_white else QColor("#ffffff")

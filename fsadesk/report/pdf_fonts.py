"""Which embedded font draws each character of the report, and the mark for those none can draw.

IPAexGothic draws almost everything. A character it lacks used to vanish without a trace (a plan
owner 𠮷田 printed as 田; issue #9, defect 10), so each character goes to the first font of a chain
that has it, all TrueType and embedded as subsets (resources/fonts/FONTS.md says where each comes
from and under which licence):

- MigMix 1P: a Gothic made of IPAGothic's kanji (the same design as IPAexGothic) and M+'s Latin,
  with 𠮷 and other name kanji outside JIS X 0208, accented Latin and Hebrew;
- Ume P Gothic: the rest of JIS X 0213 (levels 3 and 4 kanji) in a matching Gothic;
- Noto Sans Arabic (Arabic and Hebrew are drawn letter by letter, left to right: reportlab does
  not shape or reorder right-to-left scripts), and Noto Sans Math.

What no font has (emoji, for one) is drawn as 〓, the mark Japanese print uses for a missing
character, and reported (see pdf_warnings), never dropped. Every user text reaches the PDF through
paragraph_markup() or draw_line() below, so the choice is made in one place.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from fsadesk.paths import resources_dir

MAIN = "IPAexGothic"
# (name in the PDF, file in resources/fonts/), in the order they are tried.
CHAIN: tuple[tuple[str, str], ...] = (
    (MAIN, "ipaexg.ttf"),
    ("MigMix-1P", "migmix-1p-regular.ttf"),
    ("UmePGothic", "ume-pgo4.ttf"),
    ("NotoSansArabic", "NotoSansArabic-Regular.ttf"),
    ("NotoSansMath", "NotoSansMath-Regular.ttf"),  # ⦅⦆ of JIS X 0213, and mathematical signs
)
REPLACEMENT = "〓"  # U+3013 GETA MARK, in IPAexGothic
# Invisible characters that only modify their neighbour (variation selectors, joiners, direction
# marks): no font draws them on their own, and leaving them out changes nothing a reader sees.
_VARIATION_SELECTORS = ((0xFE00, 0xFE0F), (0xE0100, 0xE01EF))


_original_cmap = ttfonts.makeToUnicodeCMap
_WIDE_ENTRY = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", re.M)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF written as UTF-16 surrogate pairs,
    as the PDF standard requires: reportlab 5.1 writes <20BB7>, and viewers then copy 𠮷 as ₻."""
    text: str = _original_cmap(fontname, subset)
    if max(subset, default=0) <= 0xFFFF:
        return text
    return _WIDE_ENTRY.sub(lambda m: f"{m[1]}<{chr(int(m[2], 16)).encode('utf-16-be').hex().upper()}>", text)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # process-wide: reportlab calls it by its module name


def _register(name: str, file: str) -> TTFont:
    """Register a font once per process (reportlab keeps a global registry). Bold and italic map
    to the same face: these fonts have none, and reportlab would fall back to Helvetica."""
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / file)))
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    return font


def register_main() -> str:
    _register(*CHAIN[0])
    return MAIN


@functools.cache
def _main_chars() -> frozenset[int]:
    return frozenset(_register(*CHAIN[0]).face.charToGlyph)


@functools.cache
def _fallbacks() -> tuple[tuple[str, frozenset[int]], ...]:
    """Loaded the first time a character is missing from IPAexGothic, not for every report."""
    return tuple((name, frozenset(_register(name, file).face.charToGlyph)) for name, file in CHAIN[1:])


def _plain(text: str) -> bool:
    """True when IPAexGothic draws every character (control characters aside: none is plain)."""
    main = _main_chars()
    return all(ord(c) in main and (c >= " " or c.isspace()) for c in text)


def is_invisible(char: str) -> bool:
    code = ord(char)
    return unicodedata.category(char) == "Cf" or any(low <= code <= high for low, high in _VARIATION_SELECTORS)


@functools.lru_cache(maxsize=4096)
def font_for(char: str) -> str | None:
    """The font that draws `char`; None when no font of the chain has it."""
    code = ord(char)
    if char.isspace():  # white space only separates words
        return MAIN
    if unicodedata.category(char) == "Cc":  # some fonts map control characters to a glyph; none is text
        return None
    if code in _main_chars():
        return MAIN
    return next((name for name, chars in _fallbacks() if code in chars), None)


def unprintable(text: str) -> str:
    """The characters of `text` that are drawn as the replacement mark, each once, in order."""
    if _plain(text):
        return ""
    seen = dict.fromkeys(c for c in text if not is_invisible(c) and font_for(c) is None)
    return "".join(seen)


def runs(text: str) -> list[tuple[str, str]]:
    """`text` as (font, characters) runs: invisible modifiers left out, unprintable characters
    replaced by the mark (in the main font)."""
    out: list[tuple[str, str]] = []
    for char in text:
        if is_invisible(char):
            continue
        font = font_for(char)
        if font is None:
            font, char = MAIN, REPLACEMENT
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + char)
        else:
            out.append((font, char))
    return out


def paragraph_markup(text: str) -> str:
    """One line of user text as escaped Paragraph markup, with <font> tags around the runs that
    another font draws."""
    if _plain(text):  # the common case: no tags, no per-character work
        return escape(text)
    return "".join(
        escape(chars) if font == MAIN else f'<font name="{font}">{escape(chars)}</font>' for font, chars in runs(text)
    )


def line_width(text: str, size: float) -> float:
    # reportlab ships no type hints: stringWidth is Any to mypy, a float in fact
    width: float = sum(pdfmetrics.stringWidth(chars, font, size) for font, chars in runs(text))
    return width


def draw_line(canv: Canvas, x: float, y: float, text: str, size: float) -> None:
    """Draw one line of user text on the canvas (the running header), run by run."""
    for font, chars in runs(text):
        canv.setFont(font, size)
        canv.drawString(x, y, chars)
        x += pdfmetrics.stringWidth(chars, font, size)

"""Fonts, colours, paragraph and table styles of the PDF report.

One font for nearly everything: IPAexGothic, a TrueType font that reportlab embeds as a subset.
Japanese can appear in either language (institution names, notes typed in Japanese), and
reportlab's CID fonts are not embedded, so viewers without the Asian font pack show boxes or
nothing. Characters IPAexGothic lacks come from the fallback fonts of pdf_fonts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, TableStyle

from fsadesk.assessment.answers import Status
from fsadesk.lang import Lang
from fsadesk.report.pdf_fonts import MAIN, paragraph_markup, register_main

FONT = MAIN

# Okabe–Ito, as in the app: colour-blind safe; the status name always goes with the colour.
STATUS_COLOURS: dict[Status, str] = {
    Status.IMPLEMENTED: "#009E73",
    Status.PARTIAL: "#E69F00",
    Status.NOT_IMPLEMENTED: "#D55E00",
    Status.ALTERNATIVE: "#0072B2",
    Status.NOT_APPLICABLE: "#999999",
    Status.UNANSWERED: "#BBBBBB",
}
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5A5A5A")
ACCENT = colors.HexColor("#1F4E79")
RULE = colors.HexColor("#B8C4D0")
HEADER_FILL = colors.HexColor("#E4EBF2")
ZEBRA = colors.HexColor("#F6F8FA")
BASIC_BAR = colors.HexColor("#1F4E79")
DESIRABLE_BAR = colors.HexColor("#7FA7CE")

PAGE_MARGIN = 18 * mm
CELL_PADDING = 8.0  # left and right together: a cell's text is this much narrower than its column
# Kana, kanji (with the compatibility block and the planes of rare kanji), full-width forms.
_CJK = re.compile("[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")


def register_fonts() -> str:
    """Register IPAexGothic, the report's font (the fallbacks for characters it lacks load when
    first needed: see pdf_fonts), and return its name."""
    return register_main()


class CachedParagraph(Paragraph):
    """A Paragraph that remembers its lines for the last width it was wrapped to.

    reportlab wraps every table cell several times per pass (row heights, drawing, page splits),
    and the table of contents needs a second pass over the whole story; the lines for one width
    never change, and breaking Japanese text character by character dominated the render time.
    """

    _cache: tuple[float, float, float, Any, Any] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's API)
        cached = self._cache
        if cached is not None and cached[0] == availWidth:
            _, self.width, self.height, self.blPara, self._wrapWidths = cached
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._cache = (availWidth, width, height, self.blPara, self._wrapWidths)
        return width, height

    def prime(self, width: float, para_lines: Any, lines: list[Any], wrap_widths: list[float]) -> None:
        """Give a piece cut from a wrapped paragraph its lines for `width` (see pdf_rows): the
        lines Paragraph.wrap would compute again. Heights as Paragraph.wrap (no autoLeading)."""
        para_lines.lines = lines
        self._cache = (width, width, len(lines) * self.style.leading, para_lines, wrap_widths)


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def markup(text: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept, and each character in a font that
    has it (pdf_fonts). Every text of the report's paragraphs goes through here."""
    return "<br/>".join(paragraph_markup(line) for line in text.strip().replace("\r\n", "\n").split("\n"))


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one report. Each style has a CJK twin, chosen per text."""

    lang: Lang
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_muted: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    bullet: ParagraphStyle
    figure_value: ParagraphStyle
    right: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]
    twins: dict[str, ParagraphStyle] = field(default_factory=dict)

    def cjk(self, style: ParagraphStyle) -> ParagraphStyle:
        """The same style with CJK line breaking, made once per style."""
        twin = self.twins.get(style.name)
        if twin is None:
            twin = self.twins[style.name] = ParagraphStyle(style.name + "-cjk", parent=style, wordWrap="CJK")
        return twin

    def para(self, text: str, style: ParagraphStyle, *, raw: bool = False) -> Paragraph:
        """A Paragraph of plain `text` (escaped unless raw). Text holding Japanese wraps between
        any two characters (wordWrap CJK); Latin-only text wraps at spaces, so English words are
        never split, even in the Japanese report."""
        body = text if raw else markup(text)
        if has_cjk(text):
            style = self.cjk(style)
        return CachedParagraph(body, style)


def make_styles(lang: Lang) -> Styles:
    font = register_fonts()
    # Japanese needs a little more line spacing than Latin to stay readable at small sizes.
    lead = 1.5 if lang == "ja" else 1.35

    def style(name: str, size: float, **kw: object) -> ParagraphStyle:
        options: dict[str, object] = {"fontName": font, "fontSize": size, "leading": size * lead, "textColor": INK}
        return ParagraphStyle(f"{lang}-{name}", **(options | kw))

    cell = style("cell", 8)
    return Styles(
        lang=lang,
        body=style("body", 10, spaceAfter=5),
        small=style("small", 8, textColor=MUTED),
        cell=cell,
        cell_head=style("cell_head", 8, textColor=ACCENT),
        cell_muted=style("cell_muted", 7, textColor=MUTED),
        title=style("title", 24, leading=32, textColor=ACCENT, spaceAfter=6),
        subtitle=style("subtitle", 12, textColor=MUTED, spaceAfter=16),
        h1=style("h1", 16, leading=22, textColor=ACCENT, spaceBefore=4, spaceAfter=8),
        h2=style("h2", 12.5, leading=18, textColor=ACCENT, spaceBefore=10, spaceAfter=4),
        h3=style("h3", 10.5, textColor=ACCENT, spaceBefore=8, spaceAfter=3),
        bullet=style("bullet", 10, leftIndent=12, bulletIndent=2, spaceAfter=3, bulletFontName=font),
        figure_value=style("figure_value", 10, textColor=ACCENT),
        right=style("right", 8, alignment=TA_RIGHT),
        toc_levels=(
            style("toc0", 11, leftIndent=0, firstLineIndent=0, spaceBefore=5),
            style("toc1", 9.5, leftIndent=16, firstLineIndent=0, textColor=MUTED),
        ),
    )


def table_style(
    *, header: bool = True, zebra: bool = True, rows: int = 0, compact: bool = False, groups: Sequence[int] = ()
) -> TableStyle:
    """Light rules, a tinted header row and alternate-row shading, top-aligned cells. Compact
    tables (figures, not text) have tighter rows, so the summary fits on one page.

    `groups` gives, for each row of the table, the row it is part of: a tall row cut into several
    (see pdf_rows) is shaded as one, with no rule or padding between its parts."""
    groups = list(groups) or list(range(rows))
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE" if compact else "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 if compact else 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2 if compact else 4),
    ]
    for r, group in enumerate(groups):
        if r + 1 < len(groups) and groups[r + 1] == group:
            commands.append(("BOTTOMPADDING", (0, r), (-1, r), 0))
        else:
            commands.append(("LINEBELOW", (0, r), (-1, r), 0.4, RULE))
        if r and groups[r - 1] == group:
            commands.append(("TOPPADDING", (0, r), (-1, r), 0))
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra:
        first = 1 if header else 0
        commands += [
            ("BACKGROUND", (0, r), (-1, r), ZEBRA) for r, g in enumerate(groups) if g > first and (g - first) % 2
        ]
    return TableStyle(commands)

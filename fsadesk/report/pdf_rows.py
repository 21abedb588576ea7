"""Table rows of any height: a cell of many lines is cut into rows of a few lines each.

reportlab splits a table only between rows, so one row taller than a page (a 5,000-character note,
300 pasted lines) used to stop the whole report with a LayoutError (issue #9, defect 1). Each cell
is wrapped once at its column's width; one of more than WHOLE_LINES lines is cut into pieces of
PIECE_LINES lines, and piece k goes into the k-th row of the item (the other cells stay whole in
the first). Those rows keep the item's shading and have no rule or padding between them, so they
read as one row, and the table can break between any two.
(reportlab's own splitInRow re-wraps every cell on every page: it took minutes and lost lines.)
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import TypeAlias

from reportlab.platypus import Flowable, Paragraph

from fsadesk.report.pdf_styles import CachedParagraph

Cell: TypeAlias = str | Flowable

# Up to about half a page a cell stays whole: every name (200 characters at most, fsadesk.limits)
# fits in that even in the narrowest column, so only the long free texts (one column per table) are
# cut, and a reader's viewer never finds two cut cells interleaved when copying text.
WHOLE_LINES = 30
# Short enough that little of a page is left blank where the table breaks.
PIECE_LINES = 12


def pieces(cell: Cell, width: float) -> list[Cell]:
    """`cell` whole, or, when it wraps to more than WHOLE_LINES lines at `width`, as consecutive
    paragraphs of at most PIECE_LINES lines each."""
    if not isinstance(cell, Paragraph):
        return [cell]
    cell.wrap(width, 1e9)
    lines = cell.blPara.lines
    if len(lines) <= WHOLE_LINES:
        return [cell]
    # The same cut Paragraph.split makes at a page's end, here at every PIECE_LINES lines at once:
    # splitting the rest again and again would wrap the text once per piece. Each piece is handed
    # its lines, so the table does not wrap the text a second time (a fifth of the render time).
    cut = cell._get_split_blParaFunc()
    out: list[Cell] = []
    for start in range(0, len(lines), PIECE_LINES):
        stop = min(start + PIECE_LINES, len(lines))
        piece = CachedParagraph(None, cell.style, frags=cut(cell.blPara, start, stop))
        piece.prime(width, copy.copy(cell.blPara), lines[start:stop], list(cell._wrapWidths))
        out.append(piece)
    return out


def split_rows(
    rows: Sequence[Sequence[Cell]], widths: Sequence[float], padding: float
) -> tuple[list[list[Cell]], list[int]]:
    """The rows with tall cells cut into several rows, and for each resulting row the index of the
    row it came from (what the table style needs to shade and rule them as one)."""
    out: list[list[Cell]] = []
    groups: list[int] = []
    for index, row in enumerate(rows):
        parts = [pieces(cell, width - padding) for cell, width in zip(row, widths, strict=True)]
        for k in range(max(len(p) for p in parts)):
            out.append([p[k] if k < len(p) else "" for p in parts])
            groups.append(index)
    return out, groups

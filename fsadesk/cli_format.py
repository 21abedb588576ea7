"""Plain-text rendering for the command line (catalogue tree, score tables)."""

from __future__ import annotations

import unicodedata

from fsadesk import terms
from fsadesk.app.export_history import ExportRecord, FileState, file_state, local_time
from fsadesk.assessment.scoring import Scores, Tally
from fsadesk.catalogue.model import Catalogue, Lang

# The table's columns, in the glossary's words (fsadesk.terms): the short forms fit a terminal.
_COLUMN_TERMS = ("domain", "completion", "basic_rate_short", "desirable_rate_short", "open_gaps_short")


def word(key: str, lang: Lang) -> str:
    return terms.word(key, lang)


def render_tree(catalogue: Catalogue, lang: Lang) -> str:
    h = catalogue.header
    lines = [
        h.source.title.get(lang),
        f"{h.source.issuer.get(lang)} · {catalogue.id} {catalogue.version} · sha256:{catalogue.digest[:16]}…",
        h.source.notice.get(lang).strip(),
        "",
    ]
    for node in catalogue.nodes:
        indent = "  " * node.depth
        items = [it for it in catalogue.items if it.node == node.number]
        count = ""
        if items:
            b = sum(it.is_basic for it in items)
            count = f"  [{word('basic_short', lang)} {b} / {word('desirable_short', lang)} {len(items) - b}]"
        lines.append(f"{indent}{node.number} {node.title.get(lang)}{count}")
        for it in items:
            lines.append(f"{indent}    {it.label} {it.title.get(lang)}  ({it.id})")
    return "\n".join(lines)


def _width(text: str) -> int:
    """Terminal columns: full-width (Japanese) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def ljust(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def rjust(text: str, width: int) -> str:
    return " " * max(0, width - _width(text)) + text


_COLS = (26, 16, 14, 18, 16)


def _line(cells: list[str]) -> str:
    first, *rest = cells
    return ljust(first, _COLS[0]) + "".join(rjust(c, w) for c, w in zip(rest, _COLS[1:], strict=True))


def percent_cell(value: float | None) -> str:
    """A rate as the app and the report show it (terms.percent: 0.625 -> '63%')."""
    return terms.percent(value)


def _row(name: str, t: Tally) -> str:
    cells = [percent_cell(t.completion), percent_cell(t.basic.rate), percent_cell(t.desirable.rate)]
    return _line([name, *cells, str(t.open_gaps)])


def render_scores(scores: Scores, catalogue: Catalogue, lang: Lang) -> str:
    header = _line([word(k, lang) for k in _COLUMN_TERMS])
    rule = "-" * _width(header)
    lines = [header, rule]
    for number, tally in scores.domains.items():
        node = catalogue.node(number)
        name = f"{number} {(node.short or node.title).get(lang)}"
        lines.append(_row(name, tally))
    lines.append(rule)
    lines.append(_row(word("overall", lang), scores.overall))
    return "\n".join(lines)


_STATE_TEXT = {
    FileState.SAME: "same as exported",
    FileState.CHANGED: "CHANGED since the export",
    FileState.MISSING: "MISSING (moved or deleted)",
}


def render_exports(records: list[ExportRecord]) -> str:
    """`fsadesk exports`: each export of a cycle, newest first, with whether its files on disk
    are still the ones written (their SHA-256 then and now)."""
    if not records:
        return "This cycle has not been exported yet."
    blocks = []
    for r in records:
        notes = "with notes" if r.include_notes else "without notes"
        encrypted = ", encrypted" if r.encrypted else ""
        lines = [
            f"{local_time(r.exported_at):%Y-%m-%d %H:%M}  {r.language}, {notes}{encrypted}, by {r.exported_by}",
            f"  bundle  {r.bundle_path}",
            f"          {_STATE_TEXT[file_state(r.bundle_path, r.bundle_sha256)]}, SHA-256 {r.bundle_sha256}",
        ]
        if r.pdf_path:
            lines += [
                f"  report  {r.pdf_path}",
                f"          {_STATE_TEXT[file_state(r.pdf_path, r.pdf_sha256)]}",
            ]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)

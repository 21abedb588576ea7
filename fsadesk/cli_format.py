"""Plain-text rendering for the command line (catalogue tree, score tables)."""

from __future__ import annotations

import unicodedata

from fsadesk.assessment.scoring import Scores, Tally
from fsadesk.catalogue.model import Catalogue, Lang

_WORDS: dict[str, dict[Lang, str]] = {
    "basic": {"ja": "基本", "en": "basic"},
    "desirable": {"ja": "望ましい", "en": "desirable"},
    "domain": {"ja": "分野", "en": "Domain"},
    "completion": {"ja": "回答率", "en": "Answered"},
    "basic_rate": {"ja": "基本 実施率", "en": "Basic impl."},
    "desirable_rate": {"ja": "望ましい 実施率", "en": "Desirable impl."},
    "gaps": {"ja": "未対応の基本項目", "en": "Open gaps"},
    "overall": {"ja": "全体", "en": "Overall"},
    "items": {"ja": "項目", "en": "items"},
}


def word(key: str, lang: Lang) -> str:
    return _WORDS[key][lang]


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
            count = f"  [{word('basic', lang)} {b} / {word('desirable', lang)} {len(items) - b}]"
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


_COLS = (26, 10, 14, 18, 20)


def _line(cells: list[str]) -> str:
    first, *rest = cells
    return ljust(first, _COLS[0]) + "".join(rjust(c, w) for c, w in zip(rest, _COLS[1:], strict=True))


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:5.1f}%"


def _row(name: str, t: Tally) -> str:
    return _line([name, _pct(t.completion), _pct(t.basic.rate), _pct(t.desirable.rate), str(t.open_gaps)])


def render_scores(scores: Scores, catalogue: Catalogue, lang: Lang) -> str:
    header = _line([word(k, lang) for k in ("domain", "completion", "basic_rate", "desirable_rate", "gaps")])
    rule = "-" * _width(header)
    lines = [header, rule]
    for number, tally in scores.domains.items():
        node = catalogue.node(number)
        name = f"{number} {(node.short or node.title).get(lang)}"
        lines.append(_row(name, tally))
    lines.append(rule)
    lines.append(_row(word("overall", lang), scores.overall))
    return "\n".join(lines)

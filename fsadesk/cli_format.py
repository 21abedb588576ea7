"""Plain-text rendering for the command line (catalogue tree, score tables)."""

from __future__ import annotations

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


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:5.1f}%"


def _row(name: str, t: Tally) -> str:
    return f"{name:<28} {_pct(t.completion):>8} {_pct(t.basic.rate):>10} {_pct(t.desirable.rate):>10} {t.open_gaps:>6}"


def render_scores(scores: Scores, catalogue: Catalogue, lang: Lang) -> str:
    header = (
        f"{word('domain', lang):<28} {word('completion', lang):>8} {word('basic_rate', lang):>10} "
        f"{word('desirable_rate', lang):>10} {word('gaps', lang):>6}"
    )
    lines = [header, "-" * len(header)]
    for number, tally in scores.domains.items():
        node = catalogue.node(number)
        name = f"{number} {(node.short or node.title).get(lang)}"
        lines.append(_row(name, tally))
    lines.append("-" * len(header))
    lines.append(_row(word("overall", lang), scores.overall))
    return "\n".join(lines)

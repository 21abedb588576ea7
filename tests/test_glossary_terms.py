"""The catalogue speaks the glossary's words (#15): no text of any item or of catalogue.yaml, in
Japanese or English, contains a word docs/glossary.md lists under 「使わない語 / Words we do not use」.

The words are read from the glossary itself, so adding a row there is all it takes to hold the
catalogue to it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from fsadesk.catalogue import load_catalogue
from fsadesk.catalogue.codec import to_plain
from fsadesk.catalogue.model import Catalogue

REPO = Path(__file__).resolve().parents[1]
GLOSSARY = REPO / "docs" / "glossary.md"
CATALOGUE_DIR = REPO / "guideline_data" / "fsa-cyber"
SECTION = "## 使わない語"


def read_variants(glossary: str) -> list[tuple[str, str, str]]:
    """(variant, preferred, lang) from the glossary's table of words we do not use."""
    start = glossary.find(SECTION)
    assert start >= 0, f"docs/glossary.md has no section {SECTION!r}"
    rows: list[tuple[str, str, str]] = []
    for line in glossary[start:].splitlines()[1:]:
        if line.startswith("## "):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) < 3 or set(cells[0]) <= {"-"} or cells[2] not in ("ja", "en"):
            continue  # prose, the heading row or the rule under it
        rows.append((cells[0], cells[1], cells[2]))
    return rows


def texts(catalogue: Catalogue) -> list[tuple[str, str, str]]:
    """(where, lang, text) for every text of the catalogue: header and every field of every item."""
    out: list[tuple[str, str, str]] = []

    def walk(value: Any, where: str) -> None:
        if isinstance(value, dict):
            for key, sub in value.items():
                if key in ("ja", "en"):
                    for text in sub if isinstance(sub, list) else [sub]:
                        if isinstance(text, str):
                            out.append((where, key, text))
                else:
                    walk(sub, f"{where}.{key}" if where else str(key))
        elif isinstance(value, list):
            for i, sub in enumerate(value):
                name = sub.get("id") or sub.get("number") if isinstance(sub, dict) else None
                walk(sub, f"{where}[{name or i}]")

    walk(to_plain(catalogue.header), "catalogue.yaml")
    for item in catalogue.items:
        walk(to_plain(item), f"item {item.id}")
    return out


def variants_used(catalogue: Catalogue, variants: list[tuple[str, str, str]]) -> list[str]:
    """One line per text holding a word we do not use: where, the word and the glossary's word."""
    found = []
    for where, lang, text in texts(catalogue):
        flat = re.sub(r"\s+", " ", text)
        for variant, preferred, vlang in variants:
            if vlang != lang:
                continue
            hit = variant.lower() in flat.lower() if lang == "en" else variant in flat
            if hit:
                found.append(f"{where} ({lang}): {variant!r} → use {preferred!r}")
    return found


@pytest.fixture(scope="module")
def variants() -> list[tuple[str, str, str]]:
    return read_variants(GLOSSARY.read_text(encoding="utf-8"))


def test_the_glossary_lists_words_we_do_not_use_in_both_languages(variants: list[tuple[str, str, str]]) -> None:
    langs = {lang for _, _, lang in variants}
    assert langs == {"ja", "en"}, langs
    words = {v for v, _, _ in variants}
    # the drifts issue #15 names, each held by a row
    named = ("リスク許容度", "第四者", "横展開", "セキュア・バイ・デザイン", "攻撃の兆し", "代わりの対策")
    for word in (*named, "ledger", "action plan"):
        assert word in words, word
    for variant, preferred, _ in variants:
        assert preferred and preferred != variant, variant


def test_no_catalogue_text_uses_a_word_the_glossary_rules_out(variants: list[tuple[str, str, str]]) -> None:
    found = variants_used(load_catalogue(CATALOGUE_DIR, use_cache=False), variants)
    assert not found, "\n".join(found)


def test_a_catalogue_text_with_a_ruled_out_word_is_found(tmp_path: Path, variants: list[tuple[str, str, str]]) -> None:
    """The check can fail: a copy of the catalogue with 'ledger' in an item and リスク許容度 in a
    question's help is reported by item id, field and language."""
    folder = tmp_path / "fsa-cyber"
    shutil.copytree(CATALOGUE_DIR, folder)
    first = sorted((folder / "items").glob("*.yaml"))[0]
    text = first.read_text(encoding="utf-8")
    # the first item's English title, whatever it says today
    text = re.sub(r"(\n      en: )", r"\1Asset ledger and ", text, count=1)
    first.write_text(text, encoding="utf-8")
    head = folder / "catalogue.yaml"
    help_ja = "      ja: 表計算のマクロ程度"
    text = head.read_text(encoding="utf-8")
    assert help_ja in text
    planted = help_ja.replace("表計算", "リスク許容度の範囲で、表計算")
    head.write_text(text.replace(help_ja, planted, 1), encoding="utf-8")
    found = variants_used(load_catalogue(folder, use_cache=False), variants)
    assert any(line.startswith("item 2.1.1-B1.title (en): 'ledger'") for line in found), found
    assert any("catalogue.yaml.questions[develops_in_house].help (ja): 'リスク許容度'" in line for line in found), found


def test_explanations_vary_their_endings() -> None:
    """#15: 99 of 176 explanations ended 「〜ということです」; a handful at most may."""
    catalogue = load_catalogue(CATALOGUE_DIR, use_cache=False)
    same = [it.id for it in catalogue.items if "ということです" in it.explanation.ja]
    assert len(same) <= 5, same

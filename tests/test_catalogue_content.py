"""The shipped catalogue is complete: every item of the guideline, in both languages."""

from __future__ import annotations

import re

import pytest

# Items per node (basic, desirable), from the guideline's Section 2 (shared/guideline structure doc).
EXPECTED = {
    "2.1.1": (9, 5), "2.1.2": (2, 0), "2.1.3": (4, 0), "2.1.4": (2, 1), "2.1.5": (2, 1),
    "2.2.1": (2, 0), "2.2.1.1": (1, 0), "2.2.1.2": (1, 5), "2.2.1.3": (1, 0), "2.2.1.4": (1, 0),
    "2.2.2.1": (3, 3), "2.2.2.2": (3, 2), "2.2.2.3": (3, 0), "2.2.2.4": (3, 2),
    "2.2.3": (6, 1), "2.2.4": (1, 4), "2.2.5": (5, 4),
    "2.3": (1, 0), "2.3.1": (8, 0), "2.3.2": (5, 2), "2.3.3": (5, 2),
    "2.3.4.1": (4, 4), "2.3.4.2": (2, 0), "2.3.4.3": (2, 1), "2.3.4.4": (5, 3), "2.3.4.5": (6, 0),
    "2.4": (2, 0), "2.4.1": (7, 3),
    "2.5.1": (1, 1), "2.5.2.1": (3, 0), "2.5.2.2": (2, 0), "2.5.2.3": (5, 0), "2.5.2.4": (2, 1),
    "2.5.2.5": (1, 0), "2.5.2.6": (6, 0),
    "2.6": (10, 5),
}  # fmt: skip
KANA = re.compile(r"[\u3040-\u30ff]")
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
STRAY_SPACE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff。、] +[\u3040-\u30ff\u4e00-\u9fff]")


def test_totals(catalogue):
    """126 basic and 50 desirable items, 176 in all."""
    basic = [it for it in catalogue.items if it.is_basic]
    assert (len(basic), len(catalogue.items) - len(basic)) == (126, 50)


def test_counts_per_node(catalogue):
    """Every node holds exactly the guideline's number of basic and desirable items."""
    found: dict[str, list[int]] = {}
    for it in catalogue.items:
        found.setdefault(it.node, [0, 0])[0 if it.is_basic else 1] += 1
    assert {k: tuple(v) for k, v in found.items()} == EXPECTED


def test_node_tree_covers_sections_1_to_3(catalogue):
    """Sections 1–3 and all their subsections have titles in both languages; 1 and 3 carry a gist."""
    numbers = {n.number for n in catalogue.nodes}
    assert {"1", "1.1", "1.2", "1.2.1", "1.2.2", "1.3", "1.4", "2", "3", "3.1", "3.2", "3.3", "3.4"} <= numbers
    assert set(EXPECTED) <= numbers
    for n in catalogue.nodes:
        assert n.title.ja != n.title.en
        if n.number.startswith(("1", "3")):
            assert n.gist is not None, n.number
    assert [d.number for d in catalogue.domains()] == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]
    assert all(d.short is not None for d in catalogue.domains())


def test_categories(catalogue):
    """The 21 institution categories of the guideline's scope, named in both languages."""
    assert len(catalogue.categories) == 21
    assert len({c.id for c in catalogue.categories}) == 21
    assert all(JAPANESE.search(c.ja) and not KANA.search(c.en) for c in catalogue.categories)


def _texts(item):
    yield "title", item.title
    yield "requirement", item.requirement
    yield "explanation", item.explanation
    for i, clause in enumerate(item.clauses):
        yield f"clauses.{i}", clause.text


@pytest.mark.parametrize("index", range(176))
def test_item_texts_complete_in_both_languages(catalogue, index):
    """Each item has every text in Japanese and English, non-empty, different, in the right script."""
    item = catalogue.items[index]
    for field, text in _texts(item):
        assert text.ja.strip() and text.en.strip(), (item.id, field)
        assert text.ja != text.en, (item.id, field)
        assert JAPANESE.search(text.ja), (item.id, field, "no Japanese")
        assert not KANA.search(text.en), (item.id, field, "Japanese in English text")
        assert not STRAY_SPACE.search(text.ja), (item.id, field, "stray space in Japanese")
    assert 2 <= len(item.evidence.ja) == len(item.evidence.en) <= 6, item.id
    assert all(e.strip() for e in item.evidence.ja + item.evidence.en), item.id
    assert item.nist_csf, item.id
    assert len(item.title.ja) <= 30, (item.id, "Japanese title too long for the navigation tree")


def test_fmi_clauses_where_the_guideline_has_them(catalogue):
    """The four FMI-only clauses are modelled as clauses, so only FMIs see them."""
    fmi = sorted(it.id for it in catalogue.items if any(c.when == "fmi" for c in it.clauses))
    assert fmi == ["2.2.5-B1", "2.3.3-B5", "2.5.2.3-B1", "2.5.2.6-B3"]


def test_explicit_frequencies(catalogue):
    """Items the guideline says happen at least yearly (or twice a year) carry that frequency."""
    yearly = ["2.1.1-B2", "2.1.1-B4", "2.1.1-B8", "2.1.2-B1", "2.2.2.1-B3", "2.2.2.2-B2", "2.2.2.4-B1",
              "2.2.2.4-B2", "2.2.2.4-Da"]  # fmt: skip
    assert all(catalogue.item(i).frequency == "annual" for i in yearly)
    assert catalogue.item("2.1.1-Dd").frequency == "semiannual"
    assert sorted(it.id for it in catalogue.items if it.severity_gated) == [
        "2.2.3-B4", "2.2.3-B5", "2.2.3-B6", "2.2.3-Da"
    ]  # fmt: skip


def test_applicability_conditions(catalogue):
    """Cloud items apply only to cloud users; the wizard's questions cover every condition used."""
    assert all(it.applies_if == ["uses_cloud"] for it in catalogue.items if it.node == "2.3.4.5")
    used = {c.removeprefix("not ") for it in catalogue.items for c in it.applies_if}
    used |= {c.when.removeprefix("not ") for it in catalogue.items for c in it.clauses}
    assert used - {"fmi"} <= {q.id for q in catalogue.questions}

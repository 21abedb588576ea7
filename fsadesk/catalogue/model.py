"""The catalogue as the app uses it: plain frozen dataclasses (see docs/catalogue-format.md).

Validation lives in fsadesk.catalogue.schema (pydantic) and runs when the catalogue files change;
at start-up a validated copy is read from a cache, so neither pydantic nor YAML is loaded then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from fsadesk.lang import Lang as Lang  # re-exported for catalogue users

Tier = Literal["basic", "desirable"]
Frequency = Literal["annual", "semiannual", "periodic", "on_event", "continuous"]

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(frozen=True)
class Text:
    """A text in both languages."""

    ja: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.ja if lang == "ja" else self.en


@dataclass(frozen=True)
class TextList:
    ja: list[str]
    en: list[str]

    def get(self, lang: Lang) -> list[str]:
        return self.ja if lang == "ja" else self.en


@dataclass(frozen=True)
class Clause:
    when: str
    text: Text


@dataclass(frozen=True)
class Item:
    id: str
    label: str
    tier: Tier
    title: Text
    requirement: Text
    explanation: Text
    evidence: TextList
    frequency: Frequency | None = None
    severity_gated: bool = False
    applies_if: list[str] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    nist_csf: list[str] = field(default_factory=list)

    @property
    def node(self) -> str:
        return self.id.split("-", 1)[0]

    @property
    def is_basic(self) -> bool:
        return self.tier == "basic"

    def expected_label(self) -> str:
        kind = self.id.split("-", 1)[1]
        if kind.startswith("B"):
            number = int(kind[1:])
            return CIRCLED[number - 1] if 0 < number <= len(CIRCLED) else "?"
        return kind[1:]


@dataclass(frozen=True)
class Node:
    number: str
    title: Text
    short: Text | None = None
    gist: Text | None = None

    @property
    def parent(self) -> str | None:
        return self.number.rsplit(".", 1)[0] if "." in self.number else None

    @property
    def depth(self) -> int:
        return self.number.count(".")


@dataclass(frozen=True)
class Question:
    id: str
    question: Text
    help: Text


@dataclass(frozen=True)
class Category:
    id: str
    ja: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.ja if lang == "ja" else self.en


@dataclass(frozen=True)
class Source:
    title: Text
    issuer: Text
    established: dt.date
    notice: Text
    revised: dt.date | None = None


@dataclass(frozen=True)
class Tiers:
    basic: Text
    desirable: Text


@dataclass(frozen=True)
class CatalogueHeader:
    """What catalogue.yaml holds: everything but the items."""

    id: str
    version: str
    source: Source
    tiers: Tiers
    categories: list[Category]
    questions: list[Question]
    nodes: list[Node]


@dataclass(frozen=True)
class Catalogue:
    """A validated catalogue: header, items in display order, and the content digest."""

    header: CatalogueHeader
    items: tuple[Item, ...]
    digest: str

    @property
    def id(self) -> str:
        return self.header.id

    @property
    def version(self) -> str:
        return self.header.version

    @property
    def nodes(self) -> list[Node]:
        return self.header.nodes

    @property
    def questions(self) -> list[Question]:
        return self.header.questions

    @property
    def categories(self) -> list[Category]:
        return self.header.categories

    @cached_property
    def _items_by_id(self) -> dict[str, Item]:
        return {it.id: it for it in self.items}

    @cached_property
    def _nodes_by_number(self) -> dict[str, Node]:
        return {n.number: n for n in self.header.nodes}

    def item(self, item_id: str) -> Item:
        # Looked up for every row the navigation tree draws and every page shown: a dict, not a scan.
        return self._items_by_id[item_id]

    def item_ids(self) -> frozenset[str]:
        return frozenset(it.id for it in self.items)

    def node(self, number: str) -> Node:
        return self._nodes_by_number[number]

    def domains(self) -> list[Node]:
        """Top-level assessed domains: the children of section 2 (2.1 … 2.6)."""
        return [n for n in self.header.nodes if n.parent == "2"]

    def domain_of(self, node_number: str) -> str:
        """The domain number ('2.3') a node or item node belongs to."""
        return ".".join(node_number.split(".")[:2])

    def items_under(self, node_number: str) -> list[Item]:
        prefix = node_number + "."
        return [it for it in self.items if it.node == node_number or it.node.startswith(prefix)]

    def children(self, node_number: str) -> list[Node]:
        return [n for n in self.header.nodes if n.parent == node_number]

"""What changed between two versions of a catalogue, item by item and field by field (#15).

`fsadesk catalogue diff OLD NEW` shows it so that a compliance officer at a member institution or
a reviewer at a central organisation can see every wording change of a new catalogue version
before trusting it. Pure Python (no Qt, no database): a side is read from a catalogue folder
(fsadesk.catalogue.diff_sources) or from the spreadsheet `fsadesk catalogue export` wrote, so a
reviewer who kept the old version's export can compare it with the new one.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Literal

from fsadesk.catalogue.model import Catalogue, Lang

Kind = Literal["catalogue", "category", "section", "question", "item"]
Change = Literal["added", "removed", "changed"]
KINDS: tuple[Kind, ...] = ("catalogue", "category", "section", "question", "item")

# The fields of an entry that a reviewer reads, in the order shown; "<name>.<lang>" for texts.
ITEM_FIELDS = (
    "label", "tier", "title.ja", "title.en", "requirement.ja", "requirement.en",
    "explanation.ja", "explanation.en", "evidence.ja", "evidence.en", "frequency", "severity_gated",
    "applies_if", "clauses.ja", "clauses.en", "nist_csf",
)  # fmt: skip


@dataclass(frozen=True)
class Entry:
    """One thing a catalogue holds (an item, a section, a question…): its name and its fields as text."""

    name_ja: str
    name_en: str
    fields: dict[str, str]

    def name(self, lang: Lang) -> str:
        return self.name_ja if lang == "ja" else self.name_en


@dataclass(frozen=True)
class Side:
    """One of the two catalogues compared, as plain texts keyed by (kind, id)."""

    shown: str  # what the user named: a folder or a file
    catalogue_id: str
    version: str
    digest: str  # empty when the source does not carry one (a CSV export)
    entries: dict[tuple[Kind, str], Entry]
    kinds: frozenset[Kind]  # what the source can hold: a CSV export has items only


@dataclass(frozen=True)
class FieldChange:
    field: str  # e.g. "explanation.ja" or "frequency"
    old: str
    new: str

    @property
    def base(self) -> str:
        return self.field.split(".", 1)[0]

    @property
    def lang(self) -> str:
        return self.field.split(".", 1)[1] if "." in self.field else ""


@dataclass(frozen=True)
class EntryChange:
    kind: Kind
    key: str
    change: Change
    entry: Entry  # the new side's (the old one's when removed)
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class CatalogueDiff:
    old: Side
    new: Side
    changes: tuple[EntryChange, ...]
    unchanged: dict[Kind, int] = field(default_factory=dict)
    compared: tuple[Kind, ...] = ()  # kinds both sides hold; the others are left out and said so

    def count(self, kind: Kind, change: Change) -> int:
        return sum(1 for c in self.changes if c.kind == kind and c.change == change)


def _flat(value: object) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n").strip()


def side_of(catalogue: Catalogue, shown: str) -> Side:
    """A loaded catalogue as a side: every text of catalogue.yaml and of every item."""
    from fsadesk.catalogue.export import HEADER, item_rows

    entries: dict[tuple[Kind, str], Entry] = {}
    source = catalogue.header.source
    entries[("catalogue", "notice")] = Entry(
        source.title.ja, source.title.en, {"notice.ja": source.notice.ja, "notice.en": source.notice.en}
    )
    for cat in catalogue.categories:
        entries[("category", cat.id)] = Entry(cat.ja, cat.en, {"name.ja": cat.ja, "name.en": cat.en})
    for node in catalogue.nodes:
        texts = {"title.ja": node.title.ja, "title.en": node.title.en}
        for name, text in (("short", node.short), ("gist", node.gist)):
            texts |= {f"{name}.ja": text.ja, f"{name}.en": text.en} if text else {}
        entries[("section", node.number)] = Entry(node.title.ja, node.title.en, texts)
    for q in catalogue.questions:
        texts = {"question.ja": q.question.ja, "question.en": q.question.en, "help.ja": q.help.ja, "help.en": q.help.en}
        entries[("question", q.id)] = Entry(q.question.ja, q.question.en, texts)
    for row in item_rows(catalogue):
        entries[("item", str(row[0]))] = item_entry(dict(zip(HEADER, row, strict=True)))
    return Side(shown, catalogue.id, catalogue.version, catalogue.digest, entries, frozenset(KINDS))


def item_entry(row: dict[str, object]) -> Entry:
    """An item from a row of the catalogue export (the export's columns are the item's fields)."""
    texts = {name: _flat(row.get(name.replace(".", "_"))) for name in ITEM_FIELDS}
    return Entry(texts["title.ja"], texts["title.en"], texts)


def compare(old: Side, new: Side) -> CatalogueDiff:
    """Every entry added, removed or changed, in the new catalogue's order (removed ones last)."""
    compared = tuple(k for k in KINDS if k in old.kinds and k in new.kinds)
    changes: list[EntryChange] = []
    unchanged: dict[Kind, int] = dict.fromkeys(compared, 0)
    for (kind, key), entry in new.entries.items():
        if kind not in compared:
            continue
        before = old.entries.get((kind, key))
        if before is None:
            fields = tuple(FieldChange(f, "", v) for f, v in entry.fields.items() if v)
            changes.append(EntryChange(kind, key, "added", entry, fields))
            continue
        names = list(entry.fields) + [f for f in before.fields if f not in entry.fields]
        fields = tuple(
            FieldChange(f, before.fields.get(f, ""), entry.fields.get(f, ""))
            for f in names
            if before.fields.get(f, "") != entry.fields.get(f, "")
        )
        if fields:
            changes.append(EntryChange(kind, key, "changed", entry, fields))
        else:
            unchanged[kind] += 1
    for (kind, key), entry in old.entries.items():
        if kind in compared and (kind, key) not in new.entries:
            fields = tuple(FieldChange(f, v, "") for f, v in entry.fields.items() if v)
            changes.append(EntryChange(kind, key, "removed", entry, fields))
    return CatalogueDiff(old, new, tuple(changes), unchanged, compared)


def _tokens(text: str, lang: str) -> list[str]:
    # Japanese has no spaces: compare it character by character; English word by word.
    return list(text) if lang == "ja" else re.findall(r"\s+|[^\s]+", text)


def marked(old: str, new: str, lang: str) -> str:
    """The new text with what changed marked inline: [-removed-]{+added+}."""
    a, b = _tokens(old, lang), _tokens(new, lang)
    # (is_equal, a_start, a_end, b_start, b_end) spans of the two token lists
    spans: list[tuple[bool, int, int, int, int]] = []
    # A short run left equal between two changes (a kana, a space) reads better inside the change.
    short = 2 if lang == "ja" else 1
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        equal = op == "equal"
        if not equal and len(spans) > 1 and spans[-1][0] and spans[-1][2] - spans[-1][1] <= short:
            spans.pop()
            _, i1, _, j1, _ = spans.pop()
        spans.append((equal, i1, i2, j1, j2))
    out: list[str] = []
    for equal, i1, i2, j1, j2 in spans:
        removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        if equal:
            out.append(removed)
            continue
        out.append(f"[-{removed}-]" if removed else "")
        out.append(f"{{+{added}+}}" if added else "")
    return "".join(out)

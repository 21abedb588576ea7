"""Small hand-made catalogues for tests that must not depend on the real content."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from fsadesk.catalogue.loader import compute_digest
from fsadesk.catalogue.model import (
    Catalogue,
    CatalogueHeader,
    Category,
    Item,
    Node,
    Question,
    Source,
    Text,
    TextList,
    Tiers,
)


def _t(s: str) -> Text:
    return Text(ja=f"{s}（日本語）", en=s)


def make_item(item_id: str, applies_if: Iterable[str] = ()) -> Item:
    num = item_id.split("-")[1]
    basic = num.startswith("B")
    label = "①②③④⑤⑥⑦⑧⑨⑩"[int(num[1:]) - 1] if basic else num[1:]
    return Item(
        id=item_id,
        label=label,
        tier="basic" if basic else "desirable",
        title=_t(f"title {item_id}"),
        requirement=_t(f"requirement {item_id}"),
        explanation=_t(f"explanation {item_id}"),
        evidence=TextList(ja=["証跡"], en=["evidence"]),
        applies_if=list(applies_if),
        nist_csf=["GV.PO-01"],
    )


def make_catalogue(items: Iterable[Item], version: str = "test.1") -> Catalogue:
    items = list(items)
    numbers = sorted({it.node for it in items})
    nodes_needed: set[str] = set()
    for n in numbers:
        parts = n.split(".")
        nodes_needed.update(".".join(parts[: i + 1]) for i in range(len(parts)))
    header = CatalogueHeader(
        id="test-catalogue",
        version=version,
        source=Source(
            title=_t("source"),
            issuer=_t("issuer"),
            established=dt.date(2024, 10, 4),
            notice=_t("notice"),
        ),
        tiers=Tiers(basic=_t("basic"), desirable=_t("desirable")),
        categories=[Category(id="regional", ja="中小・地域金融機関", en="Regional")],
        questions=[Question(id="uses_cloud", question=_t("cloud?"), help=_t("help"))],
        nodes=[
            Node(number=n, title=_t(f"node {n}"))
            for n in sorted(nodes_needed, key=lambda s: [int(p) for p in s.split(".")])
        ],
    )
    return Catalogue(header=header, items=tuple(items), digest=compute_digest(header, items))

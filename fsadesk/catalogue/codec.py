"""Plain-data form of a catalogue: to JSON-ready dicts (for the digest and the cache) and back.

The dict form equals pydantic's JSON dump of the validated schema, so the digest is the same
whichever side computes it (tests/test_catalogue_loader.py checks the recorded DIGEST)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from fsadesk.catalogue.model import (
    CatalogueHeader,
    Category,
    Clause,
    Item,
    Node,
    Question,
    Source,
    Text,
    TextList,
    Tiers,
)


def to_plain(value: Any) -> Any:
    """Dataclasses → dicts, dates → ISO text, tuples → lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _text(d: dict[str, Any]) -> Text:
    return Text(ja=d["ja"], en=d["en"])


def _opt_text(d: dict[str, Any] | None) -> Text | None:
    return None if d is None else _text(d)


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def item_from_plain(d: dict[str, Any]) -> Item:
    return Item(
        id=d["id"],
        label=d["label"],
        tier=d["tier"],
        title=_text(d["title"]),
        requirement=_text(d["requirement"]),
        explanation=_text(d["explanation"]),
        evidence=TextList(ja=list(d["evidence"]["ja"]), en=list(d["evidence"]["en"])),
        frequency=d.get("frequency"),
        severity_gated=bool(d.get("severity_gated", False)),
        applies_if=list(d.get("applies_if", [])),
        clauses=[Clause(when=c["when"], text=_text(c["text"])) for c in d.get("clauses", [])],
        nist_csf=list(d.get("nist_csf", [])),
    )


def header_from_plain(d: dict[str, Any]) -> CatalogueHeader:
    src = d["source"]
    established = _date(src["established"])
    assert established is not None
    return CatalogueHeader(
        id=d["id"],
        version=d["version"],
        source=Source(
            title=_text(src["title"]),
            issuer=_text(src["issuer"]),
            established=established,
            revised=_date(src.get("revised")),
            notice=_text(src["notice"]),
        ),
        tiers=Tiers(basic=_text(d["tiers"]["basic"]), desirable=_text(d["tiers"]["desirable"])),
        categories=[Category(id=c["id"], ja=c["ja"], en=c["en"]) for c in d["categories"]],
        questions=[Question(id=q["id"], question=_text(q["question"]), help=_text(q["help"])) for q in d["questions"]],
        nodes=[
            Node(
                number=n["number"],
                title=_text(n["title"]),
                short=_opt_text(n.get("short")),
                gist=_opt_text(n.get("gist")),
            )
            for n in d["nodes"]
        ],
    )

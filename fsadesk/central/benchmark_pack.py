"""The benchmark pack (.fsbp): what a central organisation tells its members about their peers,
anonymised (issue #14 point 3; the contents are fsadesk.assessment.benchmark's plain data).

A zip of benchmark.json (canonical JSON) and benchmark.sig (raw Ed25519 over its bytes), the same
container as the campaign file (fsadesk.central.signed_file, docs/benchmark-pack-format.md). It is
signed with the key that signs the organisation's campaigns; its public key travels inside, and a
member checks it against the fingerprint of the campaigns it imported (verify_pack). Pure: no
database, so the member's app reads it with the same code that writes it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fsadesk.assessment.benchmark import ALL_GROUP, BenchmarkPack, Grouping, ItemFigures, PeerGroup, RateFigures
from fsadesk.bundle.keys import fingerprint, public_key_pem
from fsadesk.central.errors import (
    BenchmarkPackBadSignature,
    BenchmarkPackDamaged,
    BenchmarkPackNewerFormat,
    BenchmarkPackOtherOrganisation,
    NotABenchmarkPack,
    ValueRefused,
)
from fsadesk.central.signed_file import (
    SignedFormat,
    read_file,
    read_signed,
    real_utc,
    signature_holds,
    utc_text,
    write_signed,
)

# Every category and size band with 126 basic items each is about 400 KiB; twice that for room.
MAX_DOCUMENT = 1024 * 1024
FORMAT = SignedFormat(
    format="fsadesk-benchmark",
    version=1,
    document="benchmark.json",
    signature="benchmark.sig",
    schema="benchmark.schema.json",
    what="benchmark pack",
    not_this=NotABenchmarkPack,
    damaged=BenchmarkPackDamaged,
    newer=BenchmarkPackNewerFormat,
    max_document=MAX_DOCUMENT,
)
SUFFIX = ".fsbp"
DECIMALS = 4  # shares and rates are rounded: more digits would tell nothing but could single one out
TIERS: tuple[Literal["basic", "desirable"], ...] = ("basic", "desirable")
_DOMAIN = re.compile(r"^[0-9]+(\.[0-9]+)*$")
_ITEM = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-_]{0,63}$")
_RATE_FIELDS = ("members", "q1", "median", "q3", "mean")
_ITEM_FIELDS = ("members", "implemented", "partial", "not_implemented", "unanswered")


def rounded(value: float) -> float:
    return round(float(value), DECIMALS)


# --- writing ----------------------------------------------------------------------------------------


def _rate_doc(f: RateFigures | None) -> dict[str, Any] | None:
    if f is None:
        return None
    return {"members": f.members, "q1": rounded(f.q1), "median": rounded(f.median), "q3": rounded(f.q3),
            "mean": rounded(f.mean)}  # fmt: skip


def _item_doc(f: ItemFigures | None) -> dict[str, Any] | None:
    if f is None:
        return None
    return {"members": f.members, "implemented": rounded(f.implemented), "partial": rounded(f.partial),
            "not_implemented": rounded(f.not_implemented), "unanswered": rounded(f.unanswered)}  # fmt: skip


def _group_doc(g: PeerGroup) -> dict[str, Any]:
    doc: dict[str, Any] = {"grouping": g.grouping, "name": g.name, "suppressed": g.suppressed}
    if g.suppressed:
        return doc  # the name only: not even its count (a count under the threshold tells too much)
    doc["members"] = g.members
    doc["rates"] = {tier: {d: _rate_doc(f) for d, f in domains.items()} for tier, domains in g.rates.items()}
    doc["items"] = {item: _item_doc(f) for item, f in g.items.items()}
    return doc


def pack_document(pack: BenchmarkPack, public_key: Ed25519PublicKey | None = None) -> dict[str, Any]:
    """benchmark.json as a dict. With `public_key` (the signer's), its PEM is included and its
    fingerprint must be the pack's; without, a PEM placeholder is left for write_pack to fill."""
    pem = public_key_pem(public_key).decode("ascii") if public_key is not None else ""
    if public_key is not None and fingerprint(public_key) != pack.organisation_fingerprint:
        raise ValueRefused("The pack names another organisation key than the one signing it.", "fingerprint")
    return {
        "format": FORMAT.format,
        "format_version": FORMAT.version,
        "campaign": {
            "id": pack.campaign_id,
            "title": pack.campaign_title,
            "cycle": {"label": pack.cycle_label, "fiscal_year": pack.fiscal_year},
        },
        "catalogue": {"id": pack.catalogue_id, "version": pack.catalogue_version, "digest": pack.catalogue_digest},
        "organisation": {
            "name": pack.organisation_name,
            "signing_key": {
                "algorithm": "Ed25519",
                "fingerprint": pack.organisation_fingerprint,
                "public_key_pem": pem,
            },
        },
        "created": utc_text(pack.created, "created"),
        "threshold": pack.threshold,
        "groups": [_group_doc(g) for g in pack.groups],
    }


def write_pack(pack: BenchmarkPack, key: Ed25519PrivateKey) -> bytes:
    """The signed pack's bytes. The pack must name `key`'s fingerprint; a value the format refuses
    (or figures that break the anonymity rules' shape) raises ValueRefused before anything is signed."""
    public = key.public_key()
    doc = pack_document(pack, public)
    try:
        pack_from_document(doc)  # fsadesk never signs a pack its own reader would refuse
    except BenchmarkPackDamaged as exc:
        raise ValueRefused(f"The benchmark pack cannot be made: {exc}", exc.reason) from None
    return write_signed(FORMAT, doc, key)


# --- reading ----------------------------------------------------------------------------------------


def _damaged(message: str, reason: str) -> BenchmarkPackDamaged:
    return BenchmarkPackDamaged(f"benchmark.json {message}", reason)


def _number(value: Any) -> float:
    f = float(value)
    if not math.isfinite(f):
        raise _damaged("holds a number that is none.", "number")
    return f


def _cell_members(doc: Mapping[str, Any], threshold: int, group_members: int, where: str) -> int:
    n = int(doc["members"])
    if n < threshold or n > group_members:
        # A cell under the threshold could single a member out; more than its group is nonsense.
        raise _damaged(f"gives {where} for {n} members (threshold {threshold}, group {group_members}).", "cell")
    return n


def _rates(doc: Mapping[str, Any], threshold: int, members: int) -> dict[str, dict[str, RateFigures | None]]:
    out: dict[str, dict[str, RateFigures | None]] = {}
    for tier, domains in sorted(doc.items()):
        cells: dict[str, RateFigures | None] = {}
        for domain, f in sorted(domains.items()):
            if not _DOMAIN.match(domain):
                raise _damaged(f"names a domain {domain[:40]!r} that is none.", "domain")
            if f is None:
                cells[domain] = None
                continue
            n = _cell_members(f, threshold, members, f"a rate of {domain}")
            q1, median, q3 = _number(f["q1"]), _number(f["median"]), _number(f["q3"])
            if not q1 <= median <= q3:
                raise _damaged(f"gives quartiles of {domain} out of order.", "quartiles")
            cells[domain] = RateFigures(n, q1, median, q3, _number(f["mean"]))
        out[tier] = cells
    return out


def _items(doc: Mapping[str, Any], threshold: int, members: int) -> dict[str, ItemFigures | None]:
    out: dict[str, ItemFigures | None] = {}
    for item, f in sorted(doc.items()):
        if not _ITEM.match(item):
            raise _damaged(f"names an item {item[:40]!r} that is none.", "item")
        if f is None:
            out[item] = None
            continue
        n = _cell_members(f, threshold, members, f"the answers to {item}")
        shares = [_number(f[k]) for k in _ITEM_FIELDS[1:]]
        if abs(sum(shares) - 1) > 0.001:  # four rounded shares: at most 0.0002 off
            raise _damaged(f"gives shares of {item} that do not add up to the whole.", "shares")
        out[item] = ItemFigures(n, *shares)
    return out


def _group(doc: Mapping[str, Any], threshold: int) -> PeerGroup:
    grouping: Grouping = doc["grouping"]
    name = str(doc["name"])
    figures = {"members", "rates", "items"} & doc.keys()
    if doc["suppressed"]:
        if figures:
            raise _damaged(f"gives figures for the suppressed group {name!r}.", "suppressed")
        return PeerGroup(grouping, name, True, None, {}, {})
    if figures != {"members", "rates", "items"}:
        raise _damaged(f"lacks the figures of the group {name!r}.", "group")
    members = int(doc["members"])
    if members < threshold:
        raise _damaged(f"publishes the group {name!r} of {members} members, under the threshold.", "group")
    return PeerGroup(grouping, name, False, members, _rates(doc["rates"], threshold, members),
                     _items(doc["items"], threshold, members))  # fmt: skip


def _hidden(total: int, shown: list[int], threshold: int, what: str) -> None:
    hidden = total - sum(shown)
    if hidden < 0 or 0 < hidden < threshold:
        # "all" minus the published groups would single out fewer members than the threshold
        raise _damaged(f"withholds {what} of {hidden} members: fewer than the threshold {threshold}.", "complement")


def _check_complements(groups: tuple[PeerGroup, ...], threshold: int) -> None:
    """The complementary rule, as far as a reader can check it: within each grouping, the members
    of the published groups (and cells) subtracted from "all" leave 0 or at least the threshold."""
    everyone = next((g for g in groups if g.grouping == "all" and not g.suppressed), None)
    if everyone is None or everyone.members is None:
        return
    for grouping in ("category", "size_band"):
        shown = [g for g in groups if g.grouping == grouping and not g.suppressed]
        _hidden(everyone.members, [g.members or 0 for g in shown], threshold, f"{grouping} groups")
        for tier, domains in everyone.rates.items():
            for domain, cell in domains.items():
                if cell is not None:
                    counts = [r.members for g in shown if (r := g.rates.get(tier, {}).get(domain)) is not None]
                    _hidden(cell.members, counts, threshold, f"{grouping} rates of {domain}")
        for item, figures in everyone.items.items():
            if figures is not None:
                counts = [i.members for g in shown if (i := g.items.get(item)) is not None]
                _hidden(figures.members, counts, threshold, f"{grouping} answers to {item}")


def pack_from_document(doc: Mapping[str, Any]) -> BenchmarkPack:
    """The plain pack of a benchmark.json that passed its schema. What the schema cannot say (a
    figure under the threshold, a suppressed group with figures, groups named twice) raises
    BenchmarkPackDamaged."""
    threshold = int(doc["threshold"])
    created = real_utc(doc["created"])
    if created is None:
        raise _damaged(f"has a creation time {doc['created']!r} that is not a real time.", "created")
    groups = tuple(_group(g, threshold) for g in doc["groups"])
    names = [(g.grouping, g.name) for g in groups]
    if len(set(names)) != len(names):
        raise _damaged("names a group twice.", "groups")
    if any(g.grouping == "all" and g.name != ALL_GROUP for g in groups):
        raise _damaged("names the group of all members otherwise than 'all'.", "groups")
    _check_complements(groups, threshold)
    campaign, cycle, catalogue = doc["campaign"], doc["campaign"]["cycle"], doc["catalogue"]
    org = doc["organisation"]
    return BenchmarkPack(
        campaign_id=str(campaign["id"]),
        campaign_title=str(campaign["title"]),
        cycle_label=str(cycle["label"]),
        fiscal_year=int(cycle["fiscal_year"]),
        organisation_name=str(org["name"]),
        organisation_fingerprint=str(org["signing_key"]["fingerprint"]),
        catalogue_id=str(catalogue["id"]),
        catalogue_version=str(catalogue["version"]),
        catalogue_digest=str(catalogue["digest"]),
        created=created,
        threshold=threshold,
        groups=groups,
    )


def read_pack_file(path: Path) -> bytes:
    """A pack's bytes for verify_pack; NotABenchmarkPack for a missing or huge file."""
    return read_file(FORMAT, path)


def verify_pack(data: bytes, trusted_fingerprint: str) -> BenchmarkPack:
    """Check a pack: container, format, schema, that it is signed by the key it carries and that
    this key is the trusted organisation's (`trusted_fingerprint`, its campaigns' key). Raises
    NotABenchmarkPack, BenchmarkPackDamaged, BenchmarkPackNewerFormat, BenchmarkPackBadSignature
    or BenchmarkPackOtherOrganisation."""
    signed = read_signed(FORMAT, data)
    doc = signed.document
    org = doc["organisation"]
    stated = org["signing_key"]
    try:
        key = serialization.load_pem_public_key(stated["public_key_pem"].encode("ascii"))
    except (ValueError, TypeError, UnicodeEncodeError):
        raise _damaged("has a public key that cannot be read.", "public_key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise _damaged("has a public key that is not an Ed25519 key.", "public_key")
    if fingerprint(key) != stated["fingerprint"]:
        raise BenchmarkPackBadSignature(
            f"benchmark.json states the fingerprint {stated['fingerprint']}, but the key inside has "
            f"{fingerprint(key)}; the file was altered.",
            "fingerprint",
        )
    if stated["fingerprint"] != trusted_fingerprint:
        raise BenchmarkPackOtherOrganisation(
            f"This benchmark pack was signed by {org['name']} with the key {stated['fingerprint']}, not with "
            f"the key of the campaigns this workspace imported ({trusted_fingerprint})."
        )
    if not signature_holds(key, signed):
        raise BenchmarkPackBadSignature(
            f"The benchmark pack's signature does not match the key of {org['name']} ({stated['fingerprint']}): "
            "it was changed after signing."
        )
    return pack_from_document(doc)


def stated_fingerprint(data: bytes) -> str:
    """The fingerprint a pack names, its signature not checked (to choose whose key to check it
    against); raises as verify_pack does for a file that is no pack."""
    return str(read_signed(FORMAT, data).document["organisation"]["signing_key"]["fingerprint"])


def file_name(pack: BenchmarkPack) -> str:
    """The name a pack is saved under by default: the campaign's id, which is safe in file names."""
    return f"benchmark-{pack.campaign_id}{SUFFIX}"


def created_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)

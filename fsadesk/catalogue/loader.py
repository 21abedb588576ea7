"""Load a catalogue folder, validate it and compute its digest.

Every problem found is reported with the file, the item id and the field, so someone editing the
YAML by hand can find it; nothing is half-loaded. A validated copy is kept in the user's cache,
keyed by the SHA-256 of the source files' bytes: while the files are unchanged, start-up reads that
plain JSON and needs neither YAML nor pydantic (~170 ms saved before the first item page).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fsadesk.catalogue.codec import header_from_plain, item_from_plain, to_plain
from fsadesk.catalogue.model import CIRCLED, Catalogue, CatalogueHeader, Item

if TYPE_CHECKING:
    from pydantic import ValidationError

CATALOGUE_FILE = "catalogue.yaml"
ITEMS_DIR = "items"
ENV_CATALOGUE = "FSADESK_CATALOGUE"
ENV_CACHE = "FSADESK_CACHE_DIR"
CACHE_FORMAT = "fsadesk-catalogue-cache/1"  # bump when the model or codec changes


class CatalogueError(Exception):
    """The catalogue cannot be used. `problems` lists each problem in words a person can act on."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


def default_catalogue_dir() -> Path:
    """The shipped catalogue, or the folder named by FSADESK_CATALOGUE."""
    override = os.environ.get(ENV_CATALOGUE)
    if override:
        return Path(override)
    # guideline_data/ sits beside the package both in the source tree and in the frozen app.
    return Path(__file__).resolve().parents[2] / "guideline_data" / "fsa-cyber"


def _yaml_loader() -> Any:
    """A safe YAML loader that refuses duplicate keys (PyYAML silently keeps the last one)."""
    import yaml

    # The C parser (libyaml) is ~10x faster than the pure-Python one.
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class UniqueKeyLoader(base):  # type: ignore[misc,valid-type]
        pass

    def construct_mapping(loader: Any, node: Any, deep: bool = False) -> Any:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return loader.construct_mapping(node, deep=deep)

    UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return UniqueKeyLoader


def _read_yaml(data: bytes, shown: str) -> Any:
    import yaml

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogueError([f"{shown}: is not UTF-8 text (byte {exc.start})"]) from exc
    try:
        return yaml.load(text, Loader=_yaml_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise CatalogueError([f"{shown}:{where}: {exc.problem or exc}"]) from exc
    except yaml.YAMLError as exc:
        raise CatalogueError([f"{shown}: not valid YAML ({exc})"]) from exc


def _field_problems(shown: str, what: str, exc: ValidationError) -> list[str]:
    out = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "(whole entry)"
        out.append(f"{shown}: {what}: field {loc}: {err['msg']}")
    return out


def _sort_key(item: Item, node_order: dict[str, int]) -> tuple[int, int, int]:
    tier = 0 if item.is_basic else 1
    label_pos = CIRCLED.find(item.label) if item.is_basic else ord(item.label[0])
    return (node_order.get(item.node, 10**6), tier, label_pos)


def _check_condition(cond: str, question_ids: set[str]) -> str | None:
    name = cond[4:] if cond.startswith("not ") else cond
    if name == "fmi" or name in question_ids:
        return None
    return f"unknown condition {cond!r} (use 'fmi', a question id, or 'not <question id>')"


def compute_digest(header: CatalogueHeader, items: list[Item] | tuple[Item, ...]) -> str:
    """SHA-256 over the RFC 8785 canonical JSON of the parsed catalogue."""
    import rfc8785

    doc: dict[str, Any] = {"header": to_plain(header), "items": [to_plain(it) for it in items]}
    return hashlib.sha256(rfc8785.dumps(doc)).hexdigest()


def cache_dir() -> Path:
    override = os.environ.get(ENV_CACHE)
    from fsadesk.paths import cache_dir as base  # the per-user cache, or the portable data folder's

    return Path(override) if override else base() / "catalogue"


def _sources(folder: Path) -> list[tuple[str, bytes]]:
    """(shown name, bytes) of catalogue.yaml and every items/*.yaml, in a fixed order."""
    files = [(CATALOGUE_FILE, folder / CATALOGUE_FILE)]
    files += [(f"{ITEMS_DIR}/{p.name}", p) for p in sorted((folder / ITEMS_DIR).glob("*.yaml"))]
    out = []
    for shown, path in files:
        try:
            out.append((shown, path.read_bytes()))
        except OSError as exc:
            raise CatalogueError([f"{shown}: cannot be read ({exc.strerror})"]) from exc
    return out


def _cache_key(sources: list[tuple[str, bytes]]) -> str:
    h = hashlib.sha256(CACHE_FORMAT.encode())
    for shown, data in sources:
        h.update(f"\0{shown}\0{len(data)}\0".encode())
        h.update(data)
    return h.hexdigest()


def _from_cache(key: str) -> Catalogue | None:
    try:
        doc = json.loads((cache_dir() / f"{key}.json").read_text(encoding="utf-8"))
        if doc.get("format") != CACHE_FORMAT or doc.get("key") != key:
            return None
        items = tuple(item_from_plain(i) for i in doc["items"])
        return Catalogue(header=header_from_plain(doc["header"]), items=items, digest=doc["digest"])
    except (OSError, ValueError, KeyError, TypeError, AssertionError):
        return None  # missing or damaged: validate the files again


def _to_cache(key: str, catalogue: Catalogue) -> None:
    doc = {
        "format": CACHE_FORMAT,
        "key": key,
        "digest": catalogue.digest,
        "header": to_plain(catalogue.header),
        "items": [to_plain(it) for it in catalogue.items],
    }
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f"{key}.json.tmp"
        tmp.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, folder / f"{key}.json")
    except OSError:
        pass  # a read-only or full disk only costs the next start-up a validation


def load_catalogue(folder: Path | None = None, *, use_cache: bool = True) -> Catalogue:
    """Read, validate and order a catalogue folder. Raises CatalogueError listing every problem."""
    folder = Path(folder) if folder is not None else default_catalogue_dir()
    if folder.is_file() and folder.name == CATALOGUE_FILE:
        folder = folder.parent
    if not (folder / CATALOGUE_FILE).is_file():
        raise CatalogueError([f"{folder}: no {CATALOGUE_FILE} here; this is not a catalogue folder"])
    sources = _sources(folder)
    key = _cache_key(sources)
    if use_cache and (cached := _from_cache(key)) is not None:
        return cached
    catalogue = _validate(sources)
    if use_cache:
        _to_cache(key, catalogue)
    return catalogue


def _validate(sources: list[tuple[str, bytes]]) -> Catalogue:
    """The full check with pydantic; returns the plain runtime catalogue."""
    from pydantic import ValidationError

    from fsadesk.catalogue import schema

    problems: list[str] = []
    raw_head = _read_yaml(sources[0][1], CATALOGUE_FILE)
    if not isinstance(raw_head, dict):
        raise CatalogueError([f"{CATALOGUE_FILE}: must be a mapping of catalogue fields"])
    try:
        # Fields are checked by the schema; cross-checks then run on the plain runtime objects.
        header = header_from_plain(schema.CatalogueHeader.model_validate(raw_head).model_dump(mode="json"))
    except ValidationError as exc:
        raise CatalogueError(_field_problems(CATALOGUE_FILE, "catalogue", exc)) from exc

    node_order = {n.number: i for i, n in enumerate(header.nodes)}
    if len(node_order) != len(header.nodes):
        problems.append(f"{CATALOGUE_FILE}: a node number appears twice")
    for n in header.nodes:
        if n.parent is not None and n.parent not in node_order:
            problems.append(f"{CATALOGUE_FILE}: node {n.number}: its parent {n.parent} is missing")
    question_ids = {q.id for q in header.questions}
    if len(question_ids) != len(header.questions):
        problems.append(f"{CATALOGUE_FILE}: a question id appears twice")

    items: list[Item] = []
    seen: dict[str, str] = {}
    if len(sources) == 1:
        problems.append(f"{ITEMS_DIR}/: holds no item files (*.yaml)")
    for shown, raw_bytes in sources[1:]:
        data = _read_yaml(raw_bytes, shown)
        if not isinstance(data, dict) or set(data) != {"items"} or not isinstance(data["items"], list):
            problems.append(f"{shown}: must be a mapping with one key 'items' holding a list")
            continue
        for index, raw in enumerate(data["items"]):
            ident = raw.get("id") if isinstance(raw, dict) else None
            what = f"item {ident}" if isinstance(ident, str) else f"entry {index + 1}"
            try:
                item = item_from_plain(schema.Item.model_validate(raw).model_dump(mode="json"))
            except ValidationError as exc:
                problems.extend(_field_problems(shown, what, exc))
                continue
            if item.id in seen:
                problems.append(f"{shown}: item {item.id}: field id: already used in {seen[item.id]}")
                continue
            seen[item.id] = shown
            if item.node not in node_order:
                problems.append(f"{shown}: item {item.id}: field id: node {item.node} is not in {CATALOGUE_FILE}")
            if item.tier != ("basic" if "-B" in item.id else "desirable"):
                problems.append(f"{shown}: item {item.id}: field tier: '{item.tier}' does not match the id")
            if item.label != item.expected_label():
                problems.append(
                    f"{shown}: item {item.id}: field label: '{item.label}' should be '{item.expected_label()}'"
                )
            if len(item.evidence.ja) != len(item.evidence.en):
                problems.append(f"{shown}: item {item.id}: field evidence: ja and en lists differ in length")
            for cond in item.applies_if:
                msg = _check_condition(cond, question_ids)
                if msg:
                    problems.append(f"{shown}: item {item.id}: field applies_if: {msg}")
            for i, clause in enumerate(item.clauses):
                msg = _check_condition(clause.when, question_ids)
                if msg:
                    problems.append(f"{shown}: item {item.id}: field clauses.{i}.when: {msg}")
            items.append(item)

    if problems:
        raise CatalogueError(problems)
    items.sort(key=lambda it: _sort_key(it, node_order))
    return Catalogue(header=header, items=tuple(items), digest=compute_digest(header, items))

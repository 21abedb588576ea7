"""Earlier versions of the shipped catalogue, kept so that any copy of fsadesk can show what changed.

When the catalogue's version is bumped, the version being replaced is written to
`guideline_data/<catalogue>/history/<version>.json.gz` (write_snapshot): the parsed catalogue as
plain JSON, the same form as the loader's cache, with its digest. `fsadesk catalogue diff
2025.07.1 built-in` reads it (read_snapshot), and the digest is checked on reading, so a snapshot
that does not hold what its version had is refused rather than compared. The loader never reads
this folder: it is not part of the catalogue and not part of its digest.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable
from pathlib import Path

from fsadesk.catalogue.codec import header_from_plain, item_from_plain, to_plain
from fsadesk.catalogue.loader import CatalogueError, compute_digest, default_catalogue_dir
from fsadesk.catalogue.model import Catalogue

HISTORY_DIR = "history"
SNAPSHOT_FORMAT = "fsadesk-catalogue-snapshot/1"
_VERSION = re.compile(r"^[0-9][0-9A-Za-z.\-]*$")


def snapshot_path(folder: Path, version: str) -> Path:
    return folder / HISTORY_DIR / f"{version}.json.gz"


def known_versions(folder: Path) -> list[str]:
    """The versions kept in `folder`'s history, oldest first by name."""
    return sorted(p.name.removesuffix(".json.gz") for p in (folder / HISTORY_DIR).glob("*.json.gz"))


def write_snapshot(catalogue: Catalogue, folder: Path) -> Path:
    """Keep `catalogue` in `folder`'s history under its version; byte-for-byte the same each time."""
    doc = {
        "format": SNAPSHOT_FORMAT,
        "digest": catalogue.digest,
        "header": to_plain(catalogue.header),
        "items": [to_plain(it) for it in catalogue.items],
    }
    target = snapshot_path(folder, catalogue.version)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    target.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return target


def read_snapshot(folder: Path, version: str) -> Catalogue:
    """The catalogue `version` as kept in `folder`'s history; CatalogueError when absent or not intact."""
    if not _VERSION.match(version):
        raise CatalogueError([f"{version!r} is not a catalogue version"])
    path = snapshot_path(folder, version)
    shown = f"{HISTORY_DIR}/{path.name}"
    try:
        doc = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
        if doc.get("format") != SNAPSHOT_FORMAT:
            raise ValueError(f"format {doc.get('format')!r}")
        header = header_from_plain(doc["header"])
        items = tuple(item_from_plain(i) for i in doc["items"])
    except FileNotFoundError:
        kept = ", ".join(known_versions(folder)) or "none"
        raise CatalogueError([f"no earlier version {version} is kept (kept: {kept})"]) from None
    except (OSError, ValueError, KeyError, TypeError, AssertionError, EOFError) as exc:
        raise CatalogueError([f"{shown}: cannot be read as a catalogue snapshot ({exc})"]) from None
    digest = compute_digest(header, items)
    if digest != doc.get("digest") or header.version != version:
        raise CatalogueError([f"{shown}: does not hold version {version} as it was recorded (digest differs)"])
    return Catalogue(header=header, items=items, digest=digest)


def by_digest(current: Catalogue, folder: Path | None = None) -> Callable[[str], Catalogue | None]:
    """The catalogue a bundle names by its digest: `current`, or an earlier version kept in the
    history of `folder` (the shipped catalogue's by default). A central organisation that updates
    fsadesk during a campaign set on the earlier version still takes in its members' bundles, each
    scored against the text it was answered against. None for a digest neither holds; a damaged
    snapshot is not a catalogue this fsadesk knows. The history is read once, at the first digest
    that is not the current one."""
    source = folder if folder is not None else default_catalogue_dir()
    earlier: dict[str, Catalogue] | None = None

    def lookup(digest: str) -> Catalogue | None:
        nonlocal earlier
        if digest == current.digest:
            return current
        if earlier is None:
            earlier = {}
            for version in known_versions(source):
                try:
                    kept = read_snapshot(source, version)
                except CatalogueError:
                    continue
                earlier[kept.digest] = kept
        return earlier.get(digest)

    return lookup

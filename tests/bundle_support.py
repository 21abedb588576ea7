"""Shared helpers for the bundle tests (no tests here): a demo workspace with a key, and zip crafting."""

from __future__ import annotations

import contextlib
import io
import stat
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fsadesk.app.export import read_record
from fsadesk.bundle import spec
from fsadesk.bundle.build import bundle_bytes
from fsadesk.bundle.canonical import canonical_json
from fsadesk.bundle.keys import generate_signing_key, load_signing_key
from fsadesk.bundle.zipfmt import Limits, parse_zip, write_zip
from fsadesk.catalogue import Catalogue
from fsadesk.cli import run
from fsadesk.store import Workspace, open_workspace

PASSPHRASE = "correct horse battery staple"
# Small fixed bytes standing in for the PDF in unit tests (the real renderer has its own test).
FAKE_PDF = b"%PDF-1.7\n" + bytes(range(256)) * 4 + b"\n%%EOF\n"
NO_LIMITS = Limits(64, 1 << 40, 1 << 30, {}, 1 << 40)


@dataclass(frozen=True)
class Demo:
    folder: Path
    private_key: Ed25519PrivateKey
    public_key: Ed25519PublicKey
    cycle_id: int

    @contextlib.contextmanager
    def open(self) -> Iterator[Workspace]:
        with open_workspace(self.folder) as ws:
            yield ws


def make_demo(folder: Path) -> Demo:
    """The demo workspace (114 answers of the real catalogue) with a signing key."""
    with contextlib.redirect_stdout(io.StringIO()):
        assert run(["demo", str(folder)]) == 0
    public = generate_signing_key(folder, PASSPHRASE)
    with open_workspace(folder) as ws:
        cycle_id = ws.cycles.latest().id
    return Demo(folder, load_signing_key(folder, PASSPHRASE), public, cycle_id)


def build(demo: Demo, catalogue: Catalogue, **options: object) -> bytes:
    options.setdefault("report_pdf", FAKE_PDF)
    with demo.open() as ws:
        data, _ = bundle_bytes(read_record(ws, catalogue, demo.cycle_id), catalogue, demo.private_key, **options)  # type: ignore[arg-type]
    return data


def members_of(data: bytes) -> dict[str, bytes]:
    return dict(parse_zip(data, NO_LIMITS).members)


def rezip(members: dict[str, bytes] | list[tuple[str, bytes]]) -> bytes:
    """A canonical container around the given members (so only the contents differ)."""
    items = members if isinstance(members, list) else [(n, members[n]) for n in members]
    return write_zip(items)


def resign(members: dict[str, bytes], manifest: dict, key: Ed25519PrivateKey) -> dict[str, bytes]:
    """Members with a new manifest, correctly signed: for tests that must get past the signature."""
    data = canonical_json(manifest)
    return {**members, spec.MANIFEST: data, spec.SIGNATURE: key.sign(data)}


@dataclass
class RawEntry:
    """One zip entry with every field controllable, for building hostile archives."""

    name: bytes
    data: bytes
    method: int = 0
    flags: int = 0
    size: int | None = None  # declared uncompressed size; default: the real one
    external_attr: int = (stat.S_IFREG | 0o644) << 16
    compress: bool = False


def raw_zip(entries: list[RawEntry]) -> bytes:
    """A structurally consistent zip whose entries may lie about sizes or carry hostile names."""
    local, central, offset = [], [], 0
    for e in entries:
        payload = e.data
        if e.compress:
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            payload = c.compress(e.data) + c.flush()
        size = len(e.data) if e.size is None else e.size
        crc = zlib.crc32(e.data)
        head = struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, e.flags, e.method, 0, 0x21, crc, len(payload), size, len(e.name), 0
        )
        record = struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, e.flags, e.method, 0, 0x21, crc,
            len(payload), size, len(e.name), 0, 0, 0, 0, e.external_attr, offset,
        )  # fmt: skip
        central.append(record + e.name)
        local.append(head + e.name + payload)
        offset += len(head) + len(e.name) + len(payload)
    cd = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(cd), offset, 0)
    return b"".join(local) + cd + end


def valid_entries(data: bytes) -> list[RawEntry]:
    """The members of a real bundle as RawEntry, to swap one for a hostile variant."""
    return [RawEntry(name.encode(), content) for name, content in members_of(data).items()]

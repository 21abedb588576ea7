"""Verification of hostile and damaged bundles: each is rejected with its own specific message."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import struct
import sys
import zlib
from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk.bundle import errors, spec
from fsadesk.bundle.errors import BundleError
from fsadesk.bundle.keys import fingerprint, write_enrolment
from fsadesk.bundle.verify import verify_bundle, verify_bytes
from tests.bundle_support import (
    Demo,
    RawEntry,
    build,
    make_demo,
    members_of,
    raw_zip,
    resign,
    rezip,
    valid_entries,
)

MIB = 1024 * 1024
OTHER_KEY = Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Demo:
    return make_demo(tmp_path_factory.mktemp("verify") / "demo")


@pytest.fixture(scope="module")
def good(demo, catalogue) -> bytes:
    return build(demo, catalogue)


def _swap(good: bytes, name: str, entry: RawEntry) -> bytes:
    """The real bundle with one member replaced by a hostile raw entry."""
    return raw_zip([entry if e.name == name.encode() else e for e in valid_entries(good)])


def _renamed(good: bytes, old: str, new: str) -> bytes:
    return rezip([(new if n == old else n, d) for n, d in members_of(good).items()])


def _with_manifest(good: bytes, demo: Demo, change: Callable[[dict], None]) -> bytes:
    members = members_of(good)
    manifest = json.loads(members[spec.MANIFEST])
    change(manifest)
    return rezip(resign(members, manifest, demo.private_key))


def _manifest_bytes(good: bytes, demo: Demo, data: bytes) -> bytes:
    return rezip({**members_of(good), spec.MANIFEST: data, spec.SIGNATURE: demo.private_key.sign(data)})


def _with_comment(good: bytes) -> bytes:
    return good[:-2] + struct.pack("<H", 5) + b"hello"


def _overlapping(good: bytes) -> bytes:
    """A member whose data contains a second member's local header: the overlap trick of
    non-recursive zip bombs (one stored body counted twice)."""
    inner_name, outer_name, body = b"report.pdf", b"assessment.json", b"%PDF-1.7 x"
    crc = zlib.crc32(body)
    inner = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0x21, crc, len(body), len(body), len(inner_name), 0)
    inner += inner_name + body
    ocrc = zlib.crc32(inner)
    outer = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0x21, ocrc, len(inner), len(inner), len(outer_name), 0)
    outer += outer_name
    central = b""
    for name, crc_, size, offset in ((outer_name, ocrc, len(inner), 0), (inner_name, crc, len(body), len(outer))):
        record = struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, 0, 0, 0, 0x21, crc_,
            size, size, len(name), 0, 0, 0, 0, (stat.S_IFREG | 0o644) << 16, offset,
        )  # fmt: skip
        central += record + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 2, 2, len(central), len(outer) + len(inner), 0)
    return outer + inner + central + end


def _pop(key: str) -> Callable[[dict], None]:
    return lambda m: m.pop(key)


E = errors
CASES: list[tuple[str, Callable[[bytes, Demo], bytes], type[BundleError], str]] = [
    ("not a zip", lambda g, d: b"%PDF-1.7 this is a pdf", E.NotABundle, "not a zip file"),
    ("empty file", lambda g, d: b"", E.NotABundle, "empty"),
    ("junk before the zip", lambda g, d: b"junk" + g, E.NotABundle, "not a zip file"),
    ("truncated to half", lambda g, d: g[: len(g) // 2], E.TruncatedBundle, "incomplete"),
    ("last byte cut", lambda g, d: g[:-1], E.TruncatedBundle, "incomplete"),
    ("bytes appended", lambda g, d: g + b"junk", E.DamagedZip, "4 bytes follow"),
    ("archive comment", lambda g, d: _with_comment(g), E.NonCanonicalLayout, "comment"),
    ("missing member", lambda g, d: rezip({n: b for n, b in members_of(g).items() if n != spec.REPORT}),
     E.MissingMember, "has no report.pdf"),
    ("extra member", lambda g, d: rezip([*members_of(g).items(), ("extra.txt", b"hi")]),
     E.UnexpectedMember, "unexpected members: 'extra.txt'"),
    ("renamed member", lambda g, d: _renamed(g, spec.REPORT, "report2.pdf"), E.MissingMember, "renamed?"),
    ("duplicate member", lambda g, d: rezip([*members_of(g).items(), (spec.REPORT, b"%PDF-2")]),
     E.DuplicateMember, "'report.pdf' appears more than once"),
    ("duplicate by case", lambda g, d: rezip([*members_of(g).items(), ("Report.pdf", b"%PDF-2")]),
     E.DuplicateMember, "appears more than once"),
    ("../ path", lambda g, d: _renamed(g, spec.REPORT, "../report.pdf"), E.UnsafeMemberName, "outside the folder"),
    ("nested ../", lambda g, d: _renamed(g, spec.REPORT, "a/../../etc/x"), E.UnsafeMemberName, "outside"),
    ("absolute path", lambda g, d: _renamed(g, spec.REPORT, "/etc/cron.d/x"), E.UnsafeMemberName, "absolute path"),
    ("drive letter", lambda g, d: _renamed(g, spec.REPORT, "C:/Windows/x.pdf"), E.UnsafeMemberName, "absolute"),
    ("backslash", lambda g, d: _renamed(g, spec.REPORT, "..\\report.pdf"), E.UnsafeMemberName, "backslash"),
    ("control character", lambda g, d: _renamed(g, spec.REPORT, "rep\x00ort.pdf"), E.UnsafeMemberName, "control"),
    ("symlink entry", lambda g, d: _swap(g, spec.REPORT, RawEntry(b"report.pdf", b"/etc/passwd",
     external_attr=(stat.S_IFLNK | 0o777) << 16)), E.SymlinkMember, "symbolic link"),
    ("directory entry", lambda g, d: raw_zip([*valid_entries(g), RawEntry(b"dir/", b"")]),
     E.DirectoryMember, "is a directory"),
    ("non-UTF-8 name", lambda g, d: _swap(g, spec.REPORT, RawEntry(b"r\xe9port.pdf", b"%PDF")),
     E.NonUtf8Name, "not marked as UTF-8"),
    ("invalid UTF-8 name", lambda g, d: _swap(g, spec.REPORT, RawEntry(b"\xff\xfe.pdf", b"%PDF", flags=0x800)),
     E.NonUtf8Name, "not valid UTF-8"),
    ("oversized member", lambda g, d: _swap(g, spec.REPORT, RawEntry(b"report.pdf", b"%PDF", size=65 * MIB)),
     E.OversizedMember, "report.pdf declares 68,157,440 bytes"),
    ("oversized total", lambda g, d: raw_zip([RawEntry(b"report.pdf", b"", size=64 * MIB),
     RawEntry(b"assessment.json", b"", size=32 * MIB), *(RawEntry(f"x{i}".encode(), b"", size=MIB) for i in range(6))]),
     E.OversizedMember, "more than 104,857,600 bytes in total"),
    ("too many members", lambda g, d: raw_zip([RawEntry(f"m{i}".encode(), b"") for i in range(17)]),
     E.OversizedMember, "at most 16"),
    ("zip bomb by ratio", lambda g, d: _swap(g, spec.REPORT, RawEntry(b"report.pdf", bytes(8 * MIB), method=8,
     compress=True)), E.ZipBomb, "would expand"),
    ("zip bomb by lying size", lambda g, d: _swap(g, spec.REPORT, RawEntry(b"report.pdf", bytes(4 * MIB), method=8,
     compress=True, size=200 * 1024)), E.ZipBomb, "expands beyond its declared 204,800 bytes"),
    ("stored size too small", lambda g, d: _swap(g, spec.REPORT, RawEntry(b"report.pdf", b"%PDF-1234", size=4)),
     E.ZipBomb, "holds more bytes than its declared 4"),
    ("stored size too large", lambda g, d: _swap(g, spec.REPORT, RawEntry(b"report.pdf", b"%PDF-1234", size=99)),
     E.DamagedZip, "shorter than its declared 99"),
    ("overlapping members", lambda g, d: _overlapping(g), E.ZipBomb, "overlaps another member"),
    ("zip password", lambda g, d: _swap(g, spec.REPORT, RawEntry(b"report.pdf", b"%PDF", flags=1)),
     E.UnsupportedZipFeature, "encrypted with a zip password"),
    ("unknown compression", lambda g, d: _swap(g, spec.REPORT, RawEntry(b"report.pdf", b"%PDF", method=12)),
     E.UnsupportedZipFeature, "compression method (12)"),
    ("deflated members", lambda g, d: raw_zip([RawEntry(e.name, e.data, method=8, compress=True)
     for e in valid_entries(g)]), E.NonCanonicalLayout, "'compression method' is 8"),
    ("member order", lambda g, d: rezip(sorted(members_of(g).items())), E.NonCanonicalLayout, "order"),
    ("report changed", lambda g, d: rezip({**members_of(g), spec.REPORT: members_of(g)[spec.REPORT][:-1] + b"X"}),
     E.MemberChanged, "report.pdf was changed after signing (SHA-256 differs"),
    ("report grown", lambda g, d: rezip({**members_of(g), spec.REPORT: members_of(g)[spec.REPORT] + b"\n"}),
     E.MemberChanged, "report.pdf was changed after signing (size differs"),
    ("assessment changed", lambda g, d: rezip({**members_of(g), spec.ASSESSMENT: members_of(g)[spec.ASSESSMENT]
     .replace(b"implemented", b"IMPLEMENTED", 1)}), E.MemberChanged, "assessment.json was changed"),
    ("manifest not JSON", lambda g, d: _manifest_bytes(g, d, b"{"), E.ManifestInvalid, "not valid JSON"),
    ("manifest duplicate key", lambda g, d: _manifest_bytes(g, d, b'{"format":"fsadesk-bundle","format":"x"}'),
     E.ManifestInvalid, "appears twice"),
    ("manifest of something else", lambda g, d: _manifest_bytes(g, d, b'{"format":"other"}'),
     E.ManifestInvalid, "not an fsadesk bundle manifest"),
    ("newer format", lambda g, d: _with_manifest(g, d, lambda m: m.update(format_version=2)),
     E.NewerFormat, "made by a newer fsadesk (bundle format 2)"),
    ("manifest field missing", lambda g, d: _with_manifest(g, d, _pop("created")),
     E.ManifestInvalid, "'created' is missing"),
    ("manifest field unknown", lambda g, d: _with_manifest(g, d, lambda m: m.update(extra=1)),
     E.ManifestInvalid, "'extra' is not part of the format"),
    ("manifest not canonical", lambda g, d: _manifest_bytes(g, d, json.dumps(json.loads(members_of(g)[spec.MANIFEST]),
     indent=1).encode()), E.ManifestInvalid, "canonical form"),
    ("manifest edited", lambda g, d: rezip({**members_of(g), spec.MANIFEST: members_of(g)[spec.MANIFEST]
     .replace(b"DEMO-0001", b"DEMO-0002")}), E.BadSignature, "does not match the given key"),
    ("signature truncated", lambda g, d: rezip({**members_of(g), spec.SIGNATURE: members_of(g)[spec.SIGNATURE][:63]}),
     E.BadSignature, "63 bytes, expected 64"),
    ("signed by another key", lambda g, d: rezip(resign(members_of(g), json.loads(members_of(g)[spec.MANIFEST]),
     OTHER_KEY)), E.BadSignature, "does not match the given key"),
    ("age-encrypted", lambda g, d: b"age-encryption.org/v1\n-> X25519 abc\n", E.EncryptedBundle, "Decrypt it first"),
    ("report not a PDF", lambda g, d: _resigned_report(g, d, b"MZ\x90\x00 not a pdf"), E.AssessmentInvalid,
     "not a PDF"),
]  # fmt: skip


def _resigned_report(good: bytes, demo: Demo, report: bytes) -> bytes:
    members = {**members_of(good), spec.REPORT: report}
    manifest = json.loads(members[spec.MANIFEST])
    manifest["members"][1].update(size=len(report), sha256=hashlib.sha256(report).hexdigest())
    return rezip(resign(members, manifest, demo.private_key))


@pytest.mark.parametrize(("builder", "error", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_bundle_rejected_with_its_message(good, demo, builder, error, message):
    """Each kind of hostile or damaged bundle raises its own error class with a message naming it."""
    with pytest.raises(BundleError) as info:
        verify_bytes(builder(good, demo), public_key=demo.public_key)
    assert type(info.value) is error, f"{type(info.value).__name__}: {info.value}"
    assert message in str(info.value)


def test_good_bundle_passes(good, demo):
    """The untouched bundle verifies (so the rejections above are about the damage, not the base)."""
    assert verify_bytes(good, public_key=demo.public_key).fingerprint == fingerprint(demo.public_key)


def test_wrong_key_names_both_fingerprints(good, demo):
    """With the wrong key the message gives that key's fingerprint and the one the bundle claims."""
    other = OTHER_KEY.public_key()
    with pytest.raises(errors.BadSignature) as info:
        verify_bytes(good, public_key=other)
    assert fingerprint(other) in str(info.value) and fingerprint(demo.public_key) in str(info.value)


def test_trust_folder(good, demo, tmp_path):
    """--trust finds the institution's enrolled key; unknown institutions and wrong keys are refused."""
    with demo.open() as ws:
        profile = ws.institution.get()
    trust = tmp_path / "trust"
    trust.mkdir()
    with pytest.raises(errors.UnknownSigner, match="No key of institution DEMO-0001"):
        verify_bytes(good, trust_dir=trust)
    write_enrolment(trust / "old.json", profile, OTHER_KEY.public_key())
    with pytest.raises(errors.BadSignature, match="enrolled key"):
        verify_bytes(good, trust_dir=trust)
    write_enrolment(trust / "new.json", profile, demo.public_key)  # re-enrolled after a new key
    result = verify_bytes(good, trust_dir=trust)
    assert result.signer.endswith("new.json") and result.enrolment is not None


def test_enrolment_for_another_institution(good, demo, tmp_path):
    """An enrolment file given as --key must belong to the bundle's institution."""
    from dataclasses import replace

    from fsadesk.bundle.keys import load_public_key_file

    with demo.open() as ws:
        profile = replace(ws.institution.get(), institution_id="OTHER-9")
    write_enrolment(tmp_path / "e.json", profile, demo.public_key)
    _, enrolment = load_public_key_file(tmp_path / "e.json")
    with pytest.raises(errors.UnknownSigner, match="enrolled for institution OTHER-9"):
        verify_bytes(good, public_key=enrolment)


def _regions(data: bytes) -> list[tuple[str, int, int]]:
    """Named byte ranges of a canonical bundle: every local header, member body, central record, end."""
    from fsadesk.bundle.zipfmt import parse_zip
    from tests.bundle_support import NO_LIMITS

    contents = parse_zip(data, NO_LIMITS)
    out = []
    for e in contents.entries:
        out.append((f"local header {e.name}", e.offset, e.data_offset))
        out.append((f"data {e.name}", e.data_offset, e.data_offset + e.size))
    cd_start = contents.entries[-1].data_offset + contents.entries[-1].size
    pos = cd_start
    for e in contents.entries:
        length = 46 + len(e.name)
        out.append((f"central record {e.name}", pos, pos + length))
        pos += length
    out.append(("end record", pos, len(data)))
    return out


def _positions(start: int, end: int, most: int) -> list[int]:
    """Up to `most` offsets spread evenly over [start, end), always including both ends."""
    length = end - start
    if length <= most:
        return list(range(start, end))
    return sorted({start + (length - 1) * i // (most - 1) for i in range(most)})


def test_every_single_byte_flip_is_rejected(good, demo):
    """Flipping one byte anywhere (all header bytes, and bytes spread over every member) fails
    verification with a BundleError and a message; no other exception escapes."""
    regions = _regions(good)
    assert sum(end - start for _, start, end in regions) == len(good)  # the map covers the file
    positions = []
    for name, start, end in regions:
        positions += [(name, p) for p in _positions(start, end, 1000 if name.startswith(("local", "central", "end"))
                                                    else 60)]  # fmt: skip
    assert len(positions) >= 200
    missed = []
    for name, offset in positions:
        for mask in (0xFF, 0x01):
            damaged = bytearray(good)
            damaged[offset] ^= mask
            try:
                verify_bytes(bytes(damaged), public_key=demo.public_key)
            except BundleError as exc:
                assert str(exc), f"empty message at offset {offset} ({name})"
            else:
                missed.append(f"offset {offset} ({name}) xor {mask:#x}")
    assert not missed, "flips not detected: " + "; ".join(missed[:20])


def test_verification_writes_nothing(good, demo, tmp_path, monkeypatch):
    """Verifying hostile bundles (../ paths, symlinks, bombs) opens no file for writing at all."""
    writes: list[str] = []

    def hook(event: str, args: tuple) -> None:
        if event != "open" or not active:
            return
        path, mode, flags = args
        writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND
        if (mode is not None and any(c in mode for c in "wax+")) or (mode is None and flags & writing):
            writes.append(str(path))

    active = False
    sys.addaudithook(hook)  # audit hooks cannot be removed; `active` confines this one to the block
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "hostile.fsab"
    bundles = [builder(good, demo) for _, builder, _, _ in CASES]
    active = True
    try:
        for data in bundles:
            with pytest.raises(BundleError):
                verify_bytes(data, public_key=demo.public_key)
    finally:
        active = False
    path.write_bytes(bundles[[c[0] for c in CASES].index("../ path")])
    active = True
    try:
        with pytest.raises(errors.UnsafeMemberName):
            verify_bundle(path, public_key=demo.public_key)
    finally:
        active = False
    assert writes == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.fsab"]

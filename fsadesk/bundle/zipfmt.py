"""The bundle's zip container: a canonical writer and a strict, bounded, in-memory reader.

Python's zipfile is lenient by design: it ignores most of each local header, the entry counts and
a damaged comment length. A bundle must be tamper-evident byte for byte, so this module reads the
zip structure itself, cross-checks every local header against the central directory, and never
writes anything to disk. Reading is split so the caller can order the checks:

    parse_zip()       structure, then safety checks on names, types and declared sizes, then
                      bounded reading with CRC-32 (raises on the first problem)
    check_canonical() every header field has the one value the bundle format allows
"""

from __future__ import annotations

import re
import stat
import struct
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from fsadesk.bundle.errors import (
    DamagedZip,
    DirectoryMember,
    DuplicateMember,
    NonCanonicalLayout,
    NonUtf8Name,
    NotABundle,
    OversizedMember,
    SymlinkMember,
    TruncatedBundle,
    UnsafeMemberName,
    UnsupportedZipFeature,
    ZipBomb,
)

LOCAL_SIG, CENTRAL_SIG, END_SIG = 0x04034B50, 0x02014B50, 0x06054B50
_LOCAL = struct.Struct("<IHHHHHIIIHH")  # 30 bytes + name + extra
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")  # 46 bytes + name + extra + comment
_END = struct.Struct("<IHHHHIIH")  # 22 bytes + comment

# The one permitted value of every header field (see docs/bundle-format.md, "Container").
VERSION_NEEDED = 20  # 2.0: plain stored files
VERSION_MADE_BY = (3 << 8) | 20  # Unix, 2.0: so external_attr holds Unix permissions
DOS_TIME, DOS_DATE = 0, (0 << 9) | (1 << 5) | 1  # 1980-01-01 00:00:00, the earliest DOS date
EXTERNAL_ATTR = (stat.S_IFREG | 0o644) << 16
METHOD_STORED, METHOD_DEFLATED = 0, 8
FLAG_ENCRYPTED, FLAG_DATA_DESCRIPTOR, FLAG_UTF8 = 0x1, 0x8, 0x800

_CHUNK = 64 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Limits:
    max_members: int
    max_total: int  # sum of declared uncompressed sizes
    max_ratio: int  # uncompressed / compressed, for compressed members
    member_limits: Mapping[str, int]
    default_member_limit: int

    def for_member(self, name: str) -> int:
        return self.member_limits.get(name, self.default_member_limit)


@dataclass(frozen=True)
class Entry:
    """One central-directory record, with the offsets worked out from its local header."""

    name: str
    version_made_by: int
    version_needed: int
    flags: int
    method: int
    time: int
    date: int
    crc: int
    compressed_size: int
    size: int
    extra: bytes
    comment: bytes
    disk: int
    internal_attr: int
    external_attr: int
    offset: int
    local_extra: bytes = b""
    data_offset: int = 0


@dataclass(frozen=True)
class ZipContents:
    entries: tuple[Entry, ...]  # in central-directory order
    members: dict[str, bytes]


def write_zip(members: Sequence[tuple[str, bytes]]) -> bytes:
    """The canonical container: stored members in the given order, fixed times and attributes,
    no extra fields or comments. Same input, same bytes, on any platform and zlib version."""
    local_parts: list[bytes] = []
    central_parts: list[bytes] = []
    offset = 0
    for name, data in members:
        raw = name.encode("ascii")
        crc = zlib.crc32(data)
        header = _LOCAL.pack(
            LOCAL_SIG, VERSION_NEEDED, 0, METHOD_STORED, DOS_TIME, DOS_DATE, crc, len(data), len(data), len(raw), 0
        )
        central = _CENTRAL.pack(
            CENTRAL_SIG, VERSION_MADE_BY, VERSION_NEEDED, 0, METHOD_STORED, DOS_TIME, DOS_DATE, crc,
            len(data), len(data), len(raw), 0, 0, 0, 0, EXTERNAL_ATTR, offset,
        )  # fmt: skip
        central_parts.append(central + raw)
        local_parts.append(header + raw + data)
        offset += len(header) + len(raw) + len(data)
    directory = b"".join(central_parts)
    end = _END.pack(END_SIG, 0, 0, len(members), len(members), len(directory), offset, 0)
    return b"".join(local_parts) + directory + end


# --- structure --------------------------------------------------------------------------------------


def _find_end(data: bytes) -> int:
    if len(data) >= _END.size and data[-_END.size : -_END.size + 4] == END_SIG.to_bytes(4, "little"):
        return len(data) - _END.size
    pos = data.rfind(END_SIG.to_bytes(4, "little"), max(0, len(data) - 0xFFFF - _END.size))
    if pos < 0 or pos + _END.size > len(data):
        raise TruncatedBundle(
            "The file is incomplete: the zip's end record is missing (a truncated download or copy, or damage)."
        )
    comment_len = _END.unpack_from(data, pos)[7]
    trailing = len(data) - pos - _END.size
    if comment_len == trailing:
        raise NonCanonicalLayout("The zip has an archive comment; fsadesk bundles have none.")
    raise DamagedZip(f"The zip's end record is damaged or {trailing} bytes follow it.")


def _central_entries(data: bytes) -> tuple[list[Entry], int]:
    """The central directory's entries, and where the directory starts (= end of member data)."""
    if not data:
        raise NotABundle("The file is empty.")
    if data[:4] != LOCAL_SIG.to_bytes(4, "little"):
        raise NotABundle("The file is not an fsadesk bundle: it is not a zip file.")
    end = _find_end(data)
    _, disk, cd_disk, n_disk, n_total, cd_size, cd_offset, comment_len = _END.unpack_from(data, end)
    if comment_len != len(data) - end - _END.size:
        raise DamagedZip("The zip's end record is damaged (its comment length is wrong).")
    if 0xFFFF in (n_disk, n_total) or 0xFFFFFFFF in (cd_size, cd_offset):
        raise UnsupportedZipFeature("The zip uses the zip64 extension; fsadesk bundles never need it.")
    if disk != 0 or cd_disk != 0:
        raise UnsupportedZipFeature("The zip claims to be split over several disks.")
    if n_disk != n_total:
        raise DamagedZip("The zip's end record is damaged (its two entry counts differ).")
    if cd_offset + cd_size != end:
        raise DamagedZip("The zip's central directory is not where its end record says.")
    entries = []
    pos = cd_offset
    for index in range(n_total):
        if pos + _CENTRAL.size > end:
            raise DamagedZip(f"The zip's central directory ends inside entry {index + 1}.")
        fields = _CENTRAL.unpack_from(data, pos)
        if fields[0] != CENTRAL_SIG:
            raise DamagedZip(f"The zip's central directory is damaged at entry {index + 1} (offset {pos}).")
        name_len, extra_len, comment_len = fields[10], fields[11], fields[12]
        start = pos + _CENTRAL.size
        pos = start + name_len + extra_len + comment_len
        if pos > end:
            raise DamagedZip(f"The zip's central directory entry {index + 1} runs past its end.")
        entries.append(
            Entry(
                name=_decode_name(data[start : start + name_len], fields[3]),
                version_made_by=fields[1],
                version_needed=fields[2],
                flags=fields[3],
                method=fields[4],
                time=fields[5],
                date=fields[6],
                crc=fields[7],
                compressed_size=fields[8],
                size=fields[9],
                extra=data[start + name_len : start + name_len + extra_len],
                comment=data[start + name_len + extra_len : pos],
                disk=fields[13],
                internal_attr=fields[14],
                external_attr=fields[15],
                offset=fields[16],
            )
        )
    if pos != end:
        raise DamagedZip("The zip's central directory has bytes its end record does not account for.")
    return entries, cd_offset


def _decode_name(raw: bytes, flags: int) -> str:
    shown = raw.decode("ascii", "backslashreplace")
    if flags & FLAG_UTF8:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise NonUtf8Name(f"The member name {shown!r} is not valid UTF-8.") from None
    if not raw.isascii():
        raise NonUtf8Name(f"The member name {shown!r} is not marked as UTF-8 and has non-ASCII bytes.")
    return raw.decode("ascii")


# --- safety ----------------------------------------------------------------------------------------


def _check_name(entry: Entry) -> None:
    name = entry.name
    mode = entry.external_attr >> 16
    if not name:
        raise UnsafeMemberName("A member has an empty name.")
    if "\\" in name:
        raise UnsafeMemberName(f"The member name {name!r} contains a backslash.")
    if name.startswith("/") or _DRIVE.match(name):
        raise UnsafeMemberName(f"The member name {name!r} is an absolute path.")
    if ".." in name.split("/"):
        raise UnsafeMemberName(f"The member name {name!r} points outside the folder ('..').")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise UnsafeMemberName(f"The member name {name!r} contains control characters.")
    if stat.S_ISLNK(mode):
        raise SymlinkMember(f"The member {name!r} is a symbolic link.")
    if name.endswith("/") or stat.S_ISDIR(mode) or entry.external_attr & 0x10:
        raise DirectoryMember(f"The member {name!r} is a directory; a bundle holds only files.")


def _check_safety(entries: list[Entry], limits: Limits) -> None:
    if len(entries) > limits.max_members:
        raise OversizedMember(f"The zip has {len(entries)} members; a bundle has at most {limits.max_members}.")
    seen: set[str] = set()
    total = 0
    for entry in entries:
        _check_name(entry)
        if entry.name.casefold() in seen:
            raise DuplicateMember(f"The member name {entry.name!r} appears more than once.")
        seen.add(entry.name.casefold())
    for entry in entries:
        limit = limits.for_member(entry.name)
        if entry.size > limit:
            raise OversizedMember(f"{entry.name} declares {entry.size:,} bytes; the limit is {limit:,}.")
        total += entry.size
        if total > limits.max_total:
            raise OversizedMember(f"The members declare more than {limits.max_total:,} bytes in total.")
        if entry.flags & FLAG_ENCRYPTED:
            raise UnsupportedZipFeature(f"{entry.name} is encrypted with a zip password.")
        if entry.flags & FLAG_DATA_DESCRIPTOR:
            raise UnsupportedZipFeature(f"{entry.name} uses a trailing data descriptor.")
        if entry.method not in (METHOD_STORED, METHOD_DEFLATED):
            raise UnsupportedZipFeature(f"{entry.name} uses an unsupported compression method ({entry.method}).")
        if entry.method == METHOD_DEFLATED and entry.size > limits.max_ratio * max(entry.compressed_size, 1):
            ratio = entry.size // max(entry.compressed_size, 1)
            raise ZipBomb(
                f"{entry.name} would expand {ratio:,} times (limit {limits.max_ratio}×): a zip bomb is likely."
            )


_LOCAL_FIELDS = ("version needed", "flags", "compression method", "time", "date", "CRC-32", "compressed size", "size")


def _with_local(data: bytes, entry: Entry, cd_offset: int) -> Entry:
    pos = entry.offset
    if pos + _LOCAL.size > cd_offset:
        raise DamagedZip(f"{entry.name}: its local header lies outside the member area.")
    fields = _LOCAL.unpack_from(data, pos)
    if fields[0] != LOCAL_SIG:
        raise DamagedZip(f"{entry.name}: there is no local header at offset {pos}.")
    central = (
        entry.version_needed, entry.flags, entry.method, entry.time, entry.date,
        entry.crc, entry.compressed_size, entry.size,
    )  # fmt: skip
    for label, local_value, central_value in zip(_LOCAL_FIELDS, fields[1:9], central, strict=True):
        if local_value != central_value:
            raise DamagedZip(f"{entry.name}: the local header and the central directory disagree ({label}).")
    name_start = pos + _LOCAL.size
    extra_start = name_start + fields[9]
    data_offset = extra_start + fields[10]
    if data[name_start:extra_start] != entry.name.encode("utf-8"):
        raise DamagedZip(f"{entry.name}: the local header and the central directory disagree (name).")
    if data_offset + entry.compressed_size > cd_offset:
        raise DamagedZip(f"{entry.name}: its data runs into the central directory.")
    return replace(entry, local_extra=data[extra_start:data_offset], data_offset=data_offset)


def _check_tiling(entries: list[Entry], cd_offset: int) -> None:
    """Members must cover the space before the central directory exactly: overlapping members are
    a zip-bomb technique, and bytes between members would be unsigned hidden data."""
    pos = 0
    for entry in sorted(entries, key=lambda e: e.offset):
        if entry.offset < pos:
            raise ZipBomb(f"{entry.name} overlaps another member in the file (a zip-bomb technique).")
        if entry.offset > pos:
            raise DamagedZip(f"The zip has {entry.offset - pos} unaccounted bytes at offset {pos}.")
        pos = entry.data_offset + entry.compressed_size
    if pos != cd_offset:
        raise DamagedZip(f"The zip has {cd_offset - pos} unaccounted bytes at offset {pos}.")


def _inflate(entry: Entry, src: memoryview) -> bytes:
    out = bytearray()
    inflater = zlib.decompressobj(-15)
    pending, pos = b"", 0
    try:
        while not inflater.eof:
            if not pending:
                if pos >= len(src):
                    break
                pending = bytes(src[pos : pos + _CHUNK])
                pos += len(pending)
            out += inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            if len(out) > entry.size:
                raise ZipBomb(f"{entry.name} expands beyond its declared {entry.size:,} bytes: a zip bomb is likely.")
    except zlib.error as exc:
        raise DamagedZip(f"{entry.name} is damaged: its compressed data cannot be read ({exc}).") from None
    if not inflater.eof:
        raise DamagedZip(f"{entry.name} is damaged: its compressed data ends early.")
    if pending or inflater.unused_data or pos < len(src):
        raise DamagedZip(f"{entry.name} is damaged: bytes follow its compressed data.")
    return bytes(out)


def _read(data: bytes, entry: Entry) -> bytes:
    src = memoryview(data)[entry.data_offset : entry.data_offset + entry.compressed_size]
    if entry.method == METHOD_STORED:
        if entry.compressed_size > entry.size:
            raise ZipBomb(f"{entry.name} holds more bytes than its declared {entry.size:,}.")
        content = bytes(src)
    else:
        content = _inflate(entry, src)
    if len(content) != entry.size:
        raise DamagedZip(f"{entry.name} is shorter than its declared {entry.size:,} bytes.")
    if zlib.crc32(content) != entry.crc:
        raise DamagedZip(f"{entry.name} is damaged: its contents do not match the zip's CRC-32.")
    return content


def parse_zip(data: bytes, limits: Limits) -> ZipContents:
    """Structure, safety, then bounded reading; raises the first BundleError met."""
    entries, cd_offset = _central_entries(data)
    _check_safety(entries, limits)
    entries = [_with_local(data, e, cd_offset) for e in entries]
    _check_tiling(entries, cd_offset)
    return ZipContents(tuple(entries), {e.name: _read(data, e) for e in entries})


# --- canonical layout --------------------------------------------------------------------------------


def _dos(date: int, time: int) -> str:
    return (
        f"{(date >> 9) + 1980:04d}-{(date >> 5) & 15:02d}-{date & 31:02d} "
        f"{time >> 11:02d}:{(time >> 5) & 63:02d}:{(time & 31) * 2:02d}"
    )


def check_canonical(contents: ZipContents, order: Sequence[str]) -> None:
    """Every field of every header has the value write_zip() gives it, in the expected order."""
    names = [e.name for e in contents.entries]
    if names != list(order):
        raise NonCanonicalLayout(f"The members are in the order {names}; the bundle format requires {list(order)}.")
    if [e.offset for e in contents.entries] != sorted(e.offset for e in contents.entries):
        raise NonCanonicalLayout("The central directory does not list the members in file order.")
    for e in contents.entries:
        rules = [
            ("version made by", e.version_made_by, VERSION_MADE_BY),
            ("version needed", e.version_needed, VERSION_NEEDED),
            ("flags", e.flags, 0),
            ("compression method", e.method, METHOD_STORED),
            ("modification time", _dos(e.date, e.time), _dos(DOS_DATE, DOS_TIME)),
            ("extra field", e.extra.hex() or "none", "none"),
            ("local extra field", e.local_extra.hex() or "none", "none"),
            ("comment", e.comment.hex() or "none", "none"),
            ("disk number", e.disk, 0),
            ("internal attributes", e.internal_attr, 0),
            ("external attributes", hex(e.external_attr), hex(EXTERNAL_ATTR)),
        ]
        for label, actual, wanted in rules:
            if actual != wanted:
                raise NonCanonicalLayout(
                    f"{e.name}: the zip header field '{label}' is {actual} where the bundle format requires "
                    f"{wanted}; the bundle was altered or not written by fsadesk."
                )

"""Generated malformed files thrown at the importer (hypothesis): no exception escapes, every file
gets an outcome with a reason, nothing is written outside the database and the quarantine folder,
and what was stored before stays as it was. SQLite: one database for all examples."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fsadesk.assessment.record import CycleRecord
from fsadesk.bundle.encrypt import AGE_HEADER
from fsadesk.catalogue import Catalogue
from fsadesk.central.intake import IntakeStatus, import_files
from fsadesk.central.intake_types import UnlockedOrganisation
from fsadesk.central.store.models import SubmissionRow
from tests.central.intake_support import (  # noqa: F401 (module fixtures)
    Org,
    base_fixture,
    bundle,
    catalogue_fixture,
    demo_fixture,
    enrol,
    make_member,
    make_org,
    tree_of,
)


@pytest.fixture(scope="module")
def setting(
    tmp_path_factory: pytest.TempPathFactory, base: CycleRecord, catalogue: Catalogue
) -> Iterator[tuple[Org, Path, bytes, UnlockedOrganisation]]:
    """A central database holding one accepted bundle, and that bundle's bytes to damage."""
    root = tmp_path_factory.mktemp("fuzz")
    org = make_org(str(root / "central.sqlite"), root)
    member = make_member(base, "F-0001")
    enrol(org, member, root / "enrolments")
    good = bundle(member, catalogue)
    (root / "held.fsab").write_bytes(good)
    (outcome,) = import_files(org.db, [root / "held.fsab"], catalogue_for=lambda d: catalogue)
    assert outcome.status is IntakeStatus.ACCEPTED
    yield org, root, good, org.unlock()  # unlocked once: the key derivation takes a second
    org.db.close()


edits = st.lists(
    st.tuples(st.sampled_from(["set", "insert", "delete", "truncate"]), st.floats(0, 1), st.integers(0, 255)),
    min_size=1,
    max_size=4,
)
files = st.one_of(
    st.tuples(st.just("damaged"), edits),
    st.tuples(st.just("bytes"), st.binary(max_size=2000)),
    st.tuples(st.just("age"), st.binary(max_size=500)),  # an age header with garbage after it
    st.tuples(st.just("zip"), st.binary(max_size=500)),  # a zip signature with garbage after it
)


def _make(kind: str, value: object, good: bytes) -> bytes:
    if kind == "bytes":
        assert isinstance(value, bytes)
        return value
    if kind == "age":
        assert isinstance(value, bytes)
        return AGE_HEADER + value
    if kind == "zip":
        assert isinstance(value, bytes)
        return b"PK\x03\x04" + value
    out = bytearray(good)
    for op, where, byte in value:  # type: ignore[attr-defined]
        pos = min(int(where * len(out)), max(len(out) - 1, 0))
        if op == "set" and out:
            out[pos] = byte
        elif op == "insert":
            out.insert(pos, byte)
        elif op == "delete" and out:
            del out[pos]
        elif op == "truncate":
            del out[pos:]
    return bytes(out)


def _stored(org: Org) -> list[tuple[int, str, bool]]:
    with org.db.reading() as session:
        return [(r.id, r.bundle_sha256, r.is_current) for r in session.query(SubmissionRow).order_by(SubmissionRow.id)]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(files, min_size=1, max_size=3))
def test_malformed_files_never_crash_the_importer(
    setting: tuple[Org, Path, bytes, UnlockedOrganisation], catalogue: Catalogue, batch: list[tuple[str, object]]
) -> None:
    org, root, good, keys = setting
    inbox = root / "inbox"
    inbox.mkdir(exist_ok=True)
    for old in inbox.iterdir():
        old.unlink()
    for n, (kind, value) in enumerate(batch):
        (inbox / f"{n}.fsab").write_bytes(_make(kind, value, good))
    held = _stored(org)
    outside = {k: v for k, v in tree_of(root).items() if not k.startswith(("quarantine", "central.sqlite"))}

    outcomes = import_files(
        org.db, [inbox], catalogue_for=lambda d: catalogue if d == catalogue.digest else None,
        unlock=lambda: keys, quarantine=root / "quarantine",
    )  # fmt: skip
    assert len(outcomes) == len(batch)
    for o in outcomes:
        assert o.reason and o.status in (IntakeStatus.REJECTED, IntakeStatus.ALREADY_IMPORTED)
        if o.status is IntakeStatus.ALREADY_IMPORTED:  # only the unchanged bundle itself
            assert hashlib.sha256(o.path.read_bytes()).hexdigest() == held[0][1]
    assert _stored(org) == held
    after = {k: v for k, v in tree_of(root).items() if not k.startswith(("quarantine", "central.sqlite"))}
    assert after == outside

"""Helpers for the intake tests (no tests here): a central organisation with enrolled members, and
real signed bundles of the demo workspace's cycle, made by the real bundle builder for each member.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk.app.export import read_record
from fsadesk.assessment.record import CycleRecord
from fsadesk.bundle import spec
from fsadesk.bundle.build import bundle_bytes
from fsadesk.bundle.canonical import canonical_json, parse_json
from fsadesk.bundle.keys import write_enrolment
from fsadesk.catalogue import Catalogue, load_catalogue
from fsadesk.central.intake_types import UnlockedOrganisation
from fsadesk.central.keys import load_age_identity, load_signing_key
from fsadesk.central.members import accept_enrolment, read_enrolment
from fsadesk.central.setup import init_central
from fsadesk.central.store.database import CentralDatabase
from tests.bundle_support import FAKE_PDF, Demo, make_demo, members_of, rezip

PASSPHRASE = "central organisation passphrase"


# The module fixtures below are imported by the intake test modules (named *_fixture so that the
# test functions' parameters do not shadow the imported names).


@pytest.fixture(scope="module", name="catalogue")
def catalogue_fixture() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="module", name="demo")
def demo_fixture(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    """The demo workspace with a signing key, once per test module."""
    return make_demo(tmp_path_factory.mktemp("member") / "demo")


@pytest.fixture(scope="module", name="base")
def base_fixture(demo: Demo, catalogue: Catalogue) -> CycleRecord:
    """The demo cycle as plain data, from which each test member's bundles are built."""
    with demo.open() as ws:
        return read_record(ws, catalogue, demo.cycle_id)
T0 = dt.datetime(2027, 6, 1, 9, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Org:
    db: CentralDatabase
    keys: Path

    def unlock(self) -> UnlockedOrganisation:
        return UnlockedOrganisation(load_age_identity(self.keys, PASSPHRASE), load_signing_key(self.keys, PASSPHRASE))


def make_org(target: str, tmp_path: Path) -> Org:
    keys = tmp_path / "org-keys"
    db = init_central(target, "全国テスト信用組合連合会", keys, PASSPHRASE)
    return Org(db, keys)


@dataclass(frozen=True)
class Member:
    institution_id: str
    key: Ed25519PrivateKey
    record: CycleRecord  # the demo cycle, as this member's


def make_member(base: CycleRecord, institution_id: str, name: str = "テスト信用組合") -> Member:
    profile = dataclasses.replace(base.profile, institution_id=institution_id, name=name)
    return Member(institution_id, Ed25519PrivateKey.generate(), dataclasses.replace(base, profile=profile))


def enrol(org: Org, member: Member, folder: Path, *, rotate: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{member.institution_id}-{member.key.public_key().public_bytes_raw().hex()[:8]}.json"
    write_enrolment(path, member.record.profile, member.key.public_key())
    accept_enrolment(org.db, read_enrolment(path), rotate=rotate, confirmed_by="test")


def bundle(
    member: Member,
    catalogue: Catalogue,
    *,
    created: dt.datetime = T0,
    label: str | None = None,
    fiscal_year: int | None = None,
    key: Ed25519PrivateKey | None = None,
    include_notes: bool = True,
) -> bytes:
    """A signed bundle of the member's cycle, made by the real builder (a small stand-in PDF)."""
    record = member.record
    if label is not None or fiscal_year is not None:
        cycle = dataclasses.replace(
            record.cycle, label=label or record.cycle.label, fiscal_year=fiscal_year or record.cycle.fiscal_year
        )
        record = dataclasses.replace(record, cycle=cycle)
    data, _ = bundle_bytes(
        record, catalogue, key or member.key, report_pdf=FAKE_PDF, include_notes=include_notes, created=created
    )
    return data


def resigned(data: bytes, key: Ed25519PrivateKey, change: Callable[[dict, dict], None]) -> bytes:
    """The bundle with its assessment and manifest changed by `change(assessment, manifest)`, then
    hashed and signed again properly (the signer's own doing, not tampering in transit)."""
    members = members_of(data)
    assessment = parse_json(members[spec.ASSESSMENT])
    manifest = parse_json(members[spec.MANIFEST])
    change(assessment, manifest)
    body = canonical_json(assessment)
    members[spec.ASSESSMENT] = body
    for entry in manifest["members"]:
        if entry["name"] == spec.ASSESSMENT:
            entry["size"], entry["sha256"] = len(body), hashlib.sha256(body).hexdigest()
    manifest_bytes = canonical_json(manifest)
    members[spec.MANIFEST], members[spec.SIGNATURE] = manifest_bytes, key.sign(manifest_bytes)
    return rezip([(n, members[n]) for n in spec.MEMBER_ORDER])


def digest_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_of(folder: Path) -> dict[str, str]:
    """Every file under folder with its SHA-256: to prove nothing was changed or added."""
    return {str(p.relative_to(folder)): digest_of(p) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(name="org")
def org_fixture(central_target: str, tmp_path: Path) -> Iterator[Org]:
    """A central organisation on the test's database (SQLite, then PostgreSQL: central_target)."""
    org = make_org(central_target, tmp_path)
    yield org
    org.db.close()

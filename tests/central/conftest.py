"""The central database tests run on SQLite and on a real PostgreSQL server.

PostgreSQL: FSADESK_TEST_POSTGRES_URL names a server database the tests may create databases
beside (packaging/postgres-test.sh starts a throw-away one). Without it the PostgreSQL cases skip
— except under CI (CI=true), where a skip would hide that they never ran, so they fail instead.
Each PostgreSQL test gets a fresh database of its own, dropped at the end.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from fsadesk.assessment.profile import InstitutionProfile
from fsadesk.bundle.keys import write_enrolment

POSTGRES_ENV = "FSADESK_TEST_POSTGRES_URL"


def postgres_base_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {POSTGRES_ENV} is not set: the PostgreSQL tests must run in CI, not skip.")
        pytest.skip(f"no PostgreSQL server given ({POSTGRES_ENV}; see packaging/postgres-test.sh)")
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database, dropped after the test."""
    base = make_url(postgres_base_url())
    name = f"fsadesk_t_{secrets.token_hex(6)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield base.set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def central_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new central database goes: a file path, or an empty PostgreSQL database's URL."""
    if request.param == "sqlite":
        return str(tmp_path / "central.sqlite")
    url: str = request.getfixturevalue("postgres_url")
    return url


def make_enrolment(
    folder: Path, institution_id: str, name: str = "テスト信用組合", category: str = "regional", file: str | None = None
) -> tuple[Path, Ed25519PublicKey]:
    """A real enrolment file, as `fsadesk key export-public` writes it, for a fresh key."""
    folder.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate().public_key()
    path = folder / (file or f"{institution_id}-{secrets.token_hex(3)}.json")
    write_enrolment(path, InstitutionProfile(name=name, institution_id=institution_id, category=category), key)
    return path, key

"""Shared by the campaign and receipt tests: sample files, hand-made containers, tool commands."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk.bundle.zipfmt import write_zip
from fsadesk.central.campaign import CatalogueRef, build_campaign
from fsadesk.central.receipt import ReceiptFlag, Submission, build_receipt

CATALOGUE = CatalogueRef("fsa-cyber", "2025-07-04", "ab" * 32)
RECIPIENT = "age1tdwcffqvag3ktzdynjgeunhepqwcwwrq5clgyff7cfz4petpay7sua2cde"
CREATED = dt.datetime(2026, 4, 1, 9, 30, 0, tzinfo=dt.UTC)
SUBMISSION = Submission("2026-shinkumi", "DEMO-0001", "みなと信用組合", "2026年度", 2026, "cd" * 32, 312_345)

TOOLS = ("unzip", "openssl", "sha256sum", "tail")
missing_tools = [t for t in TOOLS if shutil.which(t) is None]
needs_tools = pytest.mark.skipif(bool(missing_tools), reason=f"not installed: {missing_tools} (CI installs them)")


def campaign_bytes(key: Ed25519PrivateKey, **changes: object) -> bytes:
    values: dict[str, object] = {
        "title": "2026年度 サイバーセキュリティ自己評価",
        "cycle_label": "2026年度",
        "fiscal_year": 2026,
        "deadline": dt.date(2026, 6, 30),
        "catalogue": CATALOGUE,
        "organisation_name": "全国信用協同組合連合会",
        "signing_key": key,
        "age_recipient": RECIPIENT,
        "campaign_id": "2026-shinkumi",
        "created": CREATED,
    }
    values.update(changes)
    return build_campaign(**values)  # type: ignore[arg-type]


def receipt_bytes(key: Ed25519PrivateKey, flags: tuple[ReceiptFlag, ...] = (), **changes: object) -> bytes:
    values: dict[str, object] = {
        "received": dt.datetime(2026, 6, 12, 14, 5, 9, tzinfo=dt.UTC),
        "organisation_name": "全国信用協同組合連合会",
        "signing_key": key,
    }
    values.update(changes)
    return build_receipt(SUBMISSION, flags=flags, **values)  # type: ignore[arg-type]


def signed_zip(document: str, raw: bytes, key: Ed25519PrivateKey, *, extra: list[tuple[str, bytes]] = ()) -> bytes:  # type: ignore[assignment]
    """A container as fsadesk writes it, around any JSON bytes, correctly signed: what a foreign or
    buggy writer holding the key could make. The reader must still refuse a bad document."""
    sig = document.replace(".json", ".sig")
    return write_zip([(document, raw), (sig, key.sign(raw)), *extra])


def sh(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", command], cwd=cwd, capture_output=True, text=True, timeout=60)

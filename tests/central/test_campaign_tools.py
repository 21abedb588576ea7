"""A campaign file and a receipt check out with unzip and openssl alone, exactly as
docs/campaign-and-receipt-format.md says; a changed one fails the same commands."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk.bundle.keys import fingerprint, public_key_pem
from tests.central.signed_support import campaign_bytes, needs_tools, receipt_bytes, sh

DOCS = Path(__file__).resolve().parents[2] / "docs" / "campaign-and-receipt-format.md"
FINGERPRINT = "openssl pkey -pubin -in signing-key.pub.pem -outform DER | tail -c 32 | sha256sum"
CAMPAIGN = [
    "mkdir campaign && cp signing-key.pub.pem campaign/ && cd campaign",
    "unzip -q ../2026-shinkumi.fsac",
    "openssl pkeyutl -verify -pubin -inkey signing-key.pub.pem -rawin -in campaign.json -sigfile campaign.sig",
]
KEY_FROM_CAMPAIGN = (
    """python3 -c 'import json; print(json.load(open("campaign.json"))["organisation"]["signing_key"]"""
    """["public_key_pem"], end="")' > signing-key.pub.pem"""
)
RECEIPT = [
    "mkdir receipt && cp signing-key.pub.pem receipt/ && cd receipt",
    "unzip -q ../DEMO-0001.fsar",
    "openssl pkeyutl -verify -pubin -inkey signing-key.pub.pem -rawin -in receipt.json -sigfile receipt.sig",
]
KEY = Ed25519PrivateKey.generate()


@pytest.fixture
def folder(tmp_path) -> Path:
    (tmp_path / "signing-key.pub.pem").write_bytes(public_key_pem(KEY.public_key()))
    (tmp_path / "2026-shinkumi.fsac").write_bytes(campaign_bytes(KEY))
    (tmp_path / "DEMO-0001.fsar").write_bytes(receipt_bytes(KEY))
    return tmp_path


def _run(lines: list[str], cwd: Path):
    return sh(" && ".join(lines), cwd)


@needs_tools
def test_the_fingerprint_command_gives_the_fingerprint(folder):
    result = sh(FINGERPRINT, folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0].upper() == fingerprint(KEY.public_key()).replace(" ", "")


@needs_tools
@pytest.mark.parametrize(("lines", "member"), [(CAMPAIGN, "campaign"), (RECEIPT, "receipt")])
def test_standard_tools_verify_the_file(folder, lines, member):
    result = _run(lines, folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Signature Verified Successfully" in result.stdout
    assert sorted(p.name for p in (folder / member).iterdir()) == sorted(
        [f"{member}.json", f"{member}.sig", "signing-key.pub.pem"]
    )


@needs_tools
def test_the_key_inside_the_campaign_verifies_it(folder):
    if shutil.which("python3") is None:
        pytest.skip("python3 is not installed")
    (folder / "signing-key.pub.pem").unlink()
    (folder / "signing-key.pub.pem").write_text("")  # the member has no key file yet
    result = _run([*CAMPAIGN[:2], KEY_FROM_CAMPAIGN, CAMPAIGN[2]], folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (folder / "campaign" / "signing-key.pub.pem").read_bytes() == public_key_pem(KEY.public_key())


@needs_tools
@pytest.mark.parametrize(("lines", "member", "before", "after"), [
    (CAMPAIGN, "campaign", b'"deadline":"2026-06-30"', b'"deadline":"2026-09-30"'),
    (RECEIPT, "receipt", b'"flags":[]', b'"flags":["late"]'),
])  # fmt: skip
def test_standard_tools_notice_a_change(folder, lines, member, before, after):
    assert _run(lines[:2], folder).returncode == 0
    document = folder / member / f"{member}.json"
    assert before in document.read_bytes()
    document.write_bytes(document.read_bytes().replace(before, after))
    result = sh(lines[2], folder / member)
    assert result.returncode != 0 and "Signature Verification Failure" in result.stdout


@needs_tools
def test_a_receipt_from_another_key_fails_the_same_command(folder):
    (folder / "DEMO-0001.fsar").write_bytes(receipt_bytes(Ed25519PrivateKey.generate()))
    result = _run(RECEIPT, folder)
    assert result.returncode != 0 and "Signature Verification Failure" in result.stdout


def test_docs_show_the_tested_commands():
    text = DOCS.read_text(encoding="utf-8")
    for command in [FINGERPRINT, *CAMPAIGN, KEY_FROM_CAMPAIGN, *RECEIPT]:
        assert command in text, f"docs/campaign-and-receipt-format.md lacks: {command}"

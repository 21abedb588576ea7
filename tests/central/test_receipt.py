"""The receipt (.fsar): built, signed, checked against the campaign's key; another signer refused
by name, and every malformed shape refused with its kind."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsadesk.bundle.canonical import canonical_json
from fsadesk.bundle.keys import fingerprint
from fsadesk.bundle.zipfmt import write_zip
from fsadesk.central import errors
from fsadesk.central.receipt import ReceiptFlag, ReceiptStatus, read_receipt_file, verify_receipt
from tests.central.signed_support import SUBMISSION, campaign_bytes, receipt_bytes, signed_zip

KEY = Ed25519PrivateKey.generate()
PUBLIC = KEY.public_key()
GOOD = receipt_bytes(KEY)
DOC: dict[str, Any] = json.loads(zipfile.ZipFile(io.BytesIO(GOOD)).read("receipt.json"))


def test_round_trip():
    receipt = verify_receipt(GOOD, PUBLIC)
    assert receipt.submission == SUBMISSION
    assert receipt.status is ReceiptStatus.ACCEPTED and receipt.flags == ()
    assert receipt.received == dt.datetime(2026, 6, 12, 14, 5, 9, tzinfo=dt.UTC)
    assert receipt.organisation_name == "全国信用協同組合連合会"
    assert receipt.fingerprint == fingerprint(PUBLIC)
    assert zipfile.ZipFile(io.BytesIO(GOOD)).namelist() == ["receipt.json", "receipt.sig"]


def test_flags_make_the_status_and_are_stored_in_one_order():
    flagged = receipt_bytes(KEY, (ReceiptFlag.LATE, ReceiptFlag.SCORES_DIFFER, ReceiptFlag.LATE))
    receipt = verify_receipt(flagged, PUBLIC)
    assert receipt.status is ReceiptStatus.ACCEPTED_WITH_FLAGS
    assert receipt.flags == (ReceiptFlag.LATE, ReceiptFlag.SCORES_DIFFER)
    assert receipt.document["flags"] == ["late", "scores_differ"]
    assert receipt_bytes(KEY, (ReceiptFlag.SCORES_DIFFER, ReceiptFlag.LATE)) == flagged


def test_a_receipt_from_another_organisation_is_refused_by_name():
    other = Ed25519PrivateKey.generate()
    foreign = receipt_bytes(other, organisation_name="別の連合会")
    with pytest.raises(errors.ReceiptOtherSigner) as caught:
        verify_receipt(foreign, PUBLIC)
    message = str(caught.value)
    assert "別の連合会" in message and fingerprint(other.public_key()) in message and fingerprint(PUBLIC) in message


def test_a_receipt_naming_our_organisation_but_signed_by_another_key_is_refused():
    """Someone copies the organisation's name and fingerprint into a receipt they sign themselves."""
    forger = Ed25519PrivateKey.generate()
    forged = signed_zip("receipt.json", canonical_json(DOC), forger)
    with pytest.raises(errors.ReceiptBadSignature) as caught:
        verify_receipt(forged, PUBLIC)
    assert "全国信用協同組合連合会" in str(caught.value)


def test_every_single_byte_change_is_refused():
    missed = []
    for offset in range(len(GOOD)):
        for mask in (0x01, 0xFF):
            damaged = bytearray(GOOD)
            damaged[offset] ^= mask
            try:
                verify_receipt(bytes(damaged), PUBLIC)
            except errors.SignedFileError as exc:
                assert str(exc) and exc.kind.startswith(("receipt_", "not_a_receipt"))
            else:
                missed.append(f"{offset} ^ {mask:#x}")
    assert missed == []


def _resigned(**fields: Any) -> bytes:
    doc = {**json.loads(json.dumps(DOC)), **fields}
    return signed_zip("receipt.json", canonical_json(doc), KEY)


RAW = canonical_json(DOC)
MALFORMED = [
    ("not a zip", b"%PDF-1.7", errors.NotAReceipt, "not_a_bundle"),
    ("a campaign file instead", campaign_bytes(KEY), errors.NotAReceipt, "member_set"),
    ("extra member", signed_zip("receipt.json", RAW, KEY, extra=[("x.json", b"{}")]), errors.ReceiptDamaged,
     "member_set"),
    ("not canonical", signed_zip("receipt.json", json.dumps(DOC).encode(), KEY), errors.ReceiptDamaged,
     "non_canonical_json"),
    ("duplicate key", signed_zip("receipt.json", RAW.replace(b'"flags":', b'"flags":["late"],"flags":'), KEY),
     errors.ReceiptDamaged, "json"),
    ("newer format", _resigned(format_version=2), errors.ReceiptNewerFormat, "newer_format"),
    ("unknown status", _resigned(status="rejected"), errors.ReceiptDamaged, "schema"),
    ("unknown flag", _resigned(status="accepted_with_flags", flags=["lost"]), errors.ReceiptDamaged, "schema"),
    ("flag twice", _resigned(status="accepted_with_flags", flags=["late", "late"]), errors.ReceiptDamaged, "schema"),
    ("flags without status", _resigned(flags=["late"]), errors.ReceiptDamaged, "status"),
    ("status without flags", _resigned(status="accepted_with_flags"), errors.ReceiptDamaged, "status"),
    ("digest not hex", _resigned(bundle={"sha256": "X" * 64, "size": 1}), errors.ReceiptDamaged, "schema"),
    ("no such time", _resigned(received="2026-02-30T10:00:00Z"), errors.ReceiptDamaged, "received"),
    ("local time", _resigned(received="2026-06-12T14:05:09+09:00"), errors.ReceiptDamaged, "schema"),
    ("wrong-size signature", write_zip([("receipt.json", RAW), ("receipt.sig", b"\0" * 32)]), errors.ReceiptDamaged,
     "signature_size"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "error", "reason"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED])
def test_malformed_receipt_is_refused_with_its_kind(data, error, reason):
    with pytest.raises(errors.SignedFileError) as caught:
        verify_receipt(data, PUBLIC)
    assert type(caught.value) is error, caught.value
    assert caught.value.reason == reason, str(caught.value)


def test_build_refuses_what_the_format_does_not_allow():
    with pytest.raises(errors.ValueRefused) as caught:
        receipt_bytes(KEY, organisation_name=" ")
    assert caught.value.reason == "organisation_name"
    with pytest.raises(errors.ValueRefused) as caught:
        receipt_bytes(KEY, received=dt.datetime(2026, 6, 12, 14, 5, 9))  # naive: which zone?
    assert caught.value.reason == "received"


def test_reading_a_receipt_from_disk(tmp_path):
    path = tmp_path / "DEMO-0001.fsar"
    path.write_bytes(GOOD)
    assert verify_receipt(read_receipt_file(path), PUBLIC).submission == SUBMISSION
    with pytest.raises(errors.NotAReceipt):
        read_receipt_file(tmp_path / "missing.fsar")

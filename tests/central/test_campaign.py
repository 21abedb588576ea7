"""The campaign file (.fsac): built, signed, read back; every malformed shape refused with its kind."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fsadesk import limits
from fsadesk.bundle.canonical import canonical_json
from fsadesk.bundle.keys import fingerprint
from fsadesk.bundle.zipfmt import write_zip
from fsadesk.central import errors
from fsadesk.central.campaign import read_campaign_file, verify_campaign, verify_campaign_from
from tests.central.signed_support import CATALOGUE, RECIPIENT, campaign_bytes, receipt_bytes, signed_zip

KEY = Ed25519PrivateKey.generate()
GOOD = campaign_bytes(KEY)
DOC: dict[str, Any] = json.loads(zipfile.ZipFile(io.BytesIO(GOOD)).read("campaign.json"))


def test_round_trip():
    campaign = verify_campaign(GOOD)
    assert campaign.campaign_id == "2026-shinkumi"
    assert campaign.title == "2026年度 サイバーセキュリティ自己評価"
    assert (campaign.cycle_label, campaign.fiscal_year) == ("2026年度", 2026)
    assert campaign.deadline == dt.date(2026, 6, 30)
    assert campaign.catalogue == CATALOGUE
    assert campaign.organisation_name == "全国信用協同組合連合会"
    assert campaign.fingerprint == fingerprint(KEY.public_key())
    assert campaign.signing_key == KEY.public_key()
    assert campaign.age_recipient == RECIPIENT
    assert campaign.created == dt.datetime(2026, 4, 1, 9, 30, tzinfo=dt.UTC)
    assert zipfile.ZipFile(io.BytesIO(GOOD)).namelist() == ["campaign.json", "campaign.sig"]


def test_same_campaign_same_bytes_and_a_fresh_uuid4_when_no_id_is_given():
    assert campaign_bytes(KEY) == GOOD
    made = verify_campaign(campaign_bytes(KEY, campaign_id=None)).campaign_id
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", made)


def test_a_member_that_trusts_the_organisation_checks_its_fingerprint():
    assert verify_campaign_from(GOOD, fingerprint(KEY.public_key())).campaign_id == "2026-shinkumi"
    other = Ed25519PrivateKey.generate()
    with pytest.raises(errors.CampaignOtherOrganisation) as caught:
        verify_campaign_from(campaign_bytes(other), fingerprint(KEY.public_key()))
    message = str(caught.value)
    assert "全国信用協同組合連合会" in message and fingerprint(other.public_key()) in message
    assert caught.value.kind == "campaign_other_organisation"


# --- every changed byte ---------------------------------------------------------------------------


def test_every_single_byte_change_is_refused():
    """Flipping one bit, or a whole byte, anywhere in the file is refused with a campaign error and
    a message; nothing else escapes."""
    missed = []
    for offset in range(len(GOOD)):
        for mask in (0x01, 0xFF):
            damaged = bytearray(GOOD)
            damaged[offset] ^= mask
            try:
                verify_campaign(bytes(damaged))
            except errors.SignedFileError as exc:
                assert str(exc) and exc.kind in {"campaign_damaged", "not_a_campaign", "campaign_bad_signature",
                                                 "campaign_newer_format"}  # fmt: skip
            else:
                missed.append(f"{offset} ^ {mask:#x}")
    assert missed == []


edits = st.lists(
    st.tuples(st.sampled_from(["set", "insert", "delete", "truncate"]), st.floats(0, 1), st.integers(0, 255)),
    min_size=1,
    max_size=4,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=edits)
def test_random_damage_is_refused(plan):
    out = bytearray(GOOD)
    for kind, where, value in plan:
        pos = min(int(where * len(out)), max(len(out) - 1, 0))
        if kind == "set" and out:
            out[pos] = value
        elif kind == "insert":
            out.insert(pos, value)
        elif kind == "delete" and out:
            del out[pos]
        elif kind == "truncate":
            del out[pos:]
    try:
        verify_campaign(bytes(out))
    except errors.SignedFileError as exc:
        assert str(exc)
    else:
        assert bytes(out) == GOOD


# --- malformed shapes -----------------------------------------------------------------------------


def _resigned(change: Callable[[dict[str, Any]], None], key: Ed25519PrivateKey = KEY) -> bytes:
    """The good document changed, in canonical form, correctly signed: only `change` is wrong."""
    doc = json.loads(json.dumps(DOC))
    change(doc)
    return signed_zip("campaign.json", canonical_json(doc), key)


def _raw(text: bytes) -> bytes:
    return signed_zip("campaign.json", text, KEY)


RAW = canonical_json(DOC)


def _deflated_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("campaign.json", b" " * 60_000)
        zf.writestr("campaign.sig", b"s" * 64)
    return buf.getvalue()


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node = doc
        for part in parents:
            node = node[part]
        node[last] = value

    return change


MALFORMED: list[tuple[str, Callable[[], bytes], type[errors.SignedFileError], str]] = [
    ("empty file", lambda: b"", errors.NotACampaign, "not_a_bundle"),
    ("text file", lambda: "締切は6月30日です".encode(), errors.NotACampaign, "not_a_bundle"),
    ("age-encrypted", lambda: b"age-encryption.org/v1\n-> X25519 abc\n", errors.NotACampaign, "encrypted"),
    ("a receipt instead", lambda: receipt_bytes(KEY), errors.NotACampaign, "member_set"),
    ("truncated", lambda: GOOD[:-30], errors.CampaignDamaged, "truncated"),
    ("too large", lambda: GOOD + b"\0" * 200_000, errors.CampaignDamaged, "oversized"),
    ("extra member", lambda: signed_zip("campaign.json", RAW, KEY, extra=[("run.sh", b"rm -rf ~")]),
     errors.CampaignDamaged, "member_set"),
    ("no signature", lambda: write_zip([("campaign.json", RAW)]), errors.CampaignDamaged, "member_set"),
    ("duplicate member", lambda: write_zip([("campaign.json", RAW), ("campaign.sig", KEY.sign(RAW)),
                                            ("Campaign.json", RAW)]), errors.CampaignDamaged, "duplicate_member"),
    ("members swapped", lambda: write_zip([("campaign.sig", KEY.sign(RAW)), ("campaign.json", RAW)]),
     errors.CampaignDamaged, "non_canonical"),
    ("zip bomb", _deflated_bomb, errors.CampaignDamaged, "zip_bomb"),
    ("path outside", lambda: write_zip([("../campaign.json", RAW), ("campaign.sig", KEY.sign(RAW))]),
     errors.CampaignDamaged, "unsafe_name"),
    ("not JSON", lambda: _raw(b"{not json"), errors.CampaignDamaged, "json"),
    ("NaN", lambda: _raw(RAW.replace(b'"fiscal_year":2026', b'"fiscal_year":NaN')), errors.CampaignDamaged, "json"),
    ("duplicate key", lambda: _raw(RAW.replace(b'"title":', b'"title":"x","title":')), errors.CampaignDamaged, "json"),
    ("not canonical", lambda: _raw(json.dumps(DOC, indent=2, ensure_ascii=False).encode()),
     errors.CampaignDamaged, "non_canonical_json"),
    ("another format", lambda: _resigned(_set("format", "fsadesk-receipt")), errors.NotACampaign, "format"),
    ("newer format", lambda: _resigned(_set("format_version", 2)), errors.CampaignNewerFormat, "newer_format"),
    ("version not a number", lambda: _resigned(_set("format_version", "1")), errors.CampaignDamaged, "format_version"),
    ("unknown field", lambda: _resigned(_set("note", "x")), errors.CampaignDamaged, "schema"),
    ("title too long", lambda: _resigned(_set("title", "題" * (limits.CAMPAIGN_TITLE.max_chars + 1))),
     errors.CampaignDamaged, "schema"),
    ("id with a space", lambda: _resigned(_set("campaign_id", "2026 shinkumi")), errors.CampaignDamaged, "schema"),
    ("year out of range", lambda: _resigned(_set("cycle.fiscal_year", 10_000)), errors.CampaignDamaged, "schema"),
    ("no catalogue digest", lambda: _resigned(lambda d: d["catalogue"].pop("digest")),
     errors.CampaignDamaged, "schema"),
    ("recipient not age", lambda: _resigned(_set("organisation.age_recipient", "ssh-ed25519 AAAA")),
     errors.CampaignDamaged, "schema"),
    ("no such date", lambda: _resigned(_set("deadline", "2026-02-30")), errors.CampaignDamaged, "deadline"),
    ("no such time", lambda: _resigned(_set("created", "2026-04-01T25:00:00Z")), errors.CampaignDamaged, "created"),
    ("short signature", lambda: write_zip([("campaign.json", RAW), ("campaign.sig", KEY.sign(RAW)[:63])]),
     errors.CampaignDamaged, "signature_size"),
    ("signed by another key", lambda: _resigned(lambda d: None, Ed25519PrivateKey.generate()),
     errors.CampaignBadSignature, "campaign_bad_signature"),
    ("fingerprint of another key", lambda: _resigned(
        _set("organisation.signing_key.fingerprint", fingerprint(Ed25519PrivateKey.generate().public_key()))),
     errors.CampaignBadSignature, "fingerprint"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "error", "reason"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED])
def test_malformed_campaign_is_refused_with_its_kind(data, error, reason):
    with pytest.raises(errors.SignedFileError) as caught:
        verify_campaign(data())
    assert type(caught.value) is error, caught.value
    assert caught.value.reason == reason, str(caught.value)
    assert str(caught.value) and "bundle" not in str(caught.value)


# --- building ---------------------------------------------------------------------------------------


def test_limits_at_their_maximum_build_and_verify():
    data = campaign_bytes(
        KEY,
        title="題" * limits.CAMPAIGN_TITLE.max_chars,
        organisation_name="連" * limits.ORGANISATION_NAME.max_chars,
        campaign_id="a" * limits.CAMPAIGN_ID.max_chars,
        cycle_label="年" * limits.CYCLE_LABEL.max_chars,
        fiscal_year=limits.FISCAL_YEAR_MAX,
    )
    assert verify_campaign(data).title == "題" * limits.CAMPAIGN_TITLE.max_chars


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"title": "題" * (limits.CAMPAIGN_TITLE.max_chars + 1)}, "$.title"),
        ({"title": "   "}, "title"),
        ({"organisation_name": ""}, "organisation_name"),
        ({"organisation_name": "連" * (limits.ORGANISATION_NAME.max_chars + 1)}, "$.organisation.name"),
        ({"campaign_id": "a" * (limits.CAMPAIGN_ID.max_chars + 1)}, "$.campaign_id"),
        ({"campaign_id": "../../etc"}, "$.campaign_id"),
        ({"fiscal_year": limits.FISCAL_YEAR_MIN - 1}, "$.cycle.fiscal_year"),
        ({"age_recipient": "age1 not a recipient"}, "$.organisation.age_recipient"),
    ],
)
def test_build_refuses_a_value_the_format_does_not_allow(change, where):
    """Refused before signing, naming the field: fsadesk never signs a file its reader refuses."""
    with pytest.raises(errors.ValueRefused) as caught:
        campaign_bytes(KEY, **change)
    assert caught.value.reason == where
    assert caught.value.kind == "central_value_refused"


def test_reading_a_campaign_file_from_disk(tmp_path):
    path = tmp_path / "2026-shinkumi.fsac"
    path.write_bytes(GOOD)
    assert verify_campaign(read_campaign_file(path)).campaign_id == "2026-shinkumi"
    for bad, reason in ((tmp_path / "missing.fsac", "not_a_file"), (tmp_path, "not_a_file")):
        with pytest.raises(errors.NotACampaign) as caught:
            read_campaign_file(bad)
        assert caught.value.reason == reason
    huge = tmp_path / "disk.img"
    with open(huge, "wb") as fh:
        fh.truncate(2**31)  # sparse: refused by its size, never read
    with pytest.raises(errors.NotACampaign) as caught:
        read_campaign_file(huge)
    assert caught.value.reason == "oversized" and "disk.img" in str(caught.value)
    # the file's own size and the limit, each said as what it is
    assert "(2,147,483,648 bytes) is far larger" in str(caught.value) and "at most" in str(caught.value)

"""Signing keys: creation, file modes, passphrases, fingerprints and enrolment files."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import unicodedata

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fsadesk.assessment.demo import DEMO_PROFILE
from fsadesk.bundle import errors
from fsadesk.bundle.keys import (
    KEY_DIR,
    PRIVATE_KEY_FILE,
    PUBLIC_KEY_FILE,
    RETIRED_DIR,
    enrolment_document,
    fingerprint,
    generate_signing_key,
    has_signing_key,
    load_public_key_file,
    load_signing_key,
    load_trust_dir,
    load_workspace_public_key,
    write_enrolment,
)
from fsadesk.bundle.pkcs8 import KDF_ITERATIONS

PASS = "correct horse battery staple"
# RFC 8032 test vector 1: a public key anyone can check the fingerprint of.
RFC8032_PUBLIC = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")


def test_key_files_and_modes(tmp_path):
    """The private key is written mode 0600 in a 0700 folder, encrypted, and loads back."""
    public = generate_signing_key(tmp_path, PASS)
    folder = tmp_path / KEY_DIR
    private_file = folder / PRIVATE_KEY_FILE
    assert stat.S_IMODE(private_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert private_file.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert load_signing_key(tmp_path, PASS).public_key() == public == load_workspace_public_key(tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == [PRIVATE_KEY_FILE, PUBLIC_KEY_FILE]  # no temp files left


def test_mode_0600_whatever_the_umask(tmp_path):
    """A permissive umask does not widen the key file's mode (it is set on the file)."""
    old = os.umask(0o000)
    try:
        generate_signing_key(tmp_path, PASS)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / KEY_DIR / PRIVATE_KEY_FILE).stat().st_mode) == 0o600


def test_wrong_passphrase_is_a_clear_message(tmp_path):
    """A wrong passphrase raises WrongPassphrase that says so and names the way out."""
    generate_signing_key(tmp_path, PASS)
    with pytest.raises(errors.WrongPassphrase) as info:
        load_signing_key(tmp_path, "not the passphrase")
    assert "passphrase is not correct" in str(info.value) and "new key" in str(info.value)


@pytest.mark.parametrize("weak", ["", "short", "       x"])
def test_weak_passphrase_refused(tmp_path, weak):
    """A passphrase under 8 characters (ignoring surrounding blanks) creates no key."""
    with pytest.raises(errors.WeakPassphrase, match="at least 8"):
        generate_signing_key(tmp_path, weak)
    assert not has_signing_key(tmp_path)


def test_passphrase_unicode_normalisation(tmp_path):
    """A Japanese passphrase typed decomposed (NFD) unlocks a key made with the composed form."""
    composed = "がっこうのかぎです"
    generate_signing_key(tmp_path, composed)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    load_signing_key(tmp_path, decomposed)


def test_existing_key_is_kept_unless_replaced(tmp_path):
    """A second init is refused with the fingerprint; replace=True retires the old key files."""
    first = generate_signing_key(tmp_path, PASS)
    with pytest.raises(errors.SigningKeyExists) as info:
        generate_signing_key(tmp_path, PASS)
    assert fingerprint(first) in str(info.value)
    second = generate_signing_key(tmp_path, "a new passphrase", replace=True)
    assert second != first
    retired = sorted(p.name for p in (tmp_path / KEY_DIR / RETIRED_DIR).iterdir())
    assert len(retired) == 2 and retired[0].endswith(PRIVATE_KEY_FILE)
    with pytest.raises(errors.WrongPassphrase):
        load_signing_key(tmp_path, PASS)


def test_missing_and_damaged_key(tmp_path):
    """No key, a damaged key file and a mismatched public key each give their own error."""
    with pytest.raises(errors.NoSigningKey):
        load_signing_key(tmp_path, PASS)
    generate_signing_key(tmp_path, PASS)
    public_file = tmp_path / KEY_DIR / PUBLIC_KEY_FILE
    saved = public_file.read_bytes()
    other = Ed25519PrivateKey.generate().public_key()
    from fsadesk.bundle.keys import public_key_pem

    public_file.write_bytes(public_key_pem(other))
    with pytest.raises(errors.KeyFileDamaged, match="does not belong"):
        load_signing_key(tmp_path, PASS)
    public_file.write_bytes(saved)
    (tmp_path / KEY_DIR / PRIVATE_KEY_FILE).write_text("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n")
    with pytest.raises(errors.KeyFileDamaged):
        load_signing_key(tmp_path, PASS)


def test_fingerprint_format():
    """The fingerprint is SHA-256 of the raw key (checked with sha256sum), uppercase hex in 16 groups of four."""
    key = Ed25519PublicKey.from_public_bytes(RFC8032_PUBLIC)
    expected = "21FE 31DF A154 A261 626B F854 046F D227 1B7B ED4B 6ABE 45AA 5887 7EF4 7F97 21B9"
    assert fingerprint(key) == expected


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed (CI installs it)")
def test_openssl_reads_the_key_with_a_strong_kdf(tmp_path):
    """OpenSSL decrypts the key file, and it uses PBKDF2 with 600,000 iterations, not 2,048."""
    generate_signing_key(tmp_path, PASS)
    key_file = tmp_path / KEY_DIR / PRIVATE_KEY_FILE
    parsed = subprocess.run(["openssl", "asn1parse", "-in", str(key_file)], capture_output=True, text=True, check=True)
    assert "PBKDF2" in parsed.stdout and f":{KDF_ITERATIONS:06X}" in parsed.stdout
    result = subprocess.run(
        ["openssl", "pkey", "-in", str(key_file), "-passin", "stdin", "-pubout"],
        input=PASS, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == (tmp_path / KEY_DIR / PUBLIC_KEY_FILE).read_text()


def test_enrolment_round_trip(tmp_path):
    """An enrolment file names the institution and key; loading it checks the fingerprint."""
    public = generate_signing_key(tmp_path, PASS)
    target = tmp_path / "enrol.json"
    write_enrolment(target, DEMO_PROFILE, public)
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["institution"] == {"id": "DEMO-0001", "name": DEMO_PROFILE.name, "category": "regional"}
    assert doc["fingerprint"] == fingerprint(public)
    key, enrolment = load_public_key_file(target)
    assert key == public and enrolment is not None and enrolment.institution_id == "DEMO-0001"
    pem_key, none = load_public_key_file(tmp_path / KEY_DIR / PUBLIC_KEY_FILE)
    assert pem_key == public and none is None


def test_enrolment_with_wrong_fingerprint_refused(tmp_path):
    """An enrolment whose stated fingerprint does not match its key is refused (a typo or a swap)."""
    public = Ed25519PrivateKey.generate().public_key()
    doc = enrolment_document(DEMO_PROFILE, public)
    doc["fingerprint"] = fingerprint(Ed25519PrivateKey.generate().public_key())
    (tmp_path / "bad.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(errors.EnrolmentInvalid, match="fingerprint does not match"):
        load_public_key_file(tmp_path / "bad.json")


def test_trust_dir_refuses_a_broken_file(tmp_path):
    """A trust folder with a broken enrolment file is an error naming the file, not silently skipped."""
    public = Ed25519PrivateKey.generate().public_key()
    write_enrolment(tmp_path / "a.json", DEMO_PROFILE, public)
    assert [e.fingerprint for _, e in load_trust_dir(tmp_path)] == [fingerprint(public)]
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(errors.EnrolmentInvalid, match=r"b\.json"):
        load_trust_dir(tmp_path)
    with pytest.raises(errors.EnrolmentInvalid, match="does not exist"):
        load_trust_dir(tmp_path / "missing")


def test_wrong_passphrase_even_when_padding_happens_to_check_out(tmp_path, monkeypatch):
    """About 1 in 256 wrong passphrases decrypt to garbage that fails as DER without mentioning the
    password; that must still be reported as a wrong passphrase, not a damaged file."""
    from fsadesk.bundle import keys as keys_module
    from fsadesk.bundle.errors import WrongPassphrase
    from fsadesk.bundle.keys import generate_signing_key, load_signing_key

    generate_signing_key(tmp_path, "the right passphrase")

    def lucky_padding(data, password):
        raise ValueError("Could not deserialize key data. The data may be in an incorrect format.")

    monkeypatch.setattr(keys_module.serialization, "load_pem_private_key", lucky_padding)
    with pytest.raises(WrongPassphrase):
        load_signing_key(tmp_path, "a wrong passphrase")


def test_empty_passphrase_is_called_empty(tmp_path):
    """Issue #9 defect 6: an empty passphrase is not a damaged key file."""
    generate_signing_key(tmp_path, PASS)
    with pytest.raises(errors.EmptyPassphrase) as info:
        load_signing_key(tmp_path, "")
    assert "passphrase is empty" in str(info.value)
    assert "not an encrypted" not in str(info.value)
    with pytest.raises(errors.EmptyPassphrase, match="passphrase is empty"):
        generate_signing_key(tmp_path / "other", "")


def test_replacing_the_key_quickly_never_overwrites_a_retired_key(tmp_path):
    """Issue #9 defect 12: three replacements within a second keep every retired key."""
    keys = [generate_signing_key(tmp_path, PASS)]
    for _ in range(3):
        keys.append(generate_signing_key(tmp_path, PASS, replace=True))
    retired = tmp_path / KEY_DIR / RETIRED_DIR
    publics = sorted(retired.glob("*" + PUBLIC_KEY_FILE))
    privates = sorted(retired.glob("*" + PRIVATE_KEY_FILE))
    assert len(publics) == len(privates) == 3
    kept = {p.read_bytes() for p in publics}
    assert len(kept) == 3 and kept == {public_pem(k) for k in keys[:3]}
    assert len({p.read_bytes() for p in privates}) == 3
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in privates)


def test_retired_names_get_a_counter_when_the_clock_repeats(tmp_path, monkeypatch):
    """Even with a clock that never moves, a second retirement takes a new name."""
    import datetime as dt

    import fsadesk.bundle.keys as keys_module

    class FrozenClock(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2026, 12, 1, 9, 0, 0, tzinfo=tz)

    monkeypatch.setattr(keys_module.dt, "datetime", FrozenClock)
    first = generate_signing_key(tmp_path, PASS)
    second = generate_signing_key(tmp_path, PASS, replace=True)
    generate_signing_key(tmp_path, PASS, replace=True)
    publics = sorted((tmp_path / KEY_DIR / RETIRED_DIR).glob("*" + PUBLIC_KEY_FILE))
    assert {p.read_bytes() for p in publics} == {public_pem(first), public_pem(second)}


def public_pem(key: Ed25519PublicKey) -> bytes:
    from fsadesk.bundle.keys import public_key_pem

    return public_key_pem(key)

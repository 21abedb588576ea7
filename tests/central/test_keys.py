"""The central organisation's keys: a signing key as a workspace's, an age identity under the same
passphrase, never overwritten; and the age identity works with the reference `age` tool both ways."""

from __future__ import annotations

import base64
import json
import os
import shutil
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from fsadesk.bundle.encrypt import decrypt_bundle, encrypt_bundle, parse_recipients
from fsadesk.bundle.errors import EmptyPassphrase, WeakPassphrase, WrongPassphrase
from fsadesk.bundle.keys import fingerprint
from fsadesk.central import keys
from fsadesk.central.campaign import verify_campaign
from fsadesk.central.errors import NoOrganisationKeys, OrganisationKeysDamaged, OrganisationKeysExist
from tests.central.signed_support import campaign_bytes

# Composed kana (NFC); members of staff may type it decomposed through another input method.
PASSPHRASE = "れんごうかいの鍵ガード-2026"
AGE = shutil.which("age")
needs_age = pytest.mark.skipif(
    AGE is None and os.environ.get("CI", "").lower() != "true",
    reason="the reference age tool is not installed (packaging/dev.sh installs it; CI must have it)",
)


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> tuple[Path, keys.OrganisationPublic]:
    folder = tmp_path_factory.mktemp("org") / "keys"
    return folder, keys.create_organisation_keys(folder, PASSPHRASE)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_keys_are_made_private_and_read_back(made):
    folder, public = made
    assert _mode(folder) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == sorted(keys.KEY_FILES)
    assert {p.name: _mode(p) for p in folder.iterdir()} == dict.fromkeys(keys.KEY_FILES, 0o600)
    assert keys.load_organisation_public(folder) == public
    assert public.fingerprint == fingerprint(public.signing_public_key)
    assert public.age_recipient.startswith("age1") and len(public.age_recipient) == 62
    sealed = json.loads((folder / keys.AGE_IDENTITY_FILE).read_bytes())
    assert sealed["format"] == "fsadesk-age-identity" and sealed["kdf"]["iterations"] >= 600_000
    assert b"AGE-SECRET-KEY" not in (folder / keys.AGE_IDENTITY_FILE).read_bytes()


def test_one_passphrase_unlocks_both_keys_however_it_was_typed(made):
    folder, public = made
    typed = unicodedata.normalize("NFD", PASSPHRASE)
    assert typed != PASSPHRASE
    assert keys.load_signing_key(folder, typed).public_key() == public.signing_public_key
    assert str(keys.load_age_identity(folder, typed).to_public()) == public.age_recipient


def test_the_signing_key_signs_campaigns_that_verify_with_the_published_fingerprint(made):
    folder, public = made
    campaign = verify_campaign(
        campaign_bytes(keys.load_signing_key(folder, PASSPHRASE), age_recipient=public.age_recipient)
    )
    assert campaign.fingerprint == public.fingerprint and campaign.age_recipient == public.age_recipient


def test_the_signing_key_file_is_standard_encrypted_pkcs8(made, tmp_path):
    """openssl reads it with the passphrase (as a workspace's key), and not without."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    (tmp_path / "pass").write_text(PASSPHRASE)
    key = made[0] / keys.SIGNING_KEY_FILE
    ok = subprocess.run(
        ["openssl", "pkey", "-in", key, "-passin", f"file:{tmp_path / 'pass'}", "-noout"], capture_output=True
    )
    assert ok.returncode == 0, ok.stderr
    (tmp_path / "pass").write_text("wrong passphrase")
    bad = subprocess.run(
        ["openssl", "pkey", "-in", key, "-passin", f"file:{tmp_path / 'pass'}", "-noout"], capture_output=True
    )
    assert bad.returncode != 0


def test_existing_keys_are_never_overwritten(made):
    folder, _ = made
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(OrganisationKeysExist) as caught:
        keys.create_organisation_keys(folder, PASSPHRASE)
    assert caught.value.kind == "organisation_keys_exist" and "never replaced" in str(caught.value)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


@pytest.mark.parametrize("leftover", keys.KEY_FILES)
def test_any_key_file_already_there_refuses_new_keys(tmp_path, leftover):
    folder = tmp_path / "keys"
    folder.mkdir()
    (folder / leftover).write_bytes(b"someone else's")
    with pytest.raises(OrganisationKeysExist):
        keys.create_organisation_keys(folder, PASSPHRASE)
    assert [p.name for p in folder.iterdir()] == [leftover]
    assert (folder / leftover).read_bytes() == b"someone else's"


def test_a_wrong_passphrase_is_the_members_wrong_passphrase(made):
    folder, _ = made
    with pytest.raises(WrongPassphrase) as caught:
        keys.load_signing_key(folder, "not the passphrase")
    assert "central organisation's signing key" in str(caught.value)
    with pytest.raises(WrongPassphrase):
        keys.load_age_identity(folder, "not the passphrase")


def test_empty_and_weak_passphrases(made, tmp_path):
    folder, _ = made
    with pytest.raises(EmptyPassphrase):
        keys.load_signing_key(folder, "")
    with pytest.raises(EmptyPassphrase):
        keys.load_age_identity(folder, "")
    with pytest.raises(WeakPassphrase):
        keys.create_organisation_keys(tmp_path / "new", "short")
    assert not (tmp_path / "new").exists()


def test_a_folder_without_keys(tmp_path):
    for load in (keys.load_organisation_public, lambda f: keys.load_signing_key(f, PASSPHRASE),
                 lambda f: keys.load_age_identity(f, PASSPHRASE)):  # fmt: skip
        with pytest.raises(NoOrganisationKeys) as caught:
            load(tmp_path / "nothing")
        assert caught.value.kind == "no_organisation_keys" and "no organisation keys" in str(caught.value)


def _copy(made, tmp_path: Path) -> Path:
    folder = tmp_path / "copy"
    shutil.copytree(made[0], folder)
    return folder


def test_damaged_public_files(made, tmp_path):
    folder = _copy(made, tmp_path)
    (folder / keys.AGE_RECIPIENT_FILE).write_text("age1nonsense\n")
    with pytest.raises(OrganisationKeysDamaged, match="age recipient"):
        keys.load_organisation_public(folder)
    (folder / keys.SIGNING_PUBLIC_FILE).write_bytes(b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")
    with pytest.raises(OrganisationKeysDamaged, match="not a PEM public key"):
        keys.load_organisation_public(folder)
    with pytest.raises(OrganisationKeysDamaged):
        keys.load_signing_key(folder, PASSPHRASE)


def test_the_identity_unlocks_whatever_the_machine_manages(made, monkeypatch):
    """The age identity's cost is fixed, not timed on the machine that made it: age's own
    passphrase mode (rage) refuses, as if the passphrase were wrong, a file whose scrypt cost is
    over 16 times what the decrypting machine manages in a second (a busy PC, an older one, a second
    analyst's with a shared keys folder). So unlocking must never go through it."""
    import pyrage

    def machine_timed(*_args: object, **_kwargs: object) -> bytes:
        raise AssertionError("the identity must not depend on age's machine-timed scrypt")

    monkeypatch.setattr(pyrage.passphrase, "decrypt", machine_timed)
    folder, public = made
    assert str(keys.load_age_identity(folder, PASSPHRASE).to_public()) == public.age_recipient


@pytest.mark.parametrize(
    "doctor",
    [
        lambda d: d | {"format": "age"},
        lambda d: d | {"kdf": d["kdf"] | {"iterations": 10**9}},  # would make unlocking hang
        lambda d: d | {"kdf": d["kdf"] | {"iterations": True}},
        lambda d: d | {"cipher": d["cipher"] | {"nonce": "AAAA"}},
        lambda d: d | {"ciphertext": "not base64!"},
        lambda d: [d],
    ],
)
def test_a_doctored_identity_file_is_damaged_not_a_wrong_passphrase(made, tmp_path, doctor):
    folder = _copy(made, tmp_path)
    path = folder / keys.AGE_IDENTITY_FILE
    path.write_text(json.dumps(doctor(json.loads(path.read_text()))))
    with pytest.raises(OrganisationKeysDamaged):
        keys.load_age_identity(folder, PASSPHRASE)
    path.write_bytes(b"\xff\xfe not json")
    with pytest.raises(OrganisationKeysDamaged):
        keys.load_age_identity(folder, PASSPHRASE)


def test_a_changed_ciphertext_is_refused(made, tmp_path):
    folder = _copy(made, tmp_path)
    path = folder / keys.AGE_IDENTITY_FILE
    doc = json.loads(path.read_text())
    raw = bytearray(base64.b64decode(doc["ciphertext"]))
    raw[0] ^= 1
    path.write_text(json.dumps(doc | {"ciphertext": base64.b64encode(bytes(raw)).decode()}))
    with pytest.raises(WrongPassphrase):  # GCM cannot tell the two apart; the message says which is likelier
        keys.load_age_identity(folder, PASSPHRASE)


def test_mixed_up_key_folders_are_refused(made, tmp_path):
    """Keys of two set-ups mixed in one folder are refused, never used as a pair."""
    folder = _copy(made, tmp_path)
    other = keys.create_organisation_keys(tmp_path / "other", PASSPHRASE)
    (folder / keys.AGE_RECIPIENT_FILE).write_text(other.age_recipient + "\n")
    with pytest.raises(OrganisationKeysDamaged, match="mixed up"):
        keys.load_age_identity(folder, PASSPHRASE)
    shutil.copy(tmp_path / "other" / keys.SIGNING_PUBLIC_FILE, folder / keys.SIGNING_PUBLIC_FILE)
    with pytest.raises(OrganisationKeysDamaged, match="mixed up"):
        keys.load_signing_key(folder, PASSPHRASE)


# --- the reference age tool ------------------------------------------------------------------------


@needs_age
def test_age_cli_encrypts_to_the_recipient_and_fsadesk_decrypts(made, tmp_path):
    folder, public = made
    plain = tmp_path / "bundle.fsab"
    plain.write_bytes(os.urandom(200_000))
    done = subprocess.run([AGE or "age", "-r", public.age_recipient, "-o", tmp_path / "bundle.fsab.age", plain],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    identity = keys.load_age_identity(folder, PASSPHRASE)
    assert decrypt_bundle((tmp_path / "bundle.fsab.age").read_bytes(), [identity]) == plain.read_bytes()


@needs_age
def test_fsadesk_encrypts_to_the_recipient_and_age_cli_decrypts(made, tmp_path):
    folder, public = made
    plain = os.urandom(200_000)
    (tmp_path / "bundle.fsab.age").write_bytes(encrypt_bundle(plain, parse_recipients(public.age_recipient)))
    identity_file = tmp_path / "identity.txt"
    identity_file.write_text(str(keys.load_age_identity(folder, PASSPHRASE)) + "\n")
    identity_file.chmod(0o600)
    done = subprocess.run([AGE or "age", "-d", "-i", identity_file, tmp_path / "bundle.fsab.age"],
                          capture_output=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == plain


SET_UP = """
import sys
from fsadesk.central.errors import OrganisationKeysExist
from fsadesk.central.keys import create_organisation_keys
try:
    print(create_organisation_keys(sys.argv[1], sys.argv[2]).fingerprint)
except OrganisationKeysExist:
    print("refused")
"""


def test_two_set_ups_at_once_leave_one_whole_set_of_keys(tmp_path):
    """Two people set up the organisation in the same folder at the same moment: one set of keys
    is made, the other set-up is refused, and the folder never mixes the two."""
    folder = tmp_path / "keys"
    runs = [
        subprocess.Popen([sys.executable, "-c", SET_UP, str(folder), PASSPHRASE], stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = sorted(run.communicate(timeout=120)[0].strip() for run in runs)
    assert [run.returncode for run in runs] == [0, 0]
    assert outputs[1] == "refused", outputs
    assert keys.load_organisation_public(folder).fingerprint == outputs[0]
    assert (
        keys.load_signing_key(folder, PASSPHRASE).public_key()
        == keys.load_organisation_public(folder).signing_public_key
    )
    assert sorted(p.name for p in folder.iterdir()) == sorted(keys.KEY_FILES)

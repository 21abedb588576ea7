"""A damaged age file is named in one plain line: age's advice to its own command-line users
("Have you tried upgrading to the latest version?") is not passed on to ours."""

from __future__ import annotations

import pytest
from pyrage import x25519

from fsadesk.bundle.encrypt import EncryptionError, decrypt_bundle, encrypt_bundle


@pytest.mark.parametrize(
    "damaged",
    [
        b"age-encryption.org/v1\n-> X25519 abc\nxxx\n--- yyy\n" + b"\0" * 100,  # header nonsense
        b"age-encryption.org/v1\n",  # cut after the first line
    ],
)
def test_damaged_age_file_is_one_line_without_ages_advice(damaged: bytes) -> None:
    identity = x25519.Identity.generate()
    with pytest.raises(EncryptionError) as caught:
        decrypt_bundle(damaged, [identity])
    text = str(caught.value)
    assert text.startswith("The encrypted file is damaged or incomplete (")
    assert "\n" not in text
    assert "upgrading" not in text


def test_cut_off_ciphertext_is_damaged_not_wrong_recipient() -> None:
    identity = x25519.Identity.generate()
    sealed = encrypt_bundle(b"PK" + b"x" * 5000, [identity.to_public()])
    with pytest.raises(EncryptionError, match="damaged or incomplete"):
        decrypt_bundle(sealed[:-100], [identity])

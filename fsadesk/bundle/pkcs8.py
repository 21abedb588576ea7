"""Encrypted PKCS#8 with a key-derivation cost we choose.

cryptography's BestAvailableEncryption writes PBES2 with only 2,048 PBKDF2 iterations and offers
no way to raise it for PKCS#8, which makes a stolen key file cheap to attack by guessing
passphrases. This module writes the same standard structure (RFC 8018 PBES2: PBKDF2-HMAC-SHA256 +
AES-256-CBC) with 600,000 iterations. cryptography and OpenSSL read it unchanged, so loading stays
`load_pem_private_key` and `openssl pkey -in signing-key.pem` works.
"""

from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

# OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.2 s per unlock on a 2-core VM.
KDF_ITERATIONS = 600_000

# DER-encoded object identifiers (RFC 8018, NIST).
_OID_PBES2 = bytes.fromhex("06092a864886f70d01050d")
_OID_PBKDF2 = bytes.fromhex("06092a864886f70d01050c")
_OID_HMAC_SHA256 = bytes.fromhex("06082a864886f70d0209")
_OID_AES256_CBC = bytes.fromhex("060960864801650304012a")


def _tlv(tag: int, content: bytes) -> bytes:
    n = len(content)
    if n < 0x80:
        length = bytes([n])
    else:
        body = n.to_bytes((n.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(body)]) + body
    return bytes([tag]) + length + content


def _seq(*parts: bytes) -> bytes:
    return _tlv(0x30, b"".join(parts))


def _int(value: int) -> bytes:
    body = value.to_bytes(value.bit_length() // 8 + 1, "big")  # leading zero keeps it positive
    return _tlv(0x02, body)


def _octets(value: bytes) -> bytes:
    return _tlv(0x04, value)


def encrypted_pkcs8_pem(private_key: Ed25519PrivateKey, passphrase: bytes) -> bytes:
    """PEM "ENCRYPTED PRIVATE KEY" of an Ed25519 key, PBES2 with KDF_ITERATIONS."""
    plain = private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    salt, iv = os.urandom(16), os.urandom(16)
    key = PBKDF2HMAC(hashes.SHA256(), 32, salt, KDF_ITERATIONS).derive(passphrase)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(plain) + padder.finalize()
    encryptor = Cipher(algorithms.AES256(key), modes.CBC(iv)).encryptor()
    ciphertext = encryptor.update(padded) + encryptor.finalize()
    kdf = _seq(_OID_PBKDF2, _seq(_octets(salt), _int(KDF_ITERATIONS), _seq(_OID_HMAC_SHA256, b"\x05\x00")))
    scheme = _seq(_OID_AES256_CBC, _octets(iv))
    der = _seq(_seq(_OID_PBES2, _seq(kdf, scheme)), _octets(ciphertext))
    b64 = base64.encodebytes(der).replace(b"\n", b"")
    lines = [b64[i : i + 64] for i in range(0, len(b64), 64)]
    return b"-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + b"\n".join(lines) + b"\n-----END ENCRYPTED PRIVATE KEY-----\n"

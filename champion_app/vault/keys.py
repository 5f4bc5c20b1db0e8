"""The keys that protect a laptop's data, all derived from one random 32-byte master secret.

One master per data folder; HKDF-SHA256 gives each use its own subkey, so the database key,
the photo key and the published key-check value never reveal one another. The master itself
lives in the system keyring, or wrapped under a passphrase (`wrap`), never in the clear on
disk (the demo's sample data is the one exception, see `vault.Vault`).

`cryptography` is the app's (extra ``app``): it is imported inside the functions, so the
kernel, and with it the server, import without it.
"""

from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass, field

MASTER_BYTES = 32
PHOTO_MAGIC = b"ECP1"   # format marker of an encrypted photo file, version 1
NONCE_BYTES = 12


def new_master() -> bytes:
    return secrets.token_bytes(MASTER_BYTES)


def subkey(master: bytes, purpose: str, length: int = 32) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None,
                info=f"estate-champion/{purpose}/v1".encode()).derive(master)


def check_value(master: bytes) -> bytes:
    """16 bytes anyone may read (key.json keeps them): they tell "this is the right key" from
    "this file is damaged", which SQLCipher reports with the same words."""
    return subkey(master, "key-check", 16)


@dataclass(frozen=True)
class Keys:
    """What the store needs: the database's raw SQLCipher key and the photos' AES-GCM key."""

    db_key: bytes = field(repr=False)
    photo_key: bytes = field(repr=False)

    @classmethod
    def from_master(cls, master: bytes) -> Keys:
        if len(master) != MASTER_BYTES:
            raise ValueError("a master key is 32 bytes")
        return cls(db_key=subkey(master, "sqlcipher"), photo_key=subkey(master, "photos"))

    def __repr__(self) -> str:  # never print key material, not even in a traceback
        return "Keys(<hidden>)"


# The benchmarks' unencrypted baseline only (what encryption costs): the app never uses it.
UNENCRYPTED = Keys(db_key=b"", photo_key=b"")


def encrypt_photo(keys: Keys, sha256_hex: str, jpeg: bytes) -> bytes:
    """``ECP1 | nonce | AES-256-GCM(jpeg) + tag``; the photo's SHA-256 is bound in as
    associated data, so a file renamed onto another photo's name does not decrypt."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    aad = PHOTO_MAGIC + bytes.fromhex(sha256_hex)
    return PHOTO_MAGIC + nonce + AESGCM(keys.photo_key).encrypt(nonce, jpeg, aad)


def decrypt_photo(keys: Keys, sha256_hex: str, blob: bytes) -> bytes:
    """The JPEG; ValueError when the file is not an encrypted photo of that name (or damaged)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if blob[:len(PHOTO_MAGIC)] != PHOTO_MAGIC:
        raise ValueError("not an encrypted photo")
    start = len(PHOTO_MAGIC)
    nonce, sealed = blob[start:start + NONCE_BYTES], blob[start + NONCE_BYTES:]
    try:
        return AESGCM(keys.photo_key).decrypt(nonce, sealed,
                                              PHOTO_MAGIC + bytes.fromhex(sha256_hex))
    except InvalidTag:
        raise ValueError("the photo file is damaged or belongs to another key") from None


def same(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)

"""A master key wrapped under a passphrase: argon2id makes the key-encryption key, AES-GCM
seals the master with it. Used where there is no system keyring.

The argon2 parameters travel with the wrapped key and are authenticated (they are the
associated data), so an edited file fails like a wrong passphrase instead of unlocking with
cheaper settings. Changing the passphrase only rewraps the master: the database and photos
are untouched.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

# RFC 9106's second recommended setting (argon2-cffi's default): about 0.45 s per unlock on
# a two-core laptop, a cost paid once when the app opens.
ARGON2: dict[str, int] = {"t": 3, "m_kib": 65536, "p": 4}
MIN_PASSPHRASE = 8


class WrongPassphrase(ValueError):
    """The passphrase does not open this key (or the key file was edited)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kek(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=params["t"],
                           memory_cost=params["m_kib"], parallelism=params["p"], hash_len=32,
                           type=Type.ID)


def _aad(params: dict[str, int]) -> bytes:
    return json.dumps({"v": 1, "kdf": "argon2id", **params}, sort_keys=True).encode()


def wrap(master: bytes, passphrase: str, params: dict[str, int] | None = None) -> dict[str, Any]:
    """The master sealed under ``passphrase``, as the JSON-ready part of key.json."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params = dict(params or ARGON2)
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_kek(passphrase, salt, params)).encrypt(nonce, master, _aad(params))
    return {"kdf": "argon2id", **params, "salt": _b64(salt), "nonce": _b64(nonce),
            "wrapped_key": _b64(sealed)}


def unwrap(doc: dict[str, Any], passphrase: str) -> bytes:
    """The master; WrongPassphrase when the passphrase (or the file) is not right."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        params = {k: int(doc[k]) for k in ("t", "m_kib", "p")}
        salt, nonce, sealed = (base64.b64decode(doc[k]) for k in ("salt", "nonce", "wrapped_key"))
    except (KeyError, TypeError, ValueError) as exc:
        raise WrongPassphrase("the key file is damaged") from exc
    try:
        return AESGCM(_kek(passphrase, salt, params)).decrypt(nonce, sealed, _aad(params))
    except InvalidTag:
        raise WrongPassphrase("wrong passphrase") from None

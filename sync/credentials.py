"""Where the device token lives: the system keyring, else a file only this user can read.

The token is never logged, never put in an exception message and never stored in the
database (a copied champion.db must not carry the laptop's access with it).
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

SERVICE = "EstateChampion"
TOKEN_FILE = "device-token"
KEYRING, FILE = "keyring", "file"


def _account(data_dir: Path, device_id: str) -> str:
    # Per data folder and device: the demo and a real connection never overwrite each other.
    return f"{Path(data_dir).resolve()}|{device_id}"


def _usable_keyring():
    """The keyring module when a real backend is configured, else None."""
    try:
        import keyring
        from keyring.backends import fail, null
    except Exception:  # keyring missing or broken: the file fallback still works
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring | null.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    return _usable_keyring() is not None


def _file(data_dir: Path) -> Path:
    return Path(data_dir) / TOKEN_FILE


def save_token(data_dir: Path, device_id: str, token: str) -> str:
    """Store the token; returns where (KEYRING or FILE) so the UI can say so."""
    keyring = _usable_keyring()
    if keyring is not None:
        try:
            keyring.set_password(SERVICE, _account(data_dir, device_id), token)
            if keyring.get_password(SERVICE, _account(data_dir, device_id)) == token:
                _file(data_dir).unlink(missing_ok=True)
                return KEYRING
        except Exception as exc:  # locked or refusing keyring: fall back, say why in the log
            log.warning("keyring refused the token (%s); using a private file",
                        type(exc).__name__)
    path = _file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    # Created 0600 from the start: there is no moment when others could read it.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(f"{device_id}\n{token}\n")
    os.replace(tmp, path)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return FILE


def load_token(data_dir: Path, device_id: str) -> str | None:
    keyring = _usable_keyring()
    if keyring is not None:
        try:
            token = keyring.get_password(SERVICE, _account(data_dir, device_id))
        except Exception as exc:
            log.warning("keyring could not be read (%s)", type(exc).__name__)
            token = None
        if token:
            return token
    try:
        lines = _file(data_dir).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    if len(lines) >= 2 and lines[0] == device_id and lines[1]:
        return lines[1]
    return None


def delete_token(data_dir: Path, device_id: str) -> None:
    keyring = _usable_keyring()
    if keyring is not None:
        with contextlib.suppress(Exception):
            keyring.delete_password(SERVICE, _account(data_dir, device_id))
    path = _file(data_dir)
    try:
        owner = path.read_text(encoding="utf-8").split("\n", 1)[0]
    except OSError:
        return
    if owner == device_id:  # the file holds one device's token: never remove another's
        path.unlink(missing_ok=True)


class KeyringSecrets:
    """The system keyring as `champion_app.vault` wants it (the kernel never imports keyring):
    where a data folder's master key is kept when there is a keyring."""

    def __init__(self, keyring) -> None:
        self._keyring = keyring

    def get(self, account: str) -> str | None:
        return self._keyring.get_password(SERVICE, account)

    def set(self, account: str, secret: str) -> None:
        self._keyring.set_password(SERVICE, account, secret)

    def delete(self, account: str) -> None:
        self._keyring.delete_password(SERVICE, account)


def keyring_secrets() -> KeyringSecrets | None:
    """The keyring when a real backend is configured, else None (the passphrase path)."""
    keyring = _usable_keyring()
    return KeyringSecrets(keyring) if keyring is not None else None

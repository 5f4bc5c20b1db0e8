"""Where a data folder's master key lives, and getting it back: `Vault`.

Every data folder has a small ``key.json`` (0600) that says where its key is kept and holds a
key-check value (`keys.check_value`):

* ``keyring``: the master is in the system keyring (the app hands one in as a `SecretStore`;
  the kernel never imports keyring). Opening needs no prompt.
* ``passphrase``: there is no keyring, so the master is wrapped under a passphrase the
  person chose (`wrap`).
* ``file``: the demo's sample data only, where there is no keyring: the master is in the
  file itself. The demo folder is encrypted like a real one, but anyone with the folder can
  open it; it holds nothing real.

key.json is what makes "the keyring cannot be reached today" different from "first run":
without it the app would create a new, empty database beside data it can no longer read.
So a missing key.json next to an encrypted database is an error, never a fresh start.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from champion_app.durable import fsync_dir, write_durably
from champion_app.errors import ChampionError, StoreError
from champion_app.paths import make_private

from . import wrap as wrapping
from .keys import Keys, check_value, new_master, same

log = logging.getLogger(__name__)

KEY_FILE = "key.json"
KEYRING, PASSPHRASE, FILE = "keyring", "passphrase", "file"
SQLITE_HEADER = b"SQLite format 3\x00"


class SecretStore(Protocol):
    """The system keyring, as the app hands it in (sync.credentials.keyring_secrets)."""

    def get(self, account: str) -> str | None: ...
    def set(self, account: str, secret: str) -> None: ...
    def delete(self, account: str) -> None: ...


class VaultError(ChampionError):
    """The key that opens a data folder cannot be had; the message says why and what to do."""


class NeedsPassphrase(VaultError):
    """Opening (``new=False``) or creating (``new=True``) the key needs a passphrase."""

    def __init__(self, new: bool, message: str = "") -> None:
        super().__init__(message or (
            "There is no system keyring on this computer, so Estate Champion protects your "
            "data with a passphrase. Choose one (at least 8 characters)." if new else
            "Type your passphrase to open your data."))
        self.new = new


class BadPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__("That passphrase is not right. Nothing has been changed; try again.")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def write_private(path: Path, data: bytes) -> None:
    """Write ``path`` atomically, readable by this user only, and make it durable (fsync of
    the file and its folder): a key must be on disk before anything is encrypted with it."""
    make_private(path.parent)
    write_durably(path, data)


def is_encrypted_database(path: Path) -> bool:
    """A non-empty file that is not plain SQLite: an encrypted store (or a damaged file)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


class Vault:
    """One data folder's key: create it (first run), open it, or destroy it (a wipe)."""

    def __init__(self, data_dir: Path,
                 secrets: SecretStore | Callable[[], SecretStore | None] | None = None, *,
                 demo: bool = False, db_path: Path | None = None,
                 kdf: dict[str, int] | None = None) -> None:
        self.data_dir = Path(data_dir)
        # A function is called only when the keyring is needed: finding a keyring backend
        # costs 60-180 ms, which a folder whose key is not there should not pay.
        self._secrets = secrets
        self.demo = demo
        self.db_path = Path(db_path) if db_path else self.data_dir / "champion.db"
        self.kdf = kdf
        self.path = self.data_dir / KEY_FILE

    @property
    def secrets(self) -> SecretStore | None:
        if callable(self._secrets) and not hasattr(self._secrets, "get"):
            self._secrets = self._secrets()
        return self._secrets  # type: ignore[return-value]

    # -- what is there -------------------------------------------------------------------------
    def read(self) -> dict[str, Any] | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise VaultError(f"The key file {self.path} cannot be read: {exc.strerror}. "
                             "Nothing has been changed.", detail=repr(exc)) from exc
        try:
            doc = json.loads(text)
            if doc.get("v") != 1 or doc.get("store") not in (KEYRING, PASSPHRASE, FILE):
                raise ValueError("unknown key file version")
            base64.b64decode(doc["check"], validate=True)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise VaultError(
                f"The key file {self.path} is damaged, so the data in {self.data_dir} cannot "
                "be opened. It has been left exactly as it is. Ask your coordinator for help.",
                detail=repr(exc)) from exc
        return doc

    def kind(self) -> str | None:
        """KEYRING, PASSPHRASE or FILE; None before the first run."""
        doc = self.read()
        return None if doc is None else doc["store"]

    def needs_passphrase(self) -> bool:
        """Whether `open` (or, on a first run, `create`) will need a passphrase."""
        kind = self.kind()
        if kind is None:
            return self.secrets is None and not self.demo
        return kind == PASSPHRASE

    # -- first run -----------------------------------------------------------------------------
    def create(self, passphrase: str | None = None) -> Keys:
        """A new master key, stored durably before anything is encrypted with it."""
        if self.read() is not None:
            raise VaultError("This data folder already has a key.")
        self._refuse_orphan()
        master = new_master()
        doc: dict[str, Any] = {"v": 1, "check": _b64(check_value(master)), "created_at": _now()}
        if self.secrets is not None and passphrase is None:
            key_id = secrets.token_hex(8)
            if self._store_in_keyring(key_id, master):
                doc.update(store=KEYRING, key_id=key_id)
                write_private(self.path, json.dumps(doc, indent=1).encode())
                log.info("new data key created; kept in the system keyring")
                return Keys.from_master(master)
        if passphrase is None:
            if self.demo:  # sample data only: see the module's docstring
                doc.update(store=FILE, master=_b64(master))
                write_private(self.path, json.dumps(doc, indent=1).encode())
                log.info("new demo data key created (kept in the demo folder)")
                return Keys.from_master(master)
            raise NeedsPassphrase(new=True)
        if len(passphrase) < wrapping.MIN_PASSPHRASE:
            raise NeedsPassphrase(new=True, message=(
                f"Choose a passphrase of at least {wrapping.MIN_PASSPHRASE} characters."))
        doc.update(store=PASSPHRASE, **wrapping.wrap(master, passphrase, self.kdf))
        write_private(self.path, json.dumps(doc, indent=1).encode())
        log.info("new data key created; protected by a passphrase (no system keyring)")
        return Keys.from_master(master)

    def _store_in_keyring(self, key_id: str, master: bytes) -> bool:
        assert self.secrets is not None
        value = _b64(master)
        try:
            self.secrets.set(self._account(key_id), value)
            if self.secrets.get(self._account(key_id)) == value:
                return True
        except Exception as exc:  # a locked or refusing keyring: the passphrase path instead
            log.warning("the system keyring refused the data key (%s)", type(exc).__name__)
        return False

    def _refuse_orphan(self) -> None:
        """Never start afresh beside a file that is not plain SQLite: it is encrypted with a
        key this folder no longer has, or it is damaged. Either way it may hold the only copy
        of work not yet sent, so it is left as it is."""
        if is_encrypted_database(self.db_path):
            raise StoreError(
                f"The database file {self.db_path} cannot be opened: it is damaged, or it is "
                f"encrypted and its key file ({KEY_FILE}) is not in that folder. It has been "
                f"left exactly as it is. If you moved the folder, bring {KEY_FILE} with it; "
                "otherwise keep a copy of the file and ask your coordinator for help.",
                path=self.db_path)

    @staticmethod
    def _account(key_id: str) -> str:
        return f"data-key/{key_id}"

    # -- every later run -----------------------------------------------------------------------
    def open(self, passphrase: str | None = None) -> Keys:
        doc = self.read()
        if doc is None:
            raise VaultError(f"This data folder has no key yet ({self.path}).")
        master = self._master(doc, passphrase)
        if not same(check_value(master), base64.b64decode(doc["check"])):
            raise VaultError(
                f"The key found for {self.data_dir} is not the one its data was locked with, so "
                "it cannot be opened. Nothing has been changed. Ask your coordinator for help.")
        return Keys.from_master(master)

    def _master(self, doc: dict[str, Any], passphrase: str | None) -> bytes:
        if doc["store"] == FILE:
            return base64.b64decode(doc["master"])
        if doc["store"] == PASSPHRASE:
            if passphrase is None:
                raise NeedsPassphrase(new=False)
            try:
                return wrapping.unwrap(doc, passphrase)
            except wrapping.WrongPassphrase:
                raise BadPassphrase() from None
        if self.secrets is None:
            raise VaultError(
                "The key that opens your data is kept in this computer's keyring, which cannot "
                "be reached now. Sign in to your desktop as usual (so the keyring is unlocked) "
                "and open Estate Champion again. Nothing has been changed or lost.")
        try:
            value = self.secrets.get(self._account(doc["key_id"]))
        except Exception as exc:
            raise VaultError(
                "The system keyring did not give back the key that opens your data. Unlock the "
                "keyring (or sign in to your desktop) and try again. Nothing has been changed.",
                detail=type(exc).__name__) from exc
        if not value:
            raise VaultError(
                "The key that opens your data is missing from this computer's keyring, so the "
                "data cannot be opened. It has been left exactly as it is. Ask your coordinator "
                "for help.")
        return base64.b64decode(value)

    def unlock(self, passphrase: str | None = None) -> Keys:
        """`open` when the folder has a key, else `create` (the first run)."""
        if self.read() is None:
            return self.create(passphrase)
        return self.open(passphrase)

    def check_passphrase(self, passphrase: str) -> bool:
        try:
            self.open(passphrase)
        except BadPassphrase:
            return False
        return True

    # -- a wipe --------------------------------------------------------------------------------
    def destroy(self) -> None:
        """Crypto-erase: the keyring entry, then key.json (overwritten first, as far as the
        disk allows). After this nothing encrypted with the key can be read, even if deleting
        the data files is interrupted."""
        try:
            doc = self.read()
        except VaultError:
            doc = None
        if doc is not None and doc.get("store") == KEYRING and self.secrets is not None:
            with contextlib.suppress(Exception):
                self.secrets.delete(self._account(doc["key_id"]))
        if self.path.exists():
            with contextlib.suppress(OSError), open(self.path, "r+b") as fh:
                size = fh.seek(0, os.SEEK_END)
                fh.seek(0)
                fh.write(secrets.token_bytes(size))
                fh.flush()
                os.fsync(fh.fileno())
            self.path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                fsync_dir(self.path.parent)

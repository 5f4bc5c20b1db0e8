"""How a program gets a data folder's keys: one `Unlocker` per program, installed as the
default that `Store.open` asks when it is given no keys.

The program on top decides where secrets come from (`ui/cli.py` hands in the system
keyring) and how to ask for a passphrase (a prompt on the terminal; the window asks with its
own screen and `remember`s the result). Keys are remembered per folder for the life of the
process, so a second Store on another thread opens without asking again; the remembered
keys are dropped when the folder's key changes (a wipe, a new key.json).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from .keys import Keys
from .vault import BadPassphrase, NeedsPassphrase, SecretStore, Vault, VaultError

log = logging.getLogger(__name__)

# ask(data_dir, new) -> the passphrase the person typed (new=True: they are choosing one).
Ask = Callable[[Path, bool], str]
Unlock = Callable[[Path], Keys]


class Unlocker:
    """Opens (or, the first time, creates) the key of any data folder this program uses."""

    def __init__(self, secrets: Callable[[], SecretStore | None] | None = None,
                 ask: Ask | None = None, *, demo: bool = False,
                 kdf: dict[str, int] | None = None, tries: int = 1) -> None:
        self._secrets_factory = secrets
        self._secrets: SecretStore | None = None
        self._secrets_known = secrets is None
        self.ask = ask
        self.demo = demo
        self.kdf = kdf
        self.tries = max(1, tries)
        self._known: dict[tuple[Path, str], Keys] = {}
        self._lock = threading.Lock()

    def secrets(self) -> SecretStore | None:
        """The keyring (looked up once: finding its backend costs tens of milliseconds)."""
        if not self._secrets_known:
            self._secrets = self._secrets_factory() if self._secrets_factory else None
            self._secrets_known = True
        return self._secrets

    def vault(self, data_dir: Path) -> Vault:
        return Vault(data_dir, self.secrets, demo=self.demo, kdf=self.kdf)

    def __call__(self, data_dir: Path) -> Keys:
        with self._lock:
            vault = self.vault(data_dir)
            known = self._known.get(self._slot(vault))
            if known is not None:
                return known
            try:
                keys = vault.unlock()
            except NeedsPassphrase as needed:
                if self.ask is None:
                    raise
                keys = self._ask_until_right(vault, needed.new)
            self._known[self._slot(vault)] = keys
            return keys

    def _ask_until_right(self, vault: Vault, new: bool) -> Keys:
        for attempt in range(self.tries):
            try:
                return vault.unlock(self.ask(vault.data_dir, new) if self.ask else None)
            except BadPassphrase:
                if attempt == self.tries - 1:
                    raise
        raise AssertionError("unreachable")

    def remember(self, data_dir: Path, keys: Keys) -> None:
        with self._lock:
            self._known[self._slot(self.vault(data_dir))] = keys

    def forget(self, data_dir: Path) -> None:
        with self._lock:
            folder = Path(data_dir).resolve()
            for slot in [s for s in self._known if s[0] == folder]:
                del self._known[slot]

    @staticmethod
    def _slot(vault: Vault) -> tuple[Path, str]:
        doc = vault.read()
        return vault.data_dir.resolve(), (doc or {}).get("check", "")


_default: Unlock | None = None


def set_default(unlock: Unlock | None) -> Unlock | None:
    """Install how `Store.open` gets keys when given none; returns the one it replaces."""
    global _default
    previous, _default = _default, unlock
    return previous


def default() -> Unlock | None:
    return _default


def keys_for(data_dir: Path) -> Keys:
    if _default is None:
        raise VaultError("Estate Champion cannot open its data here: no way to unlock it was "
                         "set up (this is a bug in the program that called it).")
    return _default(Path(data_dir))


def forget(data_dir: Path) -> None:
    """Drop what the default unlocker remembers of a folder (after its key was destroyed)."""
    if isinstance(_default, Unlocker):
        _default.forget(Path(data_dir))


def default_secrets() -> SecretStore | None:
    """The keyring the default unlocker uses (None: none, or no unlocker of ours)."""
    return _default.secrets() if isinstance(_default, Unlocker) else None

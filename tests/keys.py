"""How tests unlock data folders: the real `champion_app.vault` code, on the passphrase path
(the test session has no keyring), with one known passphrase and a cheap argon2 setting so
the hundreds of folders tests make do not each cost 0.45 s.

conftest.py installs `UNLOCKER` as the default for `Store.open`, and puts the passphrase in
CHAMPION_PASSPHRASE, so `champion-app` run as a subprocess opens the same folders.
"""

from __future__ import annotations

from pathlib import Path

from champion_app.vault import Unlocker, keys_for

TEST_PASSPHRASE = "test passphrase, not a secret"
CHEAP_KDF = {"t": 1, "m_kib": 1024, "p": 1}
UNLOCKER = Unlocker(None, lambda _folder, _new: TEST_PASSPHRASE, kdf=CHEAP_KDF)


def keyed_connection(path: Path):
    """Another program's connection to a store: the same driver and key, nothing shared."""
    from champion_app.store import driver

    return driver.connect(str(path), key=keys_for(Path(path).parent).db_key)

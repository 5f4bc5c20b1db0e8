"""Where a data folder's key lives, and that nothing can make the app start afresh beside
data it can no longer read. (The real system keyring: tests/e2e/test_keyring.py.)"""

from __future__ import annotations

import json
import stat

import pytest

from champion_app.errors import StoreError
from champion_app.records import Draft
from champion_app.store import Store
from champion_app.vault import (
    FILE,
    KEYRING,
    PASSPHRASE,
    BadPassphrase,
    NeedsPassphrase,
    Unlocker,
    Vault,
    VaultError,
)
from tests.keys import CHEAP_KDF


class DictKeyring:
    """Stands in for the OS keyring in these unit tests (the real one is an e2e test)."""

    def __init__(self, refuse: bool = False) -> None:
        self.items: dict[str, str] = {}
        self.refuse = refuse

    def get(self, account):
        return self.items.get(account)

    def set(self, account, secret):
        if self.refuse:
            raise RuntimeError("locked")
        self.items[account] = secret

    def delete(self, account):
        self.items.pop(account, None)


def test_with_a_keyring_the_key_is_kept_there_and_reopens_without_a_prompt(tmp_path):
    ring = DictKeyring()
    keys = Vault(tmp_path, ring).unlock()
    doc = json.loads((tmp_path / "key.json").read_text())
    assert doc["store"] == KEYRING and "master" not in doc and "wrapped_key" not in doc
    assert list(ring.items) == [f"data-key/{doc['key_id']}"]
    assert stat.S_IMODE((tmp_path / "key.json").stat().st_mode) == 0o600
    assert Vault(tmp_path, ring).unlock() == keys  # no passphrase asked for
    assert not Vault(tmp_path, ring).needs_passphrase()


def test_a_keyring_that_is_down_or_lost_its_entry_is_an_error_never_a_fresh_start(tmp_path):
    ring = DictKeyring()
    with Store.open(tmp_path / "champion.db", keys=Vault(tmp_path, ring).unlock()):
        pass
    with pytest.raises(VaultError, match="cannot be reached"):
        Vault(tmp_path, None).unlock()
    ring.items.clear()
    with pytest.raises(VaultError, match="missing from this computer's keyring"):
        Vault(tmp_path, ring).unlock()
    ring.items["data-key/" + json.loads((tmp_path / "key.json").read_text())["key_id"]] = \
        "A" * 44  # some other key under its name
    with pytest.raises(VaultError, match="not the one"):
        Vault(tmp_path, ring).unlock()
    assert json.loads((tmp_path / "key.json").read_text())["store"] == KEYRING  # untouched


def test_without_a_keyring_a_passphrase_protects_the_key(tmp_path):
    vault = Vault(tmp_path, None, kdf=CHEAP_KDF)
    assert vault.needs_passphrase()
    with pytest.raises(NeedsPassphrase) as needed:
        vault.unlock()
    assert needed.value.new and "no system keyring" in needed.value.user_message
    with pytest.raises(NeedsPassphrase, match="at least 8"):
        vault.unlock("short")
    keys = vault.unlock("correct horse battery")
    doc = json.loads((tmp_path / "key.json").read_text())
    assert doc["store"] == PASSPHRASE and "master" not in doc
    with pytest.raises(NeedsPassphrase) as needed:
        vault.unlock()
    assert not needed.value.new
    with pytest.raises(BadPassphrase):
        vault.unlock("correct horse battery!")
    assert vault.unlock("correct horse battery") == keys
    # The argon2 settings are sealed in: cheaper ones written into the file do not unlock.
    doc["t"] = 1 if doc["t"] != 1 else 2
    (tmp_path / "key.json").write_text(json.dumps(doc))
    with pytest.raises(BadPassphrase):
        vault.unlock("correct horse battery")


def test_a_keyring_that_refuses_the_key_falls_back_to_a_passphrase(tmp_path):
    vault = Vault(tmp_path, DictKeyring(refuse=True), kdf=CHEAP_KDF)
    with pytest.raises(NeedsPassphrase):
        vault.unlock()
    vault.unlock("a good passphrase")
    assert vault.kind() == PASSPHRASE


def test_the_demo_folder_keeps_its_key_beside_its_sample_data(tmp_path):
    vault = Vault(tmp_path, None, demo=True)
    keys = vault.unlock()
    assert vault.kind() == FILE and Vault(tmp_path, None, demo=True).unlock() == keys


def test_destroy_deletes_the_key_first_and_then_nothing_opens(tmp_path):
    ring = DictKeyring()
    with Store.open(tmp_path / "champion.db", keys=Vault(tmp_path, ring).unlock()) as store:
        store.save_draft(Draft(kind="doorstep", estate_id="e1",
                               payload={"what_was_said": "private words"}))
    Vault(tmp_path, ring).destroy()
    assert ring.items == {} and not (tmp_path / "key.json").exists()
    with pytest.raises(StoreError, match="key file"):
        Store.open(tmp_path / "champion.db", keys=Unlocker(lambda: ring)(tmp_path))


def test_the_unlocker_asks_once_per_folder_and_forgets_a_destroyed_key(tmp_path):
    asked = []

    def ask(folder, new):
        asked.append(new)
        return "a good passphrase"

    unlock = Unlocker(None, ask, kdf=CHEAP_KDF, tries=3)
    keys = unlock(tmp_path)
    assert unlock(tmp_path) == keys and asked == [True]
    Vault(tmp_path).destroy()
    assert unlock(tmp_path) != keys and asked == [True, True]  # a new key, asked again


def test_three_wrong_passphrases_and_it_stops(tmp_path):
    Vault(tmp_path, None, kdf=CHEAP_KDF).unlock("the right passphrase")
    tries = []
    unlock = Unlocker(None, lambda folder, new: tries.append(1) or "wrong passphrase", tries=3)
    with pytest.raises(BadPassphrase):
        unlock(tmp_path)
    assert len(tries) == 3


def test_a_damaged_key_file_is_named_and_left_alone(tmp_path):
    (tmp_path / "key.json").write_text("{not json")
    with pytest.raises(VaultError, match="key.json is damaged|damaged"):
        Vault(tmp_path).unlock()
    assert (tmp_path / "key.json").read_text() == "{not json"

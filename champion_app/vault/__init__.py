"""Keys for a laptop's data at rest: the master key, where it lives, how a program unlocks it.

* `keys`: subkeys from one master (database, photos, key check) and photo encryption.
* `wrap`: the master sealed under a passphrase (argon2id + AES-GCM) where there is no keyring.
* `vault`: key.json and the `Vault` that creates, opens and destroys a folder's key.
* `unlock`: the `Unlocker` a program installs as the default for `Store.open`.

Qt-free and keyring-free: the app hands in the keyring as a `SecretStore`.
"""

from .keys import Keys, decrypt_photo, encrypt_photo
from .unlock import Unlocker, keys_for, set_default
from .vault import (
    FILE,
    KEY_FILE,
    KEYRING,
    PASSPHRASE,
    BadPassphrase,
    NeedsPassphrase,
    SecretStore,
    Vault,
    VaultError,
)

__all__ = ["FILE", "KEYRING", "KEY_FILE", "PASSPHRASE", "BadPassphrase", "Keys",
           "NeedsPassphrase", "SecretStore", "Unlocker", "Vault", "VaultError",
           "decrypt_photo", "encrypt_photo", "keys_for", "set_default"]

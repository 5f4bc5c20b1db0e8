"""Deleting the residents' data on this laptop: a remote wipe (the landlord asked: a lost
laptop), or a disconnect that takes the data with it.

Crypto-erase first: the data key goes from the keyring and key.json before any file is
deleted, so even a wipe cut short leaves nothing anyone can read. Then the database (and its
``-wal``/``-shm``), the photos and the device token go. The log stays: it holds no resident
data (tests/e2e/test_no_resident_data.py checks), and it records that the wipe happened.

Unsent work goes too, by design: a lost laptop's queue is in a stranger's hands. The person
who revoked the laptop cannot know what it held; the app counts it before the wipe and says
so, for whoever sees the screen (docs/security.md).
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

from champion_app.store import Store
from champion_app.store.erase import Unsent
from champion_app.vault import Vault, unlock

from . import credentials

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Wiped:
    unsent: Unsent
    files: int

    def message(self, remote: bool) -> str:
        why = ("Your landlord has withdrawn this laptop's access and asked for its data to be "
               "deleted (for example because it was reported lost). " if remote else "")
        lost = ("" if not self.unsent.total else
                f" What had not been sent was deleted with it ({self.unsent.describe()}): "
                "if you are the champion who used this laptop, tell your coordinator, because "
                "the server cannot know what that was.")
        return (f"{why}The residents' data on this laptop has been deleted: records, photos "
                f"and reference data.{lost}")


def wipe_store(store: Store) -> Wiped:
    """Count what was unsent, close the store, and wipe its folder. The store is closed after."""
    unsent = store.unsent()
    db_path, attachments = Path(store.path), Path(store.attachments_dir)
    device_id = store.get_state("device_id")
    store.close()
    if device_id:  # revoked already; its keyring entry need not outlive the data
        credentials.delete_token(db_path.parent, device_id)
    return Wiped(unsent, wipe_folder(db_path, attachments))


def wipe_folder(db_path: Path, attachments_dir: Path) -> int:
    """Crypto-erase the folder's key, then delete the data files; returns how many went."""
    folder = db_path.parent
    # The keyring this program unlocked the folder with (ui/cli.py and the window install it).
    secrets = unlock.default_secrets() or credentials.keyring_secrets()
    Vault(folder, secrets, db_path=db_path).destroy()
    unlock.forget(folder)
    gone = 0
    for path in [*(Path(f"{db_path}{suffix}") for suffix in
                   ("", "-wal", "-shm", "-journal", ".encrypting", ".encrypting-journal")),
                 folder / credentials.TOKEN_FILE]:
        if path.exists():
            path.unlink()
            gone += 1
    if attachments_dir.is_dir():
        gone += sum(1 for p in attachments_dir.rglob("*") if p.is_file())
        shutil.rmtree(attachments_dir)
    log.warning("residents' data wiped from this laptop (%d files)", gone)
    return gone

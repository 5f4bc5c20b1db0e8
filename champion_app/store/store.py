"""The local store: one SQLite file per device, one Store (connection) per thread."""

import logging
from pathlib import Path

from champion_app.errors import StoreError
from champion_app.vault.keys import Keys

from . import driver
from .attachments import Attachments
from .cases import CaseOps
from .conflicts import ConflictOps
from .db import KeySource, open_database, write_transaction
from .erase import LocalErasure
from .missing_photos import MissingPhotos
from .office import OfficeOps
from .queries import RecordQueries
from .records import RecordWrites
from .reference import ReferenceData
from .review import ReviewOps
from .sync_ops import SyncOps
from .types import Changes

logger = logging.getLogger(__name__)


class Store(RecordWrites, RecordQueries, ReferenceData, Attachments, MissingPhotos,
            ConflictOps, SyncOps, CaseOps, OfficeOps, ReviewOps, LocalErasure):
    """The champion's local database. Not shared between threads: open one per thread."""

    def __init__(self, db, path: Path, attachments_dir: Path, keys: Keys):
        self.db = db
        self.path = path
        self.attachments_dir = attachments_dir
        self.keys = keys

    @classmethod
    def open(cls, path: Path, attachments_dir: Path | None = None, *,
             keys: Keys | None = None) -> "Store":
        """Open the encrypted store at ``path``. Without ``keys``, the program's unlocker
        (`champion_app.vault.set_default`) is asked for the folder's keys, only once the
        file is known to be usable."""
        from champion_app.vault import keys_for

        path = Path(path)
        resolved: list[Keys] = []

        def get_keys() -> Keys:
            if not resolved:
                resolved.append(keys if keys is not None else keys_for(path.parent))
            return resolved[0]

        source: KeySource = keys if keys is not None else get_keys
        db = open_database(path, source)
        store = cls(db, path, Path(attachments_dir or path.parent / "attachments"), get_keys())
        try:
            if store.keys.photo_key:  # not for the benchmarks' unencrypted baseline
                store.encrypt_old_photos()
        except BaseException:
            store.close()
            raise
        logger.debug("opened %s", path)
        return store

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def write(self):
        """The one way store code opens a write transaction (see write_transaction)."""
        return write_transaction(self.db, self.path)

    def check_integrity(self) -> None:
        """Read every page (slow on a big file): StoreError naming the file when damaged."""
        try:
            result = self.db.execute("PRAGMA quick_check").fetchone()[0]
        except driver.DatabaseError as exc:
            raise StoreError.corrupt(self.path, repr(exc)) from exc
        if result != "ok":
            raise StoreError.corrupt(self.path, f"quick_check: {result}")

    def get_state(self, key: str, default=None):
        row = self.db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_state(self, key: str, value) -> Changes:
        return self.set_states({key: value})

    def set_states(self, values: dict) -> Changes:
        """Several sync_state values in one transaction (all or none)."""
        with self.write():
            self.db["sync_state"].upsert_all(
                [{"key": key, "value": value} for key, value in values.items()], pk="key")
        return Changes(sync_state=True)

"""The SQLite driver of the local store: sqlcipher3 (SQLite with SQLCipher's encryption).

Every connection to the laptop's store goes through here, encrypted or not (the in-place
migration reads the old plaintext file through it too): mixing sqlcipher3 with the stdlib's
sqlite3 would bring back the mismatch below.

sqlite-utils catches the stdlib's ``sqlite3.OperationalError`` in a few places, and
sqlcipher3 raises its own classes, which are not subclasses of those. Unpatched,
``db.query("… RETURNING …")`` leaves a savepoint open and breaks every later statement,
``Table.drop(ignore=True)`` and ``insert(alter=True)`` fail. `dbapi()` points sqlite-utils at
sqlcipher3's classes once, before the first connection (tests/core/test_encryption.py checks
that sqlite-utils still needs and takes this).

sqlcipher3 is the app's (extra ``app``): imported on first use, so the kernel, and the server
on it, import without it. ``DatabaseError`` and friends are looked up lazily (module
``__getattr__``) and are tuples of both drivers' classes, for ``except`` clauses.
"""

from __future__ import annotations

import sqlite3
import threading
from types import ModuleType
from typing import Any

_lock = threading.Lock()
_module: ModuleType | None = None
_ERRORS = ("Error", "DatabaseError", "OperationalError", "IntegrityError")


def dbapi() -> ModuleType:
    """sqlcipher3's DB-API module, with sqlite-utils patched to catch its exceptions."""
    global _module
    if _module is None:
        with _lock:
            if _module is None:
                import sqlcipher3.dbapi2 as cipher  # type: ignore[import-untyped]
                import sqlite_utils.db
                import sqlite_utils.utils

                sqlite_utils.db.sqlite3 = cipher
                sqlite_utils.db.OperationalError = cipher.OperationalError
                sqlite_utils.utils.sqlite3 = cipher
                sqlite_utils.utils.OperationalError = cipher.OperationalError
                _module = cipher
    return _module


def connect(path: str, *, key: bytes | None, timeout: float = 5.0) -> Any:
    """A connection to ``path``, keyed with the raw 32-byte ``key`` (None: plain SQLite, only
    for reading an old file to migrate it, and for benchmarks' unencrypted baseline).

    A raw key skips SQLCipher's own PBKDF2 (0.8 ms instead of 160 ms an open): the key is
    already random, from `champion_app.vault`. ``PRAGMA key`` must come before anything reads
    the file. SQLCipher's log is silenced: on a wrong key it would print to stderr.
    """
    conn = dbapi().connect(path, timeout=timeout, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            if len(key) != 32:
                raise ValueError("a database key is 32 bytes")
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    except BaseException:
        conn.close()
        raise
    return conn


def __getattr__(name: str) -> Any:
    if name in _ERRORS:
        return (getattr(sqlite3, name), getattr(dbapi(), name))
    raise AttributeError(name)

"""Opening the local database: encrypted (SQLCipher), WAL, foreign keys, migrations, and
errors in plain words.

The file is an SQLCipher database keyed with the folder's database key (`champion_app.vault`):
``strings`` finds nothing in it, and the plain ``sqlite3`` module cannot open it. A file
still in plain SQLite (made before encryption) is encrypted in place first (`encrypt`), so
upgrading loses nothing even when interrupted. The folder is made private (0700) and the
file is created 0600 before SQLite touches it, since SQLite gives its ``-wal`` and ``-shm``
the database file's mode.
"""

import logging
import os
import shutil
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from champion_app.errors import StoreError
from champion_app.paths import make_private
from champion_app.vault.keys import UNENCRYPTED, Keys

from . import driver
from .base import StoreDatabase
from .encrypt import EncryptFailed, encrypt_in_place, is_plaintext
from .migrations import migrations

logger = logging.getLogger(__name__)

# Each page-cache miss costs a decrypt and an HMAC check (~10 µs a page): with SQLite's 2 MB
# default, search over 100,000 records was 3-5x slower encrypted. 128 MiB holds the search
# working set (records, FTS, covering indexes); it is a ceiling, filled only as pages are read.
CACHE_KIB = 131_072
KeySource = Keys | Callable[[], Keys]


def open_database(path: Path, keys: KeySource) -> StoreDatabase:
    """Open (creating when missing) and migrate the encrypted database at ``path``.

    ``keys`` may be a function: it is called only once the file is known to be usable, so a
    locked or damaged file is reported before anyone is asked for a passphrase.

    Never overwrites an existing file that is not a healthy database: a damaged file may
    hold the only copy of unsynced logs, so it raises StoreError naming the file instead.
    """
    path = Path(path)
    make_private(path.parent)
    # No open()/close() of the file here (nor in is_plaintext): SQLite's locks are POSIX
    # locks, and closing any descriptor of the file drops those every other connection in
    # this process holds, letting another program delete the WAL under them (see
    # tests/core/test_second_open.py). SQLite itself refuses a file that is not a database
    # (or a wrong key) at the first read below, before anything is written.
    get_keys = keys if callable(keys) else (lambda: keys)
    if (keys is not UNENCRYPTED and path.exists() and path.stat().st_size > 0
            and is_plaintext(path)):
        _encrypt_old_file(path, get_keys)
    resolved = get_keys()
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    try:
        conn = driver.connect(str(path), key=resolved.db_key or None)
    except driver.Error as exc:
        raise StoreError(f"The database file {path} cannot be opened: {exc}.",
                         detail=repr(exc), path=path) from exc
    try:
        # busy_timeout first: every later statement waits up to 5 s for another writer.
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        # Reading the schema finds a wrong key, a damaged header or schema page at once. The
        # full check reads every page (seconds at 100,000 records), so it runs in
        # `champion-app info` and when SQLite reports damage, not at every start.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        # FULL: every commit fsyncs the WAL. With NORMAL a power cut or an OS crash can roll
        # back the last commits (SQLite's own documentation), so a "saved" submit or a push
        # result whose outbox row was deleted could vanish. docs/benchmarks.md has the cost.
        conn.execute("PRAGMA synchronous = FULL")
        # Checkpoint less often (every ~16 MB of WAL instead of 4 MB): with the default, one
        # submit in ~23 paid for a checkpoint, which made the p95 of submit. Closing the
        # database checkpoints too.
        conn.execute("PRAGMA wal_autocheckpoint = 4000")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        db = StoreDatabase(conn)
        unknown = _unknown_migrations(db)
        if unknown:  # a newer app wrote this file: migrating "back" could lose its data
            raise StoreError.too_new(path, f"unknown migrations: {', '.join(unknown)}")
        migrations.apply(db)
        return db
    except StoreError:
        conn.close()
        raise
    except driver.DatabaseError as exc:
        conn.close()
        raise _as_store_error(exc, path) from exc


def _encrypt_old_file(path: Path, get_keys: Callable[[], Keys]) -> None:
    """A store from before encryption: encrypted in place, after checking there is room for
    the encrypted copy beside it (a full disk would fail the copy, harmlessly but late)."""
    needed = path.stat().st_size + sum(
        p.stat().st_size for p in path.parent.glob(path.name + "-wal"))
    if shutil.disk_usage(path.parent).free < needed * 1.1 + 10_000_000:
        raise StoreError(
            f"Estate Champion now encrypts its data, and needs {needed // 1_000_000 + 10} MB of "
            f"free disk space beside {path} to do it. Free some space and open the app again; "
            "nothing has been changed.", path=path)
    tmp = path.with_name(path.name + ".encrypting")
    try:
        encrypt_in_place(path, lambda: get_keys().db_key)
    except (*driver.DatabaseError, EncryptFailed) as exc:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, EncryptFailed):
            if exc.busy:
                raise StoreError.locked(path, repr(exc)) from exc
            raise StoreError(f"Estate Champion could not encrypt {path}, so it has left it "
                             "exactly as it was. Try again; if it happens again, ask your "
                             "coordinator for help.", detail=repr(exc), path=path) from exc
        raise _as_store_error(exc, path) from exc


def _unknown_migrations(db: Database) -> list[str]:
    known = {m.name for m in migrations._migrations}
    return [m.name for m in migrations.applied(db) if m.name not in known]


@contextmanager
def write_transaction(db: Database, path: Path):
    """One write transaction: ``BEGIN IMMEDIATE`` at the top level, a savepoint when nested.

    IMMEDIATE takes the write lock at the start, so a busy database is waited for (busy_timeout)
    instead of failing when a read inside the transaction later upgrades to a write. A lock that
    outlasts the timeout becomes a StoreError naming the file; nothing is half-written.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except driver.DatabaseError as exc:
        raise _as_store_error(exc, path) from exc
    try:
        yield db
        db.conn.execute("COMMIT")
    except driver.DatabaseError as exc:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        # Locks, a full disk and damage are the file's trouble: say so. A broken constraint
        # is the caller's, and stays what it is.
        if isinstance(exc, driver.OperationalError) or _is_damage(exc):
            raise _as_store_error(exc, path) from exc
        raise
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


def _is_damage(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _as_store_error(exc: BaseException, path: Path) -> StoreError:
    text = str(exc).lower()
    if _is_damage(exc):
        return StoreError.corrupt(path, repr(exc))
    if "locked" in text or "busy" in text:
        return StoreError.locked(path, repr(exc))
    if "readonly" in text or "read-only" in text or "disk" in text:
        return StoreError(f"The database file {path} cannot be written: {exc}. Check there is "
                          "free disk space and that the folder is writable; nothing was lost.",
                          detail=repr(exc), path=path)
    return StoreError(f"The database file {path} cannot be used: {exc}.", detail=repr(exc),
                      path=path)

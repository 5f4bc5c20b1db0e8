"""Opening the local SQLite file: WAL, foreign keys, migrations, and errors in plain words."""

import logging
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from champion_app.errors import StoreError

from .base import StoreDatabase
from .migrations import migrations

logger = logging.getLogger(__name__)


def open_database(path: Path) -> StoreDatabase:
    """Open (creating when missing) and migrate the database at ``path``.

    Never overwrites an existing file that is not a healthy SQLite database: a damaged file may
    hold the only copy of unsynced logs, so it raises StoreError naming the file instead.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # No open()/close() of the file here to look at its header: SQLite's locks are POSIX
    # locks, and closing any descriptor of the file drops those every other connection in
    # this process holds, letting another program delete the WAL under them (see
    # tests/core/test_second_open.py). SQLite itself refuses a file that is not a database
    # at the first read below, before anything is written.
    try:
        conn = sqlite3.connect(str(path), timeout=5.0, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"The database file {path} cannot be opened: {exc}.",
                         detail=repr(exc), path=path) from exc
    try:
        # busy_timeout first: every later statement waits up to 5 s for another writer.
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        # Reading the schema finds a damaged file header or schema page at once. The full
        # check reads every page (0.4 s at 100,000 records), so it runs in `champion-app info`
        # and when SQLite reports damage, not at every start.
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
        db = StoreDatabase(conn)
        unknown = _unknown_migrations(db)
        if unknown:  # a newer app wrote this file: migrating "back" could lose its data
            raise StoreError.too_new(path, f"unknown migrations: {', '.join(unknown)}")
        migrations.apply(db)
        return db
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise StoreError.locked(path, repr(exc)) from exc
        if "not a database" in text or "malformed" in text or "corrupt" in text:
            raise StoreError.corrupt(path, repr(exc)) from exc
        raise StoreError(f"The database file {path} cannot be used: {exc}.",
                         detail=repr(exc), path=path) from exc


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
    except sqlite3.DatabaseError as exc:
        raise _as_store_error(exc, path) from exc
    try:
        yield db
        db.conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        # Locks, a full disk and damage are the file's trouble: say so. A broken constraint
        # is the caller's, and stays what it is.
        if isinstance(exc, sqlite3.OperationalError) or _is_damage(exc):
            raise _as_store_error(exc, path) from exc
        raise
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _as_store_error(exc: sqlite3.DatabaseError, path: Path) -> StoreError:
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

"""Encrypting an existing plaintext store in place, so that an interruption loses nothing.

The invariant: at every instant ``champion.db`` is a complete database, either the untouched
plaintext or the finished, verified encrypted copy. The key is stored durably (key.json, the
keyring) before this runs (`champion_app.vault`). No marker file is needed: the file's first
16 bytes say which case it is ("SQLite format 3" is plaintext: run again).

1. leftovers of an interrupted run are deleted;
2. the WAL is folded into the file (``journal_mode=DELETE``), which also refuses at once while
   another connection has the file open: a plaintext ``-wal`` left beside the encrypted file
   would break it ("malformed") and leak its contents;
3. ``sqlcipher_export`` writes ``champion.db.encrypting`` (born 0600), inside a deferred
   transaction that holds the reader lock, so nobody commits to the plaintext meanwhile;
4. the copy is verified (every page's HMAC, ``quick_check``, every table's row count);
5. it is fsynced and renamed over the original (atomic on POSIX), and the folder fsynced.

`hook(step)` is called after each step: the kill test (tests/core/test_encrypt_migration.py)
kills the process there and at random moments, and checks the content is intact.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from champion_app.durable import fsync_dir, write_durably
from champion_app.vault.keys import Keys, encrypt_photo

from . import driver

log = logging.getLogger(__name__)

Hook = Callable[[str], None]
PHOTO_SUFFIX = ".photo"
PLAIN_PHOTO_SUFFIX = ".jpg"


class EncryptFailed(RuntimeError):
    """The copy was not swapped in; the plaintext file is untouched. ``busy``: another program
    was using the file."""

    def __init__(self, message: str, *, busy: bool = False) -> None:
        super().__init__(message)
        self.busy = busy


def is_plaintext(path: Path) -> bool:
    """Whether the file at ``path`` is a plain SQLite database (made before encryption).

    Asked of SQLite itself, never with a plain open()/close() of the file: SQLite's locks are
    POSIX locks, and closing any descriptor of the file drops every lock this process holds
    on it, so another program could delete the WAL under a running store
    (tests/core/test_second_open.py). SQLite keeps such a descriptor open until the other
    connections let go. Without a key, an encrypted (or damaged) file reads as "not a
    database"; any other trouble (a lock held elsewhere) is left to the encryption step,
    which reports it in plain words.
    """
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        conn = driver.connect(str(path), key=None)
    except driver.Error:
        return False
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except driver.DatabaseError as exc:
        return "not a database" not in str(exc).lower()
    finally:
        conn.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _counts(conn, schema: str = "main") -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def encrypt_in_place(path: Path, key: bytes | Callable[[], bytes],
                     hook: Hook = lambda step: None) -> None:
    """Turn the plaintext SQLite file at ``path`` into an SQLCipher file keyed with ``key``.

    ``key`` may be a function, called once the file is known to be free (after step 2): a
    file another program holds is reported before anyone is asked for a passphrase. Raises
    the driver's OperationalError ("database is locked") while another program has the file
    open; the file is then left as it was.
    """
    path = Path(path)
    tmp = path.with_name(path.name + ".encrypting")
    for leftover in (tmp, *(Path(f"{tmp}{s}") for s in ("-journal", "-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    hook("cleaned")
    plain = driver.connect(str(path), key=None)
    try:
        plain.execute("PRAGMA busy_timeout = 5000")
        mode = plain.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if mode != "delete":
            raise EncryptFailed(f"could not fold the write-ahead log: journal mode {mode}",
                                busy=True)
        hook("wal_folded")
        raw = key() if callable(key) else key
        if not raw:  # the benchmarks' unencrypted baseline: the file stays as it is
            return
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT, 0o600))
        plain.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{raw.hex()}'\"", (str(tmp),))
        # Deferred: BEGIN IMMEDIATE would make a two-file commit, whose super-journal a kill
        # leaves behind for ever.
        plain.execute("BEGIN")
        plain.execute("SELECT sqlcipher_export('enc')")
        version = int(plain.execute("PRAGMA main.user_version").fetchone()[0])
        plain.execute(f"PRAGMA enc.user_version = {version}")  # export does not copy it
        hook("exported")
        expected = _counts(plain)
        plain.execute("COMMIT")
        plain.execute("DETACH DATABASE enc")
    finally:
        plain.close()
    _verify(tmp, raw, expected)
    hook("verified")
    _fsync(tmp)
    hook("synced")
    for side in ("-wal", "-journal"):
        if Path(f"{path}{side}").exists():  # a writer came in after all: do not swap under it
            raise EncryptFailed(f"{path}{side} appeared while encrypting", busy=True)
    Path(f"{path}-shm").unlink(missing_ok=True)
    os.replace(tmp, path)
    hook("renamed")
    fsync_dir(path.parent)
    hook("done")
    log.info("the database was encrypted in place (%d tables)", len(expected))


def _verify(tmp: Path, key: bytes, expected: dict[str, int]) -> None:
    enc = driver.connect(str(tmp), key=key)
    try:
        bad = enc.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = enc.execute("PRAGMA quick_check").fetchone()[0]
        got = _counts(enc)
    finally:
        enc.close()
    if bad or quick != "ok" or got != expected:
        raise EncryptFailed("the encrypted copy did not match the original")


def encrypt_plain_photos(folder: Path, keys: Keys, hook: Hook = lambda step: None) -> list[str]:
    """Encrypt every plaintext ``{sha}.jpg`` under ``folder`` into ``{sha}.photo``; returns the
    SHA-256s done. Idempotent and safe to interrupt: the encrypted file is complete (written
    aside, fsynced, renamed) before the plaintext one is deleted."""
    done = []
    for plain in sorted(Path(folder).glob(f"*{PLAIN_PHOTO_SUFFIX}")):
        sha = plain.stem
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            continue  # not one of ours
        target = plain.with_suffix(PHOTO_SUFFIX)
        if not target.exists():
            write_durably(target, encrypt_photo(keys, sha, plain.read_bytes()))
            hook("photo_written")
        plain.unlink()
        done.append(sha)
    if done:
        fsync_dir(Path(folder))
        log.info("%d photo(s) encrypted in place", len(done))
    return done

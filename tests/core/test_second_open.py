"""Opening the database a second time in the same process must not cancel the first
connection's locks.

SQLite's locks are POSIX advisory locks, which belong to a process: closing ANY descriptor of
the file in that process drops them all ("How To Corrupt An SQLite Database File", 2.2). The
store once read the file's header with a plain open()/close() before connecting; the demo
opens the store on a network thread while the DB worker holds it open, so the worker's
locks were dropped. Another program that then opened and closed the database (a
`champion-app status`, a backup script) believed itself the last user, checkpointed and
deleted the write-ahead log under the running app, and everything the app wrote afterwards
went into a deleted file: found running the coordinator demo under Xvfb.
"""

import subprocess
import sys

from champion_app.store import Store
from champion_app.vault import keys_for
from tests.live_server import ROOT

# Another program: the same driver (SQLCipher) and the folder's key, as `champion-app status`.
READ = ("import sys; from champion_app.store import driver; "
        "c = driver.connect(sys.argv[1], key=bytes.fromhex(sys.argv[2])); "
        "print(c.execute(\"SELECT value FROM sync_state WHERE key = 'k'\").fetchone()[0]); "
        "c.close()")


def read_from_another_process(path) -> str:
    key = keys_for(path.parent).db_key.hex()
    return subprocess.run([sys.executable, "-c", READ, str(path), key], capture_output=True,
                          text=True, check=True, timeout=60, cwd=ROOT).stdout.strip()


def test_a_second_open_in_the_same_process_keeps_the_first_ones_wal(tmp_path):
    path = tmp_path / "champion.db"
    worker = Store.open(path)  # the DB worker's connection, open for the app's lifetime
    try:
        worker.set_state("k", "1")
        Store.open(path).close()  # e.g. the demo connecting from a network thread
        assert read_from_another_process(path) == "1"  # another program opens and closes it
        worker.set_state("k", "2")
        assert (tmp_path / "champion.db-wal").exists()
        assert read_from_another_process(path) == "2"  # still the same database for everyone
    finally:
        worker.close()
    assert read_from_another_process(path) == "2"


def test_a_second_open_of_a_checkpointed_store_keeps_the_first_ones_wal(tmp_path):
    # The same on a store whose pages have reached the file (every store after a while; a new
    # one keeps them in the WAL): the second open then asks whether the file is still plain
    # SQLite (made before encryption), and must ask SQLite, not open() and close() the file.
    path = tmp_path / "champion.db"
    worker = Store.open(path)
    try:
        worker.set_state("k", "1")
        worker.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert path.stat().st_size > 0
        Store.open(path).close()
        assert read_from_another_process(path) == "1"
        worker.set_state("k", "2")
        assert (tmp_path / "champion.db-wal").exists()
        assert read_from_another_process(path) == "2"
    finally:
        worker.close()
    assert read_from_another_process(path) == "2"

"""A server restored from a backup, then `champion-server new-epoch`: every laptop resends.

Without the new epoch a laptop cannot always tell: once other laptops have pushed the restored
server's seq past its cursor, its pull looks normal and the versions the restore lost would
stay lost while the laptop shows them as sent.
"""

import shutil
import sqlite3
import subprocess
import sys

from tests.live_server import ROOT
from tests.sync_helpers import assert_server_has_exactly, connected_store, doorstep, sync


def backup(src_path, dst_path):
    src, dst = sqlite3.connect(src_path), sqlite3.connect(dst_path)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def test_new_epoch_after_a_restore_makes_every_laptop_resend(tmp_path, server):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    laptop_a = connected_store(tmp_path / "a", server)
    laptop_b = connected_store(tmp_path / "b", server)
    try:
        doorstep(laptop_a, "Before the backup")
        sync(laptop_a)
        db = server.dir / "server.db"
        backup(db, tmp_path / "backup.db")
        lost = [doorstep(laptop_a, f"Lost by the restore {n}") for n in range(3)]
        sync(laptop_a)
        assert laptop_a.outbox_count() == 0

        server.stop()
        server.engine.dispose()
        for suffix in ("-wal", "-shm"):
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        shutil.copyfile(tmp_path / "backup.db", db)
        done = subprocess.run([sys.executable, "-m", "server.cli", "new-epoch",
                               "--db", str(db)], capture_output=True, text=True, cwd=ROOT,
                              timeout=60)
        assert done.returncode == 0, done.stderr
        server.start()

        for n in range(8):  # the other laptop carries the server's seq past laptop A's cursor
            doorstep(laptop_b, f"Other laptop {n}")
        sync(laptop_b)
        sync(laptop_a)

        assert_server_has_exactly(server, laptop_a)
        assert_server_has_exactly(server, laptop_b)
        assert {laptop_a.get_record(r).row.state for r in lost} == {"sent"}
    finally:
        laptop_a.close()
        laptop_b.close()

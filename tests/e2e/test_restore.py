"""The restore drill of docs/deploy.md, on SQLite and PostgreSQL, through the documented
commands: `champion-server backup` while the server runs, more work pushed, the photo folder
lost, `champion-server restore` (safety copy, load, new epoch, photos back), start again:
every laptop resends and nothing is lost.

Without the new epoch a laptop cannot always tell: once other laptops have pushed the restored
server's seq past its cursor, its pull looks normal and the versions the restore lost would
stay lost while the laptop shows them as sent. So laptop B pushes first, on purpose.
"""

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from PIL import Image
from sqlalchemy.engine import make_url

from tests.live_server import ROOT, LiveServer, fresh_pg_database, pg_base_url, pg_reachable
from tests.sync_helpers import assert_server_has_exactly, connected_store, doorstep, sync


def backup(src_path, dst_path) -> None:
    """A file-level SQLite copy (SQLite's backup API): what the other restore tests
    (test_restore_resends.py, test_server_order.py) put back by hand before `new-epoch`."""
    src, dst = sqlite3.connect(src_path), sqlite3.connect(dst_path)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def champion_server(*args: str) -> subprocess.CompletedProcess:
    """The documented command, as an operator runs it."""
    done = subprocess.run([sys.executable, "-m", "server.cli", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def live(request, tmp_path):
    if request.param == "postgres":
        problem = pg_reachable()
        if problem:
            reason = (f"PostgreSQL not reachable at "
                      f"{make_url(pg_base_url()).render_as_string(hide_password=True)}: {problem}")
            if os.environ.get("CHAMPION_REQUIRE_PG"):
                pytest.fail(reason)
            pytest.skip(reason)
        with fresh_pg_database() as url:
            server = LiveServer(tmp_path, db_url=url)
            server.add_sample_patch()
            yield server.start()
            server.close()
        return
    server = LiveServer(tmp_path)
    server.add_sample_patch()
    yield server.start()
    server.close()


def photo(store, folder, colour: str) -> dict:
    path = folder / f"{colour}.png"
    Image.new("RGB", (32, 24), colour).save(path)
    return store.add_photo(path)


def test_restore_drill_every_laptop_resends_and_nothing_is_lost(tmp_path, live):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    laptop_a = connected_store(tmp_path / "a", live)
    laptop_b = connected_store(tmp_path / "b", live)
    db = ["--db", live.db_url, "--blob-dir", str(live.blob_dir)]
    backups = tmp_path / "backups"
    try:
        kept_photo = photo(laptop_a, tmp_path, "red")
        doorstep(laptop_a, "Before the backup", attachments=[kept_photo])
        sync(laptop_a)
        made = champion_server("backup", "--to", str(backups), *db)  # the server is running
        assert "Backed up the database to" in made.stdout
        assert "Photos: 1 new of 1" in made.stdout
        [backup_file] = [p for p in backups.iterdir() if p.is_file()]

        late_photo = photo(laptop_a, tmp_path, "blue")
        lost = [doorstep(laptop_a, f"Lost by the restore {n}") for n in range(3)]
        lost.append(doorstep(laptop_a, "Lost, with a photo", attachments=[late_photo]))
        sync(laptop_a)
        assert laptop_a.outbox_count() == 0

        live.stop()
        live.engine.dispose()
        shutil.rmtree(live.blob_dir)  # the photo folder went with the disk
        done = champion_server("restore", str(backup_file), *db)
        assert "Kept the database it replaced as" in done.stdout
        assert "New server epoch" in done.stdout and "Photos copied back: 1." in done.stdout
        assert list(backups.glob("before-restore-*"))
        live.start()

        for n in range(8):  # the other laptop carries the server's seq past laptop A's cursor
            doorstep(laptop_b, f"Other laptop {n}")
        sync(laptop_b)
        sync(laptop_a)

        assert_server_has_exactly(live, laptop_a)
        assert_server_has_exactly(live, laptop_b)
        assert {laptop_a.get_record(r).row.state for r in lost} == {"sent"}
        for sha in (kept_photo["sha256"], late_photo["sha256"]):  # back from the mirror, resent
            assert (live.blob_dir / sha[:2] / sha).is_file()
    finally:
        laptop_a.close()
        laptop_b.close()

"""`champion-server backup` and `restore` beyond the drill (tests/e2e/test_restore.py): a
restore refuses while the server runs, a damaged backup changes nothing, an older backup is
upgraded, pruning keeps the newest, and wrong files are refused in plain words."""

import sqlite3
import subprocess
import sys
import uuid

import pytest
from alembic import command
from sqlalchemy import func, select

from server import audit
from server import schema as s
from server.backup import BACKUP_NAME, prune
from server.db import make_db_engine, reading
from server.migrations import _config, current_revision, head
from tests.live_server import ROOT, LiveServer

from .conftest import BACKENDS
from .helpers import push_ok, version


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "server.cli", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


@pytest.fixture(params=BACKENDS)
def live(request, tmp_path):
    url = request.getfixturevalue("pg_database") if request.param == "postgres" else None
    server = LiveServer(tmp_path, db_url=url)
    server.add_sample_patch()
    server.start()
    yield server
    server.close()


def versions_on(server) -> int:
    with reading(server.engine) as conn:
        return conn.execute(select(func.count()).select_from(s.record_versions)).scalar_one()


def one_push(server) -> None:
    champ = server.add_champion(f"champ-{uuid.uuid4().hex[:8]}", ["E1"])
    auth = server.enrol(champ["code"])
    push_ok(server, auth, {"mutation_id": version()["version_id"], "type": "record_version",
                           "data": version("E1")})


def test_restore_refuses_while_the_server_runs_and_changes_nothing(live, tmp_path):
    db = ["--db", live.db_url, "--blob-dir", str(live.blob_dir)]
    one_push(live)
    made = cli("backup", "--to", str(tmp_path / "b"), *db)
    assert made.returncode == 0, made.stderr
    one_push(live)
    live.engine.dispose()
    backup_file = next((tmp_path / "b").glob("champion-server-*"))
    refused = cli("restore", str(backup_file), *db)
    assert refused.returncode == 1
    assert "The database is in use: stop every champion-server process" in refused.stderr
    assert "Nothing was changed" in refused.stderr
    assert versions_on(live) == 2  # the push after the backup is still there
    assert not list((tmp_path / "b").glob("before-restore-*"))


def test_a_damaged_backup_changes_nothing(live, tmp_path):
    db = ["--db", live.db_url, "--blob-dir", str(live.blob_dir)]
    one_push(live)
    assert cli("backup", "--to", str(tmp_path / "b"), *db).returncode == 0
    one_push(live)
    backup_file = next((tmp_path / "b").glob("champion-server-*"))
    data = backup_file.read_bytes()
    backup_file.write_bytes(data[: len(data) * 2 // 3])  # cut short, as a failed copy leaves it
    live.stop()
    live.engine.dispose()
    done = cli("restore", str(backup_file), *db)
    assert done.returncode == 1, done.stdout
    assert done.stderr.startswith("champion-server: ")
    assert "Traceback" not in done.stderr
    assert versions_on(live) == 2
    assert current_revision(live.engine) == head()


def test_an_older_backup_is_upgraded_by_the_restore(tmp_path):
    old = tmp_path / "old.db"
    engine = make_db_engine(str(old))
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0001")  # what an earlier champion-server made
    engine.dispose()
    target = tmp_path / "server.db"
    done = cli("restore", str(old), "--db", str(target), "--blob-dir", str(tmp_path / "blobs"))
    assert done.returncode == 0, done.stderr
    assert f"schema revision {head()}" in done.stdout
    assert "Kept the database" not in done.stdout  # there was nothing to keep
    engine = make_db_engine(str(target))
    try:
        assert current_revision(engine) == head()
    finally:
        engine.dispose()


def test_wrong_files_are_refused_in_plain_words(tmp_path):
    target = ["--db", str(tmp_path / "server.db"), "--blob-dir", str(tmp_path / "blobs")]
    (tmp_path / "notes.txt").write_text("not a backup")
    done = cli("restore", str(tmp_path / "notes.txt"), *target)
    assert done.returncode == 1
    assert "is not a champion-server backup" in done.stderr
    done = cli("restore", str(tmp_path / "missing.sqlite"), *target)
    assert done.returncode == 1 and "There is no backup file" in done.stderr
    sqlite3.connect(tmp_path / "real.sqlite").execute("CREATE TABLE t (x)").connection.close()
    done = cli("restore", str(tmp_path / "real.sqlite"), "--db",
               "postgresql+psycopg://nobody@127.0.0.1:9/nothing")
    assert done.returncode == 1
    assert "is a backup of a sqlite database, but --db is a postgresql database" in done.stderr
    assert not (tmp_path / "server.db").exists()


def test_keep_prunes_only_older_backups(tmp_path):
    folder = tmp_path / "backups"
    (folder / "blobs").mkdir(parents=True)
    names = [f"champion-server-2026110{d}T020000Z.sqlite" for d in range(1, 6)]
    for name in [*names, "before-restore-20261101T000000Z.sqlite", "notes.txt"]:
        (folder / name).write_text("x")
    gone = prune(folder, 2)
    assert [p.name for p in gone] == names[:3]
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted([*names[3:], "before-restore-20261101T000000Z.sqlite", "notes.txt",
                           "blobs"])
    assert all(BACKUP_NAME.fullmatch(n) for n in names)


def test_backup_keep_on_the_command_line(tmp_path):
    db = ["--db", str(tmp_path / "server.db"), "--blob-dir", str(tmp_path / "blobs")]
    assert cli("init", *db).returncode == 0
    folder = tmp_path / "backups"
    for n in range(3):  # names are by the second: make them differ
        (folder / f"champion-server-2026010{n + 1}T000000Z.sqlite").parent.mkdir(exist_ok=True)
        (folder / f"champion-server-2026010{n + 1}T000000Z.sqlite").write_text("old")
    done = cli("backup", "--to", str(folder), "--keep", "2", *db)
    assert done.returncode == 0, done.stderr
    kept = sorted(p.name for p in folder.glob("champion-server-*"))
    assert len(kept) == 2 and kept[0] == "champion-server-20260103T000000Z.sqlite"
    newest = folder / kept[1]
    assert newest.stat().st_mode & 0o777 == 0o600  # residents' data: the owner only
    engine = make_db_engine(str(tmp_path / "server.db"))
    try:
        with reading(engine) as conn:
            assert audit.entries(conn)[0]["action"] == "backup.make"
    finally:
        engine.dispose()
    with sqlite3.connect(newest) as copy:  # a real database, at the current revision
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (head(),)
    assert cli("backup", "--to", str(folder), "--keep", "0", *db).returncode == 1
    # Restoring it: the restored database's audit log says what was restored, and the epoch.
    assert cli("restore", str(newest), *db).returncode == 0
    engine = make_db_engine(str(tmp_path / "server.db"))
    try:
        with reading(engine) as conn:
            log = audit.entries(conn)
    finally:
        engine.dispose()
    # (backup.make went into the live database after the copy was taken, so not in the copy)
    assert [e["action"] for e in log] == ["epoch.new", "backup.restore"]
    assert log[1]["target"] == newest.name and log[1]["detail"]["safety_copy"]


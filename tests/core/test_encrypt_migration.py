"""Killing the plaintext-to-encrypted migration at any moment loses nothing.

A template store in plain SQLite, with its newest commits only in the write-ahead log (as an
app killed mid-session leaves it), is copied for each trial. A child process creates the key
and runs the migration; it is SIGKILLed at each named step and at random moments. The parent
then opens the store as the app does (which finishes an interrupted migration) and compares
every row of every table, FTS shadow tables included, with the template's.

The negative control swaps the file the naive way (delete, then rename) and is killed in
between: the harness must report that content was lost, or it could not see a loss at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from champion_app.records import Draft
from champion_app.store import Store, driver
from champion_app.store.encrypt import is_plaintext
from champion_app.vault.keys import UNENCRYPTED
from tests.keys import CHEAP_KDF, TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
STEPS = ("cleaned", "wal_folded", "exported", "verified", "synced", "renamed", "done")
RANDOM_TRIALS = 12

CHILD = r"""
import os, signal, sys
from pathlib import Path
from champion_app.store import encrypt
from champion_app.vault import Vault

path, stop, naive = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "naive"
kdf = {"t": 1, "m_kib": 1024, "p": 1}

def hook(step):
    if step == stop:
        os.kill(os.getpid(), signal.SIGKILL)

keys = Vault(path.parent, None, kdf=kdf).unlock(sys.argv[4])
if naive:  # the mistake the design avoids: the old file gone before the new one is in place
    def swap(src, dst, real=os.rename):
        Path(dst).unlink()
        hook("between")
        real(src, dst)
    encrypt.os.replace = swap
print("start", flush=True)
if sys.argv[5] == "photos":
    encrypt.encrypt_plain_photos(path.parent / "attachments", keys, hook)
else:
    encrypt.encrypt_in_place(path, keys.db_key, hook)
print("finished", flush=True)
"""

WRITER = r"""
import os, sys
from champion_app.records import Draft
from champion_app.store import Store
from champion_app.vault.keys import UNENCRYPTED
store = Store.open(sys.argv[1], keys=UNENCRYPTED)
for n in range(200):
    record_id = store.save_draft(Draft(kind="doorstep", estate_id="e2", payload={
        "topics": ["lifts"], "what_was_said": f"Only in the log {n}: lift stuck again"})).record_id
    store.submit(record_id)
store.db.execute("UPDATE records SET summary = 'changed after' WHERE estate_id = 'e1'")
os._exit(0)  # no close, no checkpoint: these commits live only in the -wal
"""


def run_child(script: str, *args: str, timeout: float = 120) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(child: subprocess.Popen, timeout: float = 120) -> tuple[int, str]:
    _out, err = child.communicate(timeout=timeout)
    return child.returncode, err.decode(errors="replace")


def digest(conn) -> dict[str, str]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    out = {"user_version": str(conn.execute("PRAGMA user_version").fetchone()[0])}
    for table in tables:
        rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"'))
        out[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return out


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("template")
    path = folder / "champion.db"
    with Store.open(path, keys=UNENCRYPTED) as store:
        for n in range(4000):
            record_id = store.save_draft(Draft(kind="doorstep", estate_id="e1", payload={
                "topics": ["repairs"], "what_was_said": f"Record {n}: " + "damp stairwell " * 8}
            )).record_id
            store.submit(record_id)
    code, err = finish(run_child(WRITER, path))
    assert code == 0, err
    assert (folder / "champion.db-wal").stat().st_size > 0 and is_plaintext(path)
    expected_copy = tmp_path_factory.mktemp("expected")
    for f in folder.iterdir():
        shutil.copy2(f, expected_copy / f.name)
    conn = driver.connect(str(expected_copy / "champion.db"), key=None)
    try:
        expected = digest(conn)
        assert any("Only in the log" in r[0]
                   for r in conn.execute("SELECT summary FROM records"))
    finally:
        conn.close()
    return folder, expected


@dataclass
class Trial:
    intact: bool
    left: list[str]
    seconds: float
    before_swap: bool


def trial(template, tmp_path: Path, name: str, stop: str = "never", *, kill_after=None,
          naive: bool = False) -> Trial:
    """(content intact, files left in the folder) after one killed migration and a reopen."""
    source, expected = template
    folder = tmp_path / name
    folder.mkdir()
    for f in source.iterdir():
        shutil.copy2(f, folder / f.name)
    path = folder / "champion.db"
    child = run_child(CHILD, path, stop, "naive" if naive else "safe", TEST_PASSPHRASE, "db")
    assert child.stdout is not None and child.stdout.readline() == b"start\n"
    started = time.monotonic()
    if kill_after is not None:
        time.sleep(kill_after)
        child.send_signal(signal.SIGKILL)
    code, err = finish(child)
    took = time.monotonic() - started
    assert code in (0, -signal.SIGKILL), err
    mid_way = code != 0 and is_plaintext(path)  # killed before the swap
    with Store.open(path) as store:  # resumes an interrupted migration, as the app does
        got = digest(store.db.conn)
    left = sorted(p.name for p in folder.iterdir())
    return Trial(got == expected, left, took, mid_way)


@pytest.mark.slow
def test_killed_at_every_step_and_at_random_nothing_is_lost(template, tmp_path):
    calibration = trial(template, tmp_path, "calibrate")
    assert calibration.intact
    rng = random.Random(14)
    results = {}
    for step in STEPS:
        results[step] = trial(template, tmp_path, f"step-{step}", step)
    for n in range(RANDOM_TRIALS):
        delay = rng.uniform(0.0, calibration.seconds * 1.1)
        results[f"random-{n}-{delay:.3f}s"] = trial(template, tmp_path, f"random-{n}",
                                                    kill_after=delay)
    lost = [name for name, result in results.items() if not result.intact]
    assert not lost, lost
    leftovers = {name: result.left for name, result in results.items()
                 if set(result.left) - {"champion.db", "champion.db-wal", "champion.db-shm",
                                        "key.json"}}
    assert not leftovers, leftovers
    mid_way = sum(r.before_swap for name, r in results.items() if name.startswith("random"))
    print(json.dumps({"trials": len(results), "migration_s": round(calibration.seconds, 2),
                      "random_kills_before_the_swap": mid_way}))
    assert mid_way >= RANDOM_TRIALS // 3  # the random kills really land inside the migration


@pytest.mark.slow
def test_the_harness_sees_a_loss_when_the_swap_is_done_the_naive_way(template, tmp_path):
    result = trial(template, tmp_path, "naive", "between", naive=True)
    assert not result.intact, "a kill between delete and rename must show as lost content"


def test_killed_while_encrypting_photos_every_photo_survives(tmp_path):
    from tests.core.test_encryption import jpeg

    folder = tmp_path / "data"
    (folder / "attachments").mkdir(parents=True)
    shas = []
    for n in range(5):
        data = jpeg(f"photo {n}")
        sha = hashlib.sha256(data).hexdigest()
        (folder / "attachments" / f"{sha}.jpg").write_bytes(data)
        shas.append(sha)
    with Store.open(folder / "champion.db", keys=UNENCRYPTED) as store:
        store.db["attachments"].insert_all([{"sha256": s, "file_name": f"{s}.jpg", "bytes": 1,
                                             "mime": "image/jpeg", "created_at": "x"}
                                            for s in shas])
    Store.open(folder / "champion.db").close()  # the database first (photos: killed below)
    for f in (folder / "attachments").glob("*.photo"):  # undo: photos as before encryption
        f.unlink()
    for n, sha in enumerate(shas):
        (folder / "attachments" / f"{sha}.jpg").write_bytes(jpeg(f"photo {n}"))
    child = run_child(CHILD, folder / "champion.db", "photo_written", "safe", TEST_PASSPHRASE,
                      "photos")
    code, err = finish(child, 60)
    assert code == -signal.SIGKILL, err
    assert len(list((folder / "attachments").glob("*.jpg"))) == 5  # killed after the first
    with Store.open(folder / "champion.db") as store:
        for sha in shas:
            assert hashlib.sha256(store.read_photo(sha)).hexdigest() == sha
    assert not list((folder / "attachments").glob("*.jpg"))
    assert not list((folder / "attachments").glob("*.part"))
    assert CHEAP_KDF  # the child unlocks with the same cheap setting as the tests

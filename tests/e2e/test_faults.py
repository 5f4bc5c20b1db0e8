"""Randomised, seeded fault trials: nothing lost, nothing twice, nothing altered.

Each trial queues a few records (sometimes an edit, sometimes a photo), syncs through
tests/fault_proxy.py while one fault happens, then runs a clean sync and checks that the
server holds exactly the versions this laptop submitted, each once, each as submitted.

Kinds (trial counts per kind below, 56 in all by default):
- cut_request / cut_response: the connection is cut at a seeded random byte;
- duplicate: the proxy sends every request to the server twice (one answer goes back);
- server_kill: the server is SIGKILLed part-way through a push, then restarted;
- client_kill: `champion-app sync` is SIGKILLed part-way through, then a new sync runs;
- restore_backup: the server's database goes back to an earlier copy (losing versions the
  laptop believes sent), more records are queued, and a sync (with a cut) must notice.

CHAMPION_FAULT_SEED changes the seed (a failure prints the seed and trial to replay it);
CHAMPION_FAULT_TRIALS multiplies the trial counts (e.g. 10 for a long soak).
"""

import contextlib
import os
import random
import signal
import subprocess
import sys

import pytest
from PIL import Image

from champion_app.records import Draft
from sync.errors import SyncError
from tests.fault_proxy import FaultProxy
from tests.live_server import ROOT
from tests.sync_helpers import assert_server_has_exactly, connected_store, doorstep, sync

SEED = int(os.environ.get("CHAMPION_FAULT_SEED", "20261125"))
SCALE = max(1, int(os.environ.get("CHAMPION_FAULT_TRIALS", "1")))
TRIALS = {"cut_request": 14, "cut_response": 14, "duplicate": 8, "server_kill": 8,
          "client_kill": 8, "restore_backup": 4}
CASES = [(kind, n) for kind, count in TRIALS.items() for n in range(count * SCALE)]
fired: dict[str, int] = dict.fromkeys(TRIALS, 0)

# The guard at the end counts the faults fired in this process, so every trial and the guard
# must run in one process: `make test` runs pytest-xdist with --dist loadfile, which keeps a
# file's tests on one worker, in order. (--dist load spread the trials over both workers and
# the guard saw half of them; xdist's loadgroup marker does not take with pytest 9 here.)
pytestmark = pytest.mark.slow


class Rig:
    def __init__(self, tmp, server):
        self.server = server
        self.proxy = FaultProxy(server.port)
        self.dir = tmp / "laptop"
        self.dir.mkdir()
        self.store = connected_store(self.dir, server)
        # From now on the laptop talks to the server through the proxy.
        self.store.set_state("server_url", self.proxy.url)

    def close(self):
        self.store.close()
        self.proxy.close()


@pytest.fixture(scope="module")
def rig(tmp_path_factory, server):
    r = Rig(tmp_path_factory.mktemp("faults"), server)
    yield r
    r.close()


def queue_work(rig: Rig, rng: random.Random) -> None:
    """A few records, sometimes an edit of an earlier one, sometimes a photo."""
    store = rig.store
    for i in range(rng.randint(1, 3)):
        attachments = []
        if rng.random() < 0.2:
            path = rig.dir / f"photo-{rng.randrange(10**9)}.png"
            Image.new("RGB", (24, 16), tuple(rng.randrange(256) for _ in range(3))).save(path)
            attachments = [store.add_photo(path)]
        doorstep(store, f"trial note {rng.random():.6f} #{i}", attachments=attachments)
    if rng.random() < 0.3:
        ids = store.record_ids()
        record_id = rng.choice(ids)
        store.start_edit(record_id)
        detail = store.get_record(record_id)
        store.save_draft(Draft(kind="doorstep", estate_id="E1", payload={
            **detail.draft.payload, "what_was_said": f"edited {rng.random():.6f}"}),
            record_id=record_id)
        store.submit(record_id)


def faulty_sync(rig: Rig, seed: int) -> None:
    # A SyncError is expected often (the fault outlasted the retries); nothing may be lost.
    with contextlib.suppress(SyncError):
        sync(rig.store, seed)


def trial_cut(rig: Rig, rng: random.Random, direction: str, seed: int) -> None:
    for _ in range(rng.randint(1, 2)):
        limit = 3000 if direction == "request" else 1500
        after = b"/sync/push" if rng.random() < 0.5 else None
        rig.proxy.arm(direction, rng.randrange(limit), after=after)
    faulty_sync(rig, seed)


def trial_duplicate(rig: Rig, rng: random.Random, seed: int) -> None:
    rig.proxy.rng = random.Random(seed)
    rig.proxy.duplicate = True
    try:
        result = sync(rig.store, seed)
    finally:
        rig.proxy.duplicate = False
    # Every request reached the server twice, and this sync still finished cleanly.
    assert result.complete
    fired["duplicate"] += 1


def trial_server_kill(rig: Rig, rng: random.Random, seed: int) -> None:
    direction = rng.choice(["request", "response"])
    offset = rng.randrange(1500 if direction == "request" else 200)
    rig.proxy.arm(direction, offset, action=rig.server.kill, after=b"/sync/push")
    try:
        faulty_sync(rig, seed)
    finally:
        if rig.server.proc is None or rig.server.proc.poll() is not None:
            rig.server.start()


def trial_client_kill(rig: Rig, rng: random.Random, seed: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder: list[subprocess.Popen] = []

    def kill_client() -> None:
        if holder and holder[0].poll() is None:
            holder[0].send_signal(signal.SIGKILL)
            holder[0].wait(30)

    direction = rng.choice(["request", "response"])
    after = b"/sync/push" if rng.random() < 0.7 else None
    rig.proxy.arm(direction, rng.randrange(2000 if direction == "request" else 600),
                  action=kill_client, after=after)
    proc = subprocess.Popen([sys.executable, "-m", "ui", "--data-dir", str(rig.dir),
                             "sync", "--quiet"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    holder.append(proc)
    try:
        proc.wait(90)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def trial_restore_backup(rig: Rig, rng: random.Random, seed: int) -> None:
    import shutil
    import sqlite3

    db = rig.server.dir / "server.db"
    backup = rig.server.dir / "backup.db"
    sync(rig.store, seed)  # the work queued for this trial is on the server...
    src, dst = sqlite3.connect(db), sqlite3.connect(backup)
    try:
        src.backup(dst)    # ...and in the backup
    finally:               # closed, not just committed: the restore replaces these files
        src.close()
        dst.close()
    for _ in range(rng.randint(1, 3)):  # on the server, then lost by the restore
        queue_work(rig, rng)
        sync(rig.store, seed)
    rig.server.stop()
    rig.server.engine.dispose()
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, db)
    rig.server.start()
    for _ in range(4):  # enough new pushes to carry the server's seq past our cursor
        queue_work(rig, rng)
    rig.proxy.arm(rng.choice(["request", "response"]), rng.randrange(3000))
    faulty_sync(rig, seed)
    fired["restore_backup"] += 1


@pytest.mark.parametrize(("kind", "n"), CASES, ids=[f"{k}-{n}" for k, n in CASES])
def test_fault_trial(rig, kind, n):
    seed = SEED * 1000 + list(TRIALS).index(kind) * 100 + n
    rng = random.Random(seed)
    queue_work(rig, rng)
    before = len(rig.proxy.fired)
    try:
        if kind in ("cut_request", "cut_response"):
            trial_cut(rig, rng, kind.removeprefix("cut_"), seed)
        elif kind == "duplicate":
            trial_duplicate(rig, rng, seed)
        elif kind == "server_kill":
            trial_server_kill(rig, rng, seed)
        elif kind == "restore_backup":
            trial_restore_backup(rig, rng, seed)
        else:
            trial_client_kill(rig, rng, seed)
    finally:
        rig.proxy.disarm()
    fired[kind] += len(rig.proxy.fired) > before
    # The clean sync after the fault must finish, and then the server holds exactly ours.
    result = sync(rig.store, seed)
    assert result.complete, f"seed {seed}: {result}"
    assert_server_has_exactly(rig.server, rig.store)


def test_the_faults_really_happened():
    """Guards the trials above against quietly testing nothing (offsets past all traffic)."""
    for kind, count in TRIALS.items():
        assert fired[kind] >= count * SCALE * 0.6, (kind, fired)

"""20 devices push at once while pulls run: every change is pulled exactly once.

On PostgreSQL the server runs as two processes, so pushes commit through different
connection pools and processes; the seq counter's row lock is what keeps pulls whole.
"""

import threading

import pytest
from sqlalchemy import func, select

from server import schema as s
from tests.live_server import LiveServer

from .helpers import mutation, push_ok, version

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]

DEVICES = 20
PUSHES = 5
PER_PUSH = 4


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def busy_server(request, tmp_path_factory):
    """Two server processes, shared by this module's tests (each makes its own users)."""
    db_url = (request.getfixturevalue("module_pg_database") if request.param == "postgres"
              else None)
    live = LiveServer(tmp_path_factory.mktemp("busy"), db_url=db_url, workers=2)
    live.add_sample_patch()
    live.start()
    yield live
    live.close()


class Puller(threading.Thread):
    """Pulls in small pages from its own cursor until told to stop, then once more."""

    def __init__(self, server, auth, limit):
        super().__init__(daemon=True)
        self.server, self.auth, self.limit = server, auth, limit
        self.cursor, self.seen, self.errors = 0, [], []
        self.done = threading.Event()

    def pull_until_caught_up(self):
        while True:
            status, page = self.server.request(
                "GET", f"/sync/pull?cursor={self.cursor}&limit={self.limit}",
                token=self.auth["token"])
            if status != 200 or page["reset"]:
                self.errors.append((status, page))
                return
            assert page["cursor"] >= self.cursor
            self.seen += [(c["seq"], c["entity"], c["id"]) for c in page["changes"]]
            self.cursor = page["cursor"]
            if not page["has_more"]:
                return

    def run(self):
        try:
            while not self.done.is_set():
                self.pull_until_caught_up()
            self.pull_until_caught_up()  # everything has committed by now
        except Exception as exc:  # reported by the test, not lost in the thread
            self.errors.append(exc)


def test_concurrent_pushes_and_pulls_lose_nothing(busy_server):
    server = busy_server
    with server.engine.connect() as conn:
        before = set(conn.execute(select(s.record_versions.c.version_id)).scalars())
    coord_user = server.add_coordinator("coord")
    devices = [server.enrol(server.add_champion(f"c{i:02d}", ["E1"])["code"], f"laptop {i}")
               for i in range(DEVICES)]
    pullers = [Puller(server, server.login("coord", coord_user["password"], f"pc{i}"), limit)
               for i, limit in enumerate((7, 50))]
    champion_puller = Puller(server, devices[0], 5)
    pullers.append(champion_puller)
    for p in pullers:
        p.start()

    start = threading.Barrier(DEVICES)
    applied: dict[str, int] = {}
    by_device: dict[str, set[str]] = {d["device_id"]: set() for d in devices}
    failures = []
    lock = threading.Lock()

    def device_work(auth):
        try:
            start.wait()
            for _ in range(PUSHES):
                batch = [mutation("record_version", version("E1")) for _ in range(PER_PUSH)]
                results = push_ok(server, auth, *batch)
                with lock:
                    for m, r in zip(batch, results, strict=True):
                        assert r["status"] == "applied", r
                        applied[m["data"]["version_id"]] = r["seq"]
                        by_device[auth["device_id"]].add(m["data"]["version_id"])
            # A retry of the last push after a "lost answer" stores nothing new.
            again = push_ok(server, auth, *batch)
            assert {r["status"] for r in again} == {"duplicate"}
        except Exception as exc:
            failures.append(exc)

    workers = [threading.Thread(target=device_work, args=(d,)) for d in devices]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    for p in pullers:
        p.done.set()
    for p in pullers:
        p.join(120)
    assert not failures, failures
    assert len(applied) == DEVICES * PUSHES * PER_PUSH
    assert len(set(applied.values())) == len(applied)  # one seq per change

    for p in pullers[:2]:
        assert not p.errors, p.errors
        versions = [(seq, i) for seq, entity, i in p.seen if entity == "record_version"]
        ids_seen = [i for _, i in versions]
        # Exactly once: nothing twice, nothing skipped, each under the seq it was given.
        assert len(ids_seen) == len(set(ids_seen))
        assert set(ids_seen) == set(applied) | before
        assert all(applied[i] == seq for seq, i in versions)
        seqs = [seq for seq, _, _ in p.seen]
        assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))

    # The champion's puller saw their own versions, once each, and no one else's.
    mine = [i for _, entity, i in champion_puller.seen if entity == "record_version"]
    assert not champion_puller.errors
    assert len(mine) == len(set(mine)) and set(mine) == by_device[devices[0]["device_id"]]


def test_the_same_push_at_once_stores_once(busy_server):
    """Retries racing each other (a lost answer, then a second sync): one applies."""
    server = busy_server
    auth = server.enrol(server.add_champion("racer", ["E1"])["code"])
    batch = [mutation("record_version", version("E1")) for _ in range(3)]
    start = threading.Barrier(8)
    answers, failures = [], []

    def send():
        try:
            start.wait()
            answers.append(push_ok(server, auth, *batch))
        except Exception as exc:
            failures.append(exc)

    threads = [threading.Thread(target=send) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures
    for i in range(len(batch)):
        statuses = sorted(a[i]["status"] for a in answers)
        assert statuses == ["applied"] + ["duplicate"] * 7, statuses
        assert len({a[i]["seq"] for a in answers}) == 1
    with server.engine.connect() as conn:
        stored = conn.execute(select(func.count()).select_from(s.record_versions).where(
            s.record_versions.c.version_id.in_([m["data"]["version_id"] for m in batch])))
        assert stored.scalar() == 3

"""Sync push: 10,000 queued records sent to the real server on loopback.

The server is ``champion-server serve`` on an SQLite file (tests/live_server.py); the client
is the app's own engine (``sync.engine.run_sync``) over a copy of a store holding 10,000
queued post-works, doorstep, block, welcome and walkabout records. The figure is the push
stage: from the start of the sync (``/meta``) to the engine's last "Sending records" report,
which it makes when the outbox is empty (batches of up to 500 mutations or 5 MB, each
answer recorded in the store).

Baseline, same run, same records: the bare pipe (bench/bare_pipe.py) — one JSON POST of
all the versions as stored in the outbox, parsed and written with one executemany.

The push runs twice: first with client and server SQLite at ``synchronous=NORMAL`` (before
issue 13), then at ``FULL`` (now, the figure); ``detail`` has both, so the cost of an fsync
per acknowledged commit is measured in the same run.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import requests

from champion_app.store import Store

from .common import emit, keyed_connection, quick, say
from .datagen import ESTATES
from .loader import fresh_copy
from .sync_common import TARGET_RATIO, LiveServer, bare_pipe, timed_sync


def retarget(path: Path, user_id: str, device_id: str) -> None:
    """Make the queued versions the enrolled champion's (the server checks the author)."""
    conn = keyed_connection(path)
    conn.execute("BEGIN")
    for table, column in (("record_versions", "body"), ("outbox", "body")):
        conn.execute(f"UPDATE {table} SET {column} = json_set({column}, '$.author_id', ?, "
                     "'$.device_id', ?)", [user_id, device_id])
    conn.execute("UPDATE outbox SET bytes = length(CAST(body AS BLOB))")
    conn.execute("COMMIT")
    conn.close()


class NormalServer(LiveServer):
    """The same server with SQLite's synchronous=NORMAL (bench/serve_normal.py)."""

    def command(self) -> list[str]:
        command = super().command()
        return [command[0], "-m", "bench.serve_normal", *command[3:]]


def timed_push(tmp: Path, n: int, synchronous: str, keep_outbox: Path | None = None):
    """One push of n queued records with client and server at ``synchronous``:
    (push seconds, result, stages, whole sync seconds). ``keep_outbox``: where to copy the
    client's file before the sync (the bare pipe sends the same outbox)."""
    live = (LiveServer if synchronous == "FULL" else NormalServer)(tmp / synchronous)
    try:
        champ = live.add_champion("bench-champ", [f"est-{e:02d}" for e in range(ESTATES)])
        live.start()
        auth = live.enrol(champ["code"], "bench laptop")
        db = fresh_copy(tmp / synchronous / "client", n, profile="queued")
        retarget(db, auth["user"]["id"], auth["device_id"])
        if keep_outbox is not None:
            keep_outbox.write_bytes(db.read_bytes())
        with Store.open(db) as store:
            store.db.execute(f"PRAGMA synchronous = {synchronous}")
            result, stages, total_s = timed_sync(store, live.url, auth)
        if result.applied != n:
            raise RuntimeError(f"{result.applied} of {n} applied: {result.summary()}")
        return stages.last.get("Sending records", total_s), result, stages, total_s
    finally:
        live.close()


def main() -> None:
    n = 1_000 if quick() else 10_000
    with tempfile.TemporaryDirectory(prefix="bench-push-") as tmp:
        tmp = Path(tmp)
        # NORMAL first (what the app and server used before issue 13), then FULL (now).
        normal_s, _, _, _ = timed_push(tmp, n, "NORMAL")
        bare_source = tmp / "bare-source.db"
        push_s, result, stages, total_s = timed_push(tmp, n, "FULL", keep_outbox=bare_source)
        with bare_pipe(tmp / "bare-server.db") as url:
            t0 = time.perf_counter()
            conn = keyed_connection(bare_source)
            bodies = [r[0] for r in conn.execute("SELECT body FROM outbox ORDER BY id")]
            conn.close()
            answer = requests.post(url + "/push", data="[" + ",".join(bodies) + "]",
                                   headers={"Content-Type": "application/json"}, timeout=300)
            answer.raise_for_status()
            bare_s = time.perf_counter() - t0
    ratio = push_s / bare_s
    say(f"push {n} records: {push_s:.2f} s (synchronous=NORMAL {normal_s:.2f} s); "
        f"bare pipe {bare_s:.2f} s ({ratio:.1f}×)")
    emit("sync_push", push_s * 1000, "ms", baseline=bare_s * 1000,
         target=f"≤ {TARGET_RATIO:g}× the bare pipe", met=ratio <= TARGET_RATIO, detail={
             "records": n, "records_per_s": round(n / push_s), "whole_sync_ms": round(
                 total_s * 1000), "applied": result.applied,
             "stages_s": {k: [round(stages.first[k], 2), round(v, 2)]
                          for k, v in stages.last.items()},
             "bytes": sum(len(b) for b in bodies), "server_db": "sqlite",
             "synchronous": "FULL", "normal_push_ms": round(normal_s * 1000),
             "full_over_normal": round(push_s / normal_s, 2)})


if __name__ == "__main__":
    main()

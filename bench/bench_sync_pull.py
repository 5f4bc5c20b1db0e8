"""Sync pull: a coordinator's first sync on a fresh laptop, 100,000 record versions.

The server (``champion-server serve``, SQLite) holds 100,000 record versions written by 40
champions (bench/server_fill.py). A coordinator signs in and runs the app's own engine
(``sync.engine.run_sync``) into an empty local store: ``/meta``, an empty push, then pull
pages (500 changes each) applied one page per transaction, until ``has_more`` is false.

Baseline, same run, same records: the bare pipe (bench/bare_pipe.py) — one GET answering
every version's JSON from the same server file as one array, parsed and written into a local
SQLite table with one executemany.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import requests

from champion_app.store import Store

from . import server_fill
from .bare_pipe import bulk_insert
from .common import emit, n_records, say
from .sync_common import TARGET_RATIO, LiveServer, bare_pipe, timed_sync


def main() -> None:
    n = n_records()
    with tempfile.TemporaryDirectory(prefix="bench-pull-") as tmp:
        tmp = Path(tmp)
        server_db = server_fill.fresh_copy(tmp / "server", n)
        live = LiveServer(tmp, db_url=f"sqlite:///{server_db}")
        try:
            live.start()
            auth = live.login(server_fill.COORDINATOR, server_fill.BENCH_PASSWORD)
            with Store.open(tmp / "coordinator" / "champion.db") as store:
                result, stages, pull_s = timed_sync(store, live.url, auth)
                local = store.count_records()
        finally:
            live.close()
        if local < n:
            raise RuntimeError(f"only {local} of {n} records arrived: {result.summary()}")
        with bare_pipe(tmp / "unused.db", source_db=server_db) as url:
            t0 = time.perf_counter()
            answer = requests.get(url + "/pull", timeout=600)
            answer.raise_for_status()
            records = json.loads(answer.content)
            bulk_insert(str(tmp / "bare-client.db"), records)
            bare_s = time.perf_counter() - t0
            size = len(answer.content)
    ratio = pull_s / bare_s
    say(f"pull {n} records: {pull_s:.2f} s; bare pipe {bare_s:.2f} s ({ratio:.1f}×)")
    emit("sync_pull", pull_s * 1000, "ms", baseline=bare_s * 1000,
         target=f"≤ {TARGET_RATIO:g}× the bare pipe", met=ratio <= TARGET_RATIO, detail={
             "records": n, "changes_pulled": result.pulled, "records_in_local_db": local,
             "records_per_s": round(n / pull_s), "bytes": size, "server_db": "sqlite",
             "stages_s": {k: [round(stages.first[k], 2), round(v, 2)]
                          for k, v in stages.last.items()}})


if __name__ == "__main__":
    main()

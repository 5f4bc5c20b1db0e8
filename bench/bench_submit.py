"""Submit: save + submit of a full post-works record through the store API, p50/p95.

Baseline, same file and same pragmas (WAL, synchronous=FULL): one bare INSERT of the same
JSON body into a one-table row, in its own transaction. The gap between the two is what the
store adds: pydantic validation, the version, the outbox row, the records update and the FTS5
triggers that keep search in step.

The same pairs are also timed on a second copy with ``synchronous=NORMAL`` (what the store
used before issue 13), so ``detail`` says what FULL's fsync per commit costs on this disk.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from champion_app.records import Draft
from champion_app.store import Store

from .common import emit, keyed_connection, ms, n_records, percentile, quick, say
from .datagen import DEFAULT_SEED, RecordGenerator
from .loader import fresh_copy

TARGET_P95_MS = 2.0


def _store_times(store: Store, drafts: list[Draft]) -> tuple[list[float], list[float], list[float]]:
    both, save, submit = [], [], []
    for draft in drafts:
        t0 = time.perf_counter()
        changes = store.save_draft(draft)
        t1 = time.perf_counter()
        store.submit(changes.record_id)
        t2 = time.perf_counter()
        save.append(t1 - t0)
        submit.append(t2 - t1)
        both.append(t2 - t0)
    return both, save, submit


def _bare_times(path: Path, bodies: list[str], prefix: str) -> list[float]:
    conn = keyed_connection(path)  # the same file, so as encrypted as the store
    conn.execute("PRAGMA synchronous = FULL")  # what the store sets; WAL is in the file
    conn.execute("CREATE TABLE IF NOT EXISTS bench_bare (id TEXT PRIMARY KEY, body TEXT)")
    times = []
    for i, body in enumerate(bodies):
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO bench_bare (id, body) VALUES (?, ?)", (f"{prefix}-{i}", body))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - t0)
    conn.close()
    return times


def main() -> None:
    n = n_records()
    runs = 300 if quick() else 2_000
    warm = 50
    gen = RecordGenerator(DEFAULT_SEED + 1)
    drafts = [gen.post_works_draft() for _ in range(runs + warm)]
    bodies = [json.dumps(d.model_dump()) for d in drafts]
    with tempfile.TemporaryDirectory(prefix="bench-submit-") as tmp:
        path = fresh_copy(Path(tmp) / "full", n)
        with Store.open(path) as store:
            _store_times(store, drafts[:warm])
            both, save, submit = _store_times(store, drafts[warm:])
        _bare_times(path, bodies[:warm], "warm")
        bare = _bare_times(path, bodies[warm:], "run")
        normal_path = fresh_copy(Path(tmp) / "normal", n)
        with Store.open(normal_path) as store:
            store.db.execute("PRAGMA synchronous = NORMAL")  # the store before issue 13
            _store_times(store, drafts[:warm])
            normal, _, _ = _store_times(store, drafts[warm:])
    p95, bare95 = percentile(both, 95), percentile(bare, 95)
    say(f"save+submit p50 {ms(percentile(both, 50))} ms p95 {ms(p95)} ms; bare p95 {ms(bare95)} ms")
    emit("submit", ms(p95), "ms", baseline=ms(bare95), target=f"p95 ≤ {TARGET_P95_MS} ms",
         met=ms(p95) <= TARGET_P95_MS, detail={
             "records_in_db": n, "runs": runs, "p50_ms": ms(percentile(both, 50)),
             "p95_ms": ms(p95), "p99_ms": ms(percentile(both, 99)), "max_ms": ms(max(both)),
             "over_5ms": sum(t > 0.005 for t in both),
             "save_draft_p50_ms": ms(percentile(save, 50)),
             "save_draft_p95_ms": ms(percentile(save, 95)),
             "submit_p50_ms": ms(percentile(submit, 50)),
             "submit_p95_ms": ms(percentile(submit, 95)),
             "bare_insert_p50_ms": ms(percentile(bare, 50)), "bare_insert_p95_ms": ms(bare95),
             "synchronous": "FULL",
             "normal_p50_ms": ms(percentile(normal, 50)),
             "normal_p95_ms": ms(percentile(normal, 95)),
             "full_over_normal_p95": round(p95 / percentile(normal, 95), 2),
             "body_bytes_mean": round(sum(map(len, bodies)) / len(bodies))})


if __name__ == "__main__":
    main()

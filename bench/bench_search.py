"""Search and filter over the whole log: text, estate, kind and date, p95.

Each query is timed the way My log runs it (ui/log/model.py): ``record_ids`` for the filter,
sorted in SQL by "last changed", then ``rows_by_id`` for the first page of 200 rows. That is
the work between a keystroke in the search box (or a filter change) and rows on screen.

The text queries are what someone types, letter by letter from the second letter on, since
search runs as they type. Baseline: listing every record id once (``SELECT record_id FROM
records``), the floor for "show me the whole log"; the ratio says how a filtered query
compares with it.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from champion_app.records import KINDS
from champion_app.store import RecordFilter, Store

from .common import emit, ms, n_records, percentile, quick, say
from .loader import fresh_copy

TARGET_P95_MS = 30.0
PAGE = 200  # ui/log/model.py PAGE
WORDS = ("mould", "boiler", "scaffolding", "lift broke", "bin store", "fob reader",
         "pest control", "damp survey", "appointment missed")


def _typing(words: str) -> list[str]:
    """'lift broke' -> 'li', 'lif', 'lift', 'lift b', …: what the box holds after each key."""
    return [words[:i] for i in range(2, len(words) + 1) if not words[:i].endswith(" ")]


def queries(estates: list[str]) -> list[tuple[str, RecordFilter]]:
    """(class, filter) pairs covering text, estate, kind, date and their combinations."""
    end = date(2026, 11, 1)
    out: list[tuple[str, RecordFilter]] = [("everything", RecordFilter())]
    for word in WORDS:
        out += [("text", RecordFilter(text=t)) for t in _typing(word)]
    out += [("estate", RecordFilter(estate_ids=(e,))) for e in estates[:10]]
    out += [("kind", RecordFilter(kinds=(k,))) for k in KINDS.codes]
    for days in (7, 31, 92, 365):
        out.append(("date", RecordFilter(date_from=end - timedelta(days=days), date_to=end)))
    for i, e in enumerate(estates[:8]):
        out.append(("combined", RecordFilter(
            estate_ids=(e,), kinds=(("post_works", "doorstep")[i % 2],),
            date_from=end - timedelta(days=92 * (1 + i % 4)), date_to=end,
            text=WORDS[i % len(WORDS)].split()[0])))
    out.append(("combined", RecordFilter(hazard_only=True, states=("sent", "reviewed"))))
    return out


def _run(store: Store, flt: RecordFilter) -> tuple[float, int]:
    t0 = time.perf_counter()
    ids = store.record_ids(flt, sort="updated_at", descending=True)
    store.rows_by_id(ids[:PAGE])
    return time.perf_counter() - t0, len(ids)


def main() -> None:
    n = n_records()
    repeats = 2 if quick() else 5
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        path = fresh_copy(Path(tmp), n)
        with Store.open(path) as store:
            estates = [e["id"] for e in store.estates()]
            plan = queries(estates)
            for _, flt in plan:  # warm the page cache as a running app would have it
                _run(store, flt)
            times: dict[str, list[float]] = {}
            matches: dict[str, list[int]] = {}
            for _ in range(repeats):
                for cls, flt in plan:
                    seconds, found = _run(store, flt)
                    times.setdefault(cls, []).append(seconds)
                    matches.setdefault(cls, []).append(found)
            base = []
            for _ in range(repeats * 3):
                t0 = time.perf_counter()
                store.db.execute("SELECT record_id FROM records").fetchall()
                base.append(time.perf_counter() - t0)
            slowest = sorted(((_run(store, f)[0], c, f) for c, f in plan), key=lambda x: -x[0])
    every = [t for ts in times.values() for t in ts]
    p95 = ms(percentile(every, 95))
    by_class = {cls: {"p50_ms": ms(percentile(ts, 50)), "p95_ms": ms(percentile(ts, 95)),
                      "max_ms": ms(max(ts)), "queries": len(ts) // repeats,
                      "matches_median": sorted(matches[cls])[len(matches[cls]) // 2]}
                for cls, ts in times.items()}
    for cls, row in by_class.items():
        say(f"{cls:10s} {row}")
    emit("search", p95, "ms", baseline=ms(percentile(base, 50)),
         target=f"p95 ≤ {TARGET_P95_MS:g} ms", met=p95 <= TARGET_P95_MS, detail={
             "records_in_db": n, "queries": len(plan), "repeats": repeats,
             "p50_ms": ms(percentile(every, 50)), "p95_ms": p95, "max_ms": ms(max(every)),
             "by_class": by_class,
             "slowest": [{"ms": ms(t), "class": c, "filter": repr(f)} for t, c, f in slowest[:5]],
             "baseline_is": "SELECT record_id FROM records (every id, unsorted), median"})


if __name__ == "__main__":
    main()

"""Reports over the 100,000-record coordinator database: each report the page computes, p95.

The Reports page computes one report per tab, for the filter and cut chosen (ui/reports/
page.py, `TABS`): satisfaction (overall and by a cut), part 1 against part 2 (with repair
times), operatives, repair times, hazards and actions. Each is timed as the page runs it,
``build_report(db, filter, cut, sections=…)`` on the DB worker's kind of connection, for
filters a coordinator uses: everything, the last 12 months, one estate, one contractor,
one operative, a kind of work; and every cut. ``champion-app report --json`` computes every
section at once: that is timed too (in process, with the JSON), and once as a command.

Baseline: a bare ``SELECT estate_id, count(*) FROM records GROUP BY estate_id``, the floor
for "count the records by estate".
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from champion_app.reports import ReportFilter, build_report
from champion_app.store import Store

from .common import PYTHON, ROOT, emit, ms, n_records, percentile, quick, say
from .datagen import ANCHOR
from .loader import fresh_copy

TARGET_P95_MS = 300.0
TABS = {"satisfaction": ("satisfaction",), "journey": ("satisfaction", "repair_times"),
        "operatives": ("operatives",), "repair_times": ("repair_times",),
        "cases": ("hazards", "complaints", "actions")}
CUTS = (None, "estate", "month", "contractor", "operative")


def filters(store: Store) -> list[tuple[str, ReportFilter]]:
    end = ANCHOR.date()
    estate = store.estates()[3]["id"]
    contractor = store.db.execute("SELECT id FROM contractors ORDER BY id LIMIT 1 OFFSET 1"
                                  ).fetchone()[0]
    operative = store.db.execute("SELECT id FROM operatives ORDER BY id LIMIT 1").fetchone()[0]
    return [("everything", ReportFilter()),
            ("12 months", ReportFilter(date_from=end - timedelta(days=365), date_to=end)),
            ("one estate", ReportFilter(estate_ids=(estate,))),
            ("one contractor", ReportFilter(contractor_ids=(contractor,))),
            ("one operative", ReportFilter(operative_ids=(operative,))),
            ("responsive, 3 months", ReportFilter(work_kinds=("responsive",),
                                                  date_from=end - timedelta(days=92),
                                                  date_to=end))]


def plan(store: Store) -> list[tuple[str, str, ReportFilter, str | None]]:
    """(tab, filter name, filter, cut): every tab for every filter; the cut where it counts."""
    out = []
    for name, flt in filters(store):
        for tab in TABS:
            for cut in (CUTS if tab in ("satisfaction", "journey", "repair_times") else (None,)):
                out.append((tab, name, flt, cut))
    return out


def main() -> None:
    n = n_records()
    repeats = 2 if quick() else 5
    with tempfile.TemporaryDirectory(prefix="bench-reports-") as tmp:
        path = fresh_copy(Path(tmp), n)
        with Store.open(path) as store:
            db = store.db
            cases = plan(store)
            for tab, _name, flt, cut in cases:  # warm, as a page that has been used
                build_report(db, flt, cut, sections=TABS[tab])
            times: dict[str, list[float]] = {}
            slowest = []
            for _ in range(repeats):
                for tab, name, flt, cut in cases:
                    t0 = time.perf_counter()
                    build_report(db, flt, cut, sections=TABS[tab])
                    seconds = time.perf_counter() - t0
                    times.setdefault(tab, []).append(seconds)
                    slowest.append((seconds, tab, name, cut))
            whole = []
            for _ in range(repeats):
                for cut in (None, "estate"):
                    t0 = time.perf_counter()
                    json.dumps(build_report(db, ReportFilter(), cut).as_dict())
                    whole.append(time.perf_counter() - t0)
            base = []
            for _ in range(repeats * 5):
                t0 = time.perf_counter()
                db.execute("SELECT estate_id, count(*) FROM records GROUP BY estate_id").fetchall()
                base.append(time.perf_counter() - t0)
            records = db.execute("SELECT count(*) FROM report_facts").fetchone()[0]
        env = {**os.environ, "CHAMPION_LOG_LEVEL": "WARNING"}
        env.pop("CHAMPION_DATA_DIR", None)
        t0 = time.perf_counter()
        done = subprocess.run([PYTHON, "-m", "champion_app", "--data-dir", str(Path(tmp)),
                               "report", "--json"], cwd=ROOT, env=env, capture_output=True,
                              text=True, check=False)
        command_s = time.perf_counter() - t0
        if done.returncode != 0:
            say(done.stderr[-2000:])
    every = [t for ts in times.values() for t in ts]
    p95 = ms(percentile(every, 95))
    by_tab = {tab: {"p50_ms": ms(percentile(ts, 50)), "p95_ms": ms(percentile(ts, 95)),
                    "max_ms": ms(max(ts)), "reports": len(ts) // repeats}
              for tab, ts in times.items()}
    for tab, row in by_tab.items():
        say(f"{tab:13s} {row}")
    slowest.sort(key=lambda s: -s[0])
    emit("reports", p95, "ms", baseline=ms(percentile(base, 50)),
         target=f"p95 ≤ {TARGET_P95_MS:g} ms", met=p95 <= TARGET_P95_MS, detail={
             "records_in_db": n, "records_reported": records, "reports": len(cases),
             "repeats": repeats, "p50_ms": ms(percentile(every, 50)), "p95_ms": p95,
             "max_ms": ms(max(every)), "by_tab": by_tab,
             "whole_report_json_p50_ms": ms(percentile(whole, 50)),
             "whole_report_json_p95_ms": ms(percentile(whole, 95)),
             "report_command_s": round(command_s, 2),
             "report_command_ok": done.returncode == 0,
             "slowest": [{"ms": ms(t), "tab": tab, "filter": name, "cut": cut}
                         for t, tab, name, cut in slowest[:5]],
             "today": date.today().isoformat(),
             "baseline_is": "SELECT estate_id, count(*) FROM records GROUP BY estate_id, median"})


if __name__ == "__main__":
    main()

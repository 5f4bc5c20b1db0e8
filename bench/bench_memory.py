"""Memory: peak RSS of the app with 100,000 records, after opening My log and the reports.

The real app is started as ``champion-app`` would start it (bench/app_probe.py), waits until
shown and idle, then shows every page in turn (My log, and the reports once the app has a
reports page), waiting until idle after each; on My log it also scrolls from top to bottom
in 20 jumps so the model's row cache fills. It then reads its own peak resident set size
(VmHWM in /proc/self/status, the high-water mark, so a short spike counts too).

Baseline: the same reading from the bare PySide6 window of bench_startup, in the same run:
what Python and Qt cost before the app holds anything.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from .bench_startup import probe_env
from .common import PYTHON, ROOT, emit, n_records, say
from .loader import fresh_copy

TARGET_MB = 300.0


def _probe(args: list[str]) -> dict[str, str]:
    proc = subprocess.run([PYTHON, "-m", "bench.app_probe", *args], cwd=ROOT, env=probe_env(),
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                          timeout=300)
    marks = dict(line.split(" ", 1) for line in proc.stdout.splitlines()
                 if line.startswith("BENCH_"))
    if proc.returncode != 0 or "BENCH_RSS_MB" not in marks:
        raise RuntimeError(f"{args[0]} probe exited {proc.returncode}: {proc.stdout[-500:]}")
    return marks


def main() -> None:
    n = n_records()
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        fresh_copy(Path(tmp), n)
        app = _probe(["memory", "--data-dir", tmp])
    bare = _probe(["bare"])
    peak, base = float(app["BENCH_RSS_MB"]), float(bare["BENCH_RSS_MB"])
    pages = app.get("BENCH_PAGES", "").split()
    say(f"peak RSS {peak:.0f} MB after pages {pages}; bare window {base:.0f} MB")
    emit("memory", peak, "MB", baseline=base, target=f"≤ {TARGET_MB:g} MB",
         met=peak <= TARGET_MB, detail={
             "records_in_db": n, "pages_opened": pages,
             "reports_opened": any("report" in p for p in pages),
             "measure": "VmHWM (peak resident set) of the app process"})


if __name__ == "__main__":
    main()

"""Startup: process start to the main window shown and idle, 100,000 records in the database.

Baseline: a bare PySide6 window (QMainWindow with one label) started the same way, in the
same run: ``python -m`` of a module, same interpreter, same offscreen platform. Both print
``time.monotonic()`` when shown and idle (bench/app_probe.py says what idle means), and the
figure is that minus the monotonic time just before the process was spawned: interpreter
start, imports, opening the database, building the window and every page's first load.

Each is run once to warm the OS file cache (as a second start of the day would be), then
several times alternating; the figure is the median.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from .common import PYTHON, ROOT, emit, n_records, quick, say
from .loader import fresh_copy

TARGET_RATIO = 1.5


def launch(args: list[str], env: dict, shown: list[float] | None = None,
           painted: list[float] | None = None) -> float:
    """Seconds from spawn to the BENCH_IDLE marker (and to BENCH_SHOWN, into ``shown``, and
    to BENCH_PAINT, the window's first paint, into ``painted``)."""
    t0 = time.monotonic()
    proc = subprocess.Popen([PYTHON, "-m", "bench.app_probe", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    idle_at = None
    for line in proc.stdout:
        if line.startswith("BENCH_IDLE "):
            idle_at = float(line.split()[1])
        elif line.startswith("BENCH_SHOWN ") and shown is not None:
            shown.append(float(line.split()[1]) - t0)
        elif line.startswith("BENCH_PAINT ") and painted is not None:
            painted.append(float(line.split()[1]) - t0)
    if proc.wait(timeout=120) != 0 or idle_at is None:
        raise RuntimeError(f"{args[0]} run exited {proc.returncode} without an idle marker")
    return idle_at - t0


def probe_env() -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CHAMPION_DATA_DIR", None)
    return env


def main() -> None:
    n = n_records()
    runs = 3 if quick() else 7
    env = probe_env()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        fresh_copy(Path(tmp), n)
        app_args = ["startup", "--data-dir", tmp]
        launch(app_args, env)  # warm: the OS file cache, .pyc files
        launch(["bare"], env)
        app, bare, shown, app_paint, bare_paint = [], [], [], [], []
        for _ in range(runs):
            app.append(launch(app_args, env, shown, app_paint))
            bare.append(launch(["bare"], env, painted=bare_paint))
    app_s, bare_s = statistics.median(app), statistics.median(bare)
    ratio = app_s / bare_s
    paint = (statistics.median(app_paint), statistics.median(bare_paint)) \
        if app_paint and bare_paint else None
    say(f"app {app_s:.3f} s, bare window {bare_s:.3f} s: {ratio:.1f}×"
        + (f"; first paint {paint[0]:.3f} s against {paint[1]:.3f} s "
           f"({paint[0] / paint[1]:.1f}×)" if paint else ""))
    emit("startup", app_s * 1000, "ms", baseline=bare_s * 1000,
         target=f"≤ {TARGET_RATIO}× the bare window", met=ratio <= TARGET_RATIO, detail={
             "records_in_db": n, "runs": runs,
             # Window shown (imports, window built) before the first loads came back.
             "app_shown_ms_median": round(statistics.median(shown) * 1000) if shown else None,
             # The first paint of the main window (what a person sees first), against the
             # bare window's first paint.
             "first_paint_ms_median": round(paint[0] * 1000) if paint else None,
             "bare_first_paint_ms_median": round(paint[1] * 1000) if paint else None,
             "first_paint_ratio": round(paint[0] / paint[1], 2) if paint else None,
             "app_ms": [round(s * 1000) for s in app], "bare_ms": [round(s * 1000) for s in bare]})


if __name__ == "__main__":
    main()

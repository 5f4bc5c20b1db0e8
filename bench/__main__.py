"""Run every benchmark: ``python -m bench [--quick] [--list] [NAME ...]``.

Each figure runs as its own subprocess, so one crash does not stop the rest and startup and
memory are measured in fresh processes. NAME filters by substring (``python -m bench sync``
runs sync_push and sync_pull). The JSON lines go to stdout and to bench/results/*.jsonl; a
summary table goes to stderr at the end. The exit code is 0 when every script ran, whether or
not its figure met its target: a benchmark reports, it does not gate (see docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

from .common import ROOT, say

# In the order the design asks for them; cheap ones first so a quick look comes back soon.
SCRIPTS = ("submit", "search", "reports", "startup", "log_model", "memory", "sync_push",
           "sync_pull", "load_sqlite", "load_postgres", "login_storm", "encryption")
# Per-script ceiling: a hung script is killed and reported, and the rest still run.
TIMEOUT_S = {"load_sqlite": 240, "load_postgres": 240, "sync_pull": 300, "encryption": 2400}


def _run(name: str, quick: bool) -> tuple[dict | None, float, str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if quick:
        env["BENCH_QUICK"] = "1"
    started = time.monotonic()
    try:
        proc = subprocess.run([sys.executable, "-m", f"bench.bench_{name}"], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, text=True,
                              timeout=TIMEOUT_S.get(name, 180))
    except subprocess.TimeoutExpired:
        return None, time.monotonic() - started, "timed out"
    elapsed = time.monotonic() - started
    figures = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not figures:
        return None, elapsed, f"exit {proc.returncode}"
    print(figures[-1], flush=True)
    return json.loads(figures[-1]), elapsed, "ok"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="run only scripts whose name contains one")
    parser.add_argument("--quick", action="store_true", help="smaller N and shorter runs")
    parser.add_argument("--list", action="store_true", help="list the scripts and stop")
    args = parser.parse_args(argv)
    chosen = [s for s in SCRIPTS if not args.names or any(n in s for n in args.names)]
    if args.list:
        print("\n".join(chosen))
        return 0
    rows, failed = [], []
    started = time.monotonic()
    for name in chosen:
        say(f"── bench_{name} ──")
        figure, elapsed, status = _run(name, args.quick)
        if figure is None:
            failed.append(name)
        rows.append((name, figure, elapsed, status))
    say(f"\n{'figure':15s} {'value':>12s} {'baseline':>10s} {'ratio':>7s}  target"
        f"{'':14s} met   time")
    for name, fig, elapsed, status in rows:
        if fig is None:
            say(f"{name:15s} {status:>12s}")
            continue
        value = f"{fig['value']} {fig['unit']}"
        met = {True: "yes", False: "NO", None: "–"}[fig["met"]]
        say(f"{name:15s} {value:>12s} {fig['baseline']!s:>10s} {fig['ratio']!s:>7s}  "
            f"{fig['target']:20s} {met:5s} {elapsed:5.0f}s")
    say(f"total {time.monotonic() - started:.0f} s; results in bench/results/")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Server load: 200 simulated laptops pushing and pulling against the real server.

The server runs as ``champion-server serve`` (tests/live_server.py) on loopback; the
laptops are asyncio tasks spread over several load processes (bench/load_worker.py) so the
client side is not one GIL. Each laptop is its own champion account with its own device
token and a patch of two estates, as on a real landlord's server.

Before the load, the same run measures one laptop alone (no other traffic): that is the
baseline, so the ratio says what 200 concurrent laptops cost each request.

Both the server and the load processes share this machine's cores; docs/benchmarks.md says
what that means for the figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import PYTHON, ROOT, emit, percentile, quick, say

TARGET_P95_MS = 250.0
ROOT_STR = str(ROOT)
if ROOT_STR not in sys.path:
    sys.path.insert(0, ROOT_STR)

from tests.live_server import (  # noqa: E402 - the repository root must be importable first
    LiveServer,
    create_pg_database,
    drop_pg_database,
    pg_base_url,
    pg_reachable,
)


def settings() -> dict:
    return {
        "devices": int(os.environ.get("BENCH_LOAD_DEVICES", 200)),
        "duration_s": float(os.environ.get("BENCH_LOAD_SECONDS", 10 if quick() else 60)),
        # Mean pause between one laptop's syncs. Real laptops sync every few minutes; a
        # couple of seconds makes 200 of them a stress test of the server, not an idle one.
        "think_s": float(os.environ.get("BENCH_LOAD_THINK_S", 2.0)),
        "processes": int(os.environ.get("BENCH_LOAD_PROCESSES", 4)),
    }


def _devices(live: LiveServer, count: int) -> list[dict]:
    from server import accounts

    out = []
    with live._write() as conn:
        for i in range(count):
            estates = [f"est-{i % 40:02d}", f"est-{(i + 7) % 40:02d}"]
            user = accounts.add_user(conn, role="champion", username=f"bench-champ-{i:03d}",
                                     estate_ids=estates)
            code, _ = accounts.issue_code(conn, user["id"])
            auth = accounts.enrol(conn, code, f"bench laptop {i}")
            out.append({"token": auth["token"], "device_id": auth["device_id"],
                        "user_id": user["id"], "estate_ids": estates})
    return out


def _run_workers(api: str, devices: list[dict], processes: int, duration: float,
                 think: float, seed: int) -> dict:
    env = {**os.environ, "PYTHONPATH": ROOT_STR}
    groups = [devices[i::processes] for i in range(processes)]
    # Every process generates its bodies first; the start time leaves room for that.
    start_at = time.time() + 3 + len(devices) / processes * 0.05
    procs = []
    for n, group in enumerate(g for g in groups if g):
        orders = {"api": api, "devices": group, "duration_s": duration, "think_s": think,
                  "seed": seed + n, "start_at": start_at}
        proc = subprocess.Popen([PYTHON, "-m", "bench.load_worker"], cwd=ROOT, env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        proc.stdin.write(json.dumps(orders))
        proc.stdin.close()
        procs.append(proc)
    merged: dict = {"push": [], "pull": [], "errors": [], "records": 0, "cpu_s": 0.0}
    for proc in procs:
        out = proc.stdout.read()
        proc.wait()
        if proc.returncode != 0 or not out.strip():
            merged["errors"].append(f"load process exited {proc.returncode}")
            continue
        part = json.loads(out)
        for key in ("push", "pull", "errors"):
            merged[key] += part[key]
        merged["records"] += part["records"]
        merged["cpu_s"] += part["cpu_s"]
    merged["elapsed_s"] = max(0.0, time.time() - start_at)
    return merged


def group_cpu_seconds(pgid: int) -> float:
    """CPU seconds used so far by every process in a process group (the server and its
    workers): where the two cores went is half of explaining a load figure."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # field 5 of stat: the process group
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _stats(samples: list[float]) -> dict:
    if not samples:
        return {"count": 0}
    return {"count": len(samples), "p50_ms": round(percentile(samples, 50), 2),
            "p95_ms": round(percentile(samples, 95), 2),
            "p99_ms": round(percentile(samples, 99), 2), "max_ms": round(max(samples), 2)}


def run(backend: str, workers: int) -> None:
    figure = f"load_{backend}"
    cfg = settings()
    target = f"p95 ≤ {TARGET_P95_MS:g} ms, 0 errors"
    db_url = None
    if backend == "postgres":
        problem = pg_reachable(pg_base_url())
        if problem:
            # Reported, not crashed: the rest of the figures still mean something.
            emit(figure, None, "ms", baseline=None, target=target, met=None,
                 detail={"skipped": f"PostgreSQL not reachable at {pg_base_url()}: {problem}"})
            return
        db_url = create_pg_database(pg_base_url())
    try:
        with tempfile.TemporaryDirectory(prefix=f"bench-{figure}-") as tmp:
            live = LiveServer(tmp, db_url=db_url, workers=workers)
            try:
                devices = _devices(live, cfg["devices"] + 1)
                live.start()
                say(f"{figure}: server up ({workers} process(es)); one laptop alone first…")
                solo = _run_workers(live.api, devices[-1:], 1, 5.0 if quick() else 10.0,
                                    0.05, seed=7)
                say(f"{figure}: {cfg['devices']} laptops for {cfg['duration_s']:g} s…")
                cpu_before = group_cpu_seconds(live.proc.pid)
                load = _run_workers(live.api, devices[:-1], cfg["processes"],
                                    cfg["duration_s"], cfg["think_s"], seed=11)
                server_cpu = group_cpu_seconds(live.proc.pid) - cpu_before
                server_log = live.log()[-2000:]
            finally:
                live.close()
    finally:
        if db_url:
            drop_pg_database(db_url)
    every = load["push"] + load["pull"]
    solo_every = solo["push"] + solo["pull"]
    p95 = percentile(every, 95) if every else None
    base = percentile(solo_every, 95) if solo_every else None
    errors = len(load["errors"])
    requests = len(every) + errors
    elapsed = cfg["duration_s"]
    say(f"{figure}: {requests} requests, {errors} errors, p95 {p95} ms (alone {base} ms)")
    emit(figure, p95, "ms", baseline=base, target=target,
         met=p95 is not None and p95 <= TARGET_P95_MS and errors == 0, detail={
             "backend": backend, "server_processes": workers, **cfg,
             "requests": requests, "errors": errors,
             "throughput_rps": round(len(every) / elapsed, 1),
             # A sync is one push and its pulls: how many laptops' syncs a second the
             # server answered at this p95 (for sizing a server).
             "syncs_per_s": round(len(load["push"]) / elapsed, 1),
             "records_per_s": round(load["records"] / elapsed, 1),
             "records_pushed": load["records"],
             "all": _stats(every), "push": _stats(load["push"]), "pull": _stats(load["pull"]),
             "alone": _stats(solo_every),
             # Share of one core over the run: the server's and the load processes'.
             "server_cpu_cores": round(server_cpu / elapsed, 2),
             "client_cpu_cores": round(load["cpu_s"] / elapsed, 2), "error_samples": sorted(set(load["errors"]))[:8],
             "server_log_tail": server_log if errors else ""})

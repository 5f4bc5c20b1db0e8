"""What the two sync figures share: the bare pipe's process, and timing a sync by stage."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from .common import PYTHON, ROOT

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Imported after the path is set: tests/ is not an installed package.
from tests.live_server import LiveServer, free_port

__all__ = ["TARGET_RATIO", "LiveServer", "Stages", "bare_pipe"]

TARGET_RATIO = 2.0


@contextmanager
def bare_pipe(store_db: Path, source_db: Path | str = ""):
    """The bare pipe server (bench/bare_pipe.py) on a free port; yields its base URL."""
    port = free_port()
    proc = subprocess.Popen([PYTHON, "-m", "bench.bare_pipe", str(port), str(store_db),
                             str(source_db)], cwd=ROOT, env={**os.environ,
                            "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url + "/", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("the bare pipe server did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


class Stages:
    """A progress callback for run_sync that notes when each stage was first and last
    reported (seconds since the sync started)."""

    def __init__(self) -> None:
        self.t0 = time.perf_counter()
        self.first: dict[str, float] = {}
        self.last: dict[str, float] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.perf_counter() - self.t0
        self.first.setdefault(stage, now)
        self.last[stage] = now


def timed_sync(store, url: str, auth: dict):
    """Sign ``store`` in as the device in ``auth`` and run one real sync through the engine.

    Returns (result, stages, seconds from the engine's first step to its end).
    """
    from sync.client import SyncClient
    from sync.engine import run_sync

    store.set_state("device_id", auth["device_id"])
    store.set_state("user_id", auth["user"]["id"])
    client = SyncClient(url, auth["token"])
    try:
        stages = Stages()
        result = run_sync(store, client, progress=stages)
        return result, stages, time.perf_counter() - stages.t0
    finally:
        client.close()

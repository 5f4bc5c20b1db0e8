"""What every benchmark shares: the machine's name, percentiles, and the one JSON line out.

Each figure prints exactly one JSON object on stdout and appends the same line to
``bench/results/<figure>.jsonl``, so a figure can be followed over time with nothing more
than ``tail`` or ``jq``. Anything else a script wants to say goes to stderr.
"""

from __future__ import annotations

import json
import math
import os
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
RESULTS = BENCH_DIR / "results"
CACHE = RESULTS / "cache"
PYTHON = sys.executable


def encrypted() -> bool:
    """BENCH_ENCRYPTED=0 measures the store unencrypted (the baseline of what encryption
    costs, bench/bench_encryption.py); the default is encrypted, as the app always is."""
    return os.environ.get("BENCH_ENCRYPTED", "1") != "0"


# One fixed master key for every benchmark store: the cached files open with it, and a
# copy of one gets a key.json holding it (vault FILE mode, like the demo's), so the real app
# opens it without a keyring or a passphrase.
BENCH_MASTER = bytes(range(100, 132))


def bench_keys():
    from champion_app.vault.keys import UNENCRYPTED, Keys

    return Keys.from_master(BENCH_MASTER) if encrypted() else UNENCRYPTED


def install_unlocker() -> None:
    """Every ``Store.open`` in a benchmark process gets the bench keys."""
    from champion_app.vault import set_default

    set_default(lambda _folder: bench_keys())


def write_key_file(folder: Path) -> None:
    """key.json for a copied store, so the app itself (startup, memory) can open it."""
    if not encrypted():
        return
    import base64

    from champion_app.vault.keys import check_value
    from champion_app.vault.vault import write_private

    doc = {"v": 1, "store": "file", "check": base64.b64encode(check_value(BENCH_MASTER)).decode(),
           "master": base64.b64encode(BENCH_MASTER).decode(), "created_at": "bench"}
    write_private(Path(folder) / "key.json", json.dumps(doc).encode())


def keyed_connection(path: Path):
    """A connection to a benchmark store as another program would make it: same driver, key."""
    from champion_app.store import driver

    return driver.connect(str(path), key=bench_keys().db_key or None)


def quick() -> bool:
    """``--quick`` (or BENCH_QUICK=1): smaller N and shorter runs, for trying things out."""
    return os.environ.get("BENCH_QUICK") == "1" or "--quick" in sys.argv


def n_records() -> int:
    """The size of the local database every client-side figure uses."""
    default = 10_000 if quick() else 100_000
    return int(os.environ.get("BENCH_RECORDS", default))


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def machine() -> dict:
    return {"cpu": _cpu_model(), "cores": os.cpu_count(), "memory_gb": _memory_gb(),
            "python": platform.python_version(), "platform": platform.platform()}


def percentile(values, pct: float) -> float:
    """Nearest-rank percentile: the value a fraction ``pct`` of samples are at or below."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _finite(x: float | None) -> float | None:
    return None if x is None or math.isnan(x) else x


def emit(figure: str, value: float | None, unit: str, *, baseline: float | None, target: str,
         met: bool | None, detail: dict | None = None) -> dict:
    """Print the figure's one JSON line and append it to bench/results/<figure>.jsonl.

    ``value`` is None when the figure could not be measured (``detail`` says why)."""
    value, baseline = _finite(value), _finite(baseline)
    ratio = None
    if baseline and value is not None:
        ratio = round(value / baseline, 2)
    line = {
        "figure": figure, "value": None if value is None else round(value, 3), "unit": unit,
        "baseline": None if baseline is None else round(baseline, 3),
        "ratio": ratio, "target": target, "met": met,
        "quick": quick(), "encrypted": encrypted(), "machine": machine(),
        "when": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "detail": detail or {},
    }
    text = json.dumps(line, ensure_ascii=False)
    RESULTS.mkdir(parents=True, exist_ok=True)
    with (RESULTS / f"{figure}.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(text + "\n")
    print(text, flush=True)
    return line


def say(*parts) -> None:
    """Progress for the person watching: stderr, so stdout stays one JSON line."""
    print(*parts, file=sys.stderr, flush=True)


class Timer:
    """``with Timer() as t: ...`` then ``t.seconds``."""

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start


install_unlocker()  # every benchmark process opens its stores with the bench keys

"""What encryption at rest costs: submit, search, startup and sync, unencrypted vs encrypted.

Each of those figures' own scripts runs in this run, as its own process, alternately with
``BENCH_ENCRYPTED=0`` (the store as plain SQLite, photos unencrypted: the app before #14)
and encrypted (SQLCipher with a raw key, as the app always is now), two rounds each (one
for sync pull). The figure is the worst of the ratios of the medians, encrypted over
unencrypted; the target is each within 1.2×. Startup
opens with a key file (no keyring lookup); the keyring's own cost is measured apart
(``keyring_get_ms`` in the detail, when a Secret Service keyring can be started here).
Each script also appends its own line to its figure's results file, marked ``encrypted``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile

from .common import PYTHON, emit, say

FIGURES = ("submit", "search", "startup", "sync_pull", "sync_push")
TARGET = 1.2


def _one(name: str, encrypted: bool) -> dict | None:
    from .__main__ import _run

    old = os.environ.get("BENCH_ENCRYPTED")
    os.environ["BENCH_ENCRYPTED"] = "1" if encrypted else "0"
    try:
        figure, _elapsed, status = _run(name, quick="--quick" in sys.argv
                                        or os.environ.get("BENCH_QUICK") == "1")
    finally:
        if old is None:
            os.environ.pop("BENCH_ENCRYPTED", None)
        else:
            os.environ["BENCH_ENCRYPTED"] = old
    if figure is None:
        say(f"{name} ({'encrypted' if encrypted else 'unencrypted'}): {status}")
    return figure


def keyring_get_ms() -> float | None:
    """One keyring read through a real Secret Service (GNOME Keyring on a private D-Bus),
    median of 20, with the backend already found: what opening with a keyring adds."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        return None
    code = ("import keyring, statistics, time\n"
            "keyring.set_password('bench', 'k', 'v' * 44)\n"
            "times = []\n"
            "for _ in range(20):\n"
            "    t0 = time.perf_counter(); keyring.get_password('bench', 'k')\n"
            "    times.append(time.perf_counter() - t0)\n"
            "print(round(statistics.median(times) * 1000, 2))\n")
    with tempfile.TemporaryDirectory(prefix="bench-keyring-") as home:
        env = {k: v for k, v in os.environ.items()
               if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")}
        env["HOME"] = home
        script = ("echo -n x | gnome-keyring-daemon --unlock --components=secrets "
                  f">/dev/null 2>&1; {PYTHON} -c \"{code}\" </dev/null")
        try:
            done = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], env=env,
                                  capture_output=True, text=True, timeout=60)
            return float(done.stdout.strip().splitlines()[-1])
        except (subprocess.TimeoutExpired, IndexError, ValueError):
            return None


# Alternating rounds (unencrypted, encrypted, unencrypted, encrypted…) so a change in the
# machine's load during the run falls on both; the longest figure runs one round.
ROUNDS = {"sync_pull": 1}


def main() -> None:
    rows = {}
    for name in FIGURES:
        runs: dict[bool, list[dict]] = {False: [], True: []}
        for _ in range(ROUNDS.get(name, 2)):
            for mode in (False, True):
                figure = _one(name, encrypted=mode)
                if figure and figure["value"]:
                    runs[mode].append(figure)
        if not (runs[False] and runs[True]):
            continue
        plain = statistics.median(f["value"] for f in runs[False])
        enc = statistics.median(f["value"] for f in runs[True])
        rows[name] = {"unencrypted": plain, "encrypted": enc, "unit": runs[True][0]["unit"],
                      "ratio": round(enc / plain, 2),
                      "runs": {"unencrypted": [f["value"] for f in runs[False]],
                               "encrypted": [f["value"] for f in runs[True]]}}
        if name == "submit":
            rows[name]["p50_ms"] = {
                "unencrypted": statistics.median(f["detail"]["p50_ms"] for f in runs[False]),
                "encrypted": statistics.median(f["detail"]["p50_ms"] for f in runs[True])}
        say(f"{name}: {rows[name]}")
    worst = max((r["ratio"] for r in rows.values()), default=None)
    emit("encryption", worst, "×", baseline=1.0, target=f"each ≤ {TARGET}× unencrypted",
         met=None if worst is None else all(r["ratio"] <= TARGET for r in rows.values()),
         detail={"figures": rows, "keyring_get_ms": keyring_get_ms(),
                 "not_met": [n for n, r in rows.items() if r["ratio"] > TARGET]})


if __name__ == "__main__":
    main()

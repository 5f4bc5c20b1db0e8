"""Smoke test for a built champion-app (or the venv's): start, open the demo, exit cleanly.

    python3 packaging/smoke.py                                # dist/champion-app/champion-app
    python3 packaging/smoke.py .venv/bin/champion-app         # the same checks on `make run`'s app
    python3 packaging/smoke.py --runs 5 --cold APP            # timings: median of 5, page cache dropped
    python3 packaging/smoke.py --runs 5 --cold --versus .venv/bin/champion-app   # built vs venv, in turn

First ``APP --version`` must answer, and ``APP --help`` (and, with the demo, ``APP -m
server.cli --help``) must list every subcommand the source defines. Each run: a fresh --data-dir, QT_QPA_PLATFORM=offscreen (unless already set), ``--demo
--log-level DEBUG``; waits for the window and, in demo mode, the first sync with the demo
server; then SIGTERM. Passes when every run exits 0, logs "GUI closed (exit code 0)", has no
ERROR/CRITICAL/Traceback in the app's or the demo server's log, and the demo server is gone
afterwards. Prints the timings (process start to window shown, to first paint, to first
sync) and exits 1 on any failure. Stdlib only: runs with any Python 3.11+, no venv needed.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

DEFAULT_APP = Path(__file__).resolve().parent.parent / "dist" / "champion-app" / "champion-app"
STAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) ")
BAD = re.compile(r"\b(ERROR|CRITICAL)\b|Traceback \(most recent call last\)")
# Qt's offscreen platform prints this for every top-level window; it is not ours to fix.
HARMLESS_STDERR = ("This plugin does not support propagateSizeHints()",)
MARKS = {"shown": "Main window shown", "painted": "First paint", "synced": "sync done:"}


def stamp(line: str) -> float | None:
    match = STAMP.match(line)
    if not match:
        return None
    return datetime.strptime(match.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()


def drop_caches() -> None:
    """Cold start: the bundle's files must come from disk again (Linux, root only)."""
    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return ""


def port_open(url: str) -> bool:
    where = urlparse(url)
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex((where.hostname, where.port)) == 0


def one_run(app: list[str], demo: bool, timeout: float, cold: bool,
            role: str = "champion") -> dict:
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="champion-smoke-") as tmp:
        data = Path(tmp) / "data"
        # champion_app/paths.py: each demo role has its folder; they share one demo server.
        root = data / ("demo" if role == "champion" else f"demo-{role}") if demo else data
        log_file = root / "logs" / "champion.log"
        server_log = data / "demo" / "demo-server" / "server.log"
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        args = [*app, "--data-dir", str(data), "--log-level", "DEBUG",
                *(["--demo", "--role", role] if demo else [])]
        if cold:
            drop_caches()
        started = time.time()
        proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        wanted = ("shown", "painted", "synced") if demo else ("shown", "painted")
        seen: dict[str, float] = {}
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and proc.poll() is None:
            for line in read(log_file).splitlines():
                for key, text in MARKS.items():
                    if key not in seen and text in line and (at := stamp(line)) is not None:
                        seen[key] = at - started
                        if key == "synced" and "sync failed" in line:
                            failures.append(f"first sync failed: {line}")
            if all(k in seen for k in wanted):
                break
            if demo and "Demo server did not start" in read(log_file):
                break  # the app carries on offline; waiting longer shows nothing new
            time.sleep(0.05)
        missing = [k for k in wanted if k not in seen]
        if proc.poll() is not None:
            failures.append(f"exited early with {proc.returncode}")
        elif missing:
            failures.append(f"not seen within {timeout:.0f} s: {', '.join(missing)}")
        proc.send_signal(signal.SIGTERM)
        try:
            _out, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            _out, err = proc.communicate()
            failures.append("did not exit within 30 s of SIGTERM")
        if proc.returncode != 0:
            failures.append(f"exit code {proc.returncode}")
        text = read(log_file)
        if "GUI closed (exit code 0)" not in text:
            failures.append('no "GUI closed (exit code 0)" in the log')
        for name, body in (("app log", text), ("demo server log", read(server_log))):
            failures += [f"{name}: {line}" for line in body.splitlines() if BAD.search(line)]
        stderr = [line for line in err.decode(errors="replace").splitlines()
                  if line.strip() and not any(h in line for h in HARMLESS_STDERR)]
        failures += [f"stderr: {line}" for line in stderr]
        if demo:
            url = re.search(r"demo server at (http://\S+?);", text)
            if url is None:
                failures.append("the demo server never started")
            elif port_open(url.group(1)):
                failures.append(f"the demo server still answers at {url.group(1)} after exit")
    return {"seen": seen, "failures": failures}


def bundle_size(app: list[str]) -> str | None:
    """"172.0 MB on disk, 267 files" for a one-folder build (its _internal/ beside it)."""
    folder = Path(app[0]).resolve().parent
    if len(app) != 1 or not (folder / "_internal").is_dir():
        return None
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    return f"{size / 1e6:.1f} MB on disk, {len(files)} files"


def version_of(app: list[str]) -> tuple[str, list[str]]:
    """What ``APP --version`` prints, and failures (it must answer, exit 0, print nothing else)."""
    done = subprocess.run([*app, "--version"], capture_output=True, text=True, timeout=60)
    text = (done.stdout + done.stderr).strip()
    if done.returncode != 0 or not text.startswith("champion-app "):
        return text, [f"--version exited {done.returncode}: {text[:200]}"]
    return text, []


def command_names(*packages: str) -> list[str]:
    """The subcommands the source defines (``NAME = "..."`` in each command module)."""
    root = Path(__file__).resolve().parent.parent
    names = []
    for package in packages:
        for module in sorted((root / package).glob("*.py")):
            found = re.search(r'^NAME = "([^"]+)"', module.read_text(encoding="utf-8"), re.M)
            if found:
                names.append(found.group(1))
    return names


def missing_commands(app: list[str], demo: bool) -> list[str]:
    """Failures for subcommands the source has and the build's --help lacks (a module the
    build missed: they are found at run time, invisible to PyInstaller's scan)."""
    checks = [([*app, "--help"], command_names("champion_app/commands", "sync/commands"))]
    if demo and bundle_size(app):  # a build's demo server: the server's CLI inside the app
        checks.append(([*app, "-m", "server.cli", "--help"], command_names("server/commands")))
    failures = []
    for command, names in checks:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        failures += [f"{' '.join(command[len(app):])}: no {name!r} command"
                     for name in names if name not in done.stdout]
    return failures


def report(app: list[str], results: list[dict], checked: list[str], opts) -> list[str]:
    """Print one program's figures; its failures. ``checked``: version line, then failures."""
    version, failures = checked[0], checked[1:]
    print(f"{' '.join(app)}: {opts.runs} run(s), {'cold' if opts.cold else 'warm'} cache,"
          f" {'no demo' if opts.no_demo else opts.role + ' demo'}")
    print(f"  {version}" + (f"; {size}" if (size := bundle_size(app)) else ""))
    for key in ("shown", "painted", "synced"):
        values = [r["seen"][key] for r in results if key in r["seen"]]
        if values:
            print(f"  start to {key:8s} median {statistics.median(values) * 1000:6.0f} ms"
                  f"  (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})")
    failures += [f for r in results for f in r["failures"]]
    for failure in failures:
        print(f"  FAIL {failure}")
    what = "the window" if opts.no_demo else "the demo and synced"
    print(f"  PASS: opened {what}, exited 0 on SIGTERM, no errors logged"
          if not failures else f"  FAILED ({len(failures)} problems)")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", nargs="*", default=[str(DEFAULT_APP)],
                        help="the command to start (default: the PyInstaller build)")
    parser.add_argument("--versus", metavar="APP", default=None,
                        help="a second program to time the same way, one run of each in turn "
                             "(so both see the same machine load), e.g. .venv/bin/champion-app")
    parser.add_argument("--runs", type=int, default=1, help="repeat, fresh data each time")
    parser.add_argument("--no-demo", action="store_true", help="start without --demo")
    parser.add_argument("--role", choices=("champion", "coordinator"), default="champion",
                        help="which demo to open (default champion)")
    parser.add_argument("--cold", action="store_true",
                        help="drop the OS file cache before each run (Linux, root)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait per run")
    opts = parser.parse_args()
    apps = [opts.app] + ([[opts.versus]] if opts.versus else [])
    checks = {}
    for app in apps:
        version, failures = version_of(app)
        checks[id(app)] = [version, *failures, *missing_commands(app, not opts.no_demo)]
    results: dict[int, list[dict]] = {id(app): [] for app in apps}
    for _ in range(opts.runs):
        for app in apps:
            results[id(app)].append(one_run(app, not opts.no_demo, opts.timeout, opts.cold,
                                            opts.role))
    failures = [f for app in apps for f in report(app, results[id(app)], checks[id(app)], opts)]
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

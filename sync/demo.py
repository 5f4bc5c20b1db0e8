"""Demo mode's own sync server: ``champion-server demo`` as a subprocess on loopback.

`start_demo_server(data_dir)` runs the server command with its data under
``<data_dir>/demo-server`` (so records survive between demo runs), reads the one JSON line
it prints (address, enrolment code), and connects the demo data folder's store to it as the
demo champion through the public API, like any laptop. Nothing leaves the machine, and
nothing here knows the server's tables: seeding is the server's own command
(``server/demo.py``).

``champion-app --demo --role coordinator`` starts the same demo as the demo coordinator (its
own data folder, ``<data>/demo-coordinator``, and its own server process over the same
demo database), signed in with a one-time code the server hands out: no URL, port or
password typed.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from champion_app.store import Store

from . import connection, credentials

log = logging.getLogger(__name__)

PREFERRED_PORT = 8751
START_SECONDS = 60  # a loaded machine may be slow; this only bounds a hang


class DemoServerFailed(RuntimeError):
    """The demo server did not start; the demo still works offline."""


@dataclass
class DemoServer:
    url: str
    proc: subprocess.Popen
    folder: Path
    username: str = ""
    coordinator_username: str = ""

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL if it lingers)."""
        if self.proc.poll() is None:
            _signal(self.proc, hard=False)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                _signal(self.proc, hard=True)
                self.proc.wait(5)
        log.info("demo server stopped")


def _signal(proc: subprocess.Popen, *, hard: bool) -> None:
    """End the server and any worker of its own: its whole process group where there are
    process groups; the process itself elsewhere (Windows: no os.killpg, no SIGKILL)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, getattr(signal, "SIGKILL", signal.SIGTERM) if hard
                      else signal.SIGTERM)
        elif hard:
            proc.kill()
        else:
            proc.terminate()


def _command(folder: Path, port: int, enrol: str) -> list[str]:
    return [sys.executable, "-m", "server.cli", "demo", "--data-dir", str(folder),
            "--port", str(port), "--enrol", enrol, "--log-level",
            os.environ.get("CHAMPION_SERVER_LOG_LEVEL", "warning")]


def _answer_line(proc: subprocess.Popen, timeout: float) -> dict:
    """The server's one JSON line, read on a thread so a hung start cannot hang us."""
    stdout = proc.stdout
    assert stdout is not None  # started with stdout=PIPE
    lines: list[bytes] = []
    reader = threading.Thread(target=lambda: lines.append(stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    if not lines or not lines[0].strip():
        code = proc.poll()
        raise DemoServerFailed("the demo server did not start" + (
            f" (it exited with {code})" if code is not None else " in time"))
    stdout.close()  # it writes nothing more there
    return json.loads(lines[0])


def _wait(url: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise DemoServerFailed(f"the demo server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/api/v1/meta", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise DemoServerFailed("the demo server did not answer in time")


def launch(folder: Path, port: int = PREFERRED_PORT, enrol: str = "champion"
           ) -> tuple[DemoServer, str]:
    """Start ``champion-server demo`` on ``folder``; the running server and its enrolment
    code for the ``enrol`` demo account. ``port`` 0 means any free port (tests)."""
    folder.mkdir(parents=True, exist_ok=True)
    root = Path(__file__).resolve().parent.parent  # runs from a checkout, installed or not
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)}
    with open(folder / "server.log", "ab") as log_file:  # the child keeps its own copy
        proc = subprocess.Popen(_command(folder, port, enrol), cwd=root, env=env,
                                stdout=subprocess.PIPE, stderr=log_file,
                                start_new_session=True)
    server = DemoServer("", proc, folder)
    try:
        answer = _answer_line(proc, START_SECONDS)
        server.url = answer["url"]
        server.username = answer["username"]
        server.coordinator_username = answer["coordinator_username"]
        _wait(server.url, proc, START_SECONDS)
    except BaseException:
        server.stop()
        raise
    return server, answer["enrolment_code"]


def start_demo_server(data_dir: str | Path, db_path: Path | None = None,
                      attachments_dir: Path | None = None, port: int = PREFERRED_PORT, *,
                      role: str = "champion", server_dir: Path | None = None) -> DemoServer:
    """Start a demo server and connect the demo store to it as the demo ``role``; returns
    the running server.

    ``server_dir`` holds the demo server's database (default ``<data_dir>/demo-server``).
    The champion and coordinator demos pass the same one: each app starts its own server
    process, on a free port, over that one SQLite database, so either can start first, each
    can stop without stranding the other, and every start points the store at its own
    server's address (a port once used never matters again).
    """
    data_dir = Path(data_dir)
    server, code = launch(Path(server_dir or data_dir / "demo-server"), port, enrol=role)
    try:
        with Store.open(db_path or data_dir / "champion.db", attachments_dir) as store:
            _connect(store, server, code, role)
    except BaseException:
        server.stop()
        raise
    log.info("demo server at %s; signed in as the demo %s", server.url, role)
    return server


def _connect(store: Store, server: DemoServer, code: str, role: str = "champion") -> None:
    """Enrol once; later starts only point the stored connection at the new port."""
    conn = connection.current(store)
    token = credentials.load_token(connection.data_dir_of(store), conn.device_id) \
        if conn else None
    if conn is not None and token and conn.username == server.username:
        store.set_state("server_url", server.url)
        return
    connection.connect(store, server.url, code=code,
                       name="demo office PC" if role == "coordinator" else "demo laptop")

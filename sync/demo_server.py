"""Demo mode's own sync server: a real champion-server subprocess on loopback.

`start_demo_server(data_dir)` keeps the server's database under ``<data_dir>/demo-server``
(so records survive between demo runs), imports the demo patch from resources/demo/, makes
sure a demo champion and a demo coordinator exist, starts the server on a free loopback port,
and connects the demo data folder's store to it as the champion. Nothing leaves the machine.

The demo coordinator (username ``demo-coordinator``, password ``demo-coordinator``) lets
you review from a second data folder: ``champion-app --data-dir /tmp/coord connect --server
URL --username demo-coordinator`` with the URL from the log or the Sync page.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from champion_app.demo import csv_text
from champion_app.store import Store

from . import connection, credentials

log = logging.getLogger(__name__)

CHAMPION_ID = "demo-champion"   # the author id champion_app.demo's sample records carry
CHAMPION = "demo-champion"
COORDINATOR = "demo-coordinator"
COORDINATOR_PASSWORD = "demo-coordinator"
PREFERRED_PORT = 8751
KINDS = ("estates", "blocks", "homes", "operatives", "jobs", "settings")


@dataclass
class DemoServer:
    url: str
    proc: subprocess.Popen
    folder: Path

    def stop(self) -> None:
        """Stop the server and its workers (SIGTERM, then SIGKILL if it lingers)."""
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        log.info("demo server stopped")


def _port(preferred: int) -> int:
    for port in (preferred, 0):  # a stable address when free, any free port otherwise
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise OSError("no free loopback port")


def _prepare(db_url: str) -> str | None:
    """Schema, patch, accounts; returns an enrolment code when the champion needs one."""
    from sqlalchemy import select

    from server import accounts
    from server import schema as s
    from server.db import make_db_engine, utcnow, writing
    from server.imports import import_csv
    from server.migrations import migrate

    engine = make_db_engine(db_url)
    try:
        migrate(engine)
        with writing(engine) as conn:
            for kind in KINDS:
                # Job dates shifted as the laptop shifts them, so the worklist stays recent.
                import_csv(conn, kind, csv_text(kind))
            estates = [row.id for row in conn.execute(
                select(s.reference.c.id).where(s.reference.c.entity == "estate"))]
            if accounts.find_user(conn, COORDINATOR) is None:
                accounts.add_user(conn, role="coordinator", username=COORDINATOR,
                                  display_name="Demo coordinator",
                                  password=COORDINATOR_PASSWORD)
            if accounts.find_user(conn, CHAMPION) is None:
                # A fixed id: the demo's sample records already name it as their author.
                conn.execute(s.users.insert().values(
                    id=CHAMPION_ID, username=CHAMPION, display_name="Demo champion",
                    role="champion", password_hash=None, created_at=utcnow(),
                    patch_changed_seq=0))
                for estate in estates:
                    conn.execute(s.user_estates.insert().values(user_id=CHAMPION_ID,
                                                                estate_id=estate))
            code, _ = accounts.issue_code(conn, CHAMPION_ID)
        return code
    finally:
        engine.dispose()


def _wait(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the demo server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/api/v1/meta", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the demo server did not start in time")


def start_demo_server(data_dir: str | Path, db_path: Path | None = None,
                      attachments_dir: Path | None = None,
                      port: int = PREFERRED_PORT) -> DemoServer:
    """Start the demo server and connect the demo store to it; returns the running server.

    ``port`` 0 means any free port (tests); the default is a stable one when it is free.
    """
    data_dir = Path(data_dir)
    folder = data_dir / "demo-server"
    folder.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{folder / 'server.db'}"
    code = _prepare(db_url)
    port = _port(port)
    url = f"http://127.0.0.1:{port}"
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)}
    log_file = open(folder / "server.log", "ab")  # noqa: SIM115 - handed to the child
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "serve", "--db", db_url,
             "--blob-dir", str(folder / "blobs"), "--host", "127.0.0.1", "--port", str(port),
             "--workers", "1", "--log-level", "warning"],
            cwd=root, env=env, stdout=log_file, stderr=subprocess.STDOUT,
            start_new_session=True)
    finally:
        log_file.close()  # the child has its own copy
    server = DemoServer(url, proc, folder)
    try:
        _wait(url, proc)
        with Store.open(db_path or data_dir / "champion.db", attachments_dir) as store:
            _connect(store, url, code)
    except BaseException:
        server.stop()
        raise
    log.info("demo server at %s; coordinator sign-in: %s", url, COORDINATOR)
    return server


def _connect(store: Store, url: str, code: str) -> None:
    """Enrol once; later starts only point the stored connection at the new port."""
    conn = connection.current(store)
    token = credentials.load_token(connection.data_dir_of(store), conn.device_id) \
        if conn else None
    if conn is not None and token and conn.username == CHAMPION:
        store.set_state("server_url", url)
        return
    connection.connect(store, url, code=code, name="demo laptop")

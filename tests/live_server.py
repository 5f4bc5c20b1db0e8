"""Start the real champion-server as a subprocess on a free loopback port, for any test.

    from tests.live_server import LiveServer

    server = LiveServer(tmp_path)               # SQLite file under tmp_path
    server = LiveServer(tmp_path, db_url=pg)     # or a PostgreSQL URL (see fresh_pg_database)
    server.start()                               # waits until /api/v1/meta answers
    coord = server.add_coordinator()             # {"id", "username", "password"}
    champ = server.add_champion("alice", ["E1"]) # {"id", "username", "code", "estate_ids"}
    server.import_rows("estates", [{"id": "E1", "name": "Oak"}])
    auth = server.enrol(champ["code"])           # {"token", "device_id", "user"}
    server.url, server.api                       # http://127.0.0.1:PORT, ...PORT/api/v1
    server.stop() / server.kill() / server.restart()

Setup calls go straight to the server's admin functions on the same database (what the
`champion-server` CLI calls), so they work with the server running or stopped.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PG_URL = "postgresql+psycopg://champion:champion@127.0.0.1:5432/champion_test"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """The real server in a subprocess. `workers` > 1 runs several uvicorn processes."""

    def __init__(self, tmp_path: str | Path, db_url: str | None = None, workers: int = 1,
                 port: int | None = None, env: dict[str, str] | None = None,
                 log_level: str = "warning", serve_args: list[str] | None = None):
        self.dir = Path(tmp_path) / f"server-{uuid.uuid4().hex[:6]}"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.db_url = db_url or f"sqlite:///{self.dir / 'server.db'}"
        self.blob_dir = self.dir / "blobs"
        self.workers = workers
        self.port = port or free_port()
        self.extra_env = env or {}
        self.log_level = log_level
        self.serve_args = list(serve_args or [])  # more `serve` options, e.g. --trusted-proxy
        self.log_path = self.dir / "server.log"
        self.proc: subprocess.Popen | None = None
        self._engine = None
        self._log_file = None
        from server.db import make_db_engine
        from server.migrations import migrate

        self._engine = make_db_engine(self.db_url)
        migrate(self._engine)

    # --- process ------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api(self) -> str:
        return self.url + "/api/v1"

    @property
    def engine(self):
        """An SQLAlchemy engine on the server's database (for white-box checks)."""
        return self._engine

    def command(self) -> list[str]:
        return [sys.executable, "-m", "server.cli", "serve", "--db", self.db_url,
                "--blob-dir", str(self.blob_dir), "--host", "127.0.0.1",
                "--port", str(self.port), "--workers", str(self.workers),
                "--log-level", self.log_level, *self.serve_args]

    def start(self, timeout: float = 60) -> LiveServer:
        if self.proc is not None and self.proc.poll() is None:
            return self
        env = {**os.environ, "PYTHONPATH": str(ROOT), **self.extra_env}
        self._log_file = open(self.log_path, "ab")  # noqa: SIM115 - kept open while running
        self.proc = subprocess.Popen(self.command(), cwd=ROOT, env=env,
                                     stdout=self._log_file, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"champion-server exited with {self.proc.returncode}:\n"
                                   + self.log())
            try:
                with urllib.request.urlopen(self.api + "/meta", timeout=2) as answer:
                    if answer.status == 200:
                        return self
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        self.kill()
        raise RuntimeError("champion-server did not answer in time:\n" + self.log())

    def _signal_all(self, sig: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, sig)  # the workers too

    def stop(self, timeout: float = 15) -> None:
        """SIGTERM (a graceful shutdown), then SIGKILL if it does not go."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self._signal_all(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self._signal_all(signal.SIGKILL)
                self.proc.wait(10)
        self._signal_all(signal.SIGKILL)  # stray workers
        self._close_log()

    def kill(self) -> None:
        """SIGKILL the server and its workers: a crash, nothing flushed."""
        if self.proc is None:
            return
        self._signal_all(signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(10)
        self._close_log()

    def restart(self) -> LiveServer:
        self.stop()
        return self.start()

    def close(self) -> None:
        self.stop()
        if self._engine is not None:
            self._engine.dispose()

    def _close_log(self) -> None:
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    # --- accounts and data (the admin CLI's functions, on the same database) ---------------
    def _write(self):
        from server.db import writing

        return writing(self._engine)

    def add_coordinator(self, username: str = "coord", password: str = "correct horse 42",
                        display_name: str = "", role: str = "coordinator") -> dict:
        from server import accounts

        with self._write() as conn:
            user = accounts.add_user(conn, role=role, username=username,
                                     display_name=display_name, password=password)
        return {**user, "password": password}

    def add_champion(self, username: str = "champ", estate_ids: list[str] | None = None,
                     display_name: str = "") -> dict:
        """A champion with a patch and a fresh enrolment code (`code`)."""
        from server import accounts

        with self._write() as conn:
            user = accounts.add_user(conn, role="champion", username=username,
                                     display_name=display_name, estate_ids=estate_ids or [])
            code, _ = accounts.issue_code(conn, user["id"])
        return {**user, "code": code}

    def enrolment_code(self, username: str) -> str:
        from server import accounts

        with self._write() as conn:
            code, _ = accounts.issue_code(conn, accounts.find_user(conn, username).id)
        return code

    def set_patch(self, username: str, estate_ids: list[str]) -> dict:
        from server import accounts

        with self._write() as conn:
            return accounts.set_patch(conn, accounts.find_user(conn, username).id, estate_ids)

    def revoke_device(self, device_id: str) -> bool:
        from server import accounts

        with self._write() as conn:
            return accounts.revoke_device(conn, device_id)

    def import_csv(self, kind: str, path: str | Path) -> dict:
        """Import a reference CSV (docs/import.md); raises ImportFailed on bad rows."""
        from server.imports import import_csv

        with self._write() as conn:
            return import_csv(conn, kind, Path(path).read_text(encoding="utf-8-sig"))

    def import_rows(self, kind: str, rows: list[dict]) -> dict:
        """Import rows given as dicts, through the same CSV reader."""
        from server.imports import import_csv

        columns = list(dict.fromkeys(k for row in rows for k in row))
        buf = io.StringIO()
        writer = csv.DictWriter(buf, columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
        with self._write() as conn:
            return import_csv(conn, kind, buf.getvalue())

    def import_dir(self, folder: str | Path) -> None:
        """Import every `<kind>.csv` found in a folder, in dependency order."""
        for kind in ("estates", "blocks", "homes", "contractors", "operatives", "jobs",
                     "settings"):
            path = Path(folder) / f"{kind}.csv"
            if path.exists():
                self.import_csv(kind, path)

    def add_sample_patch(self) -> None:
        """Two estates (E1, E2), a block and home on each, a job, an operative, settings."""
        self.import_rows("estates", [{"id": "E1", "name": "Oak Estate", "area": "North"},
                                     {"id": "E2", "name": "Elm Estate", "area": "South"}])
        self.import_rows("blocks", [{"id": "B1", "estate_id": "E1", "name": "Ash House"},
                                    {"id": "B2", "estate_id": "E2", "name": "Birch House"}])
        self.import_rows("homes", [{"id": "H1", "block_id": "B1", "address": "1 Ash House"},
                                   {"id": "H2", "block_id": "B2", "address": "2 Birch House"}])
        self.import_rows("operatives", [{"id": "OP1", "display_name": "Sam", "employer": "DLO"}])
        self.import_rows("jobs", [{"ref": "WO-1", "home_id": "H1", "description": "Tap",
                                   "priority": "routine", "operative_ids": "OP1"},
                                  {"ref": "WO-2", "home_id": "H2", "priority": "2"}])
        self.import_rows("settings", [{"key": "landlord_name", "value": "Test Homes"},
                                      {"key": "emergency_repairs_phone", "value": "0800 000"}])

    # --- HTTP shortcuts (urllib, so nothing beyond the standard library is needed) ---------
    def request(self, method: str, path: str, body=None, token: str | None = None,
                raw: bytes | None = None) -> tuple[int, dict | bytes | None]:
        """(status, JSON answer or bytes). `path` is under /api/v1, e.g. "/sync/pull"."""
        return http_request(self.api, method, path, body, token, raw)

    def enrol(self, code: str, device_name: str = "test laptop") -> dict:
        status, answer = self.request("POST", "/auth/enrol",
                                      {"code": code, "device_name": device_name})
        assert status == 200, answer
        return answer

    def login(self, username: str, password: str, device_name: str = "office pc") -> dict:
        status, answer = self.request("POST", "/auth/login", {
            "username": username, "password": password, "device_name": device_name})
        assert status == 200, answer
        return answer


def http_request(api: str, method: str, path: str, body=None, token: str | None = None,
                 raw: bytes | None = None) -> tuple[int, dict | bytes | None]:
    """(status, JSON answer or bytes) of one call to the API at `api` (".../api/v1")."""
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    req = urllib.request.Request(api + path, data=data, method=method)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=60) as answer:
            status, content = answer.status, answer.read()
            ctype = answer.headers.get("Content-Type", "")
    except urllib.error.HTTPError as err:
        status, content, ctype = err.code, err.read(), err.headers.get("Content-Type", "")
    if "json" in ctype and content:
        return status, json.loads(content)
    return status, content or None


def _cell(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    return "" if value is None else str(value)


# --- PostgreSQL: one fresh database per test or module -------------------------------------
def pg_base_url() -> str:
    return os.environ.get("CHAMPION_TEST_PG_URL") or DEFAULT_PG_URL


def pg_reachable(url: str | None = None) -> str | None:
    """None when PostgreSQL answers at `url`, else the reason it does not."""
    engine = create_engine(url or pg_base_url(), connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return None
    except Exception as exc:  # any failure means "not usable": report it, never crash
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    finally:
        engine.dispose()


def create_pg_database(base_url: str | None = None) -> str:
    """CREATE DATABASE champion_t_<random> next to the base URL's; returns its URL."""
    base = make_url(base_url or pg_base_url())
    name = f"champion_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def drop_pg_database(url: str) -> None:
    target = make_url(url)
    admin = create_engine(target.set(database=make_url(pg_base_url()).database),
                          isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
    finally:
        admin.dispose()


@contextlib.contextmanager
def fresh_pg_database(base_url: str | None = None):
    url = create_pg_database(base_url)
    try:
        yield url
    finally:
        drop_pg_database(url)

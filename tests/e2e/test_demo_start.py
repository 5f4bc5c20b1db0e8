"""`champion-app --demo` (as a champion or a coordinator) starts offscreen, stays up, logs no ERROR."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

STAY_UP_SECONDS = 4
START_LIMIT_SECONDS = 90  # a loaded CI machine may be slow; this only bounds a hang


def test_demo_starts_and_stays_up(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHAMPION_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "ui", "--demo",
                             "--data-dir", str(tmp_path)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    log_file = tmp_path / "demo" / "logs" / "champion.log"
    try:
        deadline = time.monotonic() + START_LIMIT_SECONDS
        while proc.poll() is None and time.monotonic() < deadline and not (
                log_file.exists() and "Demo: seeded" in log_file.read_text(encoding="utf-8")):
            time.sleep(0.2)
        time.sleep(STAY_UP_SECONDS)  # then it must simply keep running, window up
        alive = proc.poll() is None
    finally:
        proc.terminate()  # the app handles SIGTERM as a normal close
        try:
            _out, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            _out, err = proc.communicate()
    assert alive, f"the app exited early ({proc.returncode}): {err.decode(errors='replace')}"
    assert proc.returncode == 0, err.decode(errors="replace")
    assert log_file.exists()
    text = log_file.read_text(encoding="utf-8")
    assert "Main window shown" in text and "Demo: seeded" in text
    assert " ERROR " not in text and "Traceback" not in text, text
    assert "GUI closed" in text
    if "Demo server started" in text:  # closing must not leave the demo server running
        assert "demo server stopped" in text
    # Demo data really went into the separate demo folder.
    assert (tmp_path / "demo" / "champion.db").exists()
    assert not (tmp_path / "champion.db").exists()


def _start(data_dir, *args: str, minutes: str = "5") -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHAMPION_SYNC_MINUTES": minutes}
    return subprocess.Popen([sys.executable, "-m", "ui", "--demo", "--data-dir", str(data_dir),
                             *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _stop(proc: subprocess.Popen) -> str:
    proc.terminate()
    try:
        _out, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
    return err.decode(errors="replace")


def _wait_for(check, what: str, limit: float = START_LIMIT_SECONDS) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def _query(db, sql: str):
    from tests.keys import keyed_connection

    # The laptop's database is encrypted: read it as another program would, with its key.
    conn = keyed_connection(db)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.slow
def test_the_coordinator_demo_runs_beside_the_champion_demo_on_one_server(tmp_path):
    """`--demo --role coordinator`: its own folder, signed in with no URL, port or password
    typed, the demo champions' records in its queue; a champion demo started beside it
    shares the demo database, and what that champion syncs reaches the coordinator."""
    coordinator_db = tmp_path / "demo-coordinator" / "champion.db"
    coordinator_log = tmp_path / "demo-coordinator" / "logs" / "champion.log"
    champion_log = tmp_path / "demo" / "logs" / "champion.log"
    coordinator = _start(tmp_path, "--role", "coordinator", minutes="0.2")
    champion = None
    try:
        _wait_for(lambda: coordinator_log.exists() and "sync done" in coordinator_log.read_text(
            encoding="utf-8"), "the coordinator's first sync")
        others = _query(coordinator_db, "SELECT DISTINCT author_id FROM records WHERE mine = 0")
        assert {a for (a,) in others} == {"demo-jade", "demo-marcus", "demo-nasreen"}
        assert _query(coordinator_db, "SELECT value FROM sync_state WHERE key = 'role'") == [
            ("coordinator",)]
        hazards = _query(coordinator_db, "SELECT hazard FROM records WHERE hazard != 'none'")
        assert sorted(h for (h,) in hazards) == ["damp_mould", "damp_mould", "emergency"]

        champion = _start(tmp_path)  # the champion demo, beside it, with its sample records
        _wait_for(lambda: champion_log.exists() and "sync done: Sent" in champion_log.read_text(
            encoding="utf-8"), "the champion's sample records sent")
        # The coordinator's next background sync brings them into its queue.
        _wait_for(lambda: _query(coordinator_db, "SELECT count(*) FROM records "
                                                 "WHERE author_id = 'demo-champion'")[0][0] > 0,
                  "the champion's records in the coordinator's queue", limit=60)
        assert champion.poll() is None and coordinator.poll() is None
    finally:
        errors = _stop(coordinator)
        if champion is not None:
            errors += _stop(champion)
    for log_file in (coordinator_log, champion_log):
        text = log_file.read_text(encoding="utf-8")
        assert " ERROR " not in text and "Traceback" not in text, text
        assert "demo server stopped" in text
    assert coordinator.returncode == 0, errors
    # Each demo has its own folder; the one demo database is in the champion demo's.
    assert (tmp_path / "demo" / "demo-server" / "server.db").exists()
    assert not (tmp_path / "demo-coordinator" / "demo-server").exists()


def test_role_needs_the_demo(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "ui", "--role", "coordinator", "--data-dir",
                           str(tmp_path), "info", "--paths-only"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 2
    assert "--role works only with --demo" in proc.stderr

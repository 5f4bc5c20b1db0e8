"""`champion-app --demo` starts offscreen, stays up, and logs no ERROR."""

from __future__ import annotations

import os
import subprocess
import sys
import time

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

"""Stopping the demo server where there are no process groups (Windows).

`os.killpg` and `signal.SIGKILL` do not exist on Windows; the frozen app ships there
(docs/dist.md). Stopping the demo server must still end it, not raise AttributeError (which
the app would show as "Something went wrong", leaving the server running).
"""

import os
import signal
import subprocess
import sys

from sync.demo import DemoServer


def test_stop_works_without_process_groups(monkeypatch, tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    monkeypatch.delattr(os, "killpg")
    monkeypatch.delattr(signal, "SIGKILL")
    server = DemoServer("http://127.0.0.1:9", proc, tmp_path)
    try:
        server.stop()
        assert proc.poll() is not None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

"""With the system keyring (a real one: GNOME Keyring's Secret Service on a private D-Bus),
the data key lives there and a restart opens the data without asking for anything; without
the keyring the same folder is refused in plain words, never started afresh."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.live_server import ROOT

TOOLS = ("dbus-run-session", "gnome-keyring-daemon")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="needs dbus-run-session and gnome-keyring-daemon (apt-get install dbus gnome-keyring)")


def with_keyring(home, data, *argv: str) -> subprocess.CompletedProcess:
    """One desktop session: a fresh D-Bus and keyring daemon on the same home folder (the
    keyring file persists, as it does across a reboot), then champion-app in it."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHON_KEYRING_BACKEND", "CHAMPION_PASSPHRASE", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(HOME=str(home), PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(home / ".local/share"))
    app = " ".join([sys.executable, "-m", "ui", "--data-dir", str(data), *argv])
    script = ("echo -n unlock | gnome-keyring-daemon --unlock --components=secrets "
              f">/dev/null 2>&1; {app} </dev/null")
    return subprocess.run(["dbus-run-session", "--", "sh", "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)


def test_a_restart_with_the_keyring_opens_the_data_without_a_prompt(tmp_path):
    home, data = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    first = with_keyring(home, data, "info")  # stdin is not a terminal: nothing can be asked
    assert first.returncode == 0, first.stderr
    key_file = json.loads((data / "key.json").read_text())
    assert key_file["store"] == "keyring" and "master" not in key_file
    assert not any(k in key_file for k in ("wrapped_key", "salt"))
    again = with_keyring(home, data, "status", "--json")  # a new session: a "reboot"
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["waiting"] == 0
    # Without the keyring (another account, a copied disk): refused, and nothing replaced.
    before = (data / "champion.db").read_bytes()
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
           "PYTHONPATH": str(ROOT)}
    env.pop("CHAMPION_PASSPHRASE", None)
    refused = subprocess.run([sys.executable, "-m", "ui", "--data-dir", str(data), "info"],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                             stdin=subprocess.DEVNULL)
    assert refused.returncode == 2
    assert "keyring" in refused.stderr and "Traceback" not in refused.stderr
    assert (data / "champion.db").read_bytes() == before

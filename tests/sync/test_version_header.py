"""The real sync client names the app's version on every request; the server keeps it for
the device, and `champion-server stats` lists it."""

import json
import subprocess
import sys

import champion_app
from tests.live_server import ROOT
from tests.sync_helpers import connected_store, doorstep, sync


def test_the_real_client_sends_its_version(tmp_path, server):
    store = connected_store(tmp_path, server, username="version-champ")
    try:
        doorstep(store)
        sync(store)
        device = store.get_state("device_id")
    finally:
        store.close()
    status, champions = server.request("GET", "/champions", token=server.login(
        *_coordinator(server))["token"])
    assert status == 200, champions
    [mine] = [d for c in champions if c["username"] == "version-champ" for d in c["devices"]]
    assert mine["id"] == device and mine["app_version"] == champion_app.__version__
    done = subprocess.run([sys.executable, "-m", "server.cli", "stats", "--json", "--db",
                           server.db_url, "--blob-dir", str(server.blob_dir)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    versions = json.loads(done.stdout)["app_versions"]
    assert {"version": champion_app.__version__, "devices": 1, "older": False} in versions


def _coordinator(server) -> tuple[str, str]:
    server.add_coordinator("version-coord", "correct horse 42")
    return "version-coord", "correct horse 42"

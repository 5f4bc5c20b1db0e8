"""The whole loop through the headless commands, against the real server on loopback."""

import json
import os
import subprocess
import sys

from tests.live_server import ROOT
from tests.sync_helpers import (
    assert_server_has_exactly,
    coordinator_review,
    doorstep,
    open_store,
)


def cli(data_dir, *argv, check=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "ui", "--data-dir", str(data_dir),
                           *argv], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    if check is not None:
        assert done.returncode == check, (done.returncode, done.stdout, done.stderr)
    return done


def status(data_dir) -> dict:
    return json.loads(cli(data_dir, "status", "--json", check=0).stdout)


def test_records_made_offline_all_reach_the_server(tmp_path, server):
    champion = server.add_champion("offline-olive", ["E1"])
    out = cli(tmp_path, "connect", "--server", server.url, "--code", champion["code"], check=0)
    assert "Connected to" in out.stdout and "file only your user account" in out.stdout
    server.stop()
    try:
        with open_store(tmp_path) as store:
            ids = [doorstep(store, f"said {i}") for i in range(5)]
        failed = cli(tmp_path, "sync", check=1)
        assert "cannot be reached" in failed.stderr and "5 item(s)" in failed.stderr
        assert status(tmp_path)["waiting"] == 5
    finally:
        server.start()
    done = cli(tmp_path, "sync", check=0)
    assert "Sent 5" in done.stdout
    info = status(tmp_path)
    assert info["waiting"] == 0 and info["counts"]["sent"] == 5 and info["last_sync_at"]
    with open_store(tmp_path) as store:
        assert {r.state for r in store.rows_by_id(ids).values()} == {"sent"}
        assert_server_has_exactly(server, store)


def test_a_coordinators_review_reaches_the_champions_app(tmp_path, server, coordinator):
    champion = server.add_champion("reviewed-rita", ["E1"])
    cli(tmp_path, "connect", "--server", server.url, "--code", champion["code"], check=0)
    with open_store(tmp_path) as store:
        record_id = doorstep(store, "Lift out again")
        version_id = store._record_row(record_id)["current_version_id"]
    cli(tmp_path, "sync", check=0)
    coordinator_review(server, coordinator, version_id, "approved", "Passed to lifts team")
    cli(tmp_path, "sync", check=0)
    assert status(tmp_path)["counts"]["reviewed"] == 1
    with open_store(tmp_path) as store:
        detail = store.get_record(record_id)
        assert detail.row.review_state == "approved"
        assert detail.reviews[0]["note"] == "Passed to lifts team"


def test_disconnect_revokes_and_a_revoked_laptop_is_asked_to_reconnect(tmp_path, server):
    champion = server.add_champion("leaving-lee", ["E1"])
    cli(tmp_path, "connect", "--server", server.url, "--code", champion["code"], check=0)
    with open_store(tmp_path) as store:
        doorstep(store)
    device_id = status(tmp_path)
    assert device_id["connected"]
    out = cli(tmp_path, "disconnect", check=0)
    assert "withdrawn" in out.stdout and "still waiting" in out.stdout
    again = cli(tmp_path, "sync", check=3)
    assert "not connected" in again.stderr
    assert status(tmp_path)["waiting"] == 1  # kept for when the laptop connects again
    cli(tmp_path, "connect", "--server", server.url,
        "--code", server.enrolment_code("leaving-lee"), check=0)
    cli(tmp_path, "sync", check=0)
    assert status(tmp_path)["waiting"] == 0


def test_a_coordinator_signs_in_with_a_password(tmp_path, server, coordinator):
    out = cli(tmp_path, "connect", "--server", server.url, "--username", "coord",
              "--password", "correct horse 42", check=0)
    assert "coordinator" in out.stdout
    cli(tmp_path, "sync", check=0)
    with open_store(tmp_path) as store:
        assert {e["id"] for e in store.estates()} == {"E1", "E2"}  # coordinators see all
    bad = cli(tmp_path, "connect", "--server", server.url, "--username", "coord",
              "--password", "wrong", check=2)
    assert "username or password is wrong" in bad.stderr

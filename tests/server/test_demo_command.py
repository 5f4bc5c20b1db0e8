"""`champion-server demo`: seeds the demo patch and accounts, serves, and says where in JSON.

Everything is checked from outside, as the app's demo mode uses it: the process, its one
line of output, and the public API.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.live_server import ROOT, http_request

from .helpers import pull_all


class Demo:
    """`champion-server demo` running in a subprocess; `answer` is its JSON line."""

    def __init__(self, folder: Path, *args: str):
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "demo", "--data-dir", str(folder), *args],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            start_new_session=True)
        line = self.proc.stdout.readline()
        assert line, self.stop()
        self.answer = json.loads(line)
        self.api = self.answer["url"] + "/api/v1"

    def request(self, method: str, path: str, body=None, token: str | None = None):
        return http_request(self.api, method, path, body, token)

    def enrol(self, code: str) -> dict:
        status, answer = self.request("POST", "/auth/enrol",
                                      {"code": code, "device_name": "demo laptop"})
        assert status == 200, answer
        return answer

    def stop(self) -> str:
        """SIGTERM as the app sends it; returns what it wrote to stderr."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM)
        out, err = self.proc.communicate(timeout=30)
        assert not out.strip(), "only the one JSON line may go to standard output"
        return err.decode(errors="replace")


@pytest.fixture
def demos():
    started: list[Demo] = []

    def start(folder: Path, *args: str) -> Demo:
        started.append(Demo(folder, *args))
        return started[-1]

    yield start
    for demo in started:
        if demo.proc.poll() is None:
            demo.stop()


def test_demo_serves_the_patch_to_the_demo_champion(tmp_path, demos):
    demo = demos(tmp_path, "--port", "0")
    assert set(demo.answer) == {"url", "username", "role", "enrolment_code",
                                "coordinator_username"}
    assert demo.answer["url"].startswith("http://127.0.0.1:")
    assert (demo.answer["username"], demo.answer["role"]) == ("demo-champion", "champion")
    champion = demo.enrol(demo.answer["enrolment_code"])
    # The id the demo's sample records carry as their author, and every demo estate.
    assert champion["user"]["id"] == "demo-champion"
    assert set(champion["user"]["estate_ids"]) == {"est-alder", "est-brook", "est-castle"}
    changes, _ = pull_all(demo, champion)
    jobs = [c["data"] for c in changes if c["entity"] == "job" and c["data"].get("completed_at")]
    newest = max(datetime.fromisoformat(j["completed_at"].replace("Z", "+00:00")) for j in jobs)
    assert newest.date() == datetime.now(UTC).date() - timedelta(days=1)  # dates kept recent
    status, coordinator = demo.request("POST", "/auth/login", {
        "username": demo.answer["coordinator_username"], "password": "demo-coordinator",
        "device_name": "office"})
    assert status == 200 and coordinator["user"]["role"] == "coordinator", coordinator
    assert (tmp_path / "server.db").exists()


def test_a_second_start_keeps_the_accounts_and_can_enrol_the_coordinator(tmp_path, demos):
    first = demos(tmp_path, "--port", "0")
    first.enrol(first.answer["enrolment_code"])
    first.stop()
    again = demos(tmp_path, "--port", "0", "--enrol", "coordinator")
    assert (again.answer["username"], again.answer["role"]) == ("demo-coordinator",
                                                                "coordinator")
    device = again.enrol(again.answer["enrolment_code"])  # a sign-in for a coordinator app
    assert device["user"]["role"] == "coordinator"
    status, champions = again.request("GET", "/champions", token=device["token"])
    assert status == 200, champions
    usernames = [c["username"] for c in champions]
    # The demo champion and the coordinator demo's three others, none made twice.
    assert usernames == ["demo-champion", "demo-jade", "demo-marcus", "demo-nasreen"]


def test_a_taken_port_moves_the_demo_to_a_free_one(tmp_path, demos):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        demo = demos(tmp_path, "--port", str(port))
        assert demo.answer["url"] != f"http://127.0.0.1:{port}"
        assert demo.request("GET", "/meta")[0] == 200


def test_the_coordinator_demo_finds_several_champions_records_on_the_server(tmp_path, demos):
    """Hazards (an emergency, damp and mould), complaint requests, reviews, comments and a
    record changed after "has issues", seeded once however often the demo starts."""
    first = demos(tmp_path, "--port", "0", "--enrol", "coordinator")
    first.stop()
    demo = demos(tmp_path, "--port", "0", "--enrol", "coordinator")  # seeding twice: no twins
    coordinator = demo.enrol(demo.answer["enrolment_code"])
    changes, _ = pull_all(demo, coordinator)
    versions = [c["data"] for c in changes if c["entity"] == "record_version"]
    authors = {v["author_id"] for v in versions}
    assert authors == {"demo-jade", "demo-marcus", "demo-nasreen"}
    assert len({v["version_id"] for v in versions}) == len(versions) == 12  # 11 + one edit
    hazards = sorted(v["payload"]["hazard"] for v in versions
                     if v["payload"].get("hazard", "none") != "none")
    assert hazards == ["damp_mould", "damp_mould", "emergency"]
    assert sum(v["payload"]["complaint"]["wants_to_complain"] for v in versions) >= 3
    reviews = [c["data"]["state"] for c in changes if c["entity"] == "review"]
    assert sorted(set(reviews)) == ["approved", "has_issues", "rejected"]
    comments = [c["data"] for c in changes if c["entity"] == "comment"]
    assert {c["author_id"] for c in comments} >= {"demo-jade", coordinator["user"]["id"]}
    edited = [v for v in versions if v["base_version_id"]]
    assert len(edited) == 1
    # The damp-and-mould photo is there for the coordinator to open.
    photo = next(a for v in versions for a in v["attachments"])
    status, data = demo.request("GET", f"/blobs/{photo['sha256']}", token=coordinator["token"])
    assert status == 200 and len(data) == photo["bytes"]

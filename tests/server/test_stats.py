"""The app version each device sends (`X-Champion-Version`), where coordinators see it, and
`champion-server stats`, on SQLite and PostgreSQL."""

import json
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

import champion_app
from champion_app.protocol import VERSION_HEADER
from tests.live_server import ROOT, LiveServer

from .conftest import BACKENDS
from .helpers import mutation, photo, pull_all, push, push_ok, version


def call(server, path: str, token: str, app_version: str | None = None,
         method: str = "GET", body: dict | None = None) -> int:
    """One request as an app of ``app_version`` makes it (no header when None)."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(server.api + path, data=data, method=method,
                                 headers={"Authorization": f"Bearer {token}",
                                          "Content-Type": "application/json"})
    if app_version is not None:
        req.add_header(VERSION_HEADER, app_version)
    try:
        with urllib.request.urlopen(req, timeout=30) as answer:
            return answer.status
    except urllib.error.HTTPError as err:
        return err.code


@pytest.fixture(params=BACKENDS)
def live(request, tmp_path):
    url = request.getfixturevalue("pg_database") if request.param == "postgres" else None
    server = LiveServer(tmp_path, db_url=url)
    server.add_sample_patch()
    server.start()
    yield server
    server.close()


def devices_of(server, coordinator: dict, username: str) -> list[dict]:
    status, champions = server.request("GET", "/champions", token=coordinator["token"])
    assert status == 200, champions
    return next(c for c in champions if c["username"] == username)["devices"]


def test_the_app_version_is_kept_per_device_and_coordinators_see_it(live):
    live.add_coordinator("cora", "correct horse 42")
    coord = live.login("cora", "correct horse 42")
    champ = live.add_champion("amir", ["E1"])
    auth = live.enrol(champ["code"])
    assert devices_of(live, coord, "amir")[0]["app_version"] == ""

    assert call(live, "/sync/pull?cursor=0", auth["token"], "0.0.9") == 200
    assert devices_of(live, coord, "amir")[0]["app_version"] == "0.0.9"
    # A coordinator's pull brings the champion again, now with the version.
    changes, cursor = pull_all(live, coord)
    latest = [c["data"] for c in changes if c["entity"] == "champion" and c["id"] == champ["id"]]
    assert latest[-1]["devices"][0]["app_version"] == "0.0.9"

    # Unreadable or missing values never replace a known version; an upgrade shows at once.
    for value in ("<script>", "x" * 40, "", None):
        assert call(live, "/sync/pull?cursor=0", auth["token"], value) == 200
    assert devices_of(live, coord, "amir")[0]["app_version"] == "0.0.9"
    assert call(live, "/sync/pull?cursor=0", auth["token"], "0.2.0") == 200
    assert devices_of(live, coord, "amir")[0]["app_version"] == "0.2.0"
    changes, _ = pull_all(live, coord, cursor)
    assert [c["data"]["devices"][0]["app_version"] for c in changes
            if c["entity"] == "champion"] == ["0.2.0"]


def stats(server, *extra: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "server.cli", "stats", "--db", server.db_url,
                           "--blob-dir", str(server.blob_dir), *extra],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def test_stats_counts_what_an_operator_needs(live):
    old = live.enrol(live.add_champion("old-app", ["E1"])["code"])
    new = live.enrol(live.add_champion("new-app", ["E1"])["code"])
    gone = live.enrol(live.add_champion("gone", ["E1"])["code"])
    assert call(live, "/sync/pull?cursor=0", old["token"], "0.0.9") == 200
    assert call(live, "/sync/pull?cursor=0", new["token"], champion_app.__version__) == 200
    assert call(live, "/sync/pull?cursor=0", gone["token"], "0.0.1") == 200
    live.revoke_device(gone["device_id"])

    # Two laptops edited one record from the same version: the later one is a conflict.
    first = version("E1")
    push_ok(live, old, mutation("record_version", first))
    rid, base = first["record_id"], first["version_id"]
    for _ in range(2):
        push_ok(live, old, mutation("record_version", version("E1", record_id=rid, base=base)))
    # Another conflict, then resolved by a version made on top of it.
    other = version("E1")
    push_ok(live, old, mutation("record_version", other))
    orid, obase = other["record_id"], other["version_id"]
    push_ok(live, old, mutation("record_version", version("E1", record_id=orid, base=obase)))
    clash = version("E1", record_id=orid, base=obase)
    push_ok(live, old, mutation("record_version", clash))
    push_ok(live, old, mutation("record_version",
                                version("E1", record_id=orid, base=clash["version_id"])))

    # Refused: one mutation outside the patch, one push naming another device, one too big.
    [result] = push_ok(live, new, mutation("record_version", version("E2")))
    assert result["status"] == "rejected" and result["error"]["code"] == "forbidden"
    status, _ = live.request("POST", "/sync/push", {"device_id": old["device_id"],
                                                    "mutations": []}, token=new["token"])
    assert status == 403
    status, _ = push(live, new, *[mutation("comment", {}) for _ in range(501)])
    assert status == 413

    content = b"\xff\xd8\xff a photo of the bin store"  # JPEG-headed, as the server wants
    sha, _att = photo(content)
    status, _ = live.request("PUT", f"/blobs/{sha}", token=new["token"], raw=content)
    assert status == 201

    figures = json.loads(stats(live, "--json").stdout)
    assert figures["devices_seen_24h"] == 3 and figures["devices_active"] == 2
    assert figures["queued_conflicts"] == 1
    assert figures["rejected_by_reason"] == {"forbidden": 1, "too_large": 1, "wrong_device": 1}
    assert figures["rejected_pushes_7d"] == 3
    assert (figures["blob_files"], figures["blob_bytes"]) == (1, len(content))
    assert figures["blob_disk_free_bytes"] > 0
    assert figures["app_versions"] == [
        {"version": champion_app.__version__, "devices": 1, "older": False},
        {"version": "0.0.9", "devices": 1, "older": True}]

    text = stats(live).stdout
    assert "Devices seen in the last 24 hours: 3 (of 2 with access)" in text
    assert "Queued conflicts (records two laptops changed; a coordinator should look): 1" in text
    assert ("Refused pushes in the last 7 days: 3 (forbidden 1, too_large 1, wrong_device 1)"
            in text)
    assert "0.0.9: 1 device  (older than this server: ask them to update)" in text


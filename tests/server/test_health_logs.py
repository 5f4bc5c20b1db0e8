"""`/api/v1/health` and the request log: JSON lines with request ids, and never a secret."""

import json
import urllib.request
import uuid

import pytest
from alembic import command
from fastapi.testclient import TestClient

from server.app import create_app
from server.db import make_db_engine
from server.health import ENV_MIN_FREE_MB
from server.migrations import _config, head
from tests.live_server import LiveServer

from .helpers import mutation, push_ok, version


def get(url: str, headers: dict[str, str] | None = None):
    """(status, headers (any case), JSON body)."""
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as answer:
            return answer.status, answer.headers, json.loads(answer.read())
    except urllib.error.HTTPError as err:
        return err.code, err.headers, json.loads(err.read())


def test_health_is_ok_on_a_running_server_without_a_token(server):
    status, _headers, body = get(server.api + "/health")
    assert status == 200, body
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "schema", "blob_storage"}
    assert all(check["ok"] for check in body["checks"].values())


@pytest.fixture
def engine_at_0001(tmp_path):
    engine = make_db_engine(str(tmp_path / "old.db"))
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0001")
    yield engine
    engine.dispose()


def test_health_fails_in_plain_words_when_the_schema_is_behind(engine_at_0001, tmp_path):
    with TestClient(create_app(engine_at_0001, str(tmp_path / "blobs"))) as client:
        answer = client.get("/api/v1/health")
    assert answer.status_code == 503
    body = answer.json()
    assert body["status"] == "failing"
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["schema"] == {"ok": False, "message": (
        f"The database is at schema revision 0001, this server needs {head()}: run "
        "champion-server init (after a backup).")}


def test_health_fails_when_the_database_does_not_answer(tmp_path):
    engine = make_db_engine("postgresql+psycopg://nobody:secret@127.0.0.1:9/nothing")
    try:
        with TestClient(create_app(engine, str(tmp_path / "blobs"))) as client:
            answer = client.get("/api/v1/health")
    finally:
        engine.dispose()
    assert answer.status_code == 503
    checks = answer.json()["checks"]
    assert checks["database"]["ok"] is False
    assert checks["database"]["message"].startswith("The database does not answer")
    assert "secret" not in answer.text and "127.0.0.1" not in answer.text


def test_health_fails_when_photos_have_no_room(tmp_path, monkeypatch):
    engine = make_db_engine(str(tmp_path / "server.db"))
    from server.migrations import migrate

    migrate(engine)
    monkeypatch.setenv(ENV_MIN_FREE_MB, str(10**12))  # more than any disk has free
    try:
        with TestClient(create_app(engine, str(tmp_path / "blobs"))) as client:
            answer = client.get("/api/v1/health")
    finally:
        engine.dispose()
    assert answer.status_code == 503
    blob = answer.json()["checks"]["blob_storage"]
    assert blob["ok"] is False and "MB free for photos" in blob["message"]
    assert ENV_MIN_FREE_MB in blob["message"]


def test_request_log_is_json_lines_with_request_ids_and_no_secrets(tmp_path):
    live = LiveServer(tmp_path, log_level="info", env={"CHAMPION_SERVER_LOG_FORMAT": "json"})
    live.add_sample_patch()
    try:
        live.start()
        champ = live.add_champion("logged", ["E1"])
        auth = live.enrol(champ["code"])  # carries the code in its body
        push_ok(live, auth, mutation("record_version", version("E1")))
        proxy_id = f"proxy-{uuid.uuid4().hex}"
        status, headers, _ = get(live.api + "/meta", {"X-Request-ID": proxy_id})
        assert status == 200 and headers["X-Request-ID"] == proxy_id
        status, headers, _ = get(live.api + "/meta", {"X-Request-ID": "bad id <script>"})
        own_id = headers["X-Request-ID"]
        assert own_id != "bad id <script>" and len(own_id) == 32
        get(live.api + "/health")
    finally:
        live.stop()
    text = live.log()
    entries = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert entries, text
    for entry in entries:
        assert {"time", "level", "logger", "message"} <= set(entry)
    requests = [e for e in entries if e["logger"] == "server.requests"]
    by_path = {(e["method"], e["path"]): e for e in requests}
    push = by_path[("POST", "/api/v1/sync/push")]
    assert push["status"] == 200 and push["device_id"] == auth["device_id"]
    assert isinstance(push["duration_ms"], float)
    # A line the push handler wrote while the request ran carries the same request id.
    handler = [e for e in entries if e["logger"] == "server.push"]
    assert handler and handler[0]["request_id"] == push["request_id"]
    assert {proxy_id, own_id} <= {e.get("request_id") for e in requests}
    assert ("GET", "/api/v1/health") not in by_path  # at DEBUG: a monitor polls it
    for secret in (auth["token"], champ["code"], champ["code"].replace("-", "")):
        assert secret not in text

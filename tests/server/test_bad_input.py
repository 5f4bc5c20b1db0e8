"""Bad input gets a 4xx JSON error in plain words, never a 500, and changes nothing.

In-process (FastAPI's TestClient) on a real SQLite file: many small requests, quickly.
"""

import json

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from champion_app.protocol import MAX_MUTATIONS
from server import accounts
from server import schema as s
from server.app import create_app
from server.db import make_db_engine, writing
from server.migrations import migrate

from .helpers import mutation, version


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    engine = make_db_engine(str(folder / "server.db"))
    migrate(engine)
    with writing(engine) as conn:
        champ = accounts.add_user(conn, role="champion", username="champ", estate_ids=["E1"])
        code, _ = accounts.issue_code(conn, champ["id"])
        champ_auth = accounts.enrol(conn, code, "laptop")
        accounts.add_user(conn, role="coordinator", username="coord", password="pw-123456")
    client = TestClient(create_app(engine, str(folder / "blobs")),
                        raise_server_exceptions=False)
    client.champ = champ_auth
    client.engine = engine
    yield client
    engine.dispose()


def seq_now(env) -> int:
    with env.engine.connect() as conn:
        return conn.execute(select(s.seq_counter.c.value)).scalar_one()


def auth(env) -> dict:
    return {"Authorization": f"Bearer {env.champ['token']}"}


def assert_error(answer, status: int, code: str | None = None) -> dict:
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "fields"}
    assert body["error"]["message"] and "Traceback" not in body["error"]["message"]
    if code:
        assert body["error"]["code"] == code, body
    return body["error"]


def test_malformed_json_is_422(env):
    before = seq_now(env)
    answer = env.post("/api/v1/sync/push", content=b'{"device_id": "x", "mutations": [',
                      headers={**auth(env), "Content-Type": "application/json"})
    assert_error(answer, 422, "malformed_json")
    assert seq_now(env) == before


@pytest.mark.parametrize("body, field", [
    ({"device_id": 5, "mutations": []}, "device_id"),
    ({"device_id": "d", "mutations": "all of them"}, "mutations"),
    ({"device_id": "d", "mutations": [{"mutation_id": "m", "type": "gossip", "data": {}}]},
     "mutations.0.type"),
    ({"device_id": "d", "mutations": [{"mutation_id": "m", "type": "comment", "data": []}]},
     "mutations.0.data"),
    ({"mutations": []}, "device_id"),
    ({"device_id": "d", "mutations": [], "extra": 1}, "extra"),
])
def test_wrong_types_name_the_field(env, body, field):
    before = seq_now(env)
    error = assert_error(env.post("/api/v1/sync/push", json=body, headers=auth(env)), 422,
                         "invalid")
    assert field in error["fields"], error
    assert seq_now(env) == before


def test_oversized_bodies_are_413(env):
    big = {"device_id": env.champ["device_id"], "mutations": [
        mutation("record_version", version(said="x" * 19_000)) for _ in range(300)]}
    assert_error(env.post("/api/v1/sync/push", json=big, headers=auth(env)), 413, "too_large")
    many = {"device_id": env.champ["device_id"],
            "mutations": [mutation("comment", {}) for _ in range(MAX_MUTATIONS + 1)]}
    assert_error(env.post("/api/v1/sync/push", json=many, headers=auth(env)), 413)
    blob = b"x" * (10 * 1024 * 1024 + 1)
    assert_error(env.put("/api/v1/blobs/" + "a" * 64, content=blob, headers=auth(env)), 413)
    login = {"username": "coord", "password": "p" * (2 * 1024 * 1024), "device_name": "pc"}
    assert_error(env.post("/api/v1/auth/login", json=login), 413)


def test_unknown_kind_and_schema_version_reject_only_that_mutation(env):
    before = seq_now(env)
    good = mutation("record_version", version())
    body = {"device_id": env.champ["device_id"], "mutations": [
        mutation("record_version", version(kind="gossip")),
        mutation("record_version", version(schema_version=2)),
        good]}
    answer = env.post("/api/v1/sync/push", json=body, headers=auth(env))
    assert answer.status_code == 200
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["rejected", "rejected", "applied"]
    assert results[0]["error"]["fields"]["kind"]
    assert results[1]["error"]["fields"]["schema_version"]
    assert seq_now(env) == before + 1


@pytest.mark.parametrize("query", ["cursor=-1", "cursor=abc", "limit=0", "limit=5000"])
def test_bad_pull_parameters(env, query):
    assert_error(env.get(f"/api/v1/sync/pull?{query}", headers=auth(env)), 422, "invalid")


def test_tokens_and_permissions(env):
    assert_error(env.get("/api/v1/sync/pull"), 401, "unauthorised")
    assert_error(env.get("/api/v1/sync/pull", headers={"Authorization": "Bearer nope"}), 401)
    assert_error(env.get("/api/v1/sync/pull", headers={"Authorization": "Basic eDp5"}), 401)
    assert_error(env.get("/api/v1/champions", headers=auth(env)), 403, "forbidden")
    other = {"device_id": "another-device", "mutations": []}
    assert_error(env.post("/api/v1/sync/push", json=other, headers=auth(env)), 403)


def test_unknown_addresses_and_methods(env):
    assert_error(env.get("/api/v1/nothing-here"), 404, "not_found")
    assert_error(env.delete("/api/v1/meta"), 405)
    assert_error(env.get("/api/v1/blobs/not-a-hash", headers=auth(env)), 422)


def test_bad_sign_ins(env):
    assert_error(env.post("/api/v1/auth/enrol", json={"code": "AAAA-BBBB-CCCC",
                                                      "device_name": "x"}), 401, "bad_code")
    assert_error(env.post("/api/v1/auth/enrol", json={"code": 12}), 422)
    wrong = {"username": "nobody-here", "password": "x", "device_name": "pc"}
    for _ in range(5):
        assert_error(env.post("/api/v1/auth/login", json=wrong), 401, "bad_login")
    answer = env.post("/api/v1/auth/login", json=wrong)
    assert_error(answer, 429, "too_many_tries")
    assert 0 < int(answer.headers["Retry-After"]) <= 15 * 60


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=4),
    max_leaves=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(["/api/v1/sync/push", "/api/v1/auth/enrol", "/api/v1/auth/login",
                             "/api/v1/blobs/missing", "/api/v1/champions"]),
       body=json_values)
def test_any_json_gets_an_answer_not_a_crash(env, path, body):
    before = seq_now(env)
    answer = env.post(path, content=json.dumps(body), headers={
        **auth(env), "Content-Type": "application/json"})
    assert 400 <= answer.status_code < 500, answer.text
    assert "error" in answer.json()
    assert seq_now(env) == before

"""Sign-in under load and under attack (issue 13, findings 12-13).

Finding 12: argon2 ran inside the SQLite write transaction, so 120 logins for no account
stalled a champion's push from 0.02 s to 13 s. Finding 13: five wrong passwords locked any
coordinator out for 15 minutes from anywhere, there was no per-address limit,
`login_failures` grew without bound, 30 parallel guesses on PostgreSQL got 24 tries past a
limit of 5, and enrolment codes had no limit at all.

Addresses: the server runs with ``--trusted-proxy 127.0.0.1`` where a test plays several
addresses, and sends ``X-Forwarded-For`` as a reverse proxy would.
"""

import json
import threading
import urllib.error
import urllib.request
from datetime import timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from server import accounts
from server import schema as s
from server.app import create_app
from server.db import make_db_engine, utcnow, writing
from server.migrations import migrate
from tests.live_server import create_pg_database, drop_pg_database

from .conftest import BACKENDS
from .helpers import new_id

pytestmark = pytest.mark.timeout(300)
PROXY = ["--trusted-proxy", "127.0.0.1"]


def sign_in(server, username: str, password: str, address: str | None = None,
            path: str = "/auth/login", body: dict | None = None) -> tuple[int, dict, Any]:
    """(status, answer, headers) of one sign-in, from ``address`` through the proxy."""
    body = body or {"username": username, "password": password, "device_name": "pc"}
    req = urllib.request.Request(server.api + path, data=json.dumps(body).encode(),
                                 method="POST", headers={"Content-Type": "application/json"})
    if address:
        req.add_header("X-Forwarded-For", address)
    try:
        with urllib.request.urlopen(req, timeout=120) as answer:
            return answer.status, json.loads(answer.read()), answer.headers
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read()), err.headers


def in_parallel(count: int, task) -> list:
    start, out = threading.Barrier(count), []

    def run(i):
        start.wait()
        out.append(task(i))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


# --- finding 13: limits that hold ----------------------------------------------------------

def test_thirty_parallel_guesses_get_at_most_five_tries(own_server):
    """The audit's race: on PostgreSQL 24 of 30 parallel guesses were checked."""
    server = own_server()
    cora = server.add_coordinator("cora")
    # Without a trusted proxy a forged X-Forwarded-For changes nothing: one address.
    statuses = [status for status, _, _ in in_parallel(30, lambda i: sign_in(
        server, "cora", f"guess {i}", address=f"10.9.9.{i}"))]
    assert statuses.count(401) <= 5, statuses
    assert statuses.count(429) >= 25 and set(statuses) <= {401, 429}
    status, answer, headers = sign_in(server, "cora", cora["password"])
    assert status == 429 and answer["error"]["code"] == "too_many_tries"
    assert 0 < int(headers["Retry-After"]) <= 15 * 60


def test_a_lockout_is_not_a_weapon(own_server):
    """Guessing from one place blocks that place, not the coordinator at their desk."""
    server = own_server(serve_args=PROXY)
    cora = server.add_coordinator("cora")
    office = "10.0.0.1"
    assert sign_in(server, "cora", cora["password"], office)[0] == 200   # her usual place
    attacker = "203.0.113.66"
    statuses = [sign_in(server, "cora", f"guess {i}", attacker)[0] for i in range(7)]
    assert statuses == [401] * 5 + [429] * 2
    assert sign_in(server, "cora", cora["password"], attacker)[0] == 429
    assert sign_in(server, "cora", cora["password"], office)[0] == 200
    assert sign_in(server, "cora", cora["password"], "198.51.100.7")[0] == 200  # a new place

    # Many addresses at once: after 50 failures in a day the account takes sign-ins only from
    # places it signed in from before, so the office still gets in and the botnet does not.
    for n in range(10):
        for i in range(5):
            assert sign_in(server, "cora", f"guess {i}", f"192.0.2.{n}")[0] == 401
    status, _, _ = sign_in(server, "cora", cora["password"], "198.18.0.1")
    assert status == 429
    assert sign_in(server, "cora", cora["password"], office)[0] == 200


def test_one_address_cannot_spray_usernames(own_server):
    server = own_server(serve_args=PROXY)
    sprayer = "203.0.113.9"
    statuses = [sign_in(server, f"user{i}", "password1", sprayer)[0] for i in range(22)]
    assert statuses == [401] * 20 + [429] * 2
    # Successful sign-ins give their try back: a busy office is not limited by them.
    cora = server.add_coordinator("cora")
    office = "10.0.0.2"
    assert all(sign_in(server, "cora", cora["password"], office)[0] == 200 for _ in range(25))


def test_enrolment_codes_are_rate_limited(own_server):
    server = own_server(serve_args=PROXY)
    guesser = "203.0.113.10"
    statuses = [sign_in(server, "", "", guesser, "/auth/enrol",
                        {"code": f"AAAA-BBBB-{i:04d}", "device_name": "x"})[0]
                for i in range(12)]
    assert statuses == [401] * 10 + [429] * 2
    champ = server.add_champion("amir", ["E1"])
    status, _, _ = sign_in(server, "", "", guesser, "/auth/enrol",
                           {"code": champ["code"], "device_name": "x"})
    assert status == 429
    status, answer, _ = sign_in(server, "", "", "10.0.0.3", "/auth/enrol",
                                {"code": champ["code"], "device_name": "x"})
    assert status == 200 and answer["user"]["username"] == "amir"


def test_the_limit_table_stays_small(own_server):
    server = own_server(serve_args=PROXY)
    server.add_coordinator("cora")
    for _ in range(12):
        sign_in(server, "cora", "wrong password", "203.0.113.11")
    with server.engine.connect() as conn:
        rows = conn.execute(select(func.count()).select_from(s.rate_limits)).scalar_one()
    assert rows == 3  # one counter each: this name from here, this address, this name
    # Expired counters are pruned as new tries come in.
    old = utcnow() - timedelta(days=2)
    with server.engine.begin() as conn:
        conn.execute(s.rate_limits.insert(), [
            {"key": f"{n:064x}", "expires_at": old, "count": 1} for n in range(500)])
    sign_in(server, "cora", "wrong password", "203.0.113.12")
    with server.engine.connect() as conn:
        left = conn.execute(select(func.count()).select_from(s.rate_limits).where(
            s.rate_limits.c.expires_at < utcnow())).scalar_one()
    assert left == 0


# --- finding 12: no password hash inside a transaction --------------------------------------

@pytest.fixture(params=BACKENDS)
def app_engine(request, tmp_path):
    if request.param == "sqlite":
        engine = make_db_engine(str(tmp_path / "server.db"))
        yield engine
    else:
        url = create_pg_database(request.getfixturevalue("pg_url"))
        engine = make_db_engine(url)
        yield engine
        engine.dispose()
        drop_pg_database(url)
        return
    engine.dispose()


def test_password_hashing_holds_no_database_connection(app_engine, tmp_path, monkeypatch):
    """Every argon2 hash or verify the server does runs with no connection checked out of
    its pool: no SQLite write lock and no PostgreSQL connection is held while it works."""
    migrate(app_engine)
    held: list[tuple[str, int]] = []
    verify, hash_ = PasswordHasher.verify, PasswordHasher.hash

    def probe(name, real):
        def wrapped(self, *args, **kwargs):
            held.append((name, app_engine.pool.checkedout()))
            return real(self, *args, **kwargs)
        return wrapped

    admin = {"username": "ada", "password": "an admin's long password"}
    with writing(app_engine) as conn:
        accounts.add_user(conn, role="admin", username="ada", password=admin["password"])
    monkeypatch.setattr(PasswordHasher, "verify", probe("verify", verify))
    monkeypatch.setattr(PasswordHasher, "hash", probe("hash", hash_))
    client = TestClient(create_app(app_engine, str(tmp_path / "blobs")))

    def login(username, password):
        return client.post("/api/v1/auth/login", json={
            "username": username, "password": password, "device_name": "pc"})

    assert login("nobody", "whatever it is").status_code == 401
    assert login("ada", "not the password").status_code == 401
    answer = login("ada", admin["password"])
    assert answer.status_code == 200
    token = {"Authorization": f"Bearer {answer.json()['token']}"}
    made = client.post("/api/v1/accounts", headers=token, json={
        "role": "coordinator", "username": f"c-{new_id()[:6]}", "password": "a long password 1"})
    assert made.status_code == 201, made.text
    reset = client.post(f"/api/v1/accounts/{made.json()['username']}/password", headers=token,
                        json={"new_password": "another password 2"})
    assert reset.status_code == 204
    changed = client.post("/api/v1/account/password", headers=token, json={
        "current_password": admin["password"], "new_password": "a third password 3"})
    assert changed.status_code == 204
    names = {name for name, _ in held}
    assert names == {"verify", "hash"} and len(held) >= 6
    assert all(count == 0 for _, count in held), held

"""Migrations, CSV imports and the server process itself (restart, logs, binding)."""

import json
import socket

import pytest
from sqlalchemy import select

from server import schema as s
from server.db import make_db_engine, meta_value, reading, writing
from server.imports import ImportFailed, import_csv
from server.migrations import current_revision, head, migrate, require_current
from tests.live_server import LiveServer

from .helpers import mutation, push_ok, version


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request, tmp_path):
    url = (request.getfixturevalue("pg_database") if request.param == "postgres"
           else str(tmp_path / "server.db"))
    engine = make_db_engine(url)
    yield engine
    engine.dispose()


def test_migrations_create_then_do_nothing(engine):
    with pytest.raises(RuntimeError, match="champion-server init"):
        require_current(engine)
    assert current_revision(engine) is None
    assert migrate(engine) == head()
    with reading(engine) as conn:
        epoch = meta_value(conn, "server_epoch")
    assert migrate(engine) == head()  # again: nothing changes
    with reading(engine) as conn:
        assert meta_value(conn, "server_epoch") == epoch and len(epoch) == 16
        assert conn.execute(select(s.seq_counter.c.value)).scalar_one() == 0
    require_current(engine)


def changes(conn) -> list[tuple]:
    return [(r.entity, r.entity_id, r.op) for r in
            conn.execute(select(s.changes).order_by(s.changes.c.seq))]


def test_imports_check_everything_first(engine):
    migrate(engine)
    with writing(engine) as conn:
        import_csv(conn, "estates", "id,name,area\nE1,Oak,North\nE2,Elm,\n")
        import_csv(conn, "blocks", "id,estate_id,name,has_communal_areas\nB1,E1,Ash,no\n")
        import_csv(conn, "homes", "id,block_id,estate_id,address\nH1,B1,,1 Ash\nH2,,E2,2 Elm\n")
        import_csv(conn, "operatives", "id,display_name,employer\nOP1,Sam,DLO\n")
        import_csv(conn, "jobs", "ref,home_id,priority,operative_ids,reported_at\n"
                   "WO-1,H1,2,OP1;OP2,2026-03-01T09:00:00Z\nWO-2,H2,planned,,\n")
        import_csv(conn, "settings", "key,value\nlandlord_name,Test Homes\n"
                   "target_emergency_hours,24\n")
        before = changes(conn)
    assert len(before) == 10
    with reading(engine) as conn:
        job = json.loads(conn.execute(select(s.reference.c.data).where(
            s.reference.c.id == "WO-1")).scalar_one())
        block = json.loads(conn.execute(select(s.reference.c.data).where(
            s.reference.c.id == "B1")).scalar_one())
    assert job["priority"] == "emergency" and job["operative_ids"] == ["OP1", "OP2"]
    assert job["estate_id"] == "E1" and block["has_communal_areas"] is False

    bad = [
        ("blocks", "id,estate_id,name\nB2,E1,Birch\nB3,E9,Cedar\n", "line 3"),
        ("jobs", "ref,home_id,priority\nWO-3,H1,soon\n", "line 2: priority"),
        ("homes", "id,address\nH3,3 Oak\n", "line 2"),
        ("settings", "key,value\nlandlord,X\n", "line 2: key"),
        ("estates", "id,name,colour\nE3,Ash,red\n", "unknown column"),
        ("estates", "name\nAsh\n", "missing column"),
        ("estates", "id,name\nE3,Ash\nE3,Ash again\n", "line 3: E3 appears twice"),
        ("operatives", "id,display_name\nOP9,Jo,extra\n", "more values"),
    ]
    for kind, text, expected in bad:
        with pytest.raises(ImportFailed) as failed, writing(engine) as conn:
            import_csv(conn, kind, text)
        assert expected in str(failed.value), (kind, str(failed.value))
    with writing(engine) as conn:
        assert changes(conn) == before  # nothing half-imported
        # Same file again: nothing new; a changed row and a deletion: one change each.
        assert import_csv(conn, "estates", "id,name,area\nE1,Oak,North\nE2,Elm,\n")[
            "unchanged"] == 2
        counts = import_csv(conn, "estates", "id,name,area,deleted\nE1,Oak,East,\nE2,,,yes\n")
        assert counts == {"added": 0, "updated": 1, "deleted": 1, "unchanged": 0}
        assert changes(conn)[-2:] == [("estate", "E1", "put"), ("estate", "E2", "delete")]


def test_restart_keeps_everything_and_logs_no_secrets(tmp_path):
    server = LiveServer(tmp_path, log_level="debug")
    server.add_sample_patch()
    server.start()
    try:
        coord = server.add_coordinator("cora", password="a secret password 9")
        champ = server.add_champion("amir", ["E1"])
        auth = server.enrol(champ["code"])
        desk = server.login("cora", coord["password"])
        [applied] = push_ok(server, auth, mutation("record_version", version("E1")))
        epoch = server.request("GET", "/meta")[1]["server_epoch"]
        server.kill()  # a crash: what was answered must still be there
        server.start()
        assert server.request("GET", "/meta")[1]["server_epoch"] == epoch
        status, page = server.request("GET", "/sync/pull?cursor=0", token=auth["token"])
        assert status == 200 and applied["seq"] in [c["seq"] for c in page["changes"]]
        server.request("POST", "/auth/login", {"username": "cora", "password": "wrong one 1",
                                               "device_name": "pc"})
    finally:
        server.stop()
    log = server.log()
    assert "GET /api/v1/sync/pull" in log  # the log was written at all
    for secret in (auth["token"], desk["token"], champ["code"], coord["password"],
                   "wrong one 1"):
        assert secret not in log


def _outward_address() -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # UDP: nothing is sent
            address = sock.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_serves_on_loopback_only(live_server):
    address = _outward_address()
    if address is None:
        pytest.skip("this machine has no address but loopback")
    with socket.socket() as sock:
        sock.settimeout(2)
        assert sock.connect_ex((address, live_server.port)) != 0
    with socket.create_connection(("127.0.0.1", live_server.port), timeout=2):
        pass

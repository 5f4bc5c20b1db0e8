"""``champion-server export flat`` writes what ``champion-app export`` writes for the same data."""

from __future__ import annotations

import csv
import io
import sys
import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from server import accounts
from server.app import create_app
from server.db import make_db_engine, writing
from server.export import export_flat
from server.imports import import_csv
from server.migrations import migrate

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.report_data import (  # noqa: E402 - needs the path above
    CONTRACTORS,
    ESTATES,
    JOBS,
    OPERATIVES,
    SETTINGS,
    VERSIONS,
)


def as_csv(rows: list[dict]) -> str:
    columns = list(dict.fromkeys(k for row in rows for k in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, columns)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ";".join(v) if isinstance(v, list) else
                         ("yes" if v is True else v) for k, v in row.items()})
    return out.getvalue()


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_server_flat_export_is_the_apps_shape(tmp_path):
    # The laptop's half needs the laptop's store, which is encrypted (SQLCipher, extra `app`):
    # it runs in the whole suite, and is skipped in the server-only install.
    pytest.importorskip("sqlcipher3", reason="the laptop's encrypted store is the app's")
    from champion_app.entities import parse_change
    from champion_app.exports.local import export
    from champion_app.protocol import Change
    from champion_app.reports import ReportFilter
    from champion_app.store import Store

    engine = make_db_engine(str(tmp_path / "server.db"))
    migrate(engine)
    with writing(engine) as conn:
        for kind, rows in (("estates", ESTATES), ("contractors", CONTRACTORS), ("jobs", JOBS),
                           ("operatives", OPERATIVES), ("settings", SETTINGS)):
            import_csv(conn, kind, as_csv(rows))
        champ = accounts.add_user(conn, role="champion", username="ann", display_name="Ann",
                                  estate_ids=["E1", "E2"])
        code, _ = accounts.issue_code(conn, champ["id"])
        device = accounts.enrol(conn, code, "laptop")
        accounts.add_user(conn, role="coordinator", username="cora", password="pw-123456789")
    client = TestClient(create_app(engine, str(tmp_path / "blobs")))
    mutations = [{"mutation_id": str(uuid.uuid4()), "type": "record_version",
                  "data": {**v, "author_id": champ["id"]}} for v in VERSIONS]
    answer = client.post("/api/v1/sync/push", json={"device_id": device["device_id"],
                                                     "mutations": mutations},
                         headers={"Authorization": f"Bearer {device['token']}"}).json()
    assert {r["status"] for r in answer["results"]} == {"applied"}, answer

    # A coordinator's laptop pulls everything, as a sync would, and exports it.
    coordinator = client.post("/api/v1/auth/login", json={
        "username": "cora", "password": "pw-123456789", "device_name": "office"}).json()
    page = client.get("/api/v1/sync/pull?cursor=0&limit=1000",
                      headers={"Authorization": f"Bearer {coordinator['token']}"}).json()
    with Store.open(tmp_path / "coordinator" / "champion.db") as store:
        store.apply_pull_page([parse_change(Change(**c)) for c in page["changes"]],
                              cursor=page["cursor"], server_epoch=page["server_epoch"])
        export(store.db, tmp_path / "app.csv", "csv", ReportFilter(estate_ids=("E1",)))
    export_flat(engine, tmp_path / "server.csv", "csv", ReportFilter(estate_ids=("E1",)))
    engine.dispose()

    for name in ("{}.csv", "{}-operatives.csv"):
        app, server = read(tmp_path / name.format("app")), read(tmp_path / name.format("server"))
        assert list(app[0]) == list(server[0])  # the same columns, in the same order
        assert len(app) == len(server) >= 3
        for row in app + server:
            row.pop("State", None)  # "sent" on a laptop, "received" on the server
        assert sorted(app, key=str) == sorted(server, key=str)
    champions = {r["Champion"] for r in read(tmp_path / "server.csv")}
    assert champions == {"Ann"}

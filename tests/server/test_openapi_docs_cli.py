"""OpenAPI kept in docs/, every CLI command and setting documented, the CLI itself."""

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from server import cli
from server.app import create_app
from server.openapi import render

ROOT = Path(__file__).resolve().parents[2]


def test_docs_openapi_json_is_current():
    written = (ROOT / "docs" / "openapi.json").read_text(encoding="utf-8")
    assert written == render(), (
        "docs/openapi.json is out of date: run `python -m server.openapi docs/openapi.json`")


def test_served_openapi_describes_every_endpoint_and_model(tmp_path):
    served = TestClient(create_app(f"sqlite:///{tmp_path / 's.db'}", str(tmp_path))).get(
        "/openapi.json").json()
    assert served == json.loads(render())
    paths = {(p, m) for p, ops in served["paths"].items() for m in ops}
    for expected in [("/api/v1/meta", "get"), ("/api/v1/auth/enrol", "post"),
                     ("/api/v1/auth/login", "post"), ("/api/v1/auth/logout", "post"),
                     ("/api/v1/sync/push", "post"), ("/api/v1/sync/pull", "get"),
                     ("/api/v1/blobs/{sha256}", "put"), ("/api/v1/blobs/{sha256}", "get"),
                     ("/api/v1/blobs/missing", "post"), ("/api/v1/champions", "get"),
                     ("/api/v1/champions", "post"), ("/api/v1/champions/{user}/patch", "put"),
                     ("/api/v1/champions/{user}/enrolment-code", "post"),
                     ("/api/v1/devices/{device_id}/revoke", "post")]:
        assert expected in paths
    schemas = served["components"]["schemas"]
    for model in ["PushRequest", "PushAnswer", "PullAnswer", "ServerRecordVersion", "Review",
                  "Comment", "Action", "ServerAction", "Estate", "Job", "ErrorBody",
                  "DoorstepPayload"]:
        assert model in schemas


def test_every_json_endpoint_declares_the_400_an_unreadable_body_gets(tmp_path):
    # A body that is not UTF-8 never reaches validation: FastAPI answers 400 (in our error
    # shape) before anything else runs. The published contract must say so.
    client = TestClient(create_app(f"sqlite:///{tmp_path / 's.db'}", str(tmp_path)))
    doc = client.get("/openapi.json").json()
    checked = []
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            if "application/json" not in operation.get("requestBody", {}).get("content", {}):
                continue
            url = re.sub(r"{[^}]+}", "x", path)
            answer = client.request(method, url, content=b"\xff\xfe{",
                                    headers={"Content-Type": "application/json"})
            assert answer.status_code == 400, (method, path, answer.text)
            assert answer.json()["error"]["code"] == "bad_request"
            declared = operation["responses"].get("400")
            assert declared, f"{method.upper()} {path} does not declare its 400 answer"
            assert declared["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/ErrorBody"}
            checked.append((method, path))
    assert ("post", "/api/v1/sync/push") in checked and len(checked) >= 6


def _documented() -> str:
    texts = [(ROOT / "README.md").read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md")]
    return "\n".join(texts)


def test_every_cli_command_and_setting_is_documented():
    docs = _documented()
    parser = cli._parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():
        assert f"champion-server {name}" in docs, f"`champion-server {name}` is not documented"
        for action in command._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in docs, f"{flag} of `champion-server {name}` is not documented"
    for env in ("CHAMPION_SERVER_DB", "CHAMPION_SERVER_BLOB_DIR", "CHAMPION_SERVER_LOG_LEVEL",
                "CHAMPION_SERVER_POOL_SIZE"):
        assert env in docs


def test_import_columns_are_documented():
    from champion_app.entities import SETTING_KEYS
    from server.imports import COLUMNS

    doc = (ROOT / "docs" / "import.md").read_text(encoding="utf-8")
    for kind, (required, optional) in COLUMNS.items():
        assert f"champion-server import {kind}" in doc
        for column in required + optional:
            assert f"`{column}`" in doc, f"{kind}.{column} is not in docs/import.md"
    for key in SETTING_KEYS:
        assert f"`{key}`" in doc


def run_cli(*args, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "server.cli", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def cli_run(capsys, *args, stdin: str = "", monkeypatch=None) -> tuple[int, str, str]:
    """The CLI in this process (quick); `run_cli` runs it as a real subprocess."""
    if monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_end_to_end(tmp_path, capsys, monkeypatch):
    db = f"sqlite:///{tmp_path / 'server.db'}"
    assert run_cli("init", "--db", db, "--blob-dir", str(tmp_path / "b")).returncode == 0
    estates = tmp_path / "estates.csv"
    estates.write_text("id,name,area\nE1,Oak,North\nE2,Elm,South\n")
    code, out, _ = cli_run(capsys, "import", "estates", str(estates), "--db", db)
    assert code == 0 and "2 added" in out
    # Bad rows: every one reported by line, nothing imported.
    blocks = tmp_path / "blocks.csv"
    blocks.write_text("id,estate_id,name\nB1,E1,Ash\nB2,E9,Birch\nB3,E1,\n")
    code, _, err = cli_run(capsys, "import", "blocks", str(blocks), "--db", db)
    assert code == 1 and "Nothing was imported" in err
    assert "line 3" in err and "line 4" in err and "line 2" not in err
    code, out, err = cli_run(capsys, "add-user", "--role", "coordinator", "--username", "cora",
                             "--password-stdin", "--db", db, stdin="a long password\n",
                             monkeypatch=monkeypatch)
    assert code == 0, err
    code, out, err = cli_run(capsys, "add-user", "--role", "champion", "--username", "amir",
                             "--display-name", "Amir", "--estates", "E1,E2", "--db", db)
    assert code == 0, err
    enrol = run_cli("enrol", "--username", "amir", "--db", db)  # a real process: its output
    code = enrol.stdout.strip().splitlines()[-1]
    assert enrol.returncode == 0 and re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code)
    assert "a long password" not in enrol.stdout + out
    assert cli_run(capsys, "set-patch", "--username", "amir", "--estates", "E1",
                   "--db", db)[0] == 0

    from server import accounts
    from server.db import make_db_engine, writing

    engine = make_db_engine(db)
    with writing(engine) as conn:
        device = accounts.enrol(conn, code, "laptop")
        assert device["user"]["estate_ids"] == ["E1"]
        assert accounts.check_password(conn, "cora", "a long password") is not None
    engine.dispose()
    assert cli_run(capsys, "revoke-device", device["device_id"], "--db", db)[0] == 0
    assert cli_run(capsys, "revoke-device", "no-such-device", "--db", db)[0] == 1
    code, out, _ = cli_run(capsys, "export", "records", "--format", "csv", "--db", db)
    assert code == 0
    header = next(csv.reader(io.StringIO(out)))
    assert header[:2] == ["version_id", "record_id"]
    assert cli_run(capsys, "add-user", "--role", "coordinator", "--username", "nopw",
                   "--password-stdin", "--db", db, stdin="", monkeypatch=monkeypatch)[0] == 1


def test_cli_refuses_an_uninitialised_database(tmp_path):
    done = run_cli("enrol", "--username", "x", "--db", str(tmp_path / "empty.db"))
    assert done.returncode == 1 and "champion-server init" in done.stderr


@pytest.mark.parametrize("argv", [["--help"], ["serve", "--help"], ["import", "--help"]])
def test_cli_help(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    assert exit_.value.code == 0
    assert "champion-server" in capsys.readouterr().out

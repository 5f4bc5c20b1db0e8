"""The account commands of champion-server, and the audit log they write (issue 13, 7-8)."""

import json

import pytest

from server import accounts
from server.db import make_db_engine, writing

from .test_openapi_docs_cli import cli_run, run_cli


@pytest.fixture
def db(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    assert run_cli("init", "--db", url).returncode == 0
    estates = tmp_path / "estates.csv"
    estates.write_text("id,name\nE1,Oak\nE2,Elm\n")
    assert cli_run(capsys, "import", "estates", str(estates), "--db", url)[0] == 0
    for role, name in (("admin", "ada"), ("coordinator", "cora")):
        code, _, err = cli_run(capsys, "add-user", "--role", role, "--username", name,
                               "--password-stdin", "--db", url,
                               stdin="a long enough password\n", monkeypatch=monkeypatch)
        assert code == 0, err
    assert cli_run(capsys, "add-user", "--role", "champion", "--username", "amir",
                   "--estates", "E1", "--db", url)[0] == 0
    return url


def test_add_user_refuses_what_the_api_refuses(db, capsys, monkeypatch):
    code, _, err = cli_run(capsys, "add-user", "--role", "champion", "--username", "pw",
                           "--password-stdin", "--db", db, stdin="a long enough password\n",
                           monkeypatch=monkeypatch)
    assert code == 1 and "enrolment code" in err
    code, _, err = cli_run(capsys, "add-user", "--role", "coordinator", "--username", "short",
                           "--password-stdin", "--db", db, stdin="tiny\n",
                           monkeypatch=monkeypatch)
    assert code == 1 and "at least 12" in err
    code, _, err = cli_run(capsys, "add-user", "--role", "champion", "--username", "ben",
                           "--estates", "E1,E7", "--db", db)
    assert code == 1 and "E7" in err
    code, _, err = cli_run(capsys, "add-user", "--role", "champion", "--username",
                           "evil\nINFO forged", "--db", db)
    assert code == 1 and "username" in err.lower()
    code, _, err = cli_run(capsys, "set-patch", "--username", "cora", "--estates", "E1",
                           "--db", db)
    assert code == 1 and "not a champion" in err
    code, _, err = cli_run(capsys, "enrol", "--username", "cora", "--db", db)
    assert code == 1 and "password" in err


def test_disable_enable_remove_and_passwords(db, capsys, monkeypatch):
    engine = make_db_engine(db)
    try:
        with writing(engine) as conn:
            cora = accounts.check_password(conn, "cora", "a long enough password")
            device = accounts.new_device(conn, cora.id, "desk")
        assert cli_run(capsys, "disable-user", "--username", "cora", "--db", db)[0] == 0
        with writing(engine) as conn:
            assert accounts.authenticate(conn, device["token"]) is None
            assert accounts.check_password(conn, "cora", "a long enough password") is None
        assert cli_run(capsys, "enable-user", "--username", "cora", "--db", db)[0] == 0
        code, _, err = cli_run(capsys, "set-password", "--username", "cora", "--password-stdin",
                               "--db", db, stdin="another long password\n",
                               monkeypatch=monkeypatch)
        assert code == 0, err
        with writing(engine) as conn:
            assert accounts.check_password(conn, "cora", "another long password") is not None
            assert accounts.check_password(conn, "cora", "a long enough password") is None
            accounts.new_device(conn, cora.id, "desk")
        code, out, _ = cli_run(capsys, "list-users", "--db", db)
        assert code == 0 and "cora" in out and "desk" in out and "amir" in out
        assert cli_run(capsys, "sign-out", "--username", "cora", "--db", db)[0] == 0
        code, out, _ = cli_run(capsys, "list-users", "--json", "--db", db)
        [cora] = [u for u in json.loads(out) if u["username"] == "cora"]
        assert all(d["revoked_at"] for d in cora["devices"])
        code, _, err = cli_run(capsys, "set-password", "--username", "amir",
                               "--password-stdin", "--db", db, stdin="a long enough password\n",
                               monkeypatch=monkeypatch)
        assert code == 1 and "enrolment code" in err
        assert cli_run(capsys, "remove-user", "--username", "amir", "--db", db)[0] == 0
        code, out, _ = cli_run(capsys, "list-users", "--db", db)
        assert "amir" not in out
        code, out, _ = cli_run(capsys, "list-users", "--all", "--db", db)
        assert "amir" in out and "removed" in out
        assert cli_run(capsys, "enable-user", "--username", "amir", "--db", db)[0] == 1
    finally:
        engine.dispose()


def test_the_last_admin_stays(db, capsys):
    code, _, err = cli_run(capsys, "disable-user", "--username", "ada", "--db", db)
    assert code == 1 and "last admin" in err
    code, _, err = cli_run(capsys, "remove-user", "--username", "ada", "--db", db)
    assert code == 1 and "last admin" in err


def test_audit_lists_admin_actions_exports_included(db, capsys, tmp_path):
    assert cli_run(capsys, "disable-user", "--username", "amir", "--db", db)[0] == 0
    assert cli_run(capsys, "export", "records", "--output", str(tmp_path / "r.csv"),
                   "--db", db)[0] == 0
    code, out, _ = cli_run(capsys, "audit", "--json", "--db", db)
    assert code == 0
    entries = json.loads(out)
    actions = [e["action"] for e in entries]
    assert actions[:2] == ["export.records", "account.disable"]
    assert "account.add" in actions and "import.estates" in actions
    assert entries[1]["target"] == "amir" and entries[1]["actor"].startswith("command line")
    code, out, _ = cli_run(capsys, "audit", "--limit", "1", "--action", "account.disable",
                           "--db", db)
    assert code == 0 and "account.disable" in out and "amir" in out
    assert len(out.strip().splitlines()) == 1

"""Alembic migrations: a new database matches server/schema.py, an old-scheme database is
upgraded in place with nothing lost, `init` twice does nothing, `serve` refuses a database
that is behind. On SQLite and PostgreSQL."""

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, MetaData, String, event, inspect, select, text

from server import cli
from server import schema as s
from server.db import make_db_engine, meta_value, reading, writing
from server.migrations import current_revision, head, migrate, require_current
from tests.live_server import ROOT, LiveServer, free_port, fresh_pg_database

from .helpers import pull_all

LEGACY = Path(__file__).parent / "legacy_v1"
LEGACY_PASSWORD = "a legacy password 1"  # cora's, in both dumps


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request, tmp_path) -> str:
    if request.param == "postgres":
        return request.getfixturevalue("pg_database")
    return f"sqlite:///{tmp_path / 'server.db'}"


@pytest.fixture
def engine(url):
    engine = make_db_engine(url)
    yield engine
    engine.dispose()


def load_legacy(engine) -> None:
    """Restore a database the old `schema_version` scheme made (see legacy_v1/README.md)."""
    if engine.dialect.name == "sqlite":
        db = sqlite3.connect(engine.url.database)
        db.executescript((LEGACY / "sqlite.sql").read_text(encoding="utf-8"))
        db.close()
        return
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute((LEGACY / "postgresql.sql").read_text(encoding="utf-8"))
        raw.commit()
    finally:
        raw.close()


def drift(engine, metadata=s.metadata) -> list:
    """What Alembic's autogenerate would change to make the database match `metadata`."""
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), metadata)


def everything(engine, like: dict | None = None) -> dict[str, tuple]:
    """Every row of every table, as the database has them (columns by reflection, so this
    works before and after an upgrade); `like` takes the same tables and columns as it."""
    found = MetaData()
    found.reflect(engine)
    out = {}
    with reading(engine) as conn:
        for name, table in found.tables.items():
            if name in ("alembic_version", "schema_version") or (like and name not in like):
                continue
            columns = like[name][0] if like else tuple(c.name for c in table.columns)
            rows = conn.execute(select(*(table.c[c] for c in columns)))
            out[name] = (columns, sorted(tuple(str(v) for v in row) for row in rows))
    return out


def shape(engine) -> dict:
    """The schema as the database itself reports it: columns, keys, uniques, indexes."""
    insp = inspect(engine)
    tables = {}
    for name in sorted(insp.get_table_names()):
        if name == "alembic_version":
            continue
        tables[name] = {
            "columns": [(c["name"], str(c["type"]), c["nullable"], str(c.get("default")))
                        for c in insp.get_columns(name)],
            "pk": insp.get_pk_constraint(name)["constrained_columns"],
            "unique": sorted((u["name"] or "", tuple(u["column_names"]))
                             for u in insp.get_unique_constraints(name)),
            "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                              for i in insp.get_indexes(name)),
        }
    return tables


def test_a_new_database_at_head_has_no_differences_from_schema_py(engine):
    assert current_revision(engine) is None
    assert migrate(engine) == head()
    assert drift(engine) == []
    with reading(engine) as conn:
        assert conn.execute(select(s.seq_counter)).all() == [(1, 0)]
        assert len(meta_value(conn, "server_epoch")) == 16
        assert meta_value(conn, "min_kept_seq") == "0"


def test_the_drift_check_sees_a_column_added_without_a_revision(engine):
    # What the check above would say if someone added a column to server/schema.py and
    # forgot the revision: it cannot pass by comparing nothing.
    migrate(engine)
    changed = MetaData()
    for table in s.metadata.tables.values():
        table.to_metadata(changed)
    changed.tables["users"].append_column(Column("no_revision_for_this", String(50)))
    [(op, _schema, table, column)] = drift(engine, changed)
    assert (op, table, column.name) == ("add_column", "users", "no_revision_for_this")


def test_an_old_scheme_database_is_upgraded_in_place_and_keeps_everything(engine, tmp_path):
    load_legacy(engine)
    before = everything(engine)
    assert all(before[t][1] for t in ("record_versions", "reviews", "users", "changes"))
    with reading(engine) as conn:
        epoch = meta_value(conn, "server_epoch")
    with pytest.raises(RuntimeError, match=r"schema version 1 .*champion-server init"):
        require_current(engine)

    assert migrate(engine) == head()

    require_current(engine)
    # Revision 0002 (issue 13) replaces the failed-login log, which only ever held the last
    # 15 minutes of failures, with bounded counters: it is the one table not carried over.
    before.pop("login_failures")
    assert everything(engine, like=before) == before
    with reading(engine) as conn:
        assert meta_value(conn, "server_epoch") == epoch
    assert not inspect(engine).has_table("schema_version")
    assert drift(engine) == []
    # Table for table what a new database gets (on PostgreSQL down to constraint names and
    # the sequences behind integer keys), so later revisions meet one schema, not two.
    if engine.dialect.name == "sqlite":
        fresh = make_db_engine(str(tmp_path / "fresh.db"))
        migrate(fresh)
        assert shape(engine) == shape(fresh)
        fresh.dispose()
    else:
        with fresh_pg_database() as fresh_url:
            fresh = make_db_engine(fresh_url)
            migrate(fresh)
            assert shape(engine) == shape(fresh)
            fresh.dispose()


def test_an_upgraded_old_database_serves_its_old_data(url, tmp_path):
    engine = make_db_engine(url)
    load_legacy(engine)
    with reading(engine) as conn:
        epoch = meta_value(conn, "server_epoch")
        legacy_records = {r.record_id for r in conn.execute(select(s.records.c.record_id))}
    engine.dispose()
    server = LiveServer(tmp_path, db_url=url)  # runs the same upgrade as `init`
    server.start()
    try:
        assert server.request("GET", "/meta")[1]["server_epoch"] == epoch
        desk = server.login("cora", LEGACY_PASSWORD)
        changes, _ = pull_all(server, desk)
        pulled = {c["data"]["record_id"] for c in changes if c["entity"] == "record_version"}
        assert pulled == legacy_records and len(pulled) == 1
    finally:
        server.close()


def test_init_twice_is_a_no_op(url, engine, capsys):
    assert cli.main(["init", "--db", url]) == 0
    assert capsys.readouterr().out == f"Database ready (schema revision {head()}).\n"
    before = everything(engine), shape(engine)
    statements = []
    event.listen(engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_: statements.append(statement))
    migrate(engine)
    writes = [q for q in statements if q.split()[0].upper() in
              ("CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE")]
    assert writes == []
    assert cli.main(["init", "--db", url]) == 0
    assert capsys.readouterr().out == f"Database ready (schema revision {head()}).\n"
    assert (everything(engine), shape(engine)) == before


def init_process(url: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "server.cli", "init", "--db", url],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)


@pytest.mark.postgres
def test_two_inits_at_once_on_postgresql_both_succeed(pg_database):
    # Two machines running `init` against one new database. The test holds both at the first
    # table any upgrade creates (its own uncommitted CREATE TABLE alembic_version), then lets
    # go: without a lock between them, both go on to create the schema and the second fails.
    # (SQLite needs no test: `init` writes under BEGIN IMMEDIATE, one writer at a time.)
    engine = make_db_engine(pg_database)
    with engine.connect() as blocker:
        blocker.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        inits = [init_process(pg_database) for _ in range(2)]
        with engine.connect() as watcher:
            waiting = 0
            for _ in range(600):
                waiting = watcher.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock'")).scalar()
                watcher.rollback()  # statistics are a snapshot per transaction
                if waiting == 2 or any(p.poll() is not None for p in inits):
                    break
                time.sleep(0.1)
        blocker.rollback()
    outcomes = [(p.wait(60), *p.communicate()) for p in inits]
    assert waiting == 2, outcomes
    assert [code for code, _, _ in outcomes] == [0, 0], outcomes
    assert current_revision(engine) == head()
    with reading(engine) as conn:
        assert conn.execute(select(s.seq_counter)).all() == [(1, 0)]
        assert len(conn.execute(select(s.server_meta)).all()) == 2
    engine.dispose()


def serve(url: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "server.cli", "serve", "--db", url, "--port", str(free_port())],
        capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_serve_refuses_an_old_or_empty_database_in_plain_words(url, engine):
    done = serve(url)
    assert done.returncode == 1
    assert "The database has no schema yet: run `champion-server init`" in done.stderr
    load_legacy(engine)
    done = serve(url)
    assert done.returncode == 1
    assert ("The database is at schema version 1 (made before Alembic), this server needs "
            f"schema revision {head()}: back it up, then run `champion-server init`") in done.stderr
    assert "Traceback" not in done.stderr
    # Refusing touched nothing: still the old scheme, to be upgraded by `init`.
    assert inspect(engine).has_table("schema_version")
    assert current_revision(engine) is None


def test_a_database_newer_than_this_server_is_refused_and_left_alone(engine):
    migrate(engine)
    with writing(engine) as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    for attempt in (require_current, migrate):
        with pytest.raises(RuntimeError, match="0999, which this champion-server does not know"):
            attempt(engine)
    assert current_revision(engine) == "0999"
    assert drift(engine) == []

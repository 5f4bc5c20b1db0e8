"""Contractors (#11): imported, linked to jobs and operatives by id or by name, pulled by all."""

import json

import pytest
from sqlalchemy import select

from server import schema as s
from server.db import make_db_engine, reading, writing
from server.imports import ImportFailed, import_csv
from server.migrations import migrate


@pytest.fixture
def engine(tmp_path):
    engine = make_db_engine(str(tmp_path / "server.db"))
    migrate(engine)
    yield engine
    engine.dispose()


def stored(engine, entity: str, key: str) -> dict:
    with reading(engine) as conn:
        return json.loads(conn.execute(select(s.reference.c.data).where(
            s.reference.c.entity == entity, s.reference.c.id == key)).scalar_one())


def test_jobs_and_operatives_link_to_contractors_by_id_or_by_name(engine):
    with writing(engine) as conn:
        import_csv(conn, "estates", "id,name\nE1,Oak\n")
        import_csv(conn, "contractors", "id,name,trades,in_house\n"
                   "C1,Millbrook Homes repairs team,Plumbing; Gas and heating,yes\n"
                   "C2,Apex Roofing Ltd,Roofing,no\n")
        import_csv(conn, "operatives", "id,display_name,employer,contractor_id\n"
                   "OP1,Sam,millbrook homes  REPAIRS team,\n"   # found by name
                   "OP2,Jo,Somebody else,C2\n"                  # the id wins over the text
                   "OP3,Al,Unknown Builders,\n")                # no such name: no link
        import_csv(conn, "jobs", "ref,estate_id,delivered_by,contractor_id\n"
                   "WO-1,E1,Apex Roofing Ltd,\nWO-2,E1,,C1\nWO-3,E1,A firm we do not know,\n")
    assert stored(engine, "contractor", "C1") == {
        "id": "C1", "name": "Millbrook Homes repairs team",
        "trades": ["Plumbing", "Gas and heating"], "in_house": True}
    assert stored(engine, "operative", "OP1")["contractor_id"] == "C1"
    assert stored(engine, "operative", "OP2")["contractor_id"] == "C2"
    assert stored(engine, "operative", "OP3")["contractor_id"] is None
    assert stored(engine, "job", "WO-1")["contractor_id"] == "C2"
    assert stored(engine, "job", "WO-2")["contractor_id"] == "C1"
    assert stored(engine, "job", "WO-3")["contractor_id"] is None
    assert stored(engine, "job", "WO-3")["delivered_by"] == "A firm we do not know"


def test_an_unknown_contractor_id_is_refused_with_its_line(engine):
    with writing(engine) as conn:
        import_csv(conn, "estates", "id,name\nE1,Oak\n")
    with pytest.raises(ImportFailed) as failed, writing(engine) as conn:
        import_csv(conn, "jobs", "ref,estate_id,contractor_id\nWO-1,E1,C9\n")
    assert "line 2: contractor_id: no contractor C9 (import contractors first)." in str(
        failed.value)


@pytest.mark.parametrize(("key", "value", "problem"), [
    ("target_days", "weekdays", "target_days is working or calendar"),
    ("target_routine_days", "soon", "must be a number above 0"),
    ("dispatch_target_urgent_hours", "0", "must be a number above 0"),
])
def test_target_settings_must_make_sense(engine, key, value, problem):
    with pytest.raises(ImportFailed) as failed, writing(engine) as conn:
        import_csv(conn, "settings", f"key,value\n{key},{value}\n")
    assert problem in str(failed.value)


def test_target_settings_are_taken(engine):
    with writing(engine) as conn:
        import_csv(conn, "settings", "key,value\ntarget_days,calendar\n"
                   "dispatch_target_routine_days,10\ntarget_routine_days,28\n")
    assert stored(engine, "setting", "target_days")["value"] == "calendar"

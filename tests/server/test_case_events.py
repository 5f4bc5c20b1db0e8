"""Case events (hazard cases, complaint referrals) and device last-seen, against the real
server on SQLite and PostgreSQL."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from server import accounts
from server import schema as s
from server.db import as_utc, utcnow, writing

from .helpers import mutation, new_id, pull_all, push_ok, version

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def champ(server):
    user = server.add_champion(f"champ-{new_id()[:8]}", ["E1"])
    return server.enrol(user["code"])


@pytest.fixture
def coord(server):
    user = server.add_coordinator(f"coord-{new_id()[:8]}")
    return server.login(user["username"], user["password"])


def case_event(record_id: str, state: str = "passed_to_repairs", case: str = "hazard",
               **extra) -> dict:
    return {"event_id": new_id(), "record_id": record_id, "case": case, "state": state,
            "reference": "WO-77", "note": "Phoned repairs", "at": "2026-03-02T09:00:00Z",
            **extra}


def record_of(server, champ) -> str:
    data = version("E1", payload={"topics": ["damp_mould"], "what_was_said": "Mould",
                                  "hazard": "damp_mould", "hazard_details": "Bedroom ceiling"})
    [result] = push_ok(server, champ, mutation("record_version", data))
    assert result["status"] == "applied", result
    return data["record_id"]


def test_coordinator_step_reaches_the_records_champion_only(server, champ, coord):
    record_id = record_of(server, champ)
    other = server.enrol(server.add_champion(f"other-{new_id()[:8]}", ["E1"])["code"])
    event = case_event(record_id)
    [result] = push_ok(server, coord, mutation("case_event", event))
    assert result["status"] == "applied", result
    changes, _ = pull_all(server, champ)
    [pulled] = [c for c in changes if c["entity"] == "case_event"]
    assert pulled["id"] == event["event_id"] and pulled["seq"] == result["seq"]
    assert pulled["data"]["author_id"] == coord["user"]["id"]   # stamped by the server
    assert pulled["data"]["seq"] == result["seq"]
    assert pulled["data"]["state"] == "passed_to_repairs"
    assert pulled["data"]["reference"] == "WO-77"
    others, _ = pull_all(server, other)                          # same estate, not theirs
    assert not [c for c in others if c["entity"] == "case_event"]
    everyone, _ = pull_all(server, coord)
    assert event["event_id"] in {c["id"] for c in everyone if c["entity"] == "case_event"}


def test_champions_cannot_record_steps(server, champ):
    record_id = record_of(server, champ)
    [result] = push_ok(server, champ, mutation("case_event", case_event(record_id)))
    assert result["status"] == "rejected" and result["error"]["code"] == "forbidden"


def test_a_step_sent_twice_is_stored_once_and_other_content_is_refused(server, champ, coord):
    record_id = record_of(server, champ)
    event = case_event(record_id)
    [first] = push_ok(server, coord, mutation("case_event", event))
    [again] = push_ok(server, coord, mutation("case_event", event))  # new mutation id
    assert again == {**first, "mutation_id": again["mutation_id"], "status": "duplicate"}
    [changed] = push_ok(server, coord, mutation("case_event", {**event, "note": "other"}))
    assert changed["status"] == "rejected" and changed["error"]["code"] == "mismatch"
    with server.engine.connect() as conn:
        rows = conn.execute(select(s.case_events).where(
            s.case_events.c.event_id == event["event_id"])).all()
    assert len(rows) == 1


@pytest.mark.parametrize(("event", "field"), [
    ({"case": "complaint", "state": "investigated"}, "record"),   # not a complaint step
    ({"case": "hazard", "state": "acknowledged"}, "record"),      # not a hazard step
    ({"state": "fixed"}, "state"),
    ({"reference": "x" * 101}, "reference"),
])
def test_steps_that_do_not_fit_their_case_are_refused_in_plain_words(server, champ, coord,
                                                                     event, field):
    record_id = record_of(server, champ)
    [result] = push_ok(server, coord, mutation("case_event", {**case_event(record_id),
                                                              **event}))
    assert result["status"] == "rejected" and result["error"]["code"] == "validation"
    assert any(key.startswith(field) for key in result["error"]["fields"]), result


def test_a_step_on_an_unknown_record_is_refused(server, coord):
    [result] = push_ok(server, coord, mutation("case_event", case_event(new_id())))
    assert result["status"] == "rejected" and result["error"]["code"] == "not_found"


def test_last_seen_is_written_by_requests_and_shown_to_coordinators(server, champ, coord):
    with server.engine.connect() as conn:
        seen = conn.execute(select(s.devices.c.last_seen_at).where(
            s.devices.c.id == champ["device_id"])).scalar()
    assert seen is None  # enrolled, no authenticated request yet
    pull_all(server, champ)
    status, champions = server.request("GET", "/champions", token=coord["token"])
    assert status == 200
    [mine] = [c for c in champions if c["id"] == champ["user"]["id"]]
    [device] = mine["devices"]
    assert device["id"] == champ["device_id"] and device["last_seen_at"]


def test_last_seen_is_written_at_most_once_a_minute(server, champ):
    with writing(server.engine) as conn:
        caller = accounts.authenticate(conn, champ["token"])
        now = utcnow()
        assert accounts.note_seen(conn, caller, now)
    with writing(server.engine) as conn:
        caller = accounts.authenticate(conn, champ["token"])
        assert as_utc(caller.last_seen_at).replace(microsecond=0) == now.replace(microsecond=0)
        assert not accounts.seen_is_stale(caller, now + timedelta(seconds=59))
        assert not accounts.note_seen(conn, caller, now + timedelta(seconds=30))
        assert accounts.seen_is_stale(caller, now + timedelta(seconds=60))
        assert accounts.note_seen(conn, caller, now + timedelta(seconds=61))

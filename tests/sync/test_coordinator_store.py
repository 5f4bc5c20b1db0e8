"""A coordinator's writes through the outbox against the real server: case steps reach the
champion, actions are published, and two coordinators editing one action see a conflict
that loses nothing, whichever they choose."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from champion_app.records import Draft
from champion_app.store.office import MINE, THEIRS
from server import schema as s
from sync import connection
from sync.engine import _Run
from tests.sync_helpers import connected_store, fast_retry, open_store, sync

pytestmark = pytest.mark.timeout(180)


def coordinator_store(folder, server):
    name = f"coord-{uuid.uuid4().hex[:6]}"
    user = server.add_coordinator(name, "correct horse 42", display_name=f"Cora {name[-3:]}")
    store = open_store(folder)
    connection.connect(store, server.url, username=user["username"],
                       password="correct horse 42")
    return store


@pytest.fixture
def champion(tmp_path, server):
    store = connected_store(tmp_path / "champ", server)
    yield store
    store.close()


@pytest.fixture
def office(tmp_path, server):
    store = coordinator_store(tmp_path / "coord", server)
    yield store
    store.close()


@pytest.fixture
def office2(tmp_path, server):
    store = coordinator_store(tmp_path / "coord2", server)
    yield store
    store.close()


def new_action(store, **fields) -> str:
    action_id = str(uuid.uuid4())
    store.save_action({"action_id": action_id, "estate_id": "E1", **fields})
    return action_id


def damp_with_complaint(store) -> str:
    changes = store.save_draft(Draft(kind="doorstep", estate_id="E1", payload={
        "topics": ["damp_mould"], "what_was_said": "Mould in the bedroom again",
        "hazard": "damp_mould", "hazard_details": "Bedroom ceiling, black mould",
        "complaint": {"offered": True, "wants_to_complain": True}}))
    store.submit(changes.record_id)
    return changes.record_id


def test_hazard_step_reaches_the_champion_and_the_complaint_is_queued(champion, office):
    record_id = damp_with_complaint(champion)
    sync(champion)
    sync(office)
    hazard = office.case_row(record_id, "hazard")
    assert record_id in [r.record_id for r in office.case_queue("hazard")]
    assert hazard.hazard == "damp_mould" and hazard.what_was_said == "Mould in the bedroom again"
    assert hazard.status.state == "new" and hazard.status.next_deadline().due is not None
    assert record_id in [r.record_id for r in office.case_queue("complaint")]
    office.record_case_event(record_id, "hazard", "passed_to_repairs", reference="WO-99",
                             note="Phoned the repairs desk")
    assert office.case_row(record_id, "hazard").status.state == "passed_to_repairs"
    result = sync(office)
    assert result.applied == 1 and office.outbox_count() == 0
    [mine] = office.case_events_of(record_id)
    assert mine["status"] in ("sent", "pulled") and mine["seq"]
    sync(champion)
    [seen] = champion.case_events_of(record_id)
    assert (seen["state"], seen["reference"]) == ("passed_to_repairs", "WO-99")
    assert seen["author_id"] == office.get_state("user_id")


def test_a_refused_step_is_kept_and_leaves_the_state_alone(champion, office):
    record_id = damp_with_complaint(champion)
    sync(champion)
    sync(office)
    office.record_case_event(record_id, "hazard", "investigated")
    # A step the server refuses: one that is not a step of a hazard case. (A step whose
    # record the server does not know yet waits instead, as after a restore: the record
    # comes back when its champion's laptop resends it; tests/e2e/test_restore_resends.py.)
    office.db.execute("UPDATE outbox SET body = json_set(body, '$.state', 'acknowledged')")
    result = sync(office)
    assert result.rejected == 1
    assert office.case_row(record_id, "hazard").status.state == "new"
    [kept] = office.quarantined()
    assert kept["type"] == "case_event" and "not a step of a hazard case" in kept["reason"]


def test_an_action_is_published_to_the_estates_champions(champion, office, server):
    action_id = new_action(office, you_said="Mould keeps coming back",
                           we_did="We are fitting extractor fans in every flat",
                           status="in_progress", published=True, category=["damp_mould"])
    assert office.outbox_count() == 1 and office.action(action_id)["pending"]
    sync(office)
    action = office.action(action_id)
    assert action["version"] == 1 and not action["pending"]
    sync(champion)
    seen = {a["action_id"]: a for a in champion.actions(published_only=True)}[action_id]
    assert seen["we_did"] == "We are fitting extractor fans in every flat"


def test_an_edit_made_while_another_waits_builds_on_it(office):
    action_id = new_action(office, you_said="a", we_did="b")
    office.save_action({**office.action(action_id), "we_did": "c"})
    bases = [item.data["base_version"] for item in office.outbox_items()]
    assert bases == [0, 1]
    result = sync(office)
    assert result.applied == 2 and result.conflicts == 0
    assert office.action(action_id)["version"] == 2


def two_coordinators_edit(office, office2) -> str:
    action_id = new_action(office, you_said="Bins overflow",
                           we_did="Extra collection on Mondays", status="logged")
    sync(office)
    sync(office2)
    office.save_action({**office.action(action_id),
                        "we_did": "Extra collections on Mondays and Thursdays"})
    office2.save_action({**office2.action(action_id), "status": "done",
                         "we_did": "A bigger bin store is built"})
    assert sync(office).applied == 1
    result = sync(office2)
    assert result.conflicts == 1
    return action_id


def server_copy(server, action_id: str) -> dict:
    with server.engine.connect() as conn:
        return json.loads(conn.execute(select(s.actions.c.data).where(
            s.actions.c.action_id == action_id)).scalar_one())


def test_second_coordinator_sees_both_and_keeps_theirs_on_the_server_copy(
        office, office2, server):
    action_id = two_coordinators_edit(office, office2)
    [conflict] = office2.action_conflicts()
    assert conflict["mine"]["we_did"] == "A bigger bin store is built"
    assert conflict["theirs"]["we_did"] == "Extra collections on Mondays and Thursdays"
    assert conflict["theirs"]["version"] == 2
    # The list shows the server's copy, flagged; the edit waits in the conflict.
    shown = office2.action(action_id)
    assert shown["conflict"] and shown["we_did"] == "Extra collections on Mondays and Thursdays"
    office2.resolve_action_conflict(action_id, MINE)
    assert office2.action_conflicts() == []
    assert sync(office2).applied == 1
    kept = server_copy(server, action_id)
    assert (kept["version"], kept["we_did"], kept["status"]) == (3, "A bigger bin store is built",
                                                                 "done")
    sync(office)
    assert office.action(action_id)["we_did"] == "A bigger bin store is built"


def test_taking_the_server_copy_drops_only_my_edit(office, office2, server):
    action_id = two_coordinators_edit(office, office2)
    office2.resolve_action_conflict(action_id, THEIRS)
    assert office2.action_conflicts() == [] and office2.outbox_count() == 0
    shown = office2.action(action_id)
    assert shown["we_did"] == "Extra collections on Mondays and Thursdays"
    assert shown["version"] == 2 and not shown["conflict"]
    sync(office2)
    assert server_copy(server, action_id)["version"] == 2
    # A later edit is made on the server's version and applies.
    office2.save_action({**shown, "status": "done"})
    assert sync(office2).applied == 1


def test_a_pulled_copy_never_replaces_an_edit_waiting_to_be_sent(office, office2):
    action_id = new_action(office, you_said="x", we_did="first")
    sync(office)
    sync(office2)
    office2.save_action({**office2.action(action_id), "we_did": "second"})
    sync(office2)
    office.save_action({**office.action(action_id), "we_did": "mine, not yet sent"})
    # Pull only: the other coordinator's change must not replace the waiting edit.
    with connection.client_for(office) as client:
        _Run(office, client, None, None, fast_retry()).pull_all()
    assert office.action(action_id)["we_did"] == "mine, not yet sent"
    assert sync(office).conflicts == 1   # and the push then shows the conflict
    assert office.action_conflicts()[0]["mine"]["we_did"] == "mine, not yet sent"


def test_champions_list_counts_this_months_records(champion, office, server):
    damp_with_complaint(champion)
    sync(champion)
    sync(office)
    me = champion.get_state("user_id")
    rows = {c["id"]: c for c in office.champion_rows(datetime.now(UTC))}
    assert rows[me]["records_this_month"] == 1
    assert rows[me]["estate_ids"] == ["E1"]
    assert all(c["role"] == "champion" for c in rows.values())

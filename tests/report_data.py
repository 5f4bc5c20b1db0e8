"""A small, fixed coordinator's database for the report and export tests (core, ui, server),
every figure countable by hand.

Records arrive as a coordinator's pull brings them (so their visit times are fixed), and one
through the laptop's own save and submit, so both ways of filling the report tables are used.
"""

from __future__ import annotations

import uuid

from champion_app.entities import parse_change
from champion_app.protocol import Change
from champion_app.records import Draft
from champion_app.store import Store

ESTATES = [{"id": "E1", "name": "Oak Park"}, {"id": "E2", "name": "Elm Fields"}]
CONTRACTORS = [{"id": "C1", "name": "Millbrook repairs team", "in_house": True},
               {"id": "C2", "name": "Keystone Electrical"}]
OPERATIVES = [{"id": "OP1", "display_name": "Dan Mitchell", "contractor_id": "C1"},
              {"id": "OP2", "display_name": "Aisha Rahman", "contractor_id": "C2"}]
JOBS = [
    # Routine, across the month boundary: reported Friday 30 January, dispatched Monday
    # 2 February, completed Wednesday 4 February. Working days: part 1 = 1, part 2 = 2,
    # whole = 3 (within a 3-day target); calendar days: 3, 2 and 5 (not within it).
    {"ref": "WO-1", "estate_id": "E1", "priority": "routine", "contractor_id": "C1",
     "delivered_by": "Millbrook repairs team", "reported_at": "2026-01-30T09:00:00Z",
     "dispatched_at": "2026-02-02T10:00:00Z", "completed_at": "2026-02-04T16:00:00Z",
     "operative_ids": ["OP1", "OP2"]},
    # Urgent: Monday 2 March -> Tuesday 3 March -> Thursday 12 March: 1 + 7 = 8 working
    # days, past a 5-day target.
    {"ref": "WO-2", "estate_id": "E2", "priority": "urgent", "contractor_id": "C2",
     "delivered_by": "Keystone Electrical", "reported_at": "2026-03-02T08:00:00Z",
     "dispatched_at": "2026-03-03T08:00:00Z", "completed_at": "2026-03-12T12:00:00Z",
     "operative_ids": ["OP1"]},
]
SETTINGS = [{"key": "landlord_name", "value": "Millbrook Homes"},
            {"key": "target_routine_days", "value": "3"},
            {"key": "target_urgent_days", "value": "5"},
            {"key": "dispatch_target_urgent_hours", "value": "12"}]


OFFERED = {"offered": True}  # a dissatisfied resident must be offered the choice to complain


def _ids(n: int) -> tuple[str, str]:
    return (str(uuid.UUID(int=2 * n + 1)), str(uuid.UUID(int=2 * n + 2)))


def doorstep(n: int, estate: str, day: str, ratings: dict, **payload) -> dict:
    return version(n, "doorstep", estate, day, {"topics": ["repairs"], "ratings": ratings,
                                                 **payload})


def post_works(n: int, estate: str, day: str, job_ref: str | None, part1: str, part2: str,
               operatives: list[dict], **payload) -> dict:
    return version(n, "post_works", estate, day, {
        "part1_rating": part1, "part2_rating": part2, "operatives": operatives,
        "complaint": OFFERED, **payload}, job_ref=job_ref)


def version(n: int, kind: str, estate: str, day: str, payload: dict, **place) -> dict:
    record_id, version_id = _ids(n)
    return {"record_id": record_id, "version_id": version_id, "kind": kind,
            "created_at": f"{day}T10:00:00Z", "submitted_at": f"{day}T10:30:00Z",
            "author_id": "u-ann", "device_id": "d1", "estate_id": estate,
            "payload": payload, **place}


# D1-D5 doorstep, P1-P3 post-works (record number n -> record id _ids(n)[0]).
VERSIONS = [
    doorstep(1, "E1", "2026-01-10", {"TP01": "very_satisfied", "TP08": "agree"}),
    doorstep(2, "E1", "2026-01-20", {"TP01": "fairly_dissatisfied"}, complaint=OFFERED),
    doorstep(3, "E2", "2026-02-05", {"TP01": "no_answer"}, hazard="damp_mould",
             hazard_details="Black mould on the bedroom wall."),
    doorstep(4, "E2", "2026-02-15", {"TP01": "fairly_satisfied", "TP08": "disagree"},
             complaint={"offered": True, "wants_to_complain": True}),
    doorstep(5, "E2", "2026-03-01", {"TP05": "neither"}, hazard="emergency",
             hazard_details="Exposed wires by the front door."),
    post_works(6, "E1", "2026-02-06", "WO-1", "fairly_satisfied", "very_dissatisfied", [
        {"operative_id": "OP1", "showed_id": "yes", "on_time": "no",
         "overall": "very_satisfied"},
        {"operative_id": "OP2", "showed_id": "not_sure", "overall": "no_answer"}],
        ease_of_reporting="very_satisfied"),
    post_works(7, "E2", "2026-03-13", "WO-2", "neither", "fairly_satisfied", [
        {"operative_id": "OP1", "showed_id": "yes", "overall": "fairly_dissatisfied"}]),
    post_works(8, "E1", "2026-03-20", None, "very_satisfied", "fairly_dissatisfied", [
        {"name_as_given": "Bob"}], delivered_by="Apex Roofing"),
]


def record(n: int) -> str:
    return _ids(n)[0]


def build(store: Store) -> Store:
    for table, rows in (("estates", ESTATES), ("contractors", CONTRACTORS),
                        ("operatives", OPERATIVES), ("jobs", JOBS), ("settings", SETTINGS)):
        store.put_reference(table, rows)
    changes = [parse_change(Change(seq=seq, entity="record_version", id=v["version_id"],
                                   op="put", data={**v, "received_at": v["submitted_at"],
                                                   "seq": seq}))
               for seq, v in enumerate(VERSIONS, 1)]
    store.apply_pull_page(changes, cursor=len(changes), server_epoch="e1")
    return store


def submit_own(store: Store, estate: str = "E1", ratings: dict | None = None) -> str:
    """One record through the laptop's own save and submit (its visit time is now)."""
    saved = store.save_draft(Draft(kind="doorstep", estate_id=estate, payload={
        "topics": ["repairs"], "ratings": ratings or {"TP01": "very_satisfied"},
        "complaint": {"offered": True}}))
    store.submit(saved.record_id)
    return saved.record_id

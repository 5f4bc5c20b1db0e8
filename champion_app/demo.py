"""Demo mode's sample patch: reference data from resources/demo/*.csv plus sample records.

Qt-free, so the CLI, tests and the screenshot script can all use it. The CSV columns are the
ones the server's importer reads (docs/import.md). Job dates in the files are real ISO
times; `load_patch` shifts them all by whole days so the newest completion is always
yesterday, which keeps the worklist "recent" whenever the demo is started.
"""

from __future__ import annotations

import csv
import io
import logging
from datetime import UTC, date, datetime, timedelta

import resources
from champion_app.entities import REFERENCE, PulledChange, csv_values
from champion_app.protocol import ACTION, JOB, PUT, ServerAction
from champion_app.records import Draft
from champion_app.store import Changes, Store

log = logging.getLogger(__name__)

SEEDED_KEY = "demo_seeded_at"
_DATE_COLUMNS = ("reported_at", "dispatched_at", "completed_at")


def read_csv(entity: str) -> list[dict]:
    """The rows of resources/demo/<entity>.csv, with empty cells as None."""
    text = resources.path(f"demo/{entity}.csv").read_text(encoding="utf-8")
    return [{k: (v if v != "" else None) for k, v in row.items()}
            for row in csv.DictReader(io.StringIO(text))]


def _parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def shift_jobs(jobs: list[dict], today: date) -> list[dict]:
    """Jobs with every date moved by the same number of days: newest completion = yesterday."""
    newest = max(_parse(j["completed_at"]) for j in jobs if j.get("completed_at"))
    delta = timedelta(days=(today - timedelta(days=1) - newest.date()).days)
    shifted = []
    for job in jobs:
        job = dict(job)
        for col in _DATE_COLUMNS:
            if job.get(col):
                job[col] = (_parse(job[col]) + delta).strftime("%Y-%m-%dT%H:%M:%SZ")
        shifted.append(job)
    return shifted


def csv_text(entity: str, today: date | None = None) -> str:
    """resources/demo/<entity>.csv as text, job dates shifted like `load_patch` shifts them.

    For the demo server's importer: importing the raw file would give the server (and, after
    a pull, the laptop) job dates that are no longer recent, emptying the worklist.
    """
    raw = resources.path(f"demo/{entity}.csv").read_text(encoding="utf-8")
    if entity != "jobs":
        return raw
    rows = shift_jobs(read_csv("jobs"), today or datetime.now(UTC).date())
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def load_patch(store: Store, today: date | None = None) -> Changes:
    """Write the demo patch's reference data (every start: it refreshes the job dates).

    Read as the server's importer reads the same files (`champion_app.entities`).
    """
    today = today or datetime.now(UTC).date()
    changes = Changes()
    for ref in REFERENCE.values():
        if ref.csv is None:
            continue
        rows = read_csv(ref.table)
        if ref.name == JOB:
            rows = shift_jobs(rows, today)
        changes = changes | store.put_reference(
            ref.table, [ref.model.model_validate(csv_values(ref, row)) for row in rows])
        log.debug("Demo: loaded %d %s", len(rows), ref.table)
    return changes


def seed_records(store: Store, today: date | None = None) -> Changes:
    """Sample drafts and submitted records, written once per demo data folder."""
    if store.get_state(SEEDED_KEY):
        return Changes()
    today = today or datetime.now(UTC).date()
    changes = Changes()
    jobs = {j["ref"]: j for j in store.worklist(days=60)}
    for draft, submit in sample_records(today, jobs):
        c = store.save_draft(draft)
        changes = changes | c
        if submit and c.record_id:
            changes = changes | store.submit(c.record_id, author_id="demo-champion",
                                             device_id="demo-laptop")
    changes = changes | _seed_actions(store, today)
    store.set_state(SEEDED_KEY, datetime.now(UTC).isoformat(timespec="seconds"))
    log.info("Demo: seeded %d sample records", len(changes.record_ids))
    return changes


def prepare_demo(store: Store, today: date | None = None) -> Changes:
    """Everything demo mode needs in the local store: the patch, then (first time) records."""
    return load_patch(store, today) | seed_records(store, today)


# -- sample records ---------------------------------------------------------------------------
# What residents said, as a champion would write it down (no names, no health details).
_DOORSTEP = [
    ("est-alder", "blk-rowan", ["communal_areas", "cleaning"], {"TP10": "fairly_dissatisfied"},
     "Stairwell on floors 2 to 4 not mopped for three weeks; bin smell near the lift."),
    ("est-alder", "blk-hazel", ["repairs"], {"TP02": "fairly_satisfied", "TP03": "neither"},
     "Happy the boiler was fixed, but waited nine days for the first visit."),
    ("est-brook", "blk-kingfisher", ["lifts", "safety"], {"TP05": "very_dissatisfied"},
     "Lift broke down twice this month; older neighbours on floor 9 stuck indoors."),
    ("est-brook", None, ["parking", "asb"], {"TP12": "fairly_dissatisfied"},
     "Cars parked across the dropped kerb every evening; bins can't be collected."),
    ("est-castle", "blk-tudor", ["lighting"], {"TP04": "fairly_satisfied"},
     "New LED lights in the car park are much better, feels safer walking home."),
    ("est-castle", None, ["grounds"], {"TP11": "very_satisfied"},
     "Community garden on Bishops Walk looks lovely since the planting day."),
    ("est-alder", "blk-linden", ["communication", "listening"], {"TP06": "neither",
     "TP07": "fairly_dissatisfied"}, "Nobody told residents the scaffolding would stay up "
     "for two months."),
    ("est-brook", "blk-heron", ["pests"], {},
     "Mice seen in the bin store again; pest control came in January."),
    ("est-alder", "blk-rowan", ["door_entry"], {"TP08": "agree"},
     "Door entry fob reader fixed quickly, staff were polite."),
]
_CONDITIONS = [
    {"floors_stairs": "C", "lighting": "B", "bin_areas": "D", "internal_litter": "C"},
    {"paths": "B", "grounds": "A", "external_litter": "B", "noticeboards": "C"},
    {"lifts": "D", "fire_doors_signage": "B", "handrails": "B", "walls_ceilings": "C"},
]


def _visit(today: date, days_ago: int, hour: int = 11) -> str:
    """A visit time in the past (UTC), so the sample records carry one as new records do."""
    moment = datetime.combine(today - timedelta(days=days_ago), datetime.min.time(), UTC)
    return (moment + timedelta(hours=hour)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _post_works(job: dict, good: bool, visited_at: str) -> Draft:
    rating = "very_satisfied" if good else "fairly_dissatisfied"
    ops = [{"operative_id": op, "showed_id": "yes", "on_time": "yes" if good else "no",
            "explained_work": "yes", "respectful": "yes", "protected_home": "yes",
            "left_clean_tidy": "yes" if good else "not_sure",
            "overall": "very_satisfied" if good else "neither",
            "compliment": "Friendly and tidy." if good else ""}
           for op in job.get("operative_ids") or []]
    said = ("Really pleased, sorted first time and cleaned up after." if good else
            "Had to take two days off work; first appointment was missed without a call.")
    return Draft(
        kind="post_works", estate_id=job["estate_id"],
        block_id=job.get("block_id"), home_id=job.get("home_id"), job_ref=job["ref"],
        payload={
            "visited_at": visited_at, "reported_at": job.get("reported_at"),
            "dispatched_at": job.get("dispatched_at"), "completed_at": job.get("completed_at"),
            "respondent": "tenant", "what_was_said": f"{job['description']}: {said}",
            "work_kind": "planned" if job.get("priority") == "planned" else "responsive",
            "priority": job.get("priority"), "delivered_by": job.get("delivered_by") or "",
            "how_reported": "phone", "ease_of_reporting": "fairly_satisfied",
            "priority_explained": "yes", "appointment_choice": "yes" if good else "no",
            "part1_rating": "fairly_satisfied",
            "appointment_kept": "yes" if good else "missed", "visits_needed": 1 if good else 2,
            "fixed_first_time": "yes" if good else "no", "completed": "yes",
            "follow_on_needed": "no", "part2_rating": rating, "repair_rating": rating,
            "time_taken_rating": "fairly_satisfied" if good else "very_dissatisfied",
            "operatives": ops, "complaint": {"offered": not good, "wants_to_complain": False},
        },
    )


def sample_records(today: date, jobs: dict[str, dict]) -> list[tuple[Draft, bool]]:
    """About 25 realistic records, each with whether to submit it: mostly submitted, some
    drafts, one hazard."""
    out: list[tuple[Draft, bool]] = []
    for i, (estate, block, topics, ratings, said) in enumerate(_DOORSTEP):
        unhappy = any("dissatisfied" in r for r in ratings.values())
        out.append((Draft(kind="doorstep", estate_id=estate, block_id=block, payload={
            "visited_at": _visit(today, 20 - 2 * i, 10 + i % 6),
            "topics": topics, "ratings": ratings, "what_was_said": said,
            "complaint": {"offered": unhappy, "wants_to_complain": False}}), i % 4 != 3))
    for i, job in enumerate(list(jobs.values())[:10]):
        out.append((_post_works(job, good=i % 3 != 1, visited_at=_visit(today, 0, 9 + i % 8)
                                if i in (2, 7) else _visit(today, 1 + i % 3, 10 + i % 6)),
                    i not in (2, 7)))
    out.append((Draft(kind="doorstep", estate_id="est-alder",
                      block_id="blk-rowan", home_id="home-rowan-11", payload={
                    "visited_at": _visit(today, 1, 15),
                    "topics": ["damp_mould", "home_condition"], "hazard": "damp_mould",
                    "hazard_details": "Black mould spreading across the child's bedroom "
                                      "ceiling again, two weeks after treatment.",
                    "what_was_said": "Mould is back in the bedroom and the window drips "
                                     "every morning.",
                    "ratings": {"TP05": "very_dissatisfied"},
                    "complaint": {"offered": True, "wants_to_complain": True},
                    "consent": {"contact": {"given": True, "at": _at(today)}},
                    "contact": {"name": "Resident at flat 11", "phone": "07700 900123",
                                "wants_callback": True}}), True))
    for i, (estate, block) in enumerate([("est-alder", "blk-rowan"),
                                         ("est-brook", "blk-kingfisher"),
                                         ("est-castle", "blk-tudor")]):
        out.append((Draft(kind="block", estate_id=estate, block_id=block,
                          payload={"visited_at": _visit(today, 3 + 4 * i, 14),
                                   "trigger": "cleaning_check", "conditions": _CONDITIONS[i],
                                   "households_spoken_to": 3, "responses": [
                                       {"flat": "4", "rating": "fairly_satisfied"},
                                       {"flat": "9", "rating": "neither",
                                        "comment": "Bins overflow at weekends."}],
                                   "what_was_said": "Cleaning check with three households."}),
                    i != 2))
    out.append((Draft(kind="welcome", estate_id="est-castle",
                      home_id="home-bishops-7", payload={
                    "visited_at": _visit(today, 5, 11),
                    "tenancy_start": (today - timedelta(days=12)).isoformat(),
                    "visit_date": (today - timedelta(days=5)).isoformat(),
                    "welcome_pack_format": "large_print", "preferred_contact": "phone",
                    "explained_how_to_report": "yes", "explained_priorities_targets": "yes",
                    "explained_responsibilities": "yes", "home_condition_ok": "yes",
                    "questions_raised": "Asked when the garden fence will be repaired.",
                    "what_was_said": "Settling in well; pleased with the new kitchen."}), True))
    out.append((Draft(kind="walkabout", estate_id="est-brook", payload={
        "visited_at": _visit(today, 0, 9),
        "conditions": {"paths": "C", "grounds": "B", "external_litter": "D", "lighting": "B"},
        "what_was_said": "Fly-tipping behind Otter House; two street lights out on Mill "
                         "Street."}), False))
    return out


def _at(today: date) -> str:
    return datetime.combine(today, datetime.min.time(), UTC).isoformat()


_ACTIONS = [
    ("est-alder", "done", "Stairwells in Rowan House were not being mopped.",
     "We changed the cleaning rota: stairwells are now mopped every Tuesday and Friday."),
    ("est-brook", "in_progress", "The lift in Kingfisher Tower keeps breaking down.",
     "A lift engineer is replacing the door motor; new parts are due this month."),
    ("est-castle", "done", "The car park on Castle Road felt unsafe after dark.",
     "We fitted 12 new LED lights and cut back the hedges."),
    ("est-alder", "acknowledged", "Residents were not told how long scaffolding would stay.",
     "Every planned job now comes with a letter giving start and finish dates."),
]


def _seed_actions(store: Store, today: date) -> Changes:
    """Published "You said, we did" outcomes, as a pull from the server would write them.

    Stopgap until demo mode's local server publishes its own: it goes through the store's
    pull handler, so the rows are exactly what a sync would have stored.
    """
    changes = Changes()
    with store.write():
        for i, (estate, status, said, did) in enumerate(_ACTIONS, start=1):
            action = ServerAction(
                action_id=f"demo-action-{i}", version=1, estate_id=estate, status=status,
                you_said=said, we_did=did, published=True,
                due_date=today + timedelta(days=14 * i))
            change = PulledChange(0, ACTION, action.action_id, PUT, action)
            changes = changes | store._pull_action(change)
    return changes

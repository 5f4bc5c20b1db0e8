"""The demo's other champions and what they logged, on the demo server, for the coordinator demo.

Seeded once, when the demo server's database is new: three more champions (one per demo
estate), their records (an emergency hazard, two damp-and-mould ones, complaint requests,
happy and unhappy visits, a record changed after "has issues"), and the coordinator's reviews
and comments with the champions' replies. Everything goes through the same code a push runs
(`server.push.apply_mutation`), so the rows, seqs and change log are what real laptops would
have made. Times are relative to the day of seeding, so the queue shows realistic ages, and
grow older with the demo, as real records do. The app's own demo champion (``demo-champion``)
adds its sample records by syncing, like any laptop.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection

from champion_app.protocol import COMMENT, RECORD_VERSION, REVIEW, Mutation

from . import accounts
from .accounts import Caller
from .blobs import BlobStore, record_upload
from .push import apply_mutation

log = logging.getLogger(__name__)

# (username, display name, the estate of their patch)
CHAMPIONS = (("demo-jade", "Jade Thompson", "est-alder"),
             ("demo-marcus", "Marcus Bell", "est-brook"),
             ("demo-nasreen", "Nasreen Akhtar", "est-castle"))
MARKER = CHAMPIONS[0][0]  # present once seeded
_NS = uuid.UUID("6f1de8a4-0a43-4c1f-9a55-3c2a8d1f0e10")
PHOTO = "demo/photos/mould.jpg"


def _id(*parts: str) -> str:
    """Stable ids: seeding twice can never store anything twice."""
    return str(uuid.uuid5(_NS, "/".join(parts)))


def _doorstep(said: str, topics: list[str], ratings: dict | None = None, **extra) -> dict:
    unhappy = any("dissatisfied" in answer for answer in (ratings or {}).values())
    extra.setdefault("complaint", {"offered": unhappy, "wants_to_complain": False})
    return {"topics": topics, "ratings": ratings or {}, "what_was_said": said, **extra}


def _post_works(said: str, rating: str, *, kept="yes", first_time="yes", **extra) -> dict:
    return {"what_was_said": said, "respondent": "tenant", "work_kind": "responsive",
            "how_reported": "phone", "ease_of_reporting": "fairly_satisfied",
            "part1_rating": "fairly_satisfied", "appointment_kept": kept,
            "fixed_first_time": first_time, "completed": "yes", "part2_rating": rating,
            "repair_rating": rating, **extra}


def _contact(name: str, phone: str, at: str) -> dict:
    return {"consent": {"contact": {"given": True, "at": at}},
            "contact": {"name": name, "phone": phone, "wants_callback": True}}


# key, champion, days ago, kind, estate, block, home, job, payload (built with the visit time)
_RECORDS = (
    ("lift", "demo-marcus", 1, "doorstep", "est-brook", "blk-kingfisher", None, None,
     lambda at: _doorstep(
         "Lift stuck between floors 6 and 7 with a resident inside for 40 minutes; the alarm "
         "line rang out. Wires hanging from the lift panel on the ground floor.",
         ["lifts", "safety"], {"TP05": "very_dissatisfied"}, hazard="emergency",
         hazard_details="Exposed live wiring at the lift call panel, ground floor lobby.",
         complaint={"offered": True, "wants_to_complain": True},
         **_contact("Resident, flat 42", "07700 900461", at))),
    ("mould", "demo-jade", 2, "doorstep", "est-alder", "blk-rowan", "home-rowan-05", None,
     lambda at: _doorstep(
         "Black mould on the bedroom ceiling and round the window; the children sleep in "
         "that room. Reported it twice since January.", ["damp_mould", "home_condition"],
         {"TP01": "very_dissatisfied", "TP05": "very_dissatisfied"}, hazard="damp_mould",
         hazard_details="Mould across about a square metre of ceiling, window frame wet.",
         respondent="tenant", complaint={"offered": True, "wants_to_complain": True},
         consent={"contact": {"given": True, "at": at}, "photo": {"given": True, "at": at}},
         contact={"name": "Ms Begum", "phone": "07700 900118", "wants_callback": True})),
    ("kitchen-mould", "demo-nasreen", 4, "doorstep", "est-castle", "blk-tudor",
     "home-tudor-05", None,
     lambda at: _doorstep(
         "Mould coming back in the kitchen corner behind the fridge after it was painted.",
         ["damp_mould"], {"TP04": "fairly_dissatisfied"}, hazard="damp_mould",
         hazard_details="Patch of mould about the size of a dinner plate, recurring.")),
    ("boiler", "demo-marcus", 3, "post_works", "est-brook", "blk-otter", "home-otter-01",
     "WO-48217",
     lambda at: _post_works(
         "Three days without heating; the first engineer had no parts and nobody rang to "
         "say the second visit was moved.", "very_dissatisfied", kept="missed",
         first_time="no", priority="emergency", time_taken_rating="very_dissatisfied",
         complaint={"offered": True, "wants_to_complain": True})),
    ("sink", "demo-nasreen", 5, "post_works", "est-castle", "blk-tudor", "home-tudor-03",
     "WO-48210",
     lambda at: _post_works("Dan was quick and tidy, explained what he had replaced.",
                            "very_satisfied", priority="urgent")),
    ("stair-lights", "demo-jade", 6, "doorstep", "est-alder", "blk-linden", None, None,
     lambda at: _doorstep("Stair lights on the second floor are out again, it's pitch "
                          "black after 5pm.", ["lighting", "safety"],
                          {"TP10": "fairly_dissatisfied"})),
    ("garden", "demo-nasreen", 8, "doorstep", "est-castle", None, None, None,
     lambda at: _doorstep("Love the new planters by Bishops Walk; kids helped water them.",
                          ["grounds"], {"TP11": "very_satisfied"})),
    ("bins", "demo-marcus", 9, "block", "est-brook", "blk-heron", None, None,
     lambda at: {"trigger": "cleaning_check", "households_spoken_to": 3,
                 "conditions": {"bin_areas": "D", "floors_stairs": "C", "lighting": "B"},
                 "responses": [{"flat": "2", "rating": "fairly_dissatisfied",
                                "comment": "Bins overflow every weekend."},
                               {"flat": "5", "rating": "neither"}],
                 "complaint": {"offered": True, "wants_to_complain": False},
                 "what_was_said": "Bin store overflowing; cleaners not coming on Fridays."}),
    ("welcome", "demo-jade", 11, "welcome", "est-alder", "blk-hazel", "home-hazel-04", None,
     lambda at: {"tenancy_start": (datetime.fromisoformat(at) - timedelta(days=20)).date()
                 .isoformat(), "visit_date": at[:10], "welcome_pack_format": "translated",
                 "pack_language": "Polish", "preferred_language": "Polish",
                 "interpreter_needed": True, "explained_how_to_report": "yes",
                 "home_condition_ok": "yes",
                 "what_was_said": "Settling in; asked for the pack in Polish."}),
    ("walkabout", "demo-marcus", 13, "walkabout", "est-brook", None, None, None,
     lambda at: {"conditions": {"paths": "C", "external_litter": "D", "grounds": "B"},
                 "what_was_said": "Fly-tipped mattress behind Otter House for a week."}),
    ("noise", "demo-jade", 15, "doorstep", "est-alder", "blk-hazel", None, None,
     lambda at: _doorstep("Music until 2am most weekends from a flat upstairs.",
                          ["asb"], {"TP12": "fairly_dissatisfied"})),
)
# key: (coordinator's review on the first version, its note)
_REVIEWS = {"garden": ("approved", ""), "sink": ("approved", ""), "welcome": ("approved", ""),
            "noise": ("rejected", "This is a neighbour dispute for the ASB team: please pass "
                                  "it to them rather than logging it here."),
            "stair-lights": ("has_issues", "Which block and floor exactly?"),
            "bins": ("has_issues", "Could you add who you spoke to at flat 5?")}
# key: the conversation after the review, (who, text) in order
_THREADS = {"stair-lights": (("coordinator", "Which block and floor exactly, please?"),
                             ("champion", "Linden House, second floor landing.")),
            "bins": (("coordinator", "Could you add who you spoke to at flat 5?"),),
            "mould": (("coordinator", "Thank you. Did she say whether anyone has been "
                                      "unwell from it?"),
                      ("champion", "Her youngest has a cough that won't go; she wants a "
                                   "call back."))}
# The champion answered "has issues" with a new version: back in the queue as changed.
_CHANGED = {"stair-lights": "Stair lights out on the second-floor landing of Linden House "
                            "again; pitch black after 5pm."}


def seed_records(conn: Connection, blobs: BlobStore, coordinator_id: str,
                 now: datetime | None = None) -> int:
    """Champions, records, reviews and comments, once per database; how many records."""
    if accounts.find_user(conn, MARKER) is not None:
        return 0
    from resources import path as resource

    now = now or datetime.now(UTC).replace(microsecond=0)
    callers = {}
    for username, name, estate in CHAMPIONS:
        user = accounts.add_user(conn, role="champion", username=username, user_id=username,
                                 display_name=name, estate_ids=[estate])
        callers[username] = Caller(user["id"], username, "champion", f"{username}-laptop",
                                   {estate})
    coordinator = Caller(coordinator_id, "demo-coordinator", "coordinator", "demo-office")
    photo = resource(PHOTO).read_bytes()
    sha = hashlib.sha256(photo).hexdigest()
    blobs.put(sha, photo)
    for key, who, *_rest in _RECORDS:  # as if the champion's laptop had sent it
        if key == "mould":
            record_upload(conn, who, sha, len(photo))
    versions: dict[str, tuple[str, str, str]] = {}  # key -> record, version, champion
    for key, who, days, kind, estate, block, home, job, build in _RECORDS:
        at = (now - timedelta(days=days, hours=3)).isoformat().replace("+00:00", "Z")
        record_id, version_id = _id(key, "record"), _id(key, "v1")
        body = {"record_id": record_id, "version_id": version_id, "kind": kind,
                "created_at": at, "submitted_at": at, "author_id": who,
                "estate_id": estate, "block_id": block, "home_id": home, "job_ref": job,
                "payload": build(at), "attachments": [
                    {"sha256": sha, "bytes": len(photo), "mime": "image/jpeg",
                     "caption": "Bedroom ceiling by the window",
                     "shows_person_or_interior": True}] if key == "mould" else []}
        _apply(conn, callers[who], RECORD_VERSION, _id(key, "m1"), body, blobs)
        versions[key] = (record_id, version_id, who)
    for key, (state, note) in _REVIEWS.items():
        record_id, version_id, _who = versions[key]
        at = (now - timedelta(hours=30)).isoformat().replace("+00:00", "Z")
        _apply(conn, coordinator, REVIEW, _id(key, "review"), {
            "review_id": _id(key, "review"), "version_id": version_id, "state": state,
            "note": note, "at": at}, blobs)
    for key, thread in _THREADS.items():
        record_id, _version, who = versions[key]
        for n, (author, text) in enumerate(thread):
            caller = coordinator if author == "coordinator" else callers[who]
            at = (now - timedelta(hours=24 - n)).isoformat().replace("+00:00", "Z")
            _apply(conn, caller, COMMENT, _id(key, "comment", str(n)), {
                "comment_id": _id(key, "comment", str(n)), "record_id": record_id,
                "body": text, "at": at}, blobs)
    for key, said in _CHANGED.items():
        record_id, version_id, who = versions[key]
        entry = next(r for r in _RECORDS if r[0] == key)
        at = (now - timedelta(hours=20)).isoformat().replace("+00:00", "Z")
        payload = {**entry[8](at), "what_was_said": said}
        _apply(conn, callers[who], RECORD_VERSION, _id(key, "m2"), {
            "record_id": record_id, "version_id": _id(key, "v2"), "base_version_id": version_id,
            "kind": entry[3], "created_at": at, "submitted_at": at, "author_id": who,
            "estate_id": entry[4], "block_id": "blk-linden", "payload": payload}, blobs)
    log.info("demo: seeded %d records of %d champions", len(versions), len(CHAMPIONS))
    return len(versions)


def _apply(conn: Connection, caller: Caller, kind: str, mutation_id: str, data: dict,
           blobs: BlobStore) -> None:
    result = apply_mutation(conn, caller, Mutation(mutation_id=mutation_id, type=kind,
                                                   data=data), blobs)
    if result["status"] not in ("applied", "duplicate"):
        raise RuntimeError(f"demo {kind} {mutation_id} not stored: {result}")

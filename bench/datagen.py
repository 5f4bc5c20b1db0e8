"""Seeded synthetic data: a landlord's patch of 40 estates and valid records of every kind.

Everything comes from one ``random.Random(seed)``, so the same seed and size give the same
bytes, and a database built once is cached under bench/results/cache/ (see bench/loader.py).

Field lengths follow what champions actually type (the demo patch and the pilot's paper
forms): a doorstep note is a few sentences (median ~250 characters, a long tail to ~2,000),
a post-works visit note is shorter, compliments a line. Free text is stitched from housing
phrases so FTS5 sees a realistic vocabulary (a few thousand distinct words, heavy repeats)
rather than random letters, which would make every search artificially selective.
"""

from __future__ import annotations

import functools
import math
import random
import uuid
from datetime import UTC, datetime, timedelta

from champion_app.records import TSM_CODES, Draft
from champion_app.records.scales import (
    CONDITION_ITEMS,
    DISSATISFIED,
    AccessNeed,
    AppointmentKept,
    BlockTrigger,
    Check,
    Completed,
    Condition,
    HowReported,
    PackFormat,
    PreferredContact,
    Priority,
    Respondent,
    Satisfaction,
    Topic,
    WorkKind,
)

# Bump when the shape of generated data changes: it is part of the cache key.
GENERATOR_VERSION = 4
DEFAULT_SEED = 20261125
ESTATES = 40
# Fixed, so a cached database never depends on the day it was built.
ANCHOR = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
SPAN_DAYS = 3 * 365
AUTHOR_ID = "u-bench-champion"
DEVICE_ID = "d-bench-laptop"

_NAMES = ["Alder", "Ash", "Beech", "Birch", "Cedar", "Elm", "Hazel", "Holly", "Juniper", "Larch", "Linden", "Maple", "Oak", "Pine", "Rowan", "Willow", "Yew", "Hawthorn", "Chestnut", "Poplar", "Brook", "Kingfisher", "Heron", "Otter", "Castle", "Tudor", "Bishops", "Meadow", "Orchard", "Millbrook", "Riverside", "Foxglove", "Bramble", "Thistle", "Clover", "Heather", "Fern", "Ivy", "Laurel", "Magnolia"]
_ROADS = ("Way", "Road", "Close", "Walk", "Court", "Lane", "Gardens", "Rise")
_TRADES = ("Plumbing", "Electrical", "Carpentry", "Gas and heating", "Roofing", "Glazing",
           "Plastering", "Damp and mould", "Lifts", "Door entry", "Drainage", "Decorating")
_FIRST = ["Dan", "Priya", "Sam", "Aisha", "Tom", "Grace", "Kofi", "Ewa", "Liam", "Fatima", "Joe", "Mei", "Ravi", "Chloe", "Omar", "Nina", "Pete", "Zara", "Ben", "Lucy"]
_LAST = ["Mitchell", "Shah", "Okafor", "Nowak", "Evans", "Khan", "Byrne", "Patel", "Hughes", "Ali", "Murphy", "Chen", "Walsh", "Davies", "Ahmed"]
_CONTRACTORS = ("Millbrook Homes repairs team", "Apex Building Services", "Northgate Heating",
                "Clearview Glazing", "Liftcare UK")

# What residents say, as a champion writes it down: no names, no health details.
_PHRASES = (
    "Stairwell on floors two to four not mopped for three weeks",
    "bin smell near the lift is worse at weekends",
    "happy the boiler was fixed but waited nine days for the first visit",
    "lift broke down twice this month and older neighbours were stuck indoors",
    "cars parked across the dropped kerb every evening so bins cannot be collected",
    "new LED lights in the car park are much better and it feels safer walking home",
    "community garden looks lovely since the planting day",
    "nobody told residents the scaffolding would stay up for two months",
    "mice seen in the bin store again although pest control came in January",
    "door entry fob reader fixed quickly and staff were polite",
    "black mould back in the bathroom ceiling a fortnight after the treatment",
    "window in the back bedroom drips with condensation every morning",
    "operative explained the work clearly and cleaned up after himself",
    "appointment was missed without a phone call and had to take another day off work",
    "contractor left dust sheets and offcuts in the communal hallway",
    "fly tipping behind the garages has been there since the bank holiday",
    "grass on the green was cut but clippings left on the paths",
    "would like more notice before planned works start",
    "happy with the new kitchen but the extractor fan is very loud",
    "repairs line kept them on hold for forty minutes",
    "online form would not accept a photo of the leak",
    "fire door on the third floor landing does not close on its own",
    "handrail on the ramp is loose and residents with buggies use it",
    "noticeboard still shows the summer fun day poster",
    "young people gathering in the bin store late at night",
    "neighbour noise reported twice with no reply from the housing officer",
    "rent statement was clear and the new payment dates are better",
    "heating on the estate district system was off for three days in the cold snap",
    "roof leak above the top floor flat after the storm",
    "pleased the caretaker now visits twice a week",
    "asked for a large print copy of the newsletter",
    "communal windows have not been cleaned this year",
    "pothole at the estate entrance is getting bigger",
    "thanked the team for fixing the lift so quickly this time",
    "wants to know when the damp survey results will be shared",
    "did not know how to report a repair out of hours",
    "the operative wore overshoes and protected the carpet",
    "second visit needed because the part was not on the van",
    "security light by the entrance stays on all day",
    "bike store lock is broken so residents keep bikes on balconies",
)
_ENDINGS = (".", ".", ".", "!", " – please follow up.", ", said it has happened before.")


def rng_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


new_mutation_id = rng_id


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def text(rng: random.Random, median: int, cap: int) -> str:
    """Sentences up to a log-normal length around ``median`` characters, never over ``cap``."""
    target = min(cap, max(20, int(rng.lognormvariate(math.log(median), 0.7))))
    out: list[str] = []
    size = 0
    while size < target:
        phrase = rng.choice(_PHRASES)
        sentence = phrase[0].upper() + phrase[1:] + rng.choice(_ENDINGS)
        out.append(sentence)
        size += len(sentence) + 1
    return " ".join(out)[:cap].strip()


@functools.lru_cache(maxsize=4)  # shared, so callers must not change the rows
def patch(seed: int = DEFAULT_SEED) -> dict[str, list[dict]]:
    """Reference data: 40 estates, ~8 blocks each, 12 flats a block, jobs and operatives."""
    rng = random.Random(seed * 7 + 1)
    estates, blocks, homes, jobs = [], [], [], []
    operatives = [{"id": f"op-{i:03d}", "display_name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                   "employer": rng.choice(_CONTRACTORS)} for i in range(80)]
    for e in range(ESTATES):
        name = f"{_NAMES[e % len(_NAMES)]} {('Park', 'Fields', 'Green', 'Estate')[e % 4]}"
        estate_id = f"est-{e:02d}"
        estates.append({"id": estate_id, "name": name, "area": f"Area {e % 6 + 1}"})
        road = f"{_NAMES[(e * 3 + 1) % len(_NAMES)]} {rng.choice(_ROADS)}"
        for b in range(rng.randint(5, 11)):
            block_id = f"blk-{e:02d}-{b:02d}"
            bname = f"{_NAMES[(e + b * 5) % len(_NAMES)]} House"
            blocks.append({"id": block_id, "estate_id": estate_id, "name": bname,
                           "address": f"1-24 {bname}, {road}, Millbrook MB{e % 9 + 1} 2QT",
                           "has_communal_areas": True})
            for f in range(1, 13):
                homes.append({"id": f"home-{e:02d}-{b:02d}-{f:02d}", "block_id": block_id,
                              "estate_id": estate_id, "uprn": str(100051230000 + len(homes)),
                              "address": f"Flat {f}, {bname}, {road}, Millbrook"})
    for j in range(6_000):
        home = rng.choice(homes)
        reported = ANCHOR - timedelta(days=rng.uniform(0, SPAN_DAYS))
        dispatched = reported + timedelta(hours=rng.uniform(1, 200))
        jobs.append({"ref": f"WO-{40000 + j}", "home_id": home["id"], "block_id": home["block_id"],
                     "estate_id": home["estate_id"], "description": text(rng, 40, 120),
                     "trade": rng.choice(_TRADES), "priority": rng.choice(list(Priority)).value,
                     "delivered_by": rng.choice(_CONTRACTORS), "reported_at": iso(reported),
                     "dispatched_at": iso(dispatched),
                     "completed_at": iso(dispatched + timedelta(hours=rng.uniform(1, 300))),
                     "operative_ids": [o["id"] for o in rng.sample(operatives, rng.randint(1, 2))]})
    # Contractors (the first is the landlord's own team), linked from jobs and operatives by
    # name as the importer links them; no draws from rng, so the rest of the data is unchanged.
    contractors = [{"id": f"ctr-{i}", "name": name, "trades": [], "in_house": i == 0}
                   for i, name in enumerate(_CONTRACTORS)]
    by_name = {c["name"]: c["id"] for c in contractors}
    for row in jobs:
        row["contractor_id"] = by_name[row["delivered_by"]]
    for row in operatives:
        row["contractor_id"] = by_name[row["employer"]]
    settings = [{"key": "landlord_name", "value": "Millbrook Homes"},
                {"key": "emergency_repairs_phone", "value": "0808 157 0100"},
                {"key": "target_immediate_hours", "value": "4"},
                {"key": "target_emergency_hours", "value": "24"},
                {"key": "target_urgent_days", "value": "5"},
                {"key": "target_routine_days", "value": "28"},
                {"key": "target_planned_days", "value": "90"},
                {"key": "target_inspection_days", "value": "20"},
                {"key": "dispatch_target_routine_days", "value": "10"}]
    return {"estates": estates, "blocks": blocks, "homes": homes, "contractors": contractors,
            "jobs": jobs, "operatives": operatives, "settings": settings}


class RecordGenerator:
    """Valid record versions (SYNC_PROTOCOL.md "Shapes") from a seed; same seed, same records."""

    KINDS = (("doorstep", 0.45), ("post_works", 0.30), ("block", 0.10), ("welcome", 0.08),
             ("walkabout", 0.07))

    def __init__(self, seed: int = DEFAULT_SEED, reference: dict | None = None):
        self.rng = random.Random(seed)
        self.ref = reference or patch(seed)
        self.homes_by_estate: dict[str, list[dict]] = {}
        for home in self.ref["homes"]:
            self.homes_by_estate.setdefault(home["estate_id"], []).append(home)
        self.jobs = self.ref["jobs"]
        self.kinds = [k for k, _ in self.KINDS]
        self.weights = [w for _, w in self.KINDS]
        self._job_cache: dict[tuple[str, ...], list[dict]] = {}

    def _consent(self, given: bool, at: datetime) -> dict:
        return {"given": given, "at": iso(at) if given else None}

    def _common(self, at: datetime, answers: list[str], median: int, method: str) -> dict:
        rng = self.rng
        contact_ok = rng.random() < 0.25
        hazard = "none"
        if rng.random() < 0.04:
            hazard = rng.choice(("emergency", "damp_mould", "damp_mould", "safeguarding",
                                 "other_safety"))
        unhappy = any(Satisfaction(a) in DISSATISFIED for a in answers)
        wants = unhappy and rng.random() < 0.2
        return {
            "collection_method": method, "respondent": rng.choice(list(Respondent)).value,
            "what_was_said": text(rng, median, 2_000),
            "hazard": hazard,
            "hazard_details": text(rng, 90, 300) if hazard != "none" else "",
            "complaint": {"offered": unhappy or wants, "wants_to_complain": wants},
            "contact": ({"name": f"Resident at flat {rng.randint(1, 24)}",
                         "phone": f"07700 {rng.randint(900000, 900999)}", "email": "",
                         "wants_callback": rng.random() < 0.5}
                        if contact_ok else
                        {"name": "", "phone": "", "email": "", "wants_callback": False}),
            "consent": {"contact": self._consent(contact_ok, at),
                        "photo": self._consent(rng.random() < 0.3, at),
                        "quote_in_you_said_we_did": self._consent(rng.random() < 0.4, at)},
        }

    def _sat(self) -> str:
        # Mostly satisfied, as the pilot's answers were; about one in five dissatisfied.
        return self.rng.choices(
            ("very_satisfied", "fairly_satisfied", "neither", "fairly_dissatisfied",
             "very_dissatisfied", "no_answer"), (30, 30, 12, 12, 10, 6))[0]

    def _maybe(self, values, p: float = 0.85):
        return self.rng.choice(list(values)).value if self.rng.random() < p else None

    def payload(self, kind: str, at: datetime, job: dict | None) -> dict:
        rng = self.rng
        if kind == "doorstep":
            asked = rng.sample(TSM_CODES, rng.randint(0, 5))
            ratings = {c: (rng.choice(("strongly_agree", "agree", "neither", "disagree"))
                           if c == "TP08" else self._sat()) for c in asked}
            answers = [a for c, a in ratings.items() if c != "TP08"]
            return {**self._common(at, answers, 250, "doorstep"), "ratings": ratings,
                    "topics": [t.value for t in rng.sample(list(Topic), rng.randint(1, 4))]}
        if kind == "post_works":
            return self._post_works(at, job)
        if kind in ("block", "walkabout"):
            items = rng.sample(CONDITION_ITEMS, rng.randint(3, len(CONDITION_ITEMS)))
            conditions = {i: rng.choice(list(Condition)).value for i in items}
            if kind == "walkabout":
                return {**self._common(at, [], 200, "walkabout"), "conditions": conditions}
            responses = [{"flat": str(rng.randint(1, 24)), "rating": self._sat(),
                          "comment": text(rng, 70, 400) if rng.random() < 0.6 else ""}
                         for _ in range(rng.randint(0, 6))]
            return {**self._common(at, [r["rating"] for r in responses], 180, "doorstep"),
                    "trigger": rng.choice(list(BlockTrigger)).value, "conditions": conditions,
                    "responses": responses,
                    "households_spoken_to": len(responses) + rng.randint(0, 10)}
        start = at.date() - timedelta(days=rng.randint(0, 60))
        consent = rng.random() < 0.2
        return {**self._common(at, [], 200, "home_visit"),
                "tenancy_start": start.isoformat(), "visit_date": at.date().isoformat(),
                "welcome_pack_format": rng.choice(list(PackFormat)).value,
                "pack_language": rng.choice(("English", "English", "Polski", "Somali")),
                "preferred_language": rng.choice(("English", "English", "Urdu", "Română")),
                "interpreter_needed": rng.random() < 0.1,
                "preferred_contact": self._maybe(PreferredContact),
                "explained_how_to_report": self._maybe(Check),
                "explained_priorities_targets": self._maybe(Check),
                "explained_responsibilities": self._maybe(Check),
                "access_needs_consent": consent,
                "access_needs": ([a.value for a in rng.sample(list(AccessNeed), 1)]
                                 if consent else []),
                "home_condition_ok": self._maybe(Check),
                "outstanding_repairs": text(rng, 80, 500) if rng.random() < 0.5 else "",
                "questions_raised": text(rng, 80, 500) if rng.random() < 0.5 else ""}

    def _post_works(self, at: datetime, job: dict | None) -> dict:
        """A full post-works visit: every part-1, part-2 and operative question answered."""
        rng = self.rng
        ops = [{"operative_id": op, "name_as_given": "", **{
                    c: rng.choice(list(Check)).value for c in (
                        "showed_id", "on_time", "explained_work", "respectful",
                        "protected_home", "left_clean_tidy")},
                "overall": self._sat(), "compliment": text(rng, 60, 300)}
               for op in (job or {}).get("operative_ids", ["op-001"])]
        body = {"work_kind": rng.choice(list(WorkKind)).value,
                "priority": (job or {}).get("priority") or "routine",
                "delivered_by": (job or {}).get("delivered_by") or _CONTRACTORS[0],
                "how_reported": rng.choice(list(HowReported)).value,
                "ease_of_reporting": self._sat(), "priority_explained": rng.choice(list(Check)).value,
                "appointment_choice": rng.choice(list(Check)).value, "part1_rating": self._sat(),
                "appointment_kept": rng.choice(list(AppointmentKept)).value,
                "visits_needed": rng.randint(1, 4), "fixed_first_time": rng.choice(list(Check)).value,
                "completed": rng.choice(list(Completed)).value,
                "follow_on_needed": rng.choice(list(Check)).value, "part2_rating": self._sat(),
                "repair_rating": self._sat(), "time_taken_rating": self._sat(), "operatives": ops}
        answers = [body[k] for k in ("ease_of_reporting", "part1_rating", "part2_rating",
                                     "repair_rating", "time_taken_rating")]
        answers += [o["overall"] for o in ops]
        return {**self._common(at, answers, 200, "home_visit"), **body}

    def place(self, kind: str, estates: list[str] | None = None
              ) -> tuple[dict | None, str, str | None, str | None]:
        """(job, estate_id, block_id, home_id) for a new record of ``kind``, in ``estates``
        when given (a champion's patch)."""
        rng = self.rng
        if kind == "post_works":
            jobs = self.jobs if not estates else self._jobs_in(tuple(estates))
            job = rng.choice(jobs)
            return job, job["estate_id"], job["block_id"], job["home_id"]
        estate = rng.choice(estates) if estates else f"est-{rng.randrange(ESTATES):02d}"
        home = rng.choice(self.homes_by_estate[estate])
        if kind in ("block", "walkabout"):
            return None, estate, home["block_id"] if kind == "block" else None, None
        if kind == "welcome":
            return None, estate, home["block_id"], home["id"]
        return None, estate, home["block_id"] if rng.random() < 0.7 else None, None

    def _jobs_in(self, estates: tuple[str, ...]) -> list[dict]:
        if estates not in self._job_cache:
            self._job_cache[estates] = [j for j in self.jobs if j["estate_id"] in estates]
        return self._job_cache[estates]

    def version(self, kind: str | None = None, *, at: datetime | None = None,
                author_id: str = AUTHOR_ID, device_id: str = DEVICE_ID,
                estates: list[str] | None = None) -> dict:
        """One never-edited record version as the wire carries it."""
        rng = self.rng
        kind = kind or rng.choices(self.kinds, self.weights)[0]
        at = at or ANCHOR - timedelta(seconds=rng.uniform(0, SPAN_DAYS * 86400))
        job, estate, block, home = self.place(kind, estates)
        return {"record_id": rng_id(rng), "version_id": rng_id(rng), "base_version_id": None,
                "kind": kind, "schema_version": 1, "created_at": iso(at),
                "submitted_at": iso(at + timedelta(minutes=rng.randint(1, 600))),
                "tz": "Europe/London", "author_id": author_id, "device_id": device_id,
                "estate_id": estate, "block_id": block, "home_id": home,
                "job_ref": job["ref"] if job else None,
                "payload": _as_asked(kind, self.payload(kind, at, job)), "attachments": []}

    def post_works_draft(self) -> Draft:
        """What Store.save_draft takes, for one full post-works visit."""
        return Draft.from_version(self.version("post_works",
                                               at=datetime.now(UTC).replace(microsecond=0)))


def _as_asked(kind: str, payload: dict) -> dict:
    """Shared owners are not asked TP02-TP04 (the TSM rules the records now check): their
    answers are left blank, as the form leaves them."""
    from champion_app.records.rules import NOT_FOR_SHARED_OWNERS, tsm_answers

    if payload.get("respondent") != "shared_owner":
        return payload
    for code, (path, _answer) in tsm_answers(kind, payload).items():
        if code in NOT_FOR_SHARED_OWNERS:
            if "." in path:  # ratings.TP02: the question is left out
                group, key = path.split(".")
                payload[group].pop(key, None)
            else:            # a field of its own: left unanswered
                payload[path] = None
    return payload


"""Hypothesis strategies for VALID records of every kind (DOMAIN.md), envelope included.

Each payload strategy builds a dict the way a form would send it (enum codes, ISO dates) and
obeys every cross-field rule: contact details only with contact consent, a complaint offered
whenever someone is dissatisfied, hazard details with a hazard, access needs only with
consent, TP08 on the agreement scale, visit after tenancy start, and so on. If a strategy
ever yields something the records refuse, either the strategy or the rule is wrong, and
tests/core/test_records.py says so.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from hypothesis import strategies as st

from champion_app.records import KINDS, TSM_CODES
from champion_app.records.rules import (
    NOT_FOR_SHARED_OWNERS,
    WHITE_SPACE,  # what pydantic strips
)
from champion_app.records.scales import (
    CONDITION_ITEMS,
    DISSATISFIED,
    AccessNeed,
    Agreement,
    AppointmentKept,
    BlockTrigger,
    Check,
    CollectionMethod,
    Completed,
    Condition,
    Hazard,
    HowReported,
    PackFormat,
    PreferredContact,
    Priority,
    Respondent,
    Satisfaction,
    Topic,
    WorkKind,
)


def codes(enum) -> st.SearchStrategy[str]:
    return st.sampled_from([member.value for member in enum])


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


def strip(value: str) -> str:
    return value.strip(WHITE_SPACE)


# Free text as people type it: any letters, punctuation, emoji, newlines. Surrogates are
# excluded (they cannot be encoded as UTF-8 at all), and ends are stripped because the
# records strip whitespace: the generated value is then already the stored value.
def text(max_size: int = 200, *, min_size: int = 0) -> st.SearchStrategy[str]:
    return (
        st.text(st.characters(exclude_categories=("Cs",)), max_size=max_size)
        .map(strip)
        # Required text must say something: the rules read "\x1f" alone as blank (str.strip),
        # which is right for a person, so such an example is not a valid record.
        .filter(lambda s: len(s) >= min_size and (min_size == 0 or s.strip()))
    )


ids = st.uuids().map(str)
short_ids = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=24)
def iso(moment: datetime) -> str:
    """UTC in ISO 8601 with ``Z``, as SYNC_PROTOCOL.md writes every time."""
    return moment.isoformat().replace("+00:00", "Z")


moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))
# Visits already happened: a visit time is never after the submit that records it, and a
# submit is stamped "now", so generated visits stay before the day these tests were written.
PAST = datetime(2025, 12, 31, tzinfo=UTC)
past_moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=PAST.replace(tzinfo=None), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))
days = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))
phones = st.text("0123456789+() -", max_size=40).map(str.strip)
emails = st.builds(
    lambda user, host, tld: f"{user}@{host}.{tld}",
    st.text("abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=20),
    st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=20),
    st.sampled_from(["uk", "org.uk", "com", "net"]),
)


@st.composite
def consent_item(draw, given=None):
    given = draw(st.booleans()) if given is None else given
    return {"given": given, "at": iso(draw(moments)) if given else None}


@st.composite
def common_fields(draw, satisfaction: list[str], *, method: str | None = None) -> dict:
    """The common part of every payload, made valid given the kind's satisfaction answers."""
    consent = {
        "contact": draw(consent_item()),
        "photo": draw(consent_item()),
        "quote_in_you_said_we_did": draw(consent_item()),
    }
    contact = {"name": "", "phone": "", "email": "", "wants_callback": False}
    if consent["contact"]["given"]:
        contact = {
            "name": draw(text(200)),
            "phone": draw(phones),
            "email": draw(st.just("") | emails),
            "wants_callback": draw(st.booleans()),
        }
        if contact["wants_callback"] and not (contact["phone"] or contact["email"]):
            contact["phone"] = "0161 496 0000"
    dissatisfied = any(Satisfaction(a) in DISSATISFIED for a in satisfaction)
    wants = draw(st.booleans())
    offered = dissatisfied or wants or draw(st.booleans())
    hazard = draw(codes(Hazard))
    return {
        "visited_at": draw(maybe(past_moments.map(iso))),
        "place_description": draw(text(300)),
        "collection_method": method or draw(codes(CollectionMethod)),
        "respondent": draw(codes(Respondent)),
        "what_was_said": draw(text(2000)),
        "hazard": hazard,
        "hazard_details": draw(text(300, min_size=1)) if hazard != "none" else "",
        "complaint": {"offered": offered, "wants_to_complain": wants},
        "contact": contact,
        "consent": consent,
    }


@st.composite
def doorstep_payload(draw) -> dict:
    topics = draw(st.lists(codes(Topic), min_size=1, max_size=6, unique=True))
    asked = draw(st.lists(st.sampled_from(TSM_CODES), max_size=12, unique=True))
    ratings = {
        code: draw(codes(Agreement) if code == "TP08" else codes(Satisfaction)) for code in asked
    }
    satisfaction = [a for code, a in ratings.items() if code != "TP08"]
    common = draw(common_fields(satisfaction))
    if common["respondent"] == "shared_owner":  # the TSM rules do not ask them TP02 to TP04
        ratings = {c: a for c, a in ratings.items() if c not in NOT_FOR_SHARED_OWNERS}
    return {**common, "topics": topics, "ratings": ratings}


@st.composite
def operative(draw) -> dict:
    operative_id = draw(st.just("") | short_ids)
    name = draw(text(60, min_size=0 if operative_id else 1))
    checks = ("showed_id", "on_time", "explained_work", "respectful", "protected_home",
              "left_clean_tidy")
    return {
        "operative_id": operative_id,
        "name_as_given": name,
        **{c: draw(maybe(codes(Check))) for c in checks},
        "overall": draw(maybe(codes(Satisfaction))),
        "compliment": draw(text(300)),
        "concern": draw(text(300)),
    }


@st.composite
def job_dates(draw) -> dict:
    """The job's dates in order (reported, sent out, finished), any of them unknown."""
    reported = draw(moments)
    sent = reported + timedelta(hours=draw(st.integers(0, 2000)))
    done = sent + timedelta(hours=draw(st.integers(0, 2000)))
    return {key: draw(maybe(st.just(iso(moment)))) for key, moment in
            (("reported_at", reported), ("dispatched_at", sent), ("completed_at", done))}


@st.composite
def post_works_payload(draw) -> dict:
    body = {
        **draw(job_dates()),
        "work_kind": draw(codes(WorkKind)),
        "priority": draw(maybe(codes(Priority))),
        "delivered_by": draw(text(80)),
        "how_reported": draw(maybe(codes(HowReported))),
        "ease_of_reporting": draw(maybe(codes(Satisfaction))),
        "priority_explained": draw(maybe(codes(Check))),
        "appointment_choice": draw(maybe(codes(Check))),
        "part1_rating": draw(codes(Satisfaction)),
        "appointment_kept": draw(maybe(codes(AppointmentKept))),
        "visits_needed": draw(maybe(st.integers(1, 50))),
        "fixed_first_time": draw(maybe(codes(Check))),
        "completed": draw(maybe(codes(Completed))),
        "follow_on_needed": draw(maybe(codes(Check))),
        "part2_rating": draw(codes(Satisfaction)),
        "repair_rating": draw(maybe(codes(Satisfaction))),
        "time_taken_rating": draw(maybe(codes(Satisfaction))),
        "operatives": draw(st.lists(operative(), min_size=1, max_size=4)),
    }
    answers = [body[k] for k in ("ease_of_reporting", "part1_rating", "part2_rating",
                                 "repair_rating", "time_taken_rating")]
    answers += [op["overall"] for op in body["operatives"]]
    satisfaction = [a for a in answers if a is not None]
    common = draw(common_fields(satisfaction, method="home_visit"))
    if common["respondent"] == "shared_owner":  # the TSM rules do not ask them TP02 to TP04
        body["repair_rating"] = body["time_taken_rating"] = None
    return {**common, **body}


conditions = st.dictionaries(st.sampled_from(CONDITION_ITEMS), codes(Condition), max_size=13)


@st.composite
def block_payload(draw) -> dict:
    responses = draw(st.lists(
        st.fixed_dictionaries({
            "flat": text(10), "rating": codes(Satisfaction), "comment": text(200),
        }),
        max_size=6,
    ))
    scored = draw(conditions if responses else conditions.filter(bool))
    satisfaction = [r["rating"] for r in responses]
    return {
        **draw(common_fields(satisfaction)),
        "trigger": draw(codes(BlockTrigger)),
        "conditions": scored,
        "responses": responses,
        "households_spoken_to": len(responses) + draw(st.integers(0, 40)),
    }


@st.composite
def welcome_payload(draw) -> dict:
    start = draw(days)
    consent = draw(st.booleans())
    return {
        **draw(common_fields([], method="home_visit")),
        "tenancy_start": start.isoformat(),
        "visit_date": (start + timedelta(days=draw(st.integers(0, 120)))).isoformat(),
        "welcome_pack_format": draw(codes(PackFormat)),
        "pack_language": draw(st.sampled_from(["English", "Polski", "العربية", "Cymraeg"])),
        "preferred_language": draw(st.sampled_from(["English", "Somali", "Urdu", "Română"])),
        "interpreter_needed": draw(st.booleans()),
        "preferred_contact": draw(maybe(codes(PreferredContact))),
        "explained_how_to_report": draw(maybe(codes(Check))),
        "explained_priorities_targets": draw(maybe(codes(Check))),
        "explained_responsibilities": draw(maybe(codes(Check))),
        "access_needs_consent": consent,
        "access_needs": draw(st.lists(codes(AccessNeed), max_size=4, unique=True))
        if consent else [],
        "home_condition_ok": draw(maybe(codes(Check))),
        "outstanding_repairs": draw(text(500)),
        "questions_raised": draw(text(500)),
    }


@st.composite
def walkabout_payload(draw) -> dict:
    return {
        **draw(common_fields([], method="walkabout")),
        "conditions": draw(conditions.filter(bool)),
    }


# One strategy per kind in the registry (tests/core/test_kinds.py checks none is missing).
PAYLOADS = {
    "doorstep": doorstep_payload(),
    "post_works": post_works_payload(),
    "block": block_payload(),
    "welcome": welcome_payload(),
    "walkabout": walkabout_payload(),
}


def payloads(kind: str) -> st.SearchStrategy[dict]:
    return PAYLOADS[kind]


@st.composite
def attachment(draw, photo_consent: bool) -> dict:
    return {
        "sha256": draw(st.binary(min_size=32, max_size=32)).hex(),
        "bytes": draw(st.integers(1, 10 * 1024 * 1024)),
        "mime": draw(st.sampled_from(["image/jpeg", "image/png"])),
        "caption": draw(text(100)),
        "shows_person_or_interior": photo_consent and draw(st.booleans()),
    }


@st.composite
def record_versions(draw, kinds=KINDS.codes) -> dict:
    """A whole, valid, never-edited record version (the dict SYNC_PROTOCOL.md describes)."""
    kind = draw(st.sampled_from(kinds))
    payload = draw(payloads(kind))
    created = draw(moments)
    if payload.get("visited_at"):  # a visit is never after the submit that records it
        payload = {**payload, "visited_at": iso(min(created, PAST) - timedelta(
            minutes=draw(st.integers(0, 60 * 24 * 30))))}
    photo_consent = payload["consent"]["photo"]["given"]
    return {
        "record_id": draw(ids),
        "version_id": draw(ids),
        "base_version_id": None,
        "kind": kind,
        "schema_version": 1,
        "created_at": iso(created),
        "submitted_at": iso(created + timedelta(minutes=draw(st.integers(0, 600)))),
        "tz": "Europe/London",
        "author_id": draw(st.just("") | short_ids),
        "device_id": draw(st.just("") | short_ids),
        "estate_id": draw(short_ids),
        "block_id": draw(maybe(short_ids)),
        "home_id": draw(maybe(short_ids)),
        "job_ref": draw(maybe(short_ids)) if kind in ("post_works", "block") else None,
        "payload": payload,
        "attachments": draw(st.lists(attachment(photo_consent), max_size=3)),
    }


def fresh_id() -> str:
    return str(uuid.uuid4())

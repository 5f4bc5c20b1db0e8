"""Issue #12 in the kernel: the visit time, and the domain corrections the server checks too."""

from datetime import UTC, datetime, timedelta

import pytest

from champion_app.records import (
    RecordInvalid,
    validate_payload,
    validate_version,
    visit_time,
    visit_time_problem,
)
from champion_app.records.rules import tsm_answers

BASE = {"part1_rating": "neither", "part2_rating": "neither"}


def version(kind="doorstep", payload=None, **envelope):
    return {"record_id": "r1", "version_id": "v1", "kind": kind, "estate_id": "e1",
            "created_at": "2026-03-02T09:00:00Z", "submitted_at": "2026-03-03T18:00:00Z",
            "payload": {"topics": ["repairs"], **(payload or {})}, **envelope}


# --- visit date and time -------------------------------------------------------------------

def test_the_visit_time_is_stored_in_utc_and_read_back_by_visit_time():
    stored = validate_version(version(payload={"visited_at": "2026-03-02T08:15:00+00:00"}))
    assert stored.payload["visited_at"] == "2026-03-02T08:15:00Z"
    assert visit_time(stored) == datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
    # Summer time: a local time is kept as the same moment, in UTC.
    summer = validate_payload("doorstep", {"topics": ["repairs"],
                                           "visited_at": "2026-07-01T10:00:00+01:00"})
    assert summer.visited_at == datetime(2026, 7, 1, 9, 0, tzinfo=UTC)


def test_a_visit_after_its_own_submit_is_refused_in_plain_words():
    late = version(payload={"visited_at": "2026-03-04T09:00:00Z"})
    with pytest.raises(RecordInvalid) as info:
        validate_version(late)
    assert info.value.fields == {
        "payload.visited_at": "The visit cannot be in the future: correct its date and time."}
    # A laptop clock a minute or two ahead of itself is not a visit in the future.
    validate_version(version(payload={"visited_at": "2026-03-03T18:03:00Z"}))


def test_the_future_is_judged_against_now_for_a_form():
    now = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
    assert visit_time_problem(now + timedelta(hours=1), now) is not None
    assert visit_time_problem(now - timedelta(days=1), now) is None
    assert visit_time_problem(None, now) is None


def test_old_records_without_a_visit_time_stay_valid_and_fall_back():
    old = validate_version(version())
    assert old.payload["visited_at"] is None
    assert visit_time(old) == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # created_at
    welcome = version("welcome", {"tenancy_start": "2026-02-20", "visit_date": "2026-02-27"})
    del welcome["payload"]["topics"]
    # A welcome visit's own date wins over when the record was typed in (midday, local).
    assert visit_time(validate_version(welcome)) == datetime(2026, 2, 27, 12, 0, tzinfo=UTC)


# --- the post-works record keeps the job's dates --------------------------------------------

def test_job_dates_are_stored_on_the_post_works_record_in_order():
    dates = {"reported_at": "2026-02-01T09:00:00Z", "dispatched_at": "2026-02-03T08:00:00Z",
             "completed_at": "2026-02-03T15:30:00Z"}
    stored = validate_payload("post_works", {**BASE, **dates}).model_dump(mode="json")
    assert {k: stored[k] for k in dates} == dates
    with pytest.raises(RecordInvalid) as info:
        validate_payload("post_works", {**BASE, **dates, "dispatched_at": "2026-01-30T08:00:00Z"})
    assert list(info.value.fields) == ["payload.dispatched_at"]
    with pytest.raises(RecordInvalid) as info:
        validate_payload("post_works", {**BASE, **dates, "completed_at": "2026-02-02T08:00:00Z"})
    assert list(info.value.fields) == ["payload.completed_at"]


# --- TSM rules -----------------------------------------------------------------------------

@pytest.mark.parametrize("kind, payload, path", [
    ("doorstep", {"topics": ["repairs"], "ratings": {"TP03": "neither"}}, "payload.ratings.TP03"),
    ("doorstep", {"topics": ["repairs"], "ratings": {"TP04": "neither"}}, "payload.ratings.TP04"),
    ("post_works", {**BASE, "repair_rating": "neither"}, "payload.repair_rating"),
    ("post_works", {**BASE, "time_taken_rating": "neither"}, "payload.time_taken_rating"),
])
def test_shared_owners_are_not_asked_tp02_to_tp04(kind, payload, path):
    with pytest.raises(RecordInvalid) as info:
        validate_payload(kind, {**payload, "respondent": "shared_owner"})
    assert list(info.value.fields) == [path]
    assert "Shared owners are not asked this question" in info.value.fields[path]
    # A tenant, or a leaseholder (as the landlord's own question), may answer it.
    for respondent in ("tenant", "leaseholder"):
        validate_payload(kind, {**payload, "respondent": respondent})


def test_shared_owners_may_answer_the_other_questions():
    validate_payload("doorstep", {"topics": ["repairs"], "respondent": "shared_owner",
                                  "ratings": {"TP01": "neither", "TP05": "neither"}})


def test_tsm_answers_names_where_each_kind_keeps_them():
    assert tsm_answers("post_works", {"repair_rating": "neither"}) == {
        "TP02": ("repair_rating", "neither")}
    assert tsm_answers("doorstep", {"ratings": {"TP02": "neither", "TP05": None}}) == {
        "TP02": ("ratings.TP02", "neither")}
    assert tsm_answers("walkabout", {}) == {}


# --- operatives, and the place in the champion's words -----------------------------------------

def test_operative_feedback_takes_a_concern_as_well_as_a_compliment():
    payload = validate_payload("post_works", {**BASE, "operatives": [
        {"name_as_given": "Dev", "compliment": "Tidy", "concern": "Did not knock first"}]})
    assert payload.operatives[0].concern == "Did not knock first"
    with pytest.raises(RecordInvalid) as info:
        validate_payload("post_works", {**BASE, "operatives": [
            {"name_as_given": "Dev", "concern": "x" * 2001}]})
    assert info.value.fields == {
        "payload.operatives.0.concern": "Keep this under 2000 characters."}


def test_the_place_in_the_champions_words_is_kept():
    payload = validate_payload("walkabout", {"conditions": {"paths": "C"},
                                             "place_description": "Behind the Co-op, Mill St"})
    assert payload.place_description == "Behind the Co-op, Mill St"

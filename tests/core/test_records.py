"""Records: what is refused, in which words, and what is accepted (DOMAIN.md)."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resources
from champion_app.records import (
    KINDS,
    RecordInvalid,
    tsm_questions,
    validate_payload,
    validate_version,
)

from .strategies import payloads, record_versions

WELCOME_DATES = {"tenancy_start": "2026-01-05", "visit_date": "2026-01-12"}


def refused(kind: str, payload: dict) -> dict[str, str]:
    with pytest.raises(RecordInvalid) as info:
        validate_payload(kind, payload)
    fields = info.value.fields
    # Plain words for people: a sentence, not pydantic's "Input should be ..." or a URL.
    for message in fields.values():
        assert message and (message[0].isupper() or message[0].isdigit() or message[0] == "'"), message
        assert message.rstrip().endswith((".", "?")), message
        assert "pydantic" not in message and "Input should" not in message, message
    return fields


# --- refused, with a message on the right field --------------------------------------------

def test_missing_required_fields_are_named_one_by_one():
    fields = refused("post_works", {})
    assert fields == {
        "payload.part1_rating": "This is required.",
        "payload.part2_rating": "This is required.",
    }


def test_a_value_outside_its_scale_lists_the_choices():
    fields = refused("doorstep", {"topics": ["repairs"], "respondent": "landlord"})
    assert set(fields) == {"payload.respondent"}
    assert "tenant" in fields["payload.respondent"]
    assert "anonymous" in fields["payload.respondent"]


def test_a_bad_condition_score_is_refused_on_its_item():
    fields = refused("walkabout", {"conditions": {"lifts": "F"}})
    assert fields == {"payload.conditions.lifts": "Choose one of: A, B, C, D or E."}


@pytest.mark.parametrize("answer", ["fairly_dissatisfied", "very_dissatisfied"])
def test_dissatisfied_without_complaint_offered_is_refused(answer):
    fields = refused("doorstep", {"topics": ["repairs"], "ratings": {"TP02": answer}})
    assert list(fields) == ["payload.complaint.offered"]
    assert "offered the choice to make a complaint" in fields["payload.complaint.offered"]
    # Offering it is the fix.
    ok = validate_payload("doorstep", {"topics": ["repairs"], "ratings": {"TP02": answer},
                                       "complaint": {"offered": True}})
    assert ok.complaint.offered


def test_a_dissatisfied_operative_also_needs_a_complaint_offered():
    payload = {"part1_rating": "very_satisfied", "part2_rating": "very_satisfied",
               "operatives": [{"name_as_given": "Dev", "overall": "very_dissatisfied"}]}
    assert "payload.complaint.offered" in refused("post_works", payload)


def test_contact_details_without_consent_are_refused():
    fields = refused("doorstep", {"topics": ["repairs"],
                                  "contact": {"name": "Ann Smith", "phone": "07700 900123"}})
    assert list(fields) == ["payload.contact"]
    assert "consent" in fields["payload.contact"]
    ok = validate_payload("doorstep", {
        "topics": ["repairs"], "contact": {"name": "Ann Smith", "phone": "07700 900123"},
        "consent": {"contact": {"given": True, "at": "2026-03-01T10:00:00Z"}}})
    assert ok.contact.name == "Ann Smith"


def test_a_callback_needs_a_way_to_call_back():
    fields = refused("doorstep", {"topics": ["repairs"], "contact": {"wants_callback": True},
                                  "consent": {"contact": {"given": True}}})
    assert list(fields) == ["payload.contact.phone"]


def test_access_needs_without_explicit_consent_are_refused():
    fields = refused("welcome", {**WELCOME_DATES, "access_needs": ["hearing"]})
    assert list(fields) == ["payload.access_needs"]
    assert "consent" in fields["payload.access_needs"]
    ok = validate_payload("welcome", {**WELCOME_DATES, "access_needs": ["hearing"],
                                      "access_needs_consent": True})
    assert [a.value for a in ok.access_needs] == ["hearing"]


def test_tp08_must_be_on_the_agreement_scale_and_others_on_satisfaction():
    fields = refused("doorstep", {"topics": ["respect"], "ratings": {"TP08": "very_satisfied"}})
    assert fields == {"payload.ratings": "TP08 is answered on the agree/disagree scale."}
    fields = refused("doorstep", {"topics": ["respect"], "ratings": {"TP01": "strongly_agree"}})
    assert fields == {"payload.ratings": "TP01 is answered on the satisfied/dissatisfied scale."}
    # "neither" exists on both scales and is right on both.
    ok = validate_payload("doorstep", {"topics": ["respect"],
                                       "ratings": {"TP08": "neither", "TP01": "neither"}})
    assert {k: v.value for k, v in ok.ratings.items()} == {"TP08": "neither", "TP01": "neither"}


def test_a_question_that_is_not_tsm_is_refused():
    fields = refused("doorstep", {"topics": ["repairs"], "ratings": {"TP13": "neither"}})
    assert "TP01 to TP12" in fields["payload.ratings"]


def test_an_unknown_field_is_refused_not_dropped():
    fields = refused("doorstep", {"topics": ["repairs"], "colour": "red"})
    assert fields == {"payload.colour": "This field is not part of the form."}


def test_a_hazard_needs_details():
    fields = refused("doorstep", {"topics": ["safety"], "hazard": "damp_mould"})
    assert list(fields) == ["payload.hazard_details"]


def test_a_welcome_visit_cannot_be_before_the_tenancy():
    fields = refused("welcome", {"tenancy_start": "2026-02-01", "visit_date": "2026-01-31"})
    assert list(fields) == ["payload.visit_date"]


def test_an_operative_needs_an_id_or_a_name():
    payload = {"part1_rating": "neither", "part2_rating": "neither", "operatives": [{}]}
    assert list(refused("post_works", payload)) == ["payload.operatives.0.name_as_given"]


def test_block_counts_must_cover_the_answers_recorded():
    fields = refused("block", {"responses": [{"rating": "neither"}, {"rating": "neither"}]})
    assert list(fields) == ["payload.households_spoken_to"]
    assert list(refused("block", {})) == ["payload.conditions"]


def test_an_unknown_kind_is_refused_in_words():
    assert refused("party", {}) == {"kind": "'party' is not a kind of record this app knows."}


# A `field_validator` on a field with a default does not run when the field is left out, so
# an empty doorstep (no topic) and an empty walkabout (nothing scored) would pass without
# validate_default (found while writing these tests, since fixed in the records).
@pytest.mark.parametrize("kind, field", [("doorstep", "payload.topics"),
                                         ("walkabout", "payload.conditions")])
def test_leaving_out_a_required_list_is_refused(kind, field):
    assert field in refused(kind, {})


def test_a_photo_of_a_person_needs_photo_consent():
    version = {
        "record_id": "r1", "version_id": "v1", "kind": "walkabout", "estate_id": "e1",
        "created_at": "2026-03-01T10:00:00Z", "submitted_at": "2026-03-01T10:05:00Z",
        "payload": {"conditions": {"lifts": "D"}},
        "attachments": [{"sha256": "a" * 64, "bytes": 1000, "shows_person_or_interior": True}],
    }
    with pytest.raises(RecordInvalid) as info:
        validate_version(version)
    assert list(info.value.fields) == ["attachments.0"]
    version["payload"]["consent"] = {"photo": {"given": True}}
    assert validate_version(version).attachments[0].shows_person_or_interior


def test_an_incomplete_envelope_names_each_missing_field():
    with pytest.raises(RecordInvalid) as info:
        validate_version({"kind": "doorstep", "payload": {}})
    assert {"record_id", "version_id", "estate_id", "created_at"} <= set(info.value.fields)


# --- TSM wording ----------------------------------------------------------------------------

def test_tsm_wording_comes_from_the_resource_file_with_the_landlord_named():
    raw = json.loads(resources.path("tsm_questions.json").read_text(encoding="utf-8"))
    questions = tsm_questions("Riverside Homes")
    assert list(questions) == [f"TP{n:02d}" for n in range(1, 13)]
    for code, question in questions.items():
        assert "[landlord]" not in question["text"]
        assert question["text"] == raw["questions"][code]["text"].replace(
            "[landlord]", "Riverside Homes")
    assert questions["TP08"]["scale"] == "agreement"
    assert questions["TP08"]["text"].endswith('"Riverside Homes treats me fairly and with respect"?')
    assert "Riverside Homes" in questions["TP01"]["text"]
    assert all(q["scale"] == "satisfaction" for c, q in questions.items() if c != "TP08")


# --- everything the strategies make is accepted, and stable ----------------------------------

@pytest.mark.parametrize("kind", KINDS.codes)
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_generated_payload_is_accepted_and_already_normal(kind, data):
    payload = data.draw(payloads(kind))
    model = validate_payload(kind, payload)
    dumped = model.model_dump(mode="json")
    # Validating the normal form again changes nothing (what the store and server rely on
    # when they hash or compare versions).
    assert validate_payload(kind, dumped).model_dump(mode="json") == dumped
    for key, value in payload.items():
        assert dumped[key] == value, key


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(version=record_versions())
def test_every_generated_version_is_accepted(version):
    validated = validate_version(version)
    again = validate_version(validated.model_dump(mode="json"))
    assert again.model_dump(mode="json") == validated.model_dump(mode="json")


def test_the_rules_see_blank_text_as_the_model_stores_it():
    # Found by Hypothesis: pydantic strips Unicode White_Space only, so "\x1f" is kept as a
    # name; the rule must not strip more (Python's str.strip does) and call it missing.
    base = {"part1_rating": "very_satisfied", "part2_rating": "very_satisfied"}
    payload = validate_payload("post_works", {**base, "operatives": [{"name_as_given": "\x1f"}]})
    assert payload.operatives[0].name_as_given == "\x1f"
    fields = refused("post_works", {**base, "operatives": [{"name_as_given": " \u3000 "}]})
    assert "payload.operatives.0.name_as_given" in fields
    fields = refused("doorstep", {"topics": ["lifts"], "hazard": "damp_mould",
                                  "hazard_details": "\u2003"})
    assert "payload.hazard_details" in fields
    validate_payload("doorstep", {"topics": ["lifts"], "hazard": "damp_mould",
                                  "hazard_details": "\x1c"})

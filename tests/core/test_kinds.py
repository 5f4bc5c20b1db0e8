"""The kind registry and the draft: each kind declared once, and everything else follows it."""

import pytest
from pydantic import ValidationError

from champion_app.records import (
    KINDS,
    CommonPayload,
    Draft,
    KindRegistry,
    KindSpec,
    RecordInvalid,
    RecordKind,
    validate_payload,
)

from .strategies import PAYLOADS


class SurveyPayload(CommonPayload):
    """A made-up kind, as a later release might add one."""

    KIND = "survey"


def test_every_kind_has_a_model_a_label_and_a_place_in_the_order():
    assert len(KINDS) == len(RecordKind)
    assert set(KINDS.codes) == {kind.value for kind in RecordKind}
    labels = [spec.label for spec in KINDS]
    assert all(labels) and len(set(labels)) == len(labels)
    for spec in KINDS:
        assert issubclass(spec.model, CommonPayload) and isinstance(spec.model.KIND, RecordKind)
        assert KINDS[spec.code] is spec
        assert RecordKind(spec.code).label == spec.label  # the enum's label is the registry's


def test_every_kind_has_a_test_strategy():
    assert set(PAYLOADS) == set(KINDS.codes)


def test_a_kind_is_declared_only_once():
    with pytest.raises(ValueError, match="twice"):
        KindRegistry(KindSpec(SurveyPayload, "Survey"), KindSpec(SurveyPayload, "Again"))
    with pytest.raises(ValueError, match="no code"):
        KindRegistry(KindSpec(CommonPayload, "Nothing"))


def test_a_kind_added_to_a_registry_comes_last_and_leaves_the_original_alone():
    extended = KINDS.with_kind(KindSpec(SurveyPayload, "Resident survey"))
    assert extended.codes == (*KINDS.codes, "survey")
    assert extended["survey"].label == "Resident survey"
    assert "survey" not in KINDS and "survey" in extended


def test_defaults_are_the_models_own_as_json():
    defaults = KINDS["post_works"].defaults()
    assert defaults["collection_method"] == "home_visit"  # each kind's own default
    assert KINDS["walkabout"].defaults()["collection_method"] == "walkabout"
    assert defaults["consent"]["photo"] == {"given": False, "at": None}
    assert defaults["operatives"] == []
    assert "part1_rating" not in defaults  # required, so it has no default to show
    assert "tenancy_start" not in KINDS["welcome"].defaults()


def test_an_unknown_kind_is_refused_in_plain_words():
    with pytest.raises(RecordInvalid) as info:
        validate_payload("survey", {})
    assert "not a kind of record" in info.value.fields["kind"]


def test_a_draft_keeps_only_a_drafts_parts():
    version = {"record_id": "r1", "version_id": "v1", "kind": "doorstep", "estate_id": "E1",
               "block_id": "", "home_id": None, "job_ref": "WO-1",
               "payload": {"topics": ["lifts"]}, "attachments": [], "author_id": "a"}
    draft = Draft.from_version(version)
    assert draft.model_dump() == {"kind": "doorstep", "estate_id": "E1", "block_id": None,
                                  "home_id": None, "job_ref": "WO-1",
                                  "payload": {"topics": ["lifts"]}, "attachments": []}
    assert type(Draft(kind=RecordKind.block, estate_id="E1").kind) is str
    with pytest.raises(ValidationError):
        Draft(kind="doorstep", estate_id="E1", record_id="r1")  # a misspelt part is refused

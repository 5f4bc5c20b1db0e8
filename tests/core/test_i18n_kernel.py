"""The kernel's words go through one translate hook and stay Qt-free; records keep codes."""

from __future__ import annotations

import re

import pytest

from champion_app import i18n
from champion_app.records import KINDS, RecordInvalid, tsm_questions, validate_payload
from champion_app.records.scales import Hazard, Satisfaction, condition_item_label
from sync.engine import SyncResult
from sync.errors import OFFLINE, SyncError


@pytest.fixture
def shouting():
    """A made-up 'language' that shows which words went through the hook."""
    seen: list[tuple[str, str]] = []

    def translator(context, text, disambiguation=None, n=-1):
        seen.append((context, text))
        # Upper case, except the placeholders a translation must keep as they are.
        shouted = re.sub(r"\{\w+\}|\[\w+\]|%n|[^{\[%]+|.",
                         lambda m: m[0] if m[0][0] in "{[%" else m[0].upper(), text)
        return shouted.replace("%n", str(n)) if n >= 0 else shouted

    i18n.set_translator(translator)
    yield seen
    i18n.set_translator(None)


def test_without_a_translator_the_words_are_the_english_source():
    assert i18n.translate("rules", "Say briefly.") == "Say briefly."
    assert i18n.translate("sync", "%n waiting", None, 3) == "3 waiting"
    assert i18n.QT_TRANSLATE_NOOP("ctx", "Marked only") == "Marked only"
    assert Satisfaction.very_satisfied.label == "Very satisfied"


def test_labels_kind_names_and_tsm_wording_are_translated_when_read(shouting):
    assert Satisfaction.neither.label == "NEITHER SATISFIED NOR DISSATISFIED"
    assert ("scales.Satisfaction", "Neither satisfied nor dissatisfied") in shouting
    assert Hazard.emergency.label == "EMERGENCY (DANGER NOW)"  # the scale's own label first
    assert KINDS["doorstep"].label == "DOORSTEP CONVERSATION"
    assert condition_item_label("fire_doors_signage") == "FIRE DOORS AND SIGNAGE"
    questions = tsm_questions("Riverside Homes")
    # Translated before the landlord's name goes in: the name is never translated.
    assert "Riverside Homes" in questions["TP01"]["text"]
    assert questions["TP01"]["text"].startswith("TAKING EVERYTHING INTO ACCOUNT")
    assert questions["TP02"]["asked_if"] == "A REPAIR WAS DONE IN THE LAST 12 MONTHS"
    assert "YOUR LANDLORD" in tsm_questions()["TP04"]["text"]


def test_validation_messages_are_translated_and_the_payload_keeps_codes(shouting):
    with pytest.raises(RecordInvalid) as info:
        validate_payload("doorstep", {"topics": [], "hazard": "damp_mould"})
    fields = info.value.fields
    assert fields["payload.topics"] == "CHOOSE AT LEAST ONE TOPIC THE CONVERSATION WAS ABOUT."
    assert fields["payload.hazard_details"] == "SAY BRIEFLY WHAT THE HAZARD IS AND WHERE IT IS."
    # Placeholders are filled after translation, so a translator can move them.
    with pytest.raises(RecordInvalid) as info:
        validate_payload("doorstep", {"topics": ["repairs"], "what_was_said": "x" * 20_001})
    assert info.value.fields["payload.what_was_said"] == "KEEP THIS UNDER 20000 CHARACTERS."
    valid = validate_payload("doorstep", {"topics": ["damp_mould"],
                                          "ratings": {"TP01": "very_satisfied"}})
    dumped = valid.model_dump(mode="json")
    assert dumped["topics"] == ["damp_mould"] and dumped["ratings"] == {"TP01": "very_satisfied"}


def test_sync_messages_are_translated(shouting):
    assert SyncError(OFFLINE).user_message.startswith("THE SERVER CANNOT BE REACHED")
    result = SyncResult()
    result.pulled, result.rejected = 2, 1
    assert result.summary() == "NOTHING NEW TO SEND; RECEIVED 2 UPDATES. 1 NEEDS ATTENTION."


def test_english_summary_reads_as_before():
    result = SyncResult()
    result.applied, result.pulled, result.remaining = 3, 1, 2
    assert result.summary() == "Sent 3; received 1 update. 2 still waiting to be sent."

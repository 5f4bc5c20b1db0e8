"""The local store on a real SQLite file: round trips, atomic submit, edits, search, lists."""

import itertools
import json
import unicodedata
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from champion_app.records import Draft, RecordInvalid
from champion_app.store import RecordFilter, Store, driver
from champion_app.store.queries import _SORTS as SORTABLE  # every column the UI may sort by
from tests.keys import keyed_connection

from .strategies import record_versions

ENVELOPE = ("kind", "estate_id", "block_id", "home_id", "job_ref", "payload", "attachments")


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "champion.db") as opened:
        yield opened


def doorstep(what: str = "", **extra) -> dict:
    return {"topics": ["repairs"], "what_was_said": what, **extra}


def save(store: Store, payload: dict, *, kind="doorstep", estate_id="e1", record_id=None,
         **where) -> str:
    draft = Draft(kind=kind, estate_id=estate_id, payload=payload, **where)
    return store.save_draft(draft, record_id=record_id).record_id


def submitted(store: Store, payload: dict, **kw) -> str:
    record_id = save(store, payload, **kw)
    store.submit(record_id)
    return record_id


def rows(db_path, sql: str, params=()) -> list[tuple]:
    """Read through a second, independent connection: what is really on disk."""
    conn = keyed_connection(db_path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


# --- round trip ---------------------------------------------------------------------------

def test_generated_records_survive_save_submit_and_load_unchanged(tmp_path):
    # One file for all examples (a fixture per example would be slow and trips a health check);
    # every example is a new record, so they cannot interfere.
    db_file = tmp_path / "champion.db"
    store = Store.open(db_file)

    @settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(version=record_versions())
    def check(version):
        record_id = store.save_draft(Draft(**{k: version[k] for k in ENVELOPE})).record_id
        draft = store.get_record(record_id).draft
        assert {k: getattr(draft, k) for k in ENVELOPE} == {k: version[k] for k in ENVELOPE}

        store.submit(record_id)
        detail = store.get_record(record_id)
        assert detail.draft is None
        [frozen] = detail.versions
        assert {k: frozen[k] for k in ENVELOPE} == {k: version[k] for k in ENVELOPE}
        assert frozen["record_id"] == record_id and frozen["base_version_id"] is None
        # The outbox carries exactly the frozen version, byte for byte what was stored.
        [(body,)] = rows(db_file, "SELECT body FROM outbox WHERE entity_id = ?",
                         [frozen["version_id"]])
        assert json.loads(body) == {k: v for k, v in frozen.items() if k in json.loads(body)}
        assert json.loads(body)["payload"] == version["payload"]

    try:
        check()
    finally:
        store.close()


def test_a_record_survives_closing_and_reopening_the_file(tmp_path):
    db_file = tmp_path / "champion.db"
    with Store.open(db_file) as store:
        record_id = submitted(store, doorstep("Bins not collected on Tuesday"))
    with Store.open(db_file) as store:
        detail = store.get_record(record_id)
    assert detail.row.state == "queued"
    assert detail.versions[0]["payload"]["what_was_said"] == "Bins not collected on Tuesday"


# --- submit is atomic ---------------------------------------------------------------------

def _fail_outbox_with_a_trigger(store, monkeypatch):
    # The real database refuses the outbox row, as a full disk or a constraint would.
    store.db.execute("CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox "
                     "BEGIN SELECT RAISE(ABORT, 'injected: outbox write failed'); END")


def _fail_outbox_in_python(store, monkeypatch):
    def boom(*args, **kwargs):
        raise OSError("injected: outbox write failed")

    monkeypatch.setattr(type(store), "_enqueue", boom)


@pytest.mark.parametrize("inject", [_fail_outbox_with_a_trigger, _fail_outbox_in_python])
def test_submit_writes_version_and_outbox_together_or_not_at_all(store, monkeypatch, inject):
    record_id = save(store, doorstep("Lift broken again"))
    inject(store, monkeypatch)
    with pytest.raises((*driver.DatabaseError, OSError), match="injected"):
        store.submit(record_id)
    assert rows(store.path, "SELECT count(*) FROM record_versions") == [(0,)]
    assert rows(store.path, "SELECT count(*) FROM outbox") == [(0,)]
    # The draft is still there to submit again once the problem is gone.
    assert rows(store.path, "SELECT state, draft IS NOT NULL FROM records") == [("draft", 1)]


def test_an_invalid_draft_is_refused_at_submit_and_nothing_is_queued(store):
    record_id = save(store, {"topics": ["repairs"], "ratings": {"TP01": "very_dissatisfied"}})
    with pytest.raises(RecordInvalid) as info:
        store.submit(record_id)
    assert "payload.complaint.offered" in info.value.fields
    assert store.outbox_count() == 0
    assert store.get_record(record_id).row.state == "draft"


# --- editing a submitted record -----------------------------------------------------------

def test_editing_a_submitted_record_makes_a_new_version_naming_its_base(store):
    record_id = submitted(store, doorstep("Stairwell light out"))
    [first] = store.get_record(record_id).versions

    store.start_edit(record_id)
    save(store, doorstep("Stairwell light out on floors 2 and 3"), record_id=record_id)
    store.submit(record_id)

    first_again, second = store.get_record(record_id).versions
    assert first_again == first  # the submitted version is frozen
    assert second["base_version_id"] == first["version_id"]
    assert second["version_id"] != first["version_id"]
    assert second["record_id"] == record_id
    assert second["payload"]["what_was_said"] == "Stairwell light out on floors 2 and 3"
    outbox = rows(store.path, "SELECT type, entity_id FROM outbox ORDER BY id")
    assert outbox == [("record_version", first["version_id"]),
                      ("record_version", second["version_id"])]


def test_discarding_an_edit_keeps_the_submitted_version(store):
    record_id = submitted(store, doorstep("Graffiti on the garages"))
    store.start_edit(record_id)
    save(store, doorstep("something else"), record_id=record_id)
    store.delete_draft(record_id)
    detail = store.get_record(record_id)
    assert detail.draft is None
    assert [v["payload"]["what_was_said"] for v in detail.versions] == ["Graffiti on the garages"]


# --- search -------------------------------------------------------------------------------

def found(store, text: str) -> set[str]:
    return {row.record_id for row in store.list_records(RecordFilter(text=text), limit=10_000)}


def test_search_finds_a_word_in_what_was_said(store):
    lift = submitted(store, doorstep("The lift in Elm Court smelled of damp all week"))
    bins = submitted(store, doorstep("Bins overflowing behind the café"))
    draft = save(store, doorstep("Draft about the lift motor"))
    assert found(store, "lift") == {lift, draft}
    assert found(store, "smell") == {lift}  # words match as prefixes, as people type
    assert found(store, "ELM court") == {lift}  # every word must match, any case
    assert found(store, "cafe") == {bins}  # accents do not matter
    assert found(store, "parking") == set()


def test_search_follows_edits(store):
    record_id = submitted(store, doorstep("Pigeons nesting on the roof"))
    store.start_edit(record_id)
    save(store, doorstep("Rats in the bin store"), record_id=record_id)
    store.submit(record_id)
    assert found(store, "pigeons") == set()
    assert found(store, "rats") == {record_id}


@pytest.mark.parametrize("typed", ['"', "lift AND", "NOT", "*", "a:b", "(", "'; DROP TABLE"])
def test_search_takes_any_typing_without_an_error(store, typed):
    submitted(store, doorstep("lift"))
    store.list_records(RecordFilter(text=typed))  # raising would be the failure


# --- lists: filter, sort, page in SQL -----------------------------------------------------

@pytest.fixture
def patch_log(store):
    store.put_reference("estates", [{"id": "e1", "name": "Riverside"},
                                    {"id": "e2", "name": "Abbey Fields"}])
    ids = {}
    for n in range(12):
        estate = "e1" if n % 3 else "e2"
        payload = doorstep(f"note {n:02d}")
        if n == 5:
            payload.update(hazard="damp_mould", hazard_details="Black mould in bathroom")
        ids[n] = save(store, payload, estate_id=estate)
        if n % 2 == 0:
            store.submit(ids[n])
    save(store, {"conditions": {"lifts": "D"}}, kind="walkabout", estate_id="e1")
    return ids


def test_filters_by_kind_estate_state_and_hazard(store, patch_log):
    assert store.count_records() == 13
    assert store.count_records(RecordFilter(kinds=("walkabout",))) == 1
    assert store.count_records(RecordFilter(estate_ids=("e2",))) == 4  # n = 0, 3, 6, 9
    assert store.count_records(RecordFilter(states=("queued",))) == 6
    assert store.count_records(RecordFilter(states=("queued",), estate_ids=("e2",))) == 2
    hazards = store.list_records(RecordFilter(hazard_only=True))
    assert [r.record_id for r in hazards] == [patch_log[5]]
    assert hazards[0].hazard == "damp_mould"


def test_filters_by_date_are_inclusive_of_both_days(store, patch_log):
    today = datetime.now(UTC).date()  # the store stamps records in UTC
    assert store.count_records(RecordFilter(date_from=today, date_to=today)) == 13
    assert store.count_records(RecordFilter(date_to=date(2000, 1, 1))) == 0


def test_sorts_and_pages_without_gaps_or_repeats(store, patch_log):
    everything = store.record_ids(sort="estate_name", descending=False)
    assert len(everything) == len(set(everything)) == 13
    pages = [store.list_records(sort="estate_name", descending=False, offset=o, limit=5)
             for o in (0, 5, 10)]
    assert [len(p) for p in pages] == [5, 5, 3]
    paged = [row.record_id for page in pages for row in page]
    assert paged == everything
    names = [row.estate_name for page in pages for row in page]
    assert names == sorted(names)
    assert names[0] == "Abbey Fields" and names[-1] == "Riverside"
    newest_first = store.record_ids(sort="created_at", descending=True)
    assert newest_first == list(reversed(store.record_ids(sort="created_at", descending=False)))


def test_sorting_by_an_unknown_column_is_refused_not_injected(store, patch_log):
    with pytest.raises(ValueError):
        store.list_records(sort="kind; DROP TABLE records")
    assert store.count_records() == 13


def typed_words(said: str) -> list[str]:
    """The words of `said` as a person would type them: runs of letters and digits with the
    marks written on them (a combining mark never breaks a word: UAX #29), compatibility
    forms folded (NFKC), without the invisible variation selectors nobody types."""
    text = "".join(ch for ch in unicodedata.normalize("NFKC", said)
                   if unicodedata.name(ch, "").find("VARIATION SELECTOR") < 0)
    word_char = [unicodedata.category(ch) in ("Mn", "Mc") or unicodedata.category(ch)[0] in "LN"
                 for ch in text]
    return ["".join(ch for ch, _ in run) for inside, run in
            itertools.groupby(zip(text, word_char, strict=True), key=lambda pair: pair[1])
            if inside]


def test_any_word_typed_into_what_was_said_can_be_found(tmp_path):
    # Property: take any word of generated free text (any script, emoji, combining accents,
    # control characters), as a person would type it, and a search for it finds the record.
    # Catches SQLite's tokenizer (its own Unicode tables) and the query's word splitting
    # (Python's, newer) disagreeing: "0" + U+E0100 and "0" + U+10376 both once went unfound.
    said_text = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=300)
    store = Store.open(tmp_path / "champion.db")

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(said=said_text, data=st.data())
    def check(said, data):
        words = typed_words(said)  # "_" alone is not a word anyone searches for
        assume(words)
        word = data.draw(st.sampled_from(words))
        record_id = submitted(store, doorstep(said))
        assert record_id in found(store, word), (said, word)

    try:
        check()
    finally:
        store.close()


@pytest.mark.parametrize("sort", sorted(SORTABLE))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_put_together_are_the_whole_sorted_list(store, patch_log, sort, descending):
    store.put_reference("homes", [{"id": "h1", "estate_id": "e1", "address": "1 Elm Court"}])
    save(store, doorstep("with an address"), home_id="h1")
    whole = store.record_ids(sort=sort, descending=descending)
    paged = []
    for offset in range(0, len(whole) + 4, 4):
        paged += [row.record_id for row in store.list_records(
            sort=sort, descending=descending, offset=offset, limit=4)]
    assert paged == whole
    assert len(whole) == store.count_records() == 14


# Found while writing these tests, since fixed in the store: SQLite's unicode61 tokenizer
# knows only Unicode 6.1, so an emoji added later (U+1F642, Unicode 7) typed against a word
# became part of that word's token and the word could not be found.
def test_a_word_right_after_an_emoji_can_be_found(store):
    record_id = submitted(store, doorstep("\U0001F642thanks for fixing the lift"))
    assert found(store, "thanks") == {record_id}


# Found while writing these tests, since fixed in the store: a search typed or pasted in
# decomposed form (NFD: "e" + U+0301, as some macOS apps copy it) found nothing, because the
# query was split at the combining accent while the index held the whole word.
def test_a_search_pasted_with_decomposed_accents_finds_the_record(store):
    record_id = submitted(store, doorstep("Leak reported at the Zürich Court café"))
    assert found(store, unicodedata.normalize("NFD", "Zürich café")) == {record_id}


def test_short_words_match_whole_and_longer_ones_as_prefixes(store):
    tv = submitted(store, doorstep("The TV aerial on the roof is down"))
    scaffold = submitted(store, doorstep("Scaffolding left up for weeks"))
    assert found(store, "tv") == {tv}
    assert found(store, "sc") == set()            # two letters: only the whole word "sc"
    assert found(store, "sca") == {scaffold}      # three letters on: as you type
    assert found(store, "scaffold") == {scaffold}

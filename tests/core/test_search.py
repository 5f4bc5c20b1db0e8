"""Search sees the same words in what was stored and in what is typed, for every code point.

The words are cut once, in Python (`champion_app.store.queries.searchable`); the FTS index
must keep exactly those words, neither splitting nor joining nor changing any, whatever the
character: letters of scripts newer than SQLite's tables, marks, emoji, private use,
unassigned code points.
"""

import sys
import unicodedata
from collections import defaultdict

import pytest

from champion_app.records import Draft
from champion_app.store import RecordFilter, Store
from champion_app.store.queries import fts_query, searchable

PER_CATEGORY = 1500  # code points taken from each general category, spread over its range


def code_points_by_category() -> dict[str, list[int]]:
    found: dict[str, list[int]] = defaultdict(list)
    for cp in range(sys.maxunicode + 1):
        category = unicodedata.category(chr(cp))
        if category != "Cs":  # lone surrogates cannot be stored as UTF-8 text
            found[category].append(cp)
    return {c: cps[::max(1, len(cps) // PER_CATEGORY)] for c, cps in sorted(found.items())}


@pytest.fixture(scope="module")
def categories():
    return code_points_by_category()


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "champion.db") as opened:
        yield opened


def submitted(store: Store, said: str) -> str:
    record_id = store.save_draft(Draft(kind="doorstep", estate_id="e1", payload={
        "topics": ["repairs"], "what_was_said": said})).record_id
    store.submit(record_id)
    return record_id


def indexed_words(store: Store, record_id: str) -> list[str]:
    """The words the FTS index holds for a record, in order (FTS5's own vocabulary table)."""
    store.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.words "
                     "USING fts5vocab(main, records_fts, instance)")
    return [row[0] for row in store.db.execute(
        "SELECT term FROM temp.words WHERE doc = (SELECT rowid FROM records WHERE record_id = ?)"
        " ORDER BY offset", [record_id])]


def found(store: Store, text: str) -> set[str]:
    return {r.record_id for r in store.list_records(RecordFilter(text=text), limit=10_000)}


def test_every_general_category_is_covered(categories):
    assert len(categories) == 29  # every general category but Cs (surrogates)
    assert sum(map(len, categories.values())) > 29 * 300


def test_the_index_keeps_exactly_the_words_a_query_is_cut_into(store, categories):
    # Each code point between two letters, "q…z": a word character stays inside one word,
    # anything else splits it; either way the index must hold what searchable() cut.
    for category, code_points in categories.items():
        said = " ".join(f"q{chr(cp)}z" for cp in code_points)
        record_id = submitted(store, said)
        assert indexed_words(store, record_id) == searchable(said).split(), category


def test_a_word_with_any_character_in_it_is_found_as_typed(store, categories):
    for category, code_points in categories.items():
        record_id = submitted(store, " ".join(f"Q{chr(cp)}z" for cp in code_points))
        for cp in (code_points[0], code_points[len(code_points) // 2], code_points[-1]):
            typed = f"q{chr(cp)}z"  # typed in lower case: case never matters
            assert record_id in found(store, typed), (category, hex(cp), fts_query(typed))


@pytest.mark.parametrize(("stored", "typed"), [
    ("0\U00010376 items", "0\U00010376"),  # a mark newer than SQLite's tables
    ("The lift\U0001F642broke", "broke"),  # an emoji newer than SQLite's tables
    ("हिन्दी में लिखा", "हिन्दी"),        # vowel signs are part of the word
    ("ÉCOLE Straße", "ecole strasse"),     # case and accents folded, ß as ss
    ("Press 1\ufe0f\u20e3 for repairs", "1"),  # the keycap is not part of the digit
])
def test_words_that_once_went_unfound(store, stored, typed):
    record_id = submitted(store, stored)
    assert found(store, typed) == {record_id}

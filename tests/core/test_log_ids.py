"""My log's id list (`Store.record_ids`) is exactly the filtered, sorted records, however
SQL is led to find them (issue #15's search work): covering indexes, the broad-word path,
ids joined in one string.

The expected lists come from a plain Python reading of every row, filtered and sorted here,
with the search's own word rules (whole words under three letters, prefixes from three),
so a plan or index that dropped, added or reordered a record would show.
"""

import random
from datetime import date, timedelta

import pytest

from champion_app.store import RecordFilter, Store
from champion_app.store.queries import PREFIX_MIN, searchable

KINDS = ("doorstep", "post_works", "block", "welcome")
ESTATES = ("e1", "e2", "e3", None)  # None: a draft saved before any estate could be chosen
STATES = ("draft", "queued", "sent", "reviewed", "rejected")
HAZARDS = ("none", "none", "none", "damp_mould", "fire")
# "bin" in about half the records takes the broad-word path; "scaffolding", in one in
# thirty, the narrow one (FTS hits first).
WORDS = ("bin", "bin", "binned", "store", "lift", "broke", "mould", "TV", "no", "café")
RARE = "scaffolding"
START = date(2026, 1, 1)


def _fill(store: Store, n: int, seed: int) -> None:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        created = START + timedelta(days=rng.randrange(300))
        # Few distinct "last changed" times, so the id must break ties, as in the log.
        updated = f"2026-11-{rng.randrange(1, 6):02d}T10:00:00Z"
        rows.append((f"rec-{i:04d}", rng.choice(KINDS), rng.choice(STATES),
                     rng.choice(ESTATES), rng.choice(HAZARDS), rng.random() < 0.8,
                     searchable(" ".join(rng.sample(WORDS, rng.randrange(0, 4))
                                         + [RARE] * (rng.random() < 1 / 30))),
                     created.isoformat() + "T09:00:00Z", updated))
    with store.db.conn:
        store.db.conn.executemany(
            "INSERT INTO records (record_id, kind, state, estate_id, hazard, mine, search_text,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _matches(text: str, search_text: str) -> bool:
    words = search_text.split()
    return all(any(w.startswith(q) for w in words) if len(q) >= PREFIX_MIN else q in words
               for q in searchable(text).split())


def expected(store: Store, flt: RecordFilter) -> list[str]:
    """Every row read plainly, filtered and sorted newest change first, id breaking ties."""
    rows = store.db.execute("SELECT record_id, kind, state, estate_id, hazard, mine, "
                            "search_text, created_at, updated_at FROM records").fetchall()
    end = (flt.date_to + timedelta(days=1)).isoformat() if flt.date_to else None
    kept = [r for r in rows
            if (not flt.kinds or r[1] in flt.kinds)
            and (not flt.states or r[2] in flt.states)
            and (not flt.estate_ids or r[3] in flt.estate_ids)
            and (not flt.hazard_only or r[4] != "none")
            and (not flt.mine_only or r[5] == 1)
            and (not flt.date_from or r[7] >= flt.date_from.isoformat())
            and (not end or r[7] < end)
            and (not flt.text.strip() or _matches(flt.text, r[6]))]
    return [r[0] for r in sorted(kept, key=lambda r: (r[8], r[0]), reverse=True)]


FILTERS = [
    RecordFilter(),
    RecordFilter(text="bin"), RecordFilter(text="bi"), RecordFilter(text="bin sto"),
    RecordFilter(text="lift broke"), RecordFilter(text="mould"), RecordFilter(text="tv"),
    RecordFilter(text="CAFE"), RecordFilter(text="scaff"), RecordFilter(text="nothing like it"),
    RecordFilter(estate_ids=("e2",)), RecordFilter(estate_ids=("e1", "e3")),
    RecordFilter(kinds=("post_works",)), RecordFilter(kinds=("block", "welcome")),
    RecordFilter(states=("sent", "reviewed")),
    RecordFilter(date_from=date(2026, 6, 1), date_to=date(2026, 8, 31)),
    RecordFilter(hazard_only=True), RecordFilter(mine_only=True),
    RecordFilter(hazard_only=True, states=("sent", "reviewed")),
    RecordFilter(estate_ids=("e1",), kinds=("doorstep",), date_from=date(2026, 3, 1),
                 date_to=date(2026, 10, 1), text="bin"),
    RecordFilter(estate_ids=("e3",), kinds=("post_works",), text="lift"),
    RecordFilter(kinds=("doorstep",), states=("draft",), mine_only=True, text="store"),
    RecordFilter(date_from=date(2026, 2, 1), hazard_only=True, text="bin"),
    RecordFilter(estate_ids=("e2",), text="scaffolding"),
]


@pytest.fixture(scope="module")
def log_store(tmp_path_factory):
    with Store.open(tmp_path_factory.mktemp("log") / "champion.db") as store:
        _fill(store, 600, seed=15)
        yield store


@pytest.mark.parametrize("flt", FILTERS, ids=repr)
def test_the_id_list_is_the_filtered_records_newest_change_first(log_store, flt):
    want = expected(log_store, flt)
    assert log_store.record_ids(flt, sort="updated_at", descending=True) == want
    assert log_store.count_records(flt) == len(want)


def test_the_filters_chosen_here_cover_both_text_paths_and_find_something(log_store):
    # The broad-word path (index walk) and the narrow one (FTS hits first) both checked above.
    assert log_store._broad_words_only(RecordFilter(text="bin"), "updated_at")
    assert not log_store._broad_words_only(RecordFilter(text="scaff"), "updated_at")
    # ("bi", under three letters, matches only the whole word, which no record holds.)
    assert all(expected(log_store, f) for f in FILTERS if f.text not in ("bi", "nothing like it"))


def test_an_id_holding_the_separator_still_comes_back_whole(log_store, tmp_path):
    # Ids the server sends are any text up to 64 characters: the joined string is split on a
    # character no id we make holds, and a count check falls back to fetching the rows.
    with Store.open(tmp_path / "champion.db") as store:
        _fill(store, 30, seed=1)
        with store.db.conn:
            store.db.execute("UPDATE records SET record_id = 'odd\x1fid' "
                             "WHERE record_id = 'rec-0007'")
        flt = RecordFilter()
        ids = store.record_ids(flt)
        assert "odd\x1fid" in ids and len(ids) == 30
        assert ids == expected(store, flt)


@pytest.mark.parametrize("flt", [f for f in FILTERS if f.text == "" and f != RecordFilter()],
                         ids=repr)
def test_a_filter_without_words_reads_no_record_row(log_store, flt):
    # The point of m017: every filter column sits in the index SQLite picks, so the plan
    # names a covering index and never the table itself (the wide row: draft, search text).
    from champion_app.store.queries import _order, where_clause

    where, params = where_clause(flt)
    sql = "SELECT r.record_id FROM records r" + where + _order("updated_at", True)
    plan = [row[3] for row in log_store.db.execute("EXPLAIN QUERY PLAN " + sql, params)]
    assert any("COVERING INDEX" in step for step in plan), plan
    assert not any(step.startswith(("SCAN r", "SEARCH r")) and "COVERING" not in step
                   for step in plan), plan

"""Finding 5 of issue 13: two laptops edit one record. The server stores both versions and
flags the later one; until now laptop 1's edit was replaced silently. Now both laptops and
the coordinator see the conflict with both texts, and a person resolves it: keeping one
text makes a new version on top of the server's newest, which clears the flag everywhere."""

import pytest
from sqlalchemy import select

from tests.sync_helpers import (
    connected_store,
    coordinator_store,
    doorstep,
    edit_record,
    second_laptop,
    server_versions,
    sync,
)


@pytest.fixture
def three(tmp_path, server):
    for name in ("one", "two", "coord"):
        (tmp_path / name).mkdir()
    one = connected_store(tmp_path / "one", server)
    two = second_laptop(tmp_path / "two", server, one)
    coord = coordinator_store(tmp_path / "coord", server)
    yield one, two, coord
    for store in (one, two, coord):
        store.close()


def make_conflict(one, two):
    record_id = doorstep(one, "Bins overflowing by block C")
    sync(one)
    sync(two)
    mine = edit_record(one, record_id, "Bins overflowing by block C, three days now")
    theirs = edit_record(two, record_id, "Bins overflowing by block C and D")
    sync(one)
    sync(two)  # stored second: flagged as a conflict on the server
    sync(one)
    return record_id, mine, theirs


def test_both_laptops_see_the_conflict_with_both_texts(three, server):
    one, two, coord = three
    record_id, mine, theirs = make_conflict(one, two)

    seen = one.get_record(record_id).conflict
    assert seen is not None, "laptop 1's edit was replaced without a word"
    assert seen.mine.version_id == mine and seen.theirs.version_id == theirs
    assert seen.mine.said == "Bins overflowing by block C, three days now"
    assert seen.theirs.said == "Bins overflowing by block C and D"
    assert one.rows_by_id([record_id])[record_id].conflict

    other = two.get_record(record_id).conflict
    assert other is not None
    assert (other.mine.version_id, other.theirs.version_id) == (theirs, mine)

    sync(coord)
    review = coord.get_record(record_id).conflict
    assert review is not None and review.mine is None  # neither was written there
    assert {review.current.said, review.replaced.said} == {seen.mine.said, seen.theirs.said}
    assert record_id in coord.conflicted_records()


def test_keeping_one_text_resolves_it_everywhere(three, server):
    one, two, coord = three
    record_id, mine, theirs = make_conflict(one, two)
    one.resolve_conflict(record_id, keep=mine)
    assert one.get_record(record_id).conflict is None  # resolved here at once
    assert not one.rows_by_id([record_id])[record_id].conflict
    sync(one)

    from server import schema as s

    with server.engine.connect() as conn:
        head = conn.execute(select(s.records.c.head_version_id)
                            .where(s.records.c.record_id == record_id)).scalar_one()
    stored = server_versions(server)[head][0]
    assert stored["base_version_id"] == theirs  # on top of the server's newest
    assert stored["conflict"] is False
    assert stored["payload"]["what_was_said"] == "Bins overflowing by block C, three days now"

    sync(two)
    sync(coord)
    for store in (two, coord):
        assert store.get_record(record_id).conflict is None
        assert store._record_row(record_id)["current_version_id"] == head
    assert record_id not in coord.conflicted_records()

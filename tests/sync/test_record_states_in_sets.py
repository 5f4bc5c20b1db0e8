"""A push batch's and a pulled page's records have their state derived in sets
(`RecordStateOps._refresh_record_states`): the same states as deriving each record alone,
for every kind of state a record can be in, through the real server on loopback."""

import pytest

from champion_app.protocol import MutationResult
from sync import connection
from tests.sync_helpers import connected_store, doorstep, edit_record, open_store, sync

DERIVED = ("current_version_id", "state", "review_state", "attention", "conflict")


def _states(store) -> dict[str, tuple]:
    return {row[0]: tuple(row[1:]) for row in store.db.execute(
        f"SELECT record_id, {', '.join(DERIVED)} FROM records ORDER BY record_id")}


def _scramble(store) -> None:
    with store.write():
        store.db.execute("UPDATE records SET state = 'draft', review_state = NULL, "
                         "attention = 'x', conflict = 1 - conflict")


@pytest.fixture
def stores(tmp_path, server, coordinator):
    champion = connected_store(tmp_path / "champion", server)
    coord = open_store(tmp_path / "coordinator")
    connection.connect(coord, server.url, username="coord", password="correct horse 42")
    yield champion, coord
    champion.close()
    coord.close()


def test_states_in_sets_equal_states_one_by_one(stores):
    champion, coord = stores
    ids = [doorstep(champion, f"Lift out, block {n}") for n in range(6)]
    sync(champion)
    sync(coord)
    coord.add_review(ids[0], "has_issues", "Which block?")
    coord.add_review(ids[1], "approved")
    coord.add_review(ids[2], "rejected", "Not our estate.")
    sync(coord)
    sync(champion)                                 # reviews pulled: reviewed, with notes
    edit_record(champion, ids[3], "Lift out again")  # queued, not sent
    rejected = edit_record(champion, ids[4], "Lift fixed")
    item = next(i for i in champion.outbox_items() if i.entity_id == rejected)
    champion.apply_push_results([MutationResult.model_validate({
        "mutation_id": item.mutation_id, "status": "rejected",
        "error": {"code": "validation", "message": "Not valid."}})])
    doorstep(champion, "Never sent")               # queued, never sent
    for store in (champion, coord):
        expected = _states(store)
        assert len({s[1] for s in expected.values()}) >= 2  # a real mix of states
        for one_by_one in (True, False):
            _scramble(store)
            with store.write():
                if one_by_one:
                    for record_id in expected:
                        store._refresh_record_state(record_id)
                else:
                    store._refresh_record_states(list(expected))
            assert _states(store) == expected
    assert {s[1] for s in _states(champion).values()} >= {"reviewed", "queued", "rejected"}
    assert "Your coordinator says: Which block?" in _states(champion)[ids[0]][3]

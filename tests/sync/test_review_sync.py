"""Reviews, comments and photos between a champion's and a coordinator's laptops, through the
real server on loopback (no widgets: tests/e2e/test_review_e2e.py drives the windows)."""

import pytest

from champion_app.errors import ChampionError
from champion_app.store import QueueFilter
from sync import connection
from sync.photos import fetch_photo
from tests.sync_helpers import (
    assert_server_has_exactly,
    connected_store,
    doorstep,
    open_store,
    sync,
)


@pytest.fixture
def champion(tmp_path, server):
    store = connected_store(tmp_path / "champion", server)
    yield store
    store.close()


@pytest.fixture
def coord(tmp_path, server, coordinator):  # the coordinator account must exist
    store = open_store(tmp_path / "coordinator")
    connection.connect(store, server.url, username="coord", password="correct horse 42")
    yield store
    store.close()


def test_review_and_conversation_round_trip(champion, coord, server):
    record_id = doorstep(champion, "Stairwell lights out on floor 3")
    sync(champion)
    sync(coord)
    assert coord.queue_ids(QueueFilter()) == [record_id]
    coord.add_review(record_id, "has_issues", "Which block?")
    coord.add_comment(record_id, "Which block was this, please?")
    result = sync(coord)
    assert result.applied == 2 and coord.outbox_count() == 0

    sync(champion)
    row = champion.rows_by_id([record_id])[record_id]
    assert row.review_state == "has_issues" and "Which block?" in row.attention
    assert champion.awaiting_reply() == {record_id: "Which block was this, please?"}
    champion.add_comment(record_id, "Rowan House.")
    sync(champion)
    assert champion.awaiting_reply() == {}
    assert_server_has_exactly(server, champion)

    sync(coord)
    thread = coord.comments_on(record_id)
    assert [c["body"] for c in thread] == ["Which block was this, please?", "Rowan House."]
    assert [bool(c["unread"]) for c in thread] == [False, True]
    assert thread[1]["author_id"] == champion.get_state("user_id")
    assert coord.queue_ids(QueueFilter(review="unread")) == [record_id]
    # Sent and pulled again, each comment is stored once, in the server's order.
    assert all(c["seq"] for c in thread)
    assert thread[0]["seq"] < thread[1]["seq"]


def test_a_coordinator_never_edits_a_champions_record_the_server_agrees(champion, coord):
    record_id = doorstep(champion)
    sync(champion)
    sync(coord)
    row = coord.rows_by_id([record_id])[record_id]
    assert not row.mine and row.author_id == champion.get_state("user_id")
    with pytest.raises(ChampionError, match="Only coordinators"):
        champion.add_review(record_id, "approved")


def test_a_photo_is_fetched_once_when_the_coordinator_opens_the_record(champion, coord, server,
                                                                       tmp_path):
    from PIL import Image

    Image.new("RGB", (60, 40), "green").save(tmp_path / "p.png")
    photo = champion.add_photo(tmp_path / "p.png")
    doorstep(champion, "Fly-tipping by the garages", attachments=[photo])
    sync(champion)
    assert_server_has_exactly(server, champion)
    sync(coord)
    assert not coord.attachment_path(photo["sha256"]).exists()
    path = fetch_photo(coord, photo["sha256"])
    # The same photo, kept encrypted under the coordinator laptop's own key.
    assert path == coord.attachment_path(photo["sha256"]) and path.exists()
    assert coord.read_photo(photo["sha256"]) == champion.read_photo(photo["sha256"])
    assert coord.read_photo(photo["sha256"]) not in path.read_bytes()
    # Kept as uploaded: the coordinator's laptop never sends it back.
    assert coord.db.execute("SELECT uploaded FROM attachments WHERE sha256 = ?",
                            [photo["sha256"]]).fetchone()[0] == 1
    server.stop()  # a second look needs no server
    try:
        assert fetch_photo(coord, photo["sha256"]) == path
    finally:
        server.start()


def test_a_photo_that_does_not_match_its_fingerprint_is_not_kept(coord):
    with pytest.raises(ChampionError, match="fingerprint"):
        coord.keep_photo("0" * 64, b"not that photo")
    assert not coord.attachment_path("0" * 64).exists()

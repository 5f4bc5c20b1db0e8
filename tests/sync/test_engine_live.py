"""The engine and client against the real server on loopback."""

import json

import pytest
from sqlalchemy import update

from champion_app.records import Draft
from sync import connection
from sync.errors import SyncError
from tests.sync_helpers import (
    assert_server_has_exactly,
    coordinator_review,
    doorstep,
    server_versions,
    sync,
)


@pytest.fixture
def store(tmp_path, server):
    from tests.sync_helpers import connected_store

    s = connected_store(tmp_path, server)
    yield s
    s.close()


def test_push_then_pull_sends_everything_once(store, server):
    ids = [doorstep(store, f"note {i}") for i in range(3)]
    result = sync(store)
    assert (result.applied, result.duplicates, result.remaining) == (3, 0, 0)
    assert result.complete
    assert {r.state for r in store.rows_by_id(ids).values()} == {"sent"}
    assert all(v["seq"] for v in store.get_record(ids[0]).versions)
    assert [e["id"] for e in store.estates()] == ["E1"]  # only the patch's estate
    assert store.job("WO-1")["ref"] == "WO-1"
    assert_server_has_exactly(server, store)
    again = sync(store)
    assert (again.sent, again.pulled) == (0, 0)


def test_a_lost_answer_is_repeated_as_a_duplicate(store, server):
    doorstep(store)
    item = store.outbox_items()[0]
    sync(store)
    # The answer "never arrived": the row is back, exactly as it was.
    store.db["outbox"].insert({"mutation_id": item.mutation_id, "type": item.type,
                               "entity_id": item.entity_id, "body": json.dumps(item.data),
                               "bytes": item.bytes, "created_at": "2026-01-01T00:00:00Z"})
    result = sync(store)
    assert (result.applied, result.duplicates) == (0, 1)
    assert_server_has_exactly(server, store)


def test_rejected_is_quarantined_with_the_reason_and_the_queue_goes_on(store, server):
    bad = store.save_draft(Draft(kind="doorstep", estate_id="E2", payload={  # not in the patch
        "topics": ["repairs"], "what_was_said": "x"})).record_id
    store.submit(bad)
    good = doorstep(store)
    result = sync(store)
    assert (result.applied, result.rejected, result.remaining) == (1, 1, 0)
    row = store.rows_by_id([bad])[bad]
    assert row.state == "rejected" and "not in your patch" in row.attention
    assert store.rows_by_id([good])[good].state == "sent"
    assert store.quarantined()[0]["status"] == "rejected"


def test_photos_go_up_first_and_needs_blobs_is_recovered(store, server, tmp_path):
    from PIL import Image

    Image.new("RGB", (40, 30), "red").save(tmp_path / "p.png")
    att = store.add_photo(tmp_path / "p.png")
    doorstep(store, attachments=[att])
    result = sync(store)
    assert result.blobs_uploaded == 1 and result.applied == 1
    assert (server.blob_dir / att["sha256"][:2] / att["sha256"]).is_file()
    # A photo the app wrongly believes uploaded: the server asks, the engine sends it.
    Image.new("RGB", (40, 30), "blue").save(tmp_path / "q.png")
    att2 = store.add_photo(tmp_path / "q.png")
    store.mark_blobs_uploaded([att2["sha256"]])
    doorstep(store, attachments=[att2])
    result = sync(store)
    assert result.applied == 1 and store.outbox_count() == 0
    assert_server_has_exactly(server, store)


def test_a_review_reaches_the_champion(store, server, coordinator):
    record_id = doorstep(store)
    sync(store)
    version_id = store.get_record(record_id).row and store._record_row(record_id)[
        "current_version_id"]
    coordinator_review(server, coordinator, version_id, "has_issues", "Which floor?")
    result = sync(store)
    assert result.changes.reviews
    row = store.rows_by_id([record_id])[record_id]
    assert (row.state, row.review_state) == ("reviewed", "has_issues")
    assert "Which floor?" in row.attention


def test_patch_change_resets_and_resends_as_duplicates(store, server):
    doorstep(store, "one")
    sync(store)
    server.set_patch(store.get_state("username"), ["E1", "E2"])
    doorstep(store, "two", estate_id="E1")
    result = sync(store)
    assert result.reset
    # The first pull saw the reset: "one" went again (duplicate), then "two" (applied).
    assert result.applied == 1 and result.duplicates == 1
    assert {e["id"] for e in store.estates()} == {"E1", "E2"}
    assert set(store.counts_by_state().items()) >= {("sent", 2), ("queued", 0)}
    assert_server_has_exactly(server, store)


def test_a_new_server_epoch_means_reset(store, server):
    from server import schema as s

    doorstep(store)
    sync(store)
    with server.engine.begin() as conn:
        old = conn.execute(s.server_meta.select().where(s.server_meta.c.key == "server_epoch")
                           ).first().value
        conn.execute(update(s.server_meta).where(s.server_meta.c.key == "server_epoch")
                     .values(value="restored-from-backup"))
    try:
        result = sync(store)
    finally:
        with server.engine.begin() as conn:
            conn.execute(update(s.server_meta).where(s.server_meta.c.key == "server_epoch")
                         .values(value=old))
    assert result.reset and result.duplicates == 1
    assert store.server_epoch() == "restored-from-backup"
    assert_server_has_exactly(server, store)


def test_401_keeps_every_queued_item_and_asks_to_reconnect(store, server):
    ids = [doorstep(store, f"r{i}") for i in range(2)]
    before = [i.mutation_id for i in store.outbox_items()]

    def revoke_mid_sync(stage, done, total):  # after /meta answered, before the push
        if stage == "Sending records" and done == 0:
            server.revoke_device(store.get_state("device_id"))

    with pytest.raises(SyncError) as err:
        sync(store, progress=revoke_mid_sync)
    assert err.value.kind == "auth" and "Connect again" in err.value.user_message
    assert [i.mutation_id for i in store.outbox_items()] == before
    assert {r.state for r in store.rows_by_id(ids).values()} == {"queued"}
    assert store.get_state("needs_reconnect") == "1"
    # Connecting again sends the same items under the same ids.
    connection.connect(store, server.url, code=server.enrolment_code(store.get_state("username")))
    assert sync(store).applied == 2
    assert len([v for v in server_versions(server) if v in
                {json.loads(r["body"])["version_id"] for r in
                 store.db.query("SELECT body FROM record_versions")}]) == 2


def test_cancel_stops_between_requests_and_keeps_the_queue(store):
    doorstep(store)
    with pytest.raises(SyncError) as err:
        sync(store, should_abort=lambda: True)
    assert err.value.kind == "cancelled"
    assert store.outbox_count() == 1


def test_offline_is_a_plain_error(tmp_path):
    from tests.live_server import free_port
    from tests.sync_helpers import open_store

    store = open_store(tmp_path)
    with pytest.raises(SyncError) as err:
        connection.connect(store, f"http://127.0.0.1:{free_port()}", code="ABCD-EFGH")
    assert err.value.kind == "offline" and "cannot be reached" in err.value.user_message
    store.close()

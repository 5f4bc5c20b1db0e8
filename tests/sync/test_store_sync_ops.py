"""The store's sync side on a real SQLite file, without a server."""

import contextlib
import json
import os
import stat

from champion_app.entities import PulledChange, parse_change
from champion_app.protocol import Change, MutationResult
from champion_app.records import Draft
from sync import credentials
from tests.sync_helpers import doorstep, open_store


def results(*answers: dict) -> list[MutationResult]:
    return [MutationResult.model_validate(a) for a in answers]


def page(*changes: dict) -> list[PulledChange]:
    return [parse_change(Change.model_validate({"seq": n, **c}))
            for n, c in enumerate(changes, 1)]


def _version_of(store, record_id):
    return store._record_row(record_id)["current_version_id"]


def test_batches_keep_send_order_and_limits(tmp_path):
    store = open_store(tmp_path)
    ids = [doorstep(store, f"note {i}") for i in range(7)]
    batch = store.outbox_batch(max_items=5)
    assert len(batch) == 5
    assert [b.id for b in batch] == sorted(b.id for b in batch)
    assert [b.entity_id for b in batch] == [_version_of(store, i) for i in ids[:5]]
    one_size = batch[0].bytes + 128
    assert len(store.outbox_batch(max_bytes=4096 + 2 * one_size + 10)) == 2
    assert len(store.outbox_batch(max_bytes=1)) == 1  # never stuck behind a big one
    store.close()


def test_the_version_keeps_its_mutation_id(tmp_path):
    store = open_store(tmp_path)
    record_id = doorstep(store)
    item = store.outbox_items()[0]
    row = next(store.db.query("SELECT mutation_id FROM record_versions WHERE version_id = ?",
                              [_version_of(store, record_id)]))
    assert row["mutation_id"] == item.mutation_id
    store.close()


def test_results_are_recorded_with_the_removal_of_their_row(tmp_path):
    store = open_store(tmp_path)
    a, b, c = (doorstep(store, t) for t in "abc")
    items = store.outbox_items()
    changes = store.apply_push_results(results(
        {"mutation_id": items[0].mutation_id, "status": "applied", "seq": 10},
        {"mutation_id": items[1].mutation_id, "status": "rejected",
         "error": {"code": "validation", "message": "Some answers are not valid.",
                   "fields": {"payload.topics": "Choose one."}}},
        {"mutation_id": items[2].mutation_id, "status": "needs_blobs", "missing": []},
        {"mutation_id": "unknown", "status": "applied", "seq": 11},
    ))
    assert changes.record_ids == {a, b}
    rows = store.rows_by_id([a, b, c])
    assert rows[a].state == "sent"
    assert rows[b].state == "rejected" and "payload.topics: Choose one." in rows[b].attention
    assert rows[c].state == "queued"
    assert [i.mutation_id for i in store.outbox_items()] == [items[2].mutation_id]
    assert store.get_record(a).versions[0]["seq"] == 10
    # The same answer again (it was duplicated on the way) changes nothing.
    store.apply_push_results(results({"mutation_id": items[0].mutation_id,
                                      "status": "applied", "seq": 10}))
    assert store.outbox_count() == 1
    store.close()


def test_a_page_and_its_cursor_land_together(tmp_path):
    store = open_store(tmp_path)
    good = page({"entity": "estate", "id": "E1", "op": "put",
                 "data": {"id": "E1", "name": "Oak", "area": ""}},
                {"entity": "job", "id": "WO-1", "op": "put", "data": {"ref": "WO-1"}})
    broken = PulledChange(3, "review", "r1", "put", None)  # no data: applying it fails
    with contextlib.suppress(AttributeError):
        store.apply_pull_page([*good, broken], cursor=5, server_epoch="e1")
    assert store.pull_cursor() == 0 and store.estates() == []  # nothing half-applied
    store.apply_pull_page(good, cursor=5, server_epoch="e1")
    assert store.pull_cursor() == 5 and store.server_epoch() == "e1"
    assert [e["id"] for e in store.estates()] == ["E1"]
    store.close()


def test_reset_keeps_authored_and_requeues_under_the_original_ids(tmp_path):
    store = open_store(tmp_path)
    sent = doorstep(store, "sent one")
    item = store.outbox_items()[0]
    store.apply_push_results(results({"mutation_id": item.mutation_id, "status": "applied",
                                      "seq": 3}))
    draft = store.save_draft(Draft(kind="doorstep", estate_id="E1")).record_id
    store.apply_pull_page(page(
        {"entity": "estate", "id": "E1", "op": "put", "data": {"id": "E1", "name": "Oak"}},
        {"entity": "record_version", "id": "other-v", "op": "put", "data": {
            "record_id": "other-r", "version_id": "other-v", "kind": "doorstep",
            "created_at": "2026-01-01T00:00:00Z", "submitted_at": "2026-01-01T00:00:00Z",
            "estate_id": "E1", "author_id": "someone", "payload": {"topics": ["repairs"]},
            "attachments": [], "seq": 4, "received_at": "2026-01-01T00:00:01Z",
            "conflict": False}}), cursor=4, server_epoch="e1")
    assert store.count_records() == 3
    outcome = store.apply_pull_page([], cursor=0, server_epoch="e2", requested_cursor=4)
    assert outcome.did_reset and outcome.restart
    assert store.pull_cursor() == 0 and store.estates() == []
    assert {r.record_id for r in store.list_records()} == {sent, draft}
    again = store.outbox_items()
    assert [(i.mutation_id, i.data) for i in again] == [(item.mutation_id, item.data)]
    assert store.rows_by_id([sent])[sent].state == "queued"
    store.close()


def test_token_file_is_private_and_per_device(tmp_path):
    assert not credentials.keyring_available()  # tests run with the null keyring backend
    assert credentials.save_token(tmp_path, "dev-1", "s3cret") == credentials.FILE
    path = tmp_path / credentials.TOKEN_FILE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert credentials.load_token(tmp_path, "dev-1") == "s3cret"
    assert credentials.load_token(tmp_path, "dev-2") is None
    credentials.delete_token(tmp_path, "dev-2")  # another device's: left alone
    assert path.exists()
    credentials.delete_token(tmp_path, "dev-1")
    assert not path.exists()


def test_the_token_never_reaches_the_database_or_log(tmp_path, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    store = open_store(tmp_path)
    credentials.save_token(tmp_path, "dev-1", "tok-VERY-SECRET")
    dump = json.dumps([dict(r) for r in store.db.query("SELECT * FROM sync_state")])
    assert "tok-VERY-SECRET" not in dump and "tok-VERY-SECRET" not in caplog.text
    store.close()

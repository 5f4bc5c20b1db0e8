"""A record erased on the server, and contact details cleared by retention, on a laptop's
store: everything of the record goes, photos included; nothing else does."""

from __future__ import annotations

import hashlib
import json

import pytest

from champion_app.entities import parse_change
from champion_app.protocol import Change
from champion_app.records import Draft
from tests.core.test_encryption import jpeg
from tests.sync_helpers import open_store


def page(*changes: dict):
    return [parse_change(Change.model_validate({"seq": n, **c}))
            for n, c in enumerate(changes, 100)]


def with_photo(store, tmp_path, text: str, name: str, home_id: str | None = None
               ) -> tuple[str, str]:
    picture = tmp_path / f"{name}.jpg"
    picture.parent.mkdir(parents=True, exist_ok=True)
    picture.write_bytes(jpeg(name))
    attachment = store.add_photo(picture)
    draft = Draft(kind="doorstep", estate_id="E1", home_id=home_id, payload={
        "topics": ["repairs"], "what_was_said": text,
        "consent": {"contact": {"given": True, "at": "2026-01-01T09:00:00Z"}},
        "contact": {"name": "Ada Pennyworth", "phone": "07700900461"}},
        attachments=[{**attachment, "caption": name}])
    record_id = store.save_draft(draft).record_id
    store.submit(record_id)
    return record_id, attachment["sha256"]


def test_an_erased_record_goes_with_its_edit_queue_and_photo(tmp_path):
    store = open_store(tmp_path / "laptop")
    try:
        erased, photo = with_photo(store, tmp_path, "Erase me, please", "erased")
        kept, kept_photo = with_photo(store, tmp_path, "Keep me", "kept")
        # A queued edit and an edit in progress of the erased record: both go too.
        store.start_edit(erased)
        version = store._record_row(erased)["current_version_id"]
        store.db.execute("INSERT INTO reviews (review_id, version_id, record_id, state, note, "
                         "at) VALUES ('rv1', ?, ?, 'received', 'seen', '2026-01-02')",
                         [version, erased])
        assert store.attachment_path(photo).exists()
        outcome = store.apply_pull_page(page({"entity": "record", "id": erased, "op": "delete"}),
                                        cursor=100, server_epoch="e")
        assert erased in outcome.changes.record_ids
        assert store._record_row(erased) is None
        for table, column in (("record_versions", "record_id"), ("reviews", "record_id"),
                              ("comments", "record_id")):
            assert not store.db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?",
                                        [erased]).fetchone()
        assert [i.entity_id for i in store.outbox_items()] == [
            store._record_row(kept)["current_version_id"]]
        assert not store.attachment_path(photo).exists()
        assert store.db["attachments"].get(kept_photo)
        assert hashlib.sha256(store.read_photo(kept_photo)).hexdigest() == kept_photo
        # Applying the same page again changes nothing (a pull repeated after a crash).
        store.apply_pull_page(page({"entity": "record", "id": erased, "op": "delete"}),
                              cursor=100, server_epoch="e")
        assert store._record_row(kept) is not None
    finally:
        store.close()


def test_an_erased_record_leaves_no_report_row_case_step_or_sent_journal(tmp_path):
    # What other issues keep about a record: its report rows (#11, kept by triggers on
    # records), a coordinator's case steps (#10) and the journal of what was sent, which a
    # reset would send again (#13). None of it may outlive the erasure; the other record's stays.
    store = open_store(tmp_path / "laptop")
    try:
        erased, _ = with_photo(store, tmp_path, "Erase me, please", "erased")
        kept, _ = with_photo(store, tmp_path, "Keep me", "kept")
        for record_id in (erased, kept):
            store.db.execute(
                "INSERT INTO case_events (event_id, record_id, case_kind, state, note, at) "
                "VALUES (?, ?, 'hazard', 'passed_to_repairs', 'Rang Ada', '2026-01-02')",
                [f"ev-{record_id}", record_id])
            store.db.execute(
                "INSERT INTO sent_mutations (mutation_id, type, entity_id, body, seq, sent_at) "
                "VALUES (?, 'comment', ?, ?, 7, '2026-01-02')",
                [f"m-{record_id}", f"c-{record_id}",
                 json.dumps({"record_id": record_id, "body": "Ada rang again"})])
            store.db.execute(
                "INSERT INTO report_operatives (record_id, position, name_as_given) "
                "VALUES (?, 0, 'Dan')", [record_id])
        assert {r[0] for r in store.db.execute("SELECT record_id FROM report_facts")} == {
            erased, kept}
        store.apply_pull_page(page({"entity": "record", "id": erased, "op": "delete"}),
                              cursor=100, server_epoch="e")
        for table in ("report_facts", "report_operatives", "case_events"):
            left = {r[0] for r in store.db.execute(f"SELECT record_id FROM {table}")}
            assert left == {kept}, table
        journal = [json.loads(r[0])["record_id"]
                   for r in store.db.execute("SELECT body FROM sent_mutations")]
        assert journal == [kept]
    finally:
        store.close()


def test_a_photo_two_records_share_stays_while_one_still_cites_it(tmp_path):
    store = open_store(tmp_path / "laptop")
    try:
        first, photo = with_photo(store, tmp_path, "First", "same")
        second, again = with_photo(store, tmp_path, "Second", "same")
        assert photo == again
        store.apply_pull_page(page({"entity": "record", "id": first, "op": "delete"}),
                              cursor=100, server_epoch="e")
        assert store.attachment_path(photo).exists()
    finally:
        store.close()


def test_cleared_contact_details_replace_the_laptops_copy(tmp_path):
    store = open_store(tmp_path / "laptop")
    try:
        record_id, _ = with_photo(store, tmp_path, "Contact me", "contact")
        [item] = [i for i in store.outbox_items() if i.data["record_id"] == record_id]
        sent = {**item.data, "author_id": "u1", "received_at": "2026-01-01T10:00:00Z",
                "seq": 5, "conflict": False}
        store.apply_push_results([])
        cleared = json.loads(json.dumps(sent))
        cleared["payload"]["contact"] = {"name": "", "phone": "", "email": "",
                                         "wants_callback": False}
        cleared["contact_cleared_at"] = "2027-02-01T03:00:00Z"
        store.apply_pull_page(page({"entity": "record_version", "id": item.entity_id,
                                    "op": "put", "data": cleared}), cursor=100,
                              server_epoch="e")
        body = json.loads(store.db.execute("SELECT body FROM record_versions WHERE "
                                           "version_id = ?", [item.entity_id]).fetchone()[0])
        assert body["payload"]["contact"]["name"] == "" and "contact_cleared_at" not in body
        assert body["payload"]["what_was_said"] == "Contact me"
        detail = store.get_record(record_id)
        assert "Pennyworth" not in json.dumps(detail.versions)
    finally:
        store.close()


def test_a_record_change_is_only_ever_a_delete():
    with pytest.raises(ValueError, match="only ever deleted"):
        page({"entity": "record", "id": "r1", "op": "put", "data": {}})

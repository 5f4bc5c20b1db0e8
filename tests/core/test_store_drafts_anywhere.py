"""Issue #12 in the store: drafts save without an estate, visited jobs, when TP02 was asked."""

import json
from datetime import UTC, datetime

import pytest
from sqlite_utils import Database

from champion_app.records import Draft, RecordInvalid
from champion_app.store import RecordFilter, Store, driver
from champion_app.store.log_indexes import IDS_BY_CHANGE, LEADS
from champion_app.store.migrations import migrations

POST_WORKS = {"part1_rating": "neither", "part2_rating": "neither"}


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "champion.db") as opened:
        yield opened


def test_a_draft_saves_with_nothing_but_its_kind(store):
    record_id = store.save_draft(Draft(kind="walkabout")).record_id
    detail = store.get_record(record_id)
    assert detail.row.estate_id is None and detail.row.state == "draft"
    assert detail.draft == Draft(kind="walkabout")


def test_a_draft_without_an_estate_keeps_the_place_as_typed_and_cannot_be_submitted(store):
    draft = Draft(kind="doorstep", payload={"topics": ["lighting"],
                                            "place_description": "Mill Street, by the Co-op",
                                            "what_was_said": "Two street lights out"})
    record_id = store.save_draft(draft).record_id
    [row] = store.list_records(RecordFilter(text="lights"))
    assert row.address == "Mill Street, by the Co-op" and row.estate_name == ""
    assert store.count_records(RecordFilter(text="co-op")) == 1  # the place is searchable

    with pytest.raises(RecordInvalid) as info:
        store.submit(record_id)
    assert list(info.value.fields) == ["estate_id"]
    assert store.get_record(record_id).draft == draft  # nothing lost, nothing queued
    assert store.outbox_count() == 0

    # Once connected, the estate is chosen and the same draft submits.
    store.save_draft(draft.model_copy(update={"estate_id": "e1"}), record_id=record_id)
    store.submit(record_id)
    assert store.get_record(record_id).row.state == "queued"


def test_the_upgrade_makes_estate_optional_and_keeps_records_and_search(tmp_path):
    path = tmp_path / "champion.db"
    old = Database(path)
    names = [m.name for m in migrations._migrations]
    migrations.apply(old, stop_before=names[names.index("m013_i12_drafts_without_estate"):])
    old.execute(
        "INSERT INTO records (record_id, kind, state, estate_id, summary, search_text, "
        "created_at, updated_at) VALUES ('old-1', 'doorstep', 'draft', 'e1', "
        "'Hedges overgrown', 'hedges overgrown by the play area', "
        "'2025-06-01T09:00:00Z', '2025-06-01T09:00:00Z')")
    # A trigger on records from another migration (reports keep facts this way) must survive.
    old.execute("CREATE TABLE deleted_log (record_id TEXT)")
    old.execute("CREATE TRIGGER log_delete AFTER DELETE ON records BEGIN "
                "INSERT INTO deleted_log VALUES (OLD.record_id); END")
    old.conn.commit()
    with pytest.raises(driver.dbapi().IntegrityError):  # what the first release refused
        old.execute("INSERT INTO records (record_id, kind, created_at, updated_at) "
                    "VALUES ('x', 'doorstep', 'now', 'now')")
    old.close()

    with Store.open(path) as store:
        assert [r.record_id for r in store.list_records(RecordFilter(text="hedges"))] == ["old-1"]
        new_id = store.save_draft(Draft(kind="doorstep", payload={
            "what_was_said": "Hedges cut at last"})).record_id
        assert store.count_records(RecordFilter(text="hedges")) == 2
        store.delete_draft("old-1")  # the search index follows deletes as before
        assert [r.record_id for r in store.list_records(RecordFilter(text="hedges"))] == [new_id]
        assert store.db.execute("SELECT record_id FROM deleted_log").fetchall() == [("old-1",)]
        indexes = {i.name for i in store.db["records"].indexes}
        assert "idx_records_estate_id_cover" in indexes


def _schema_of_records(db) -> list[tuple]:
    """Every index and trigger on records or reading it, as SQLite keeps them."""
    return sorted(db.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
        "AND sql IS NOT NULL AND (tbl_name = 'records' OR sql LIKE '%records%')").fetchall())


def _sent_version(db, record_id: str, version_id: str, rating: str) -> None:
    body = json.dumps({"record_id": record_id, "version_id": version_id, "kind": "doorstep",
                       "estate_id": "e1", "created_at": "2025-06-01T09:00:00Z",
                       "payload": {"ratings": {"TP01": rating}}})
    db.execute("INSERT INTO record_versions (version_id, record_id, body, status, "
               "submitted_at) VALUES (?, ?, ?, 'sent', '2025-06-01T09:05:00Z')",
               [version_id, record_id, body])


def test_the_rebuild_keeps_every_index_trigger_and_column_that_ran_before_it(tmp_path):
    """m013 rebuilds `records` after the reports (m012), the review queue (m006) and the
    search index (m004) hung their triggers, indexes and columns on it: all come back as
    they were, they still work, and the rebuild itself fires none of them."""
    path = tmp_path / "champion.db"
    names = [m.name for m in migrations._migrations]
    assert names.index("m013_i12_drafts_without_estate") > names.index("m012_i11_report_facts")
    old = Database(path)
    old.execute("PRAGMA foreign_keys = ON")  # as the app opens it
    migrations.apply(old, stop_before=names[names.index("m013_i12_drafts_without_estate"):])
    old.execute("INSERT INTO records (record_id, kind, state, estate_id, summary, search_text, "
                "current_version_id, satisfaction, wants_to_complain, conflict, mine, "
                "created_at, updated_at) VALUES ('r1', 'doorstep', 'sent', 'e1', "
                "'Lift broken', 'lift broken again', 'v1', 'very_dissatisfied', 1, 1, 0, "
                "'2025-06-01T09:00:00Z', '2025-06-01T09:05:00Z')")
    _sent_version(old, "r1", "v1", "very_dissatisfied")
    old.conn.commit()
    before = _schema_of_records(old)
    columns = [(c.name, c.type, c.notnull and c.name != "estate_id")
               for c in old["records"].columns]
    on_records = {name for _type, name, table, _sql in before if table == "records"}
    assert {"report_on_current", "report_on_record_delete", "records_ai", "records_ad",
            "records_au", "idx_records_queue", "idx_records_author",
            "idx_records_estate_id_cover"} <= on_records
    assert "report_on_version" in {name for _type, name, _table, _sql in before}
    assert old.execute("SELECT tp01 FROM report_facts").fetchall() == [(5,)]
    old.close()

    with Store.open(path) as store:
        db = store.db
        # As they were, but for what later migrations remade: the search index's update
        # trigger (m014 narrows it to changes of the search text) and the report triggers
        # (m015 dates report rows by the visit), and My log's covering indexes (m017 widens
        # them and adds a narrow one for the whole log).
        later = {"records_au", "report_on_version", "report_on_current",
                 "report_on_record_delete", "report_on_version_delete", *LEADS}
        after = _schema_of_records(db)
        assert [s for s in after if s[1] not in later | {IDS_BY_CHANGE}] == [
            s for s in before if s[1] not in later]
        assert {s[1] for s in after} == {s[1] for s in before} | {IDS_BY_CHANGE}
        assert 'UPDATE OF "search_text"' in next(s[3] for s in after if s[1] == "records_au")
        assert "visited_at" in next(s[3] for s in after if s[1] == "report_on_current")
        assert [(c.name, c.type, c.notnull) for c in db["records"].columns] == columns
        # Kept as they were: the row's derived columns and its report facts (dropping the old
        # table fired no delete trigger).
        assert db.execute("SELECT satisfaction, wants_to_complain, conflict, mine FROM records"
                          ).fetchall() == [("very_dissatisfied", 1, 1, 0)]
        assert db.execute("SELECT record_id, tp01 FROM report_facts").fetchall() == [("r1", 5)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        # And every trigger still works on the new table: a new current version refills the
        # report facts, the search index follows, a delete clears the facts.
        _sent_version(db, "r1", "v2", "fairly_satisfied")
        db.execute("UPDATE records SET current_version_id = 'v2', search_text = 'lift mended' "
                   "WHERE record_id = 'r1'")
        assert db.execute("SELECT version_id, tp01 FROM report_facts").fetchall() == [("v2", 2)]
        assert store.count_records(RecordFilter(text="mended")) == 1
        assert store.count_records(RecordFilter(text="broken")) == 0
        db.execute("DELETE FROM record_versions WHERE record_id = 'r1'")
        db.execute("DELETE FROM records WHERE record_id = 'r1'")
        assert db.execute("SELECT count(*) FROM report_facts").fetchone() == (0,)
        assert store.count_records(RecordFilter(text="mended")) == 0
        # The defaults still give numbers (sqlite-utils writes DEFAULT 1 as DEFAULT '1'; the
        # INTEGER columns turn it back into 1) and the state is still checked.
        db.execute("INSERT INTO records (record_id, kind, created_at, updated_at) "
                   "VALUES ('r2', 'walkabout', 'now', 'now')")
        assert db.execute("SELECT typeof(mine), mine, conflict, wants_to_complain, state, "
                          "hazard, estate_id FROM records").fetchall() == [
            ("integer", 1, 0, 0, "draft", "none", None)]
        with pytest.raises(driver.dbapi().IntegrityError):
            db.execute("UPDATE records SET state = 'lost'")


def test_only_a_submitted_visit_of_any_kind_marks_a_job_visited(store):
    store.save_draft(Draft(kind="post_works", estate_id="e1", job_ref="WO-1", payload=POST_WORKS))
    assert store.visited_job_refs() == set()  # a saved draft is not a visit
    block = store.save_draft(Draft(kind="block", estate_id="e1", job_ref="WO-2", payload={
        "conditions": {"lifts": "B"}})).record_id
    store.submit(block)
    assert store.visited_job_refs() == {"WO-2"}


def test_when_tp02_was_last_asked_at_a_home_by_visit_time(store):
    assert store.last_asked("h1", "TP02") is None
    for kind, payload in (
            ("doorstep", {"topics": ["repairs"], "ratings": {"TP02": "neither"},
                          "visited_at": "2026-01-10T10:00:00Z"}),
            ("post_works", {**POST_WORKS, "repair_rating": "fairly_satisfied",
                            "visited_at": "2026-02-20T15:00:00Z"}),
            ("post_works", {**POST_WORKS, "visited_at": "2026-03-01T10:00:00Z"})):  # not asked
        record_id = store.save_draft(Draft(kind=kind, estate_id="e1", home_id="h1",
                                           payload=payload)).record_id
        store.submit(record_id)
    store.save_draft(Draft(kind="doorstep", estate_id="e1", home_id="h2", payload={
        "ratings": {"TP02": "neither"}, "visited_at": "2026-03-02T10:00:00Z"}))
    assert store.last_asked("h1", "TP02") == (datetime(2026, 2, 20, 15, tzinfo=UTC),
                                              "post_works")
    assert store.last_asked("h1", "TP05") is None

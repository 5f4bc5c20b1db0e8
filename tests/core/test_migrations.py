"""Migrations upgrade an older database file in place, keeping everything in it."""

import pytest
from sqlite_utils import Database

from champion_app.errors import StoreError
from champion_app.records import Draft
from champion_app.store import Store
from champion_app.store.migrations import migrations
from tests.keys import keyed_connection


def applied(path) -> list[str]:
    conn = keyed_connection(path)
    try:
        return [row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [migrations.name])]
    finally:
        conn.close()


def all_names() -> list[str]:
    return [m.name for m in migrations._migrations]


def test_a_file_with_only_the_first_migration_is_upgraded_and_keeps_its_records(tmp_path):
    # A database as the first release left it: only m001, and a record written then by hand
    # (with that release's columns, not through today's code). Encrypted with the folder's
    # key, so this is about the schema migrations alone (tests/core/test_encryption.py
    # upgrades a plaintext one, which encryption necessarily rewrites as a new file).
    path = tmp_path / "champion.db"
    old = Database(keyed_connection(path))
    migrations.apply(old, stop_before=all_names()[1:])
    old.execute(
        "INSERT INTO records (record_id, kind, state, estate_id, summary, search_text, "
        "created_at, updated_at) VALUES ('old-1', 'doorstep', 'draft', 'e1', "
        "'Hedges overgrown', 'Hedges overgrown by the play area', "
        "'2025-06-01T09:00:00Z', '2025-06-01T09:00:00Z')")
    old.conn.commit()
    old.close()
    assert applied(path) == all_names()[:1]
    inode = path.stat().st_ino

    with Store.open(path) as store:
        assert [r.record_id for r in store.list_records()] == ["old-1"]
        assert store.get_record("old-1").row.summary == "Hedges overgrown"
        from champion_app.store import RecordFilter
        assert store.count_records(RecordFilter(text="hedges")) == 1

    assert applied(path) == all_names()
    assert path.stat().st_ino == inode  # upgraded in place, not replaced by a new file


def test_a_later_migration_is_applied_to_an_existing_file(tmp_path, monkeypatch):
    # Today's file, opened by a future release that adds a migration: the new step runs once,
    # on the same file, and the records already there come through untouched.
    path = tmp_path / "champion.db"
    with Store.open(path) as store:
        record_id = store.save_draft(Draft(kind="doorstep", estate_id="e1", payload={
            "topics": ["lighting"], "what_was_said": "Path lights out"})).record_id
        store.submit(record_id)
        before = store.get_record(record_id)

    monkeypatch.setattr(migrations, "_migrations", list(migrations._migrations))

    @migrations()
    def m999_future_column(db):
        db["records"].add_column("future_flag", int, not_null_default=0)

    with Store.open(path) as store:
        assert "future_flag" in store.db["records"].columns_dict
        after = store.get_record(record_id)
    assert after.versions == before.versions
    assert after.row == before.row
    assert applied(path)[-1] == "m999_future_column"

    with Store.open(path):  # and never twice
        pass
    assert applied(path).count("m999_future_column") == 1


def test_a_file_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "champion.db"
    Store.open(path).close()
    db = keyed_connection(path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
               "VALUES ('champion', 'm999_from_the_future', '2030-01-01')")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert str(path) in caught.value.user_message
    assert "newer version" in caught.value.user_message
    assert path.read_bytes() == before


def test_the_search_index_is_rewritten_only_when_the_text_changes(tmp_path):
    with Store.open(tmp_path / "champion.db") as store:
        record_id = store.save_draft(Draft(kind="doorstep", estate_id="e1", payload={
            "topics": ["lifts"], "what_was_said": "Lift stuck between floors"})).record_id
        store.submit(record_id)
        fts_rows = lambda: store.db.execute(  # noqa: E731 - the index's own row count
            "SELECT count(*) FROM records_fts_docsize").fetchone()[0]
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = store.db.execute("SELECT count(*) FROM records_fts_data").fetchone()[0]
        with store.write():  # a state change, as a sync makes: the index is not touched
            store.db.execute("UPDATE records SET state = 'sent' WHERE record_id = ?",
                             [record_id])
        assert store.db.execute("SELECT count(*) FROM records_fts_data").fetchone()[0] == before
        from champion_app.store import RecordFilter
        assert store.count_records(RecordFilter(text="stuck")) == 1
        store.start_edit(record_id)  # an edit that changes the words: the index follows
        store.save_draft(Draft(kind="doorstep", estate_id="e1", payload={
            "topics": ["lifts"], "what_was_said": "Lift mended at last"}), record_id=record_id)
        assert store.count_records(RecordFilter(text="stuck")) == 0
        assert store.count_records(RecordFilter(text="mended")) == 1
        assert fts_rows() == 1

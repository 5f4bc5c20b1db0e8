"""The local schema, changed only through sqlite-utils migrations (applied at every open)."""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("champion")


@migrations()
def m001_initial(db: Database) -> None:
    db.execute("""
        CREATE TABLE records (
            record_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'draft'
                CHECK (state IN ('draft', 'queued', 'sent', 'reviewed', 'rejected')),
            estate_id TEXT NOT NULL,
            block_id TEXT,
            home_id TEXT,
            job_ref TEXT,
            hazard TEXT NOT NULL DEFAULT 'none',
            summary TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT '',
            draft TEXT,                -- JSON of the editable content; NULL when nothing is pending
            current_version_id TEXT,   -- newest submitted version
            author_id TEXT NOT NULL DEFAULT '',
            mine INTEGER NOT NULL DEFAULT 1,  -- 0 for records pulled from others (coordinators)
            review_state TEXT,
            attention TEXT NOT NULL DEFAULT '',
            conflict INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            submitted_at TEXT
        )""")
    for column in ("state", "estate_id", "kind", "updated_at", "created_at", "hazard"):
        db.execute(f"CREATE INDEX idx_records_{column} ON records({column})")
    db.execute("""
        CREATE TABLE record_versions (
            version_id TEXT PRIMARY KEY,
            record_id TEXT NOT NULL REFERENCES records(record_id),
            base_version_id TEXT,
            body TEXT NOT NULL,        -- the frozen RecordVersion as JSON, exactly as sent
            status TEXT NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued', 'sent', 'rejected', 'pulled')),
            error TEXT,
            seq INTEGER,
            received_at TEXT,
            conflict INTEGER NOT NULL DEFAULT 0,
            submitted_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX idx_versions_record ON record_versions(record_id)")
    db.execute("""
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,  -- send order
            mutation_id TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            body TEXT NOT NULL,                    -- the mutation's data as JSON
            bytes INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE attachments (
            sha256 TEXT PRIMARY KEY,
            file_name TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            mime TEXT NOT NULL,
            uploaded INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE TABLE estates (id TEXT PRIMARY KEY, name TEXT NOT NULL, area TEXT)")
    db.execute("""CREATE TABLE blocks (id TEXT PRIMARY KEY, estate_id TEXT NOT NULL, name TEXT NOT NULL,
                  address TEXT, has_communal_areas INTEGER NOT NULL DEFAULT 1)""")
    db.execute("""CREATE TABLE homes (id TEXT PRIMARY KEY, block_id TEXT, estate_id TEXT,
                  address TEXT NOT NULL, uprn TEXT)""")
    db.execute("""
        CREATE TABLE jobs (
            ref TEXT PRIMARY KEY, home_id TEXT, block_id TEXT, estate_id TEXT,
            description TEXT, trade TEXT, priority TEXT, delivered_by TEXT,
            reported_at TEXT, dispatched_at TEXT, completed_at TEXT,
            operative_ids TEXT NOT NULL DEFAULT '[]'
        )""")
    db.execute("CREATE INDEX idx_jobs_completed ON jobs(completed_at)")
    db.execute("CREATE TABLE operatives (id TEXT PRIMARY KEY, display_name TEXT NOT NULL, employer TEXT)")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("""CREATE TABLE reviews (review_id TEXT PRIMARY KEY, version_id TEXT NOT NULL,
                  record_id TEXT, state TEXT NOT NULL, note TEXT, at TEXT NOT NULL)""")
    db.execute("CREATE INDEX idx_reviews_version ON reviews(version_id)")
    db.execute("""CREATE TABLE comments (comment_id TEXT PRIMARY KEY, record_id TEXT NOT NULL,
                  body TEXT NOT NULL, at TEXT NOT NULL, mine INTEGER NOT NULL DEFAULT 0)""")
    db.execute("CREATE INDEX idx_comments_record ON comments(record_id)")
    db.execute("""CREATE TABLE actions (action_id TEXT PRIMARY KEY, version INTEGER NOT NULL,
                  estate_id TEXT NOT NULL, published INTEGER NOT NULL DEFAULT 0,
                  status TEXT NOT NULL, body TEXT NOT NULL, updated_at TEXT NOT NULL)""")
    db.execute("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT)")
    # Search-as-you-type over free text, kept in step with records by triggers.
    db.table("records").enable_fts(["search_text"], fts_version="FTS5", create_triggers=True,
                                   tokenize="unicode61 remove_diacritics 2")


@migrations()
def m002_sync(db: Database) -> None:
    """What sync needs on top of m001: each version's original mutation_id, a quarantine."""
    # Kept on the version so a reset can queue it again under the SAME id: the server then
    # answers `duplicate` instead of storing it twice.
    db.execute("ALTER TABLE record_versions ADD COLUMN mutation_id TEXT")
    db.execute("CREATE INDEX idx_versions_mutation ON record_versions(mutation_id)")
    db.execute("""UPDATE record_versions SET mutation_id = (
                      SELECT o.mutation_id FROM outbox o
                      WHERE o.type = 'record_version' AND o.entity_id = record_versions.version_id)
                  WHERE mutation_id IS NULL""")
    # submit() writes the version, then its outbox row, in one transaction: this copies the
    # mutation_id across inside that same transaction, whoever wrote the outbox row.
    db.execute("""
        CREATE TRIGGER outbox_version_mutation_id AFTER INSERT ON outbox
        WHEN NEW.type = 'record_version'
        BEGIN
            UPDATE record_versions SET mutation_id = NEW.mutation_id
            WHERE version_id = NEW.entity_id AND mutation_id IS NULL;
        END""")
    # Mutations the server answered `rejected` or `conflict`: final, kept to show and redo.
    db.execute("""
        CREATE TABLE quarantine (
            mutation_id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            body TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('rejected', 'conflict')),
            reason TEXT NOT NULL DEFAULT '',
            detail TEXT,             -- the server's error or current copy, as JSON
            at TEXT NOT NULL
        )""")
    # Champion accounts (coordinators pull them): kept as the server sent them.
    db.execute("CREATE TABLE champions (id TEXT PRIMARY KEY, body TEXT NOT NULL)")


@migrations()
def m003_covering_sort_indexes(db: Database) -> None:
    # My log sorts by "last changed" and holds only ids: indexes that carry the sort key and
    # the id answer a filtered, sorted id list without reading the (wide) record rows.
    # They replace the single-column ones, which serve as their prefixes, so a submit
    # maintains no more indexes than before.
    for old, columns in (("idx_records_updated_at", "updated_at"),
                         ("idx_records_kind", "kind, updated_at"),
                         ("idx_records_created_at", "created_at, updated_at"),
                         ("idx_records_estate_id", "estate_id, updated_at")):
        db.execute(f"DROP INDEX IF EXISTS {old}")
        db.execute(f"CREATE INDEX {old}_cover ON records({columns}, record_id)")
    # submit() now writes the version's mutation_id itself.
    db.execute("DROP TRIGGER IF EXISTS outbox_version_mutation_id")


@migrations()
def m004_search_words_from_python(db: Database) -> None:
    """Search tokenised once, in Python (`queries.searchable`), for index and query alike.

    The index used SQLite's unicode61 tokenizer (Unicode 6.1), the query Python's newer
    Unicode, so some words could not be found. Every stored search text is put through
    today's `searchable` (applied to the old text it gives the same as applied to the
    original), and the index is rebuilt on the ascii tokenizer, which splits only on the
    spaces `searchable` leaves.
    """
    from .queries import searchable

    db.table("records").disable_fts()
    db.conn.executemany("UPDATE records SET search_text = ? WHERE rowid = ?",
                   [(searchable(text), rowid) for rowid, text in
                    db.execute("SELECT rowid, search_text FROM records").fetchall()])
    db.table("records").enable_fts(["search_text"], fts_version="FTS5", create_triggers=True,
                                   tokenize="ascii")


@migrations()
def m005_i14_search_index_follows_the_text_only(db: Database) -> None:
    """The FTS index is rewritten only when a record's search text changes.

    sqlite-utils' update trigger fired on every UPDATE of a record (a state change after a
    sync, a review, submit's bookkeeping), deleting and re-inserting the record's words each
    time. Since the store is encrypted, every page written costs an encryption and an HMAC:
    this takes about one page in seven off a save and submit (41.7 to 35.9 WAL pages).
    """
    db.execute('DROP TRIGGER IF EXISTS "records_au"')
    db.execute("""
        CREATE TRIGGER "records_au" AFTER UPDATE OF "search_text" ON "records" BEGIN
          INSERT INTO "records_fts" ("records_fts", rowid, "search_text")
            VALUES('delete', old.rowid, old."search_text");
          INSERT INTO "records_fts" (rowid, "search_text") VALUES (new.rowid, new."search_text");
        END""")

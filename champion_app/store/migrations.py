"""The local schema, changed only through sqlite-utils migrations (applied at every open)."""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .log_indexes import create_log_indexes
from .report_summary import create_report_summary
from .report_triggers import (
    REPORT_CHECKS,
    REPORT_RATINGS,
    STARTED,
    VISIT_TIME,
    create_report_triggers,
)

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
def m005_i10_case_events(db: Database) -> None:
    """Hazard cases and complaint referrals (issue #10): append-only events on records.

    ``seq`` is the server's (NULL until sent): the current state is the event with the
    highest seq, unsent ones after every pulled one. ``status`` as for record versions.
    """
    db.execute("""
        CREATE TABLE case_events (
            event_id TEXT PRIMARY KEY,
            record_id TEXT NOT NULL,
            case_kind TEXT NOT NULL CHECK (case_kind IN ('hazard', 'complaint')),
            state TEXT NOT NULL,
            reference TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            author_id TEXT NOT NULL DEFAULT '',
            seq INTEGER,
            status TEXT NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued', 'sent', 'pulled', 'rejected')),
            error TEXT
        )""")
    db.execute("CREATE INDEX idx_case_events_record ON case_events(record_id, case_kind)")
    # The complaints queue: versions where the resident asked to complain, found without
    # reading every version's JSON (the query repeats this WHERE to use the index).
    db.execute("""CREATE INDEX idx_versions_wants_complaint ON record_versions(record_id)
                  WHERE json_extract(body, '$.payload.complaint.wants_to_complain') = 1""")


@migrations()
def m006_i10_review(db: Database) -> None:
    """What a coordinator's review queue filters and sorts on, and who wrote each comment.

    ``records.satisfaction`` (the kind's headline rating) and ``wants_to_complain`` are
    derived from the current version (or draft) wherever its other columns are written.
    Comments get their author, the server's ``seq`` (thread order: never a laptop's clock)
    and ``unread`` (a reply this laptop has not opened yet); reviews get their author.
    """
    import json

    from champion_app.records import KINDS

    db.execute("ALTER TABLE records ADD COLUMN satisfaction TEXT")
    db.execute("ALTER TABLE records ADD COLUMN wants_to_complain INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE comments ADD COLUMN author_id TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE comments ADD COLUMN seq INTEGER")
    db.execute("ALTER TABLE comments ADD COLUMN unread INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE reviews ADD COLUMN author_id TEXT NOT NULL DEFAULT ''")
    # The queue's count ("Review (12)") and its champion filter read only these indexes.
    db.execute("CREATE INDEX idx_records_queue ON records(mine, review_state)")
    db.execute("CREATE INDEX idx_records_author ON records(author_id, submitted_at)")
    db.execute("CREATE INDEX idx_reviews_record ON reviews(record_id)")
    db.execute("CREATE INDEX idx_comments_unread ON comments(record_id) WHERE unread = 1")
    rows = db.execute("""SELECT r.rowid, r.kind, coalesce(r.draft, v.body) FROM records r
                         LEFT JOIN record_versions v ON v.version_id = r.current_version_id
                         WHERE r.draft IS NOT NULL OR v.body IS NOT NULL""").fetchall()
    updates = []
    for rowid, kind, text in rows:
        payload = (json.loads(text) or {}).get("payload") or {}
        headline = KINDS[kind].headline(payload) if kind in KINDS else None
        complain = bool((payload.get("complaint") or {}).get("wants_to_complain"))
        updates.append((headline, int(complain), rowid))
    db.conn.executemany("UPDATE records SET satisfaction = ?, wants_to_complain = ? "
                        "WHERE rowid = ?", updates)


@migrations()
def m007_i13_server_order(db: Database) -> None:
    """The server's seq on reviews and comments: "newest" is the one the server stored last,
    never the one with the latest `at` (a coordinator's clock can be wrong).

    Rows pulled before this have no seq: 0 keeps them in the order they were pulled (rowid,
    which followed seq) and before anything pulled from now on. NULL means "not sent yet":
    those sort after everything the server has ordered.
    """
    db.execute("ALTER TABLE reviews ADD COLUMN seq INTEGER")  # comments got theirs in m006
    for table, key in (("reviews", "review_id"), ("comments", "comment_id")):
        db.execute(f"UPDATE {table} SET seq = 0 WHERE seq IS NULL AND {key} NOT IN "
                   "(SELECT entity_id FROM outbox)")


@migrations()
def m008_i13_sent_journal(db: Database) -> None:
    """What this laptop wrote and the server acknowledged, besides record versions (which
    keep their own body and mutation_id): comments, reviews, actions and any later mutation
    type. A reset queues them again under their original mutation ids, so a restore that
    lost them on the server does not lose them for good (repeats answer `duplicate`)."""
    db.execute("""
        CREATE TABLE sent_mutations (
            mutation_id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            body TEXT NOT NULL,       -- the mutation's data as JSON, exactly as sent
            seq INTEGER,              -- the server's seq when it acknowledged it
            sent_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX idx_sent_mutations_entity ON sent_mutations(type, entity_id)")


@migrations()
def m009_i13_outbox_problem(db: Database) -> None:
    """Why a queued item cannot go without a person (too large for the server, a photo
    missing from this laptop), in plain words; shown on its record."""
    db.execute("ALTER TABLE outbox ADD COLUMN problem TEXT")


@migrations()
def m010_i13_held(db: Database) -> None:
    """A version the server holds for a coordinator (its estate left the champion's patch
    while it was queued): kept, shown as waiting for the coordinator, never stranded."""
    db.execute("ALTER TABLE record_versions ADD COLUMN held INTEGER NOT NULL DEFAULT 0")


@migrations()
def m011_i11_contractors(db: Database) -> None:
    """Contractors (a reference entity: firms and in-house teams); jobs and operatives name one."""
    db.execute("""CREATE TABLE contractors (id TEXT PRIMARY KEY, name TEXT NOT NULL,
                  trades TEXT NOT NULL DEFAULT '[]', in_house INTEGER NOT NULL DEFAULT 0)""")
    db.execute("ALTER TABLE jobs ADD COLUMN contractor_id TEXT")
    db.execute("ALTER TABLE operatives ADD COLUMN contractor_id TEXT")


# The rating questions a report counts, each a column of report_facts (its score 1-5, 6 for
# "no answer", NULL when not asked), and where the answer sits in a version's JSON.


@migrations()
def m012_i11_report_facts(db: Database) -> None:
    """Reports read one narrow row per record instead of parsing every version's JSON.

    `report_facts` holds, for each record's current submitted version, the columns a report
    filters and cuts by and each rating as a number; `report_operatives` one row per operative
    feedback. Both are derived: SQL triggers refill a record's rows whenever its current
    version changes (submit, pull, reset, erasure), so every writer (the store, a bulk load)
    keeps them true without knowing they exist. json_extract on 100,000 versions took
    0.6 s for one question; these tables answer a whole report in well under that.
    """
    db.execute("CREATE TABLE report_scale (code TEXT PRIMARY KEY, score INTEGER NOT NULL)")
    db.conn.executemany("INSERT INTO report_scale VALUES (?, ?)", [
        ("very_satisfied", 1), ("fairly_satisfied", 2), ("neither", 3),
        ("fairly_dissatisfied", 4), ("very_dissatisfied", 5), ("strongly_agree", 1),
        ("agree", 2), ("disagree", 4), ("strongly_disagree", 5), ("no_answer", 6)])
    ratings = ", ".join(f"{column} INTEGER" for column, _ in REPORT_RATINGS)
    db.execute(f"""
        CREATE TABLE report_facts (
            record_id TEXT PRIMARY KEY,
            version_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            estate_id TEXT NOT NULL,
            block_id TEXT,
            home_id TEXT,
            job_ref TEXT,
            created_at TEXT NOT NULL,
            work_kind TEXT,
            priority TEXT,
            delivered_by TEXT,
            hazard TEXT NOT NULL,
            complaint_offered INTEGER NOT NULL,
            wants_to_complain INTEGER NOT NULL,
            reported_at TEXT,
            dispatched_at TEXT,
            completed_at TEXT,
            {ratings},
            households_satisfied INTEGER NOT NULL,
            households_answered INTEGER NOT NULL
        )""")
    db.execute("CREATE INDEX idx_report_facts_created ON report_facts(created_at)")
    db.execute("CREATE INDEX idx_report_facts_estate ON report_facts(estate_id, created_at)")
    db.execute("CREATE INDEX idx_report_facts_job ON report_facts(job_ref)")
    checks = ", ".join(f"{check} TEXT" for check in REPORT_CHECKS)
    db.execute(f"""
        CREATE TABLE report_operatives (
            record_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            operative_id TEXT,
            name_as_given TEXT,
            {checks},
            overall INTEGER,
            PRIMARY KEY (record_id, position)
        )""")
    db.execute("CREATE INDEX idx_report_operatives_operative ON report_operatives(operative_id)")

    create_report_triggers(db, STARTED, backfill=True)


@migrations()
def m013_i12_drafts_without_estate(db: Database) -> None:
    """A draft saves with any subset of answers, the estate included (issue #12).

    A laptop that has never connected has no estates to choose from, yet the champion must be
    able to log visits: `records.estate_id` becomes nullable. Submitting still needs an
    estate (the record version requires one). SQLite cannot drop a NOT NULL in place, so
    sqlite-utils rebuilds the table, keeping its rows, its columns (those later migrations
    added: satisfaction, wants_to_complain …) and its rowids (which the search index is keyed
    on). Every index and trigger on `records` (the search index's triggers, the reports'
    `report_on_current` and `report_on_record_delete`, the review queue's indexes, and any an
    earlier migration added) is made again from its own SQL as it was, whatever sqlite-utils
    keeps by itself; dropping the old table fires none of the triggers. Triggers on other
    tables that read `records` (the reports' `report_on_version`) are not touched: the new
    table takes the old one's name.
    """
    schema = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'records' "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name").fetchall()
    for kind, name, _sql in schema:
        if kind == "index":  # made again below, partial and expression indexes included
            db.execute(f"DROP INDEX [{name}]")
    db.table("records").transform(not_null={"estate_id": False})
    for _kind, _name, sql in schema:
        db.execute(sql)


@migrations()
def m014_i14_search_index_follows_the_text_only(db: Database) -> None:
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


@migrations()
def m015_reports_by_visit_time(db: Database) -> None:
    """Reports date a record by its visit, not by when it was started (#10's end-to-end test).

    Notes typed up days later kept the day they were typed in the report tables, so a period,
    a cut by month and a hazard's deadline in the reports missed the visit's own day, which
    the hazard pages already use. `report_facts.created_at` now holds the visit time; the
    triggers that refill it are made again with it, and the rows already there are updated.
    """
    db.execute("DROP TRIGGER IF EXISTS report_on_version")
    db.execute("DROP TRIGGER IF EXISTS report_on_current")
    db.execute("DROP TRIGGER IF EXISTS report_on_record_delete")
    db.execute("DROP TRIGGER IF EXISTS report_on_version_delete")
    create_report_triggers(db, VISIT_TIME, backfill=False)
    db.execute(f"""
        UPDATE report_facts SET created_at = (
            SELECT {VISIT_TIME} FROM record_versions v
            WHERE v.version_id = report_facts.version_id)
        WHERE EXISTS (SELECT 1 FROM record_versions v
                      WHERE v.version_id = report_facts.version_id)""")


@migrations()
def m016_report_summary(db: Database) -> None:
    """Satisfaction by period, estate, kind and kind of work from a few thousand sums.

    `report_summary` adds `report_facts` (and operatives' overall ratings) up by month,
    estate, kind and kind of work, kept true by triggers on the report tables; reports whose
    filter and cut need nothing finer read it instead of 97,000 rows (report_summary.py).
    Repair times read post-works visits' job columns from a covering index instead of
    scanning every wide fact row (110 ms to 35 ms for 29,000 visits).
    """
    create_report_summary(db)
    db.execute("CREATE INDEX idx_report_facts_jobs ON report_facts(kind, job_ref, record_id, "
               "estate_id, created_at, work_kind, priority, delivered_by, reported_at, "
               "dispatched_at, completed_at)")


@migrations()
def m017_log_filters_covered(db: Database) -> None:
    """My log's combined filters (estate, kind, state, date, hazard) and broad words read
    narrow index entries only, never the wide record row (issue #15; log_indexes.py)."""
    create_log_indexes(db)

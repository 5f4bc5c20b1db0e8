"""The indexes My log's filters read: each carries every column a filter tests.

My log lists the ids matching a filter, sorted by "last changed". Each of these indexes leads
with one filter column (or the sort key), then the sort key and the id, then every other
column a `RecordFilter` tests, so any combination of filters is answered from one index
without reading the wide `records` row (draft JSON, search text): a hazard-and-state filter
went from 44 ms to a few, a kind-estate-date-text one from 24 ms (bench_search.py).

A write touches one entry more than before: the unfiltered log and a broad word walk every
id in "last changed" order, and a narrow (updated_at, record_id) index gives them that walk
in half the pages of the wide one (9 against 14 ms for all 100,000 ids).
"""

from sqlite_utils import Database

# Columns a RecordFilter tests (queries.where_clause), besides the full-text search.
FILTER_COLUMNS = ("kind", "estate_id", "state", "created_at", "hazard", "mine")
# index name -> its leading column (the sort key for the unfiltered log)
LEADS = {"idx_records_updated_at_cover": "updated_at",
         "idx_records_kind_cover": "kind",
         "idx_records_estate_id_cover": "estate_id",
         "idx_records_created_at_cover": "created_at"}
# The walk in "last changed" order with nothing to test but the id (and its rowid, which
# every index entry carries: the broad-word search checks it against the FTS hits).
IDS_BY_CHANGE = "idx_records_updated_at_ids"


def columns_of(lead: str) -> list[str]:
    """(lead, updated_at, record_id, every other filter column)."""
    head = [lead] + (["updated_at"] if lead != "updated_at" else []) + ["record_id"]
    return head + [c for c in FILTER_COLUMNS if c not in head]


def create_log_indexes(db: Database) -> None:
    """(Re)make the four covering indexes of m003 with every filter column in them."""
    for name, lead in LEADS.items():
        db.execute(f"DROP INDEX IF EXISTS {name}")
        db.execute(f"CREATE INDEX {name} ON records({', '.join(columns_of(lead))})")
    db.execute(f"CREATE INDEX IF NOT EXISTS {IDS_BY_CHANGE} ON records(updated_at, record_id)")

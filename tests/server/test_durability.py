"""Finding 2 of issue 13, the server's side: a push answered `applied` is on disk.

The laptop deletes its outbox row when the server acknowledges a push, so the server's
SQLite commit must survive a power cut: WAL with ``synchronous=FULL`` (NORMAL may roll the
last commits back after an OS crash or power loss, as SQLite documents), and a photo's file
and folder entry fsynced before `PUT /blobs` answers.
"""


from sqlalchemy import text

from server.blobs import BlobStore
from server.db import make_db_engine

FULL = 2


def test_the_server_sqlite_database_fsyncs_every_commit(tmp_path):
    engine = make_db_engine(str(tmp_path / "server.db"))
    try:
        for _ in range(2):  # every pooled connection, not only the first
            with engine.connect() as conn:
                assert conn.execute(text("PRAGMA synchronous")).scalar() == FULL
                assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        engine.dispose()


def test_a_stored_blob_is_durable_before_it_is_acknowledged(tmp_path, fsynced):
    synced = fsynced
    store = BlobStore(tmp_path / "blobs")
    sha = "ab" * 32
    assert store.put(sha, b"photo bytes")
    # The file's own bytes, and the folder entry that the rename made.
    assert str(store.path(sha).parent.resolve()) in synced

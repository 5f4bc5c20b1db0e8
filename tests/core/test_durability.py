"""Finding 2 of issue 13: a commit the app acknowledges must survive a power cut.

In WAL mode with ``synchronous=NORMAL`` SQLite does not fsync the WAL at each commit, so
SQLite's own documentation says the last commits can roll back after a power loss or an OS
crash. Once the server has acknowledged a push, the laptop deletes the outbox row; a submit
tells the person "saved": both are promises that need ``synchronous=FULL``.
"""

import os

from champion_app.store import Store

FULL = 2  # PRAGMA synchronous answers 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA


def test_the_store_fsyncs_every_commit(tmp_path):
    path = tmp_path / "champion.db"
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == FULL
    # The setting is per connection: an existing file opened again gets it too.
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == FULL
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_photo_is_on_disk_before_a_record_can_cite_it(tmp_path, fsynced):
    """The photo file and its folder entry are fsynced before add_photo returns: a record
    committed with FULL must not cite a photo a power cut could take back."""
    from PIL import Image

    Image.new("RGB", (20, 10), "green").save(tmp_path / "p.png")
    synced = fsynced
    with Store.open(tmp_path / "champion.db") as store:
        att = store.add_photo(tmp_path / "p.png")
        photo = store.attachment_path(att["sha256"])
    # The bytes (written aside under a temporary name, then renamed) and the folder entry.
    assert any(os.path.basename(p).startswith(att["sha256"]) for p in synced)
    assert str(photo.parent.resolve()) in synced

"""Encryption at rest: what another program (or `strings`) sees of a laptop's data folder."""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import stat
import subprocess

import pytest
from PIL import Image
from sqlite_utils import Database

from champion_app.errors import StoreError
from champion_app.records import Draft
from champion_app.store import RecordFilter, Store, driver
from champion_app.vault import Keys, Vault
from champion_app.vault.keys import UNENCRYPTED, encrypt_photo
from tests.keys import keyed_connection

# Words a resident might have said, and details they gave: none may be readable on disk.
SECRETS = ["Pennyworth", "07700900461", "pennyworth@example.org", "12 Larkspur Walk",
           "mould behind the wardrobe"]


def resident_record(store: Store) -> str:
    draft = Draft(kind="doorstep", estate_id="e1", payload={
        "topics": ["damp_mould"], "what_was_said": "Mrs Pennyworth says mould behind the "
        "wardrobe is back, at 12 Larkspur Walk",
        "consent": {"contact": {"given": True, "at": "2026-11-01T10:00:00Z"}},
        "contact": {"name": "Mrs Pennyworth", "phone": "07700900461",
                    "email": "pennyworth@example.org"}})
    record_id = store.save_draft(draft).record_id
    store.submit(record_id)
    return record_id


def jpeg(text: str = "") -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", (64, 48), (120, 40, 200))
    image.save(out, "JPEG", comment=text.encode() if text else None)
    return out.getvalue()


def on_disk(folder) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_the_database_is_unreadable_without_its_key_even_while_open(tmp_path):
    path = tmp_path / "champion.db"
    store = Store.open(path)
    try:
        resident_record(store)
        # Read while the connection is open, with the commits still in the WAL.
        assert (tmp_path / "champion.db-wal").stat().st_size > 0
        raw = on_disk(tmp_path)
        for secret in [*SECRETS, "CREATE TABLE", "record_versions", "SQLite format 3"]:
            assert secret.encode() not in raw, secret
        strings = subprocess.run(["strings", "-n", "6", *map(str, tmp_path.glob("champion*"))],
                                 capture_output=True, text=True, check=True).stdout
        assert not any(s in strings for s in SECRETS)
    finally:
        store.close()
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    wrong = driver.connect(str(path), key=os.urandom(32))
    with pytest.raises(driver.DatabaseError, match="not a database"):
        wrong.execute("SELECT count(*) FROM sqlite_master").fetchone()
    wrong.close()
    # ...and with its key it opens, and search still works.
    with Store.open(path) as store:
        assert store.count_records(RecordFilter(text="wardrobe")) == 1


def test_the_folder_and_every_file_are_private(tmp_path):
    folder = tmp_path / "data"
    with Store.open(folder / "champion.db") as store:
        resident_record(store)
        picture = tmp_path / "p.jpg"
        picture.write_bytes(jpeg())
        store.add_photo(picture)
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.rglob("*")}
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert modes.pop("attachments") == 0o700
    assert modes and set(modes.values()) == {0o600}, modes


def test_a_photo_is_kept_encrypted_under_the_hash_of_its_plaintext(tmp_path):
    picture = tmp_path / "p.jpg"
    picture.write_bytes(jpeg("resident Pennyworth in her kitchen"))
    with Store.open(tmp_path / "data" / "champion.db") as store:
        attachment = store.add_photo(picture)
        sha = attachment["sha256"]
        stored = store.attachment_path(sha)
        data = store.read_photo(sha)
        assert hashlib.sha256(data).hexdigest() == sha and data[:2] == b"\xff\xd8"
        blob = stored.read_bytes()
        assert stored.name == f"{sha}.photo" and blob[:4] == b"ECP1"
        assert b"Pennyworth" not in blob and b"\xff\xd8\xff" not in blob[:64]
        # A file moved onto another photo's name is refused, not shown as that photo.
        other = store.attachment_path("ab" * 32)
        other.write_bytes(blob)
        from champion_app.errors import ChampionError
        with pytest.raises(ChampionError, match="damaged"):
            store.read_photo("ab" * 32)


def test_sqlite_utils_is_patched_for_the_encrypted_driver(tmp_path):
    # Without the patch these raise (and RETURNING leaves a savepoint open for good): a
    # sqlite-utils upgrade that renames what the patch replaces must fail here, loudly.
    with Store.open(tmp_path / "champion.db") as store:
        store.db["not_there"].drop(ignore=True)
        store.db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)")
        assert list(store.db.query("INSERT INTO t (x) VALUES ('a') RETURNING id")) == [{"id": 1}]
        assert not store.db.conn.in_transaction
        store.db["t"].insert({"id": 2, "x": "b", "new_column": 1}, alter=True)
        assert "new_column" in store.db["t"].columns_dict


def plaintext_store(folder) -> tuple[list[str], str]:
    """A store as the app left it before encryption: plain SQLite, photos as {sha}.jpg."""
    folder.mkdir(parents=True, exist_ok=True)
    data = jpeg("kitchen ceiling")
    sha = hashlib.sha256(data).hexdigest()
    (folder / "attachments").mkdir()
    (folder / "attachments" / f"{sha}.jpg").write_bytes(data)
    with Store.open(folder / "champion.db", keys=UNENCRYPTED) as store:
        ids = [resident_record(store) for _ in range(3)]
        store.db["attachments"].insert({"sha256": sha, "file_name": f"{sha}.jpg",
                                        "bytes": len(data), "mime": "image/jpeg",
                                        "created_at": "2026-01-01T00:00:00Z"})
    assert (folder / "champion.db").read_bytes()[:16] == b"SQLite format 3\x00"
    return ids, sha


def test_a_plaintext_store_is_encrypted_in_place_with_everything_in_it(tmp_path):
    folder = tmp_path / "data"
    ids, sha = plaintext_store(folder)
    with Store.open(folder / "champion.db") as store:
        assert {r.record_id for r in store.list_records()} == set(ids)
        assert store.count_records(RecordFilter(text="wardrobe")) == 3
        assert store.outbox_count() == 3
        assert hashlib.sha256(store.read_photo(sha)).hexdigest() == sha
        assert store.db["attachments"].get(sha)["file_name"] == f"{sha}.photo"
    assert not (folder / "attachments" / f"{sha}.jpg").exists()
    assert not any(s.encode() in on_disk(folder) for s in SECRETS)
    # No leftovers of the migration beside it (a copy, a journal, a plaintext WAL).
    assert {p.name for p in folder.iterdir()} <= {
        "attachments", "champion.db", "champion.db-shm", "champion.db-wal", "key.json"}


def test_a_wrong_or_missing_key_never_starts_a_new_empty_store(tmp_path):
    folder = tmp_path / "data"
    with Store.open(folder / "champion.db") as store:
        resident_record(store)
    before = (folder / "champion.db").read_bytes()
    (folder / "key.json").rename(tmp_path / "key.json.away")
    with pytest.raises(StoreError, match="key.json"):
        Store.open(folder / "champion.db")
    assert (folder / "champion.db").read_bytes() == before and not (folder / "key.json").exists()
    # Another folder's key: refused as unreadable, and the file is left exactly as it was.
    Vault(tmp_path / "other", None, demo=True).create()
    (tmp_path / "other" / "key.json").replace(folder / "key.json")
    from champion_app.vault import Unlocker
    with pytest.raises(StoreError, match="damaged"):
        Store.open(folder / "champion.db", keys=Unlocker(None, demo=True)(folder))
    assert (folder / "champion.db").read_bytes() == before


def test_unencrypted_is_only_what_it_says(tmp_path):
    # The benchmarks' baseline opens a plain file and leaves it plain.
    with Store.open(tmp_path / "champion.db", keys=UNENCRYPTED) as store:
        resident_record(store)
    assert Database(sqlite3.connect(tmp_path / "champion.db"))["records"].count == 1
    assert not (tmp_path / "key.json").exists()


def test_a_keyed_connection_is_another_program_with_the_key(tmp_path):
    with Store.open(tmp_path / "champion.db") as store:
        resident_record(store)
    conn = keyed_connection(tmp_path / "champion.db")
    assert conn.execute("SELECT count(*) FROM records").fetchone() == (1,)
    conn.close()


def test_photos_encrypt_with_their_own_key():
    keys = Keys.from_master(bytes(range(32)))
    other = Keys.from_master(bytes(range(1, 33)))
    assert keys.db_key != keys.photo_key and "hidden" in repr(keys)
    blob = encrypt_photo(keys, "cd" * 32, b"\xff\xd8 jpeg")
    from champion_app.vault.keys import decrypt_photo
    assert decrypt_photo(keys, "cd" * 32, blob) == b"\xff\xd8 jpeg"
    with pytest.raises(ValueError):
        decrypt_photo(other, "cd" * 32, blob)


def test_the_log_folder_and_its_files_are_private_too(tmp_path):
    import logging

    from champion_app.log import setup_logging

    path = setup_logging(tmp_path / "logs", "INFO")
    logging.getLogger("champion_app.test").info("written")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert stat.S_IMODE((tmp_path / "logs").stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_shared_folder_is_never_made_private(tmp_path):
    from champion_app.paths import make_private

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp: choosing it as --data-dir must not lock others out
    make_private(shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    mine = make_private(tmp_path / "mine")
    assert stat.S_IMODE(mine.stat().st_mode) == 0o700
    from champion_app import paths
    for folder in (paths.data_dir(tmp_path / "d"), paths.attachments_dir(tmp_path / "d"),
                   paths.log_dir(tmp_path / "d"), paths.demo_data_dir(tmp_path / "d")):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder

"""Finding 6 of issue 13 (a missing photo): a record citing a photo that is no longer on
this laptop used to stay queued for ever, saying nothing. Now the person is told in plain
words, the rest goes, and they can find the photo or send the record without it: the
record itself is never dropped."""

import shutil

import pytest
from PIL import Image

from champion_app.errors import ChampionError
from tests.sync_helpers import connected_store, doorstep, server_versions, sync


@pytest.fixture
def store(tmp_path, server):
    s = connected_store(tmp_path / "laptop", server)
    yield s
    s.close()


def photo_record(store, tmp_path, colour="red"):
    source = tmp_path / f"{colour}.png"
    Image.new("RGB", (40, 30), colour).save(source)
    att = store.add_photo(source)
    record_id = doorstep(store, "Broken fence by the play area", attachments=[att])
    return record_id, att["sha256"], source


def lose(store, sha):
    kept = store.attachment_path(sha).with_suffix(".kept")
    shutil.move(store.attachment_path(sha), kept)
    return kept


def test_the_person_is_told_and_the_rest_is_sent(store, tmp_path, server):
    record_id, sha, _ = photo_record(store, tmp_path)
    lose(store, sha)
    other = doorstep(store, "Street light out")
    result = sync(store)
    assert store.rows_by_id([other])[other].state == "sent"
    row = store.rows_by_id([record_id])[record_id]
    assert row.state == "queued"
    assert "photo" in row.attention and "missing from this laptop" in row.attention
    assert "photo" in result.summary() and result.remaining == 1
    assert store.missing_photos(record_id) == [sha]
    again = sync(store)  # it says so every time, and never loops
    assert again.remaining == 1 and "missing from this laptop" in \
        store.rows_by_id([record_id])[record_id].attention


def test_send_it_without_the_photo(store, tmp_path, server):
    record_id, sha, _ = photo_record(store, tmp_path)
    lose(store, sha)
    sync(store)
    store.remove_missing_photos(record_id)
    result = sync(store)
    assert result.complete and result.remaining == 0
    row = store.rows_by_id([record_id])[record_id]
    assert row.state == "sent" and row.attention == ""
    version_id = store._record_row(record_id)["current_version_id"]
    sent = server_versions(server)[version_id][0]
    assert sent["attachments"] == []
    assert sent["payload"]["what_was_said"] == "Broken fence by the play area"
    assert len(store.get_record(record_id).versions) == 1  # replaced, never sent twice


def test_find_the_photo(store, tmp_path, server):
    record_id, sha, source = photo_record(store, tmp_path)
    kept = lose(store, sha)
    sync(store)
    Image.new("RGB", (40, 30), "blue").save(tmp_path / "wrong.png")
    with pytest.raises(ChampionError, match="not the missing photo"):
        store.restore_photo(sha, tmp_path / "wrong.png")
    store.restore_photo(sha, kept)  # the very file (the original would shrink to it too)
    result = sync(store)
    assert result.complete and result.blobs_uploaded == 1
    assert store.rows_by_id([record_id])[record_id].state == "sent"
    assert (server.blob_dir / sha[:2] / sha).is_file()

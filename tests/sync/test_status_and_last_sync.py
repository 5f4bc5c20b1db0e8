"""What `champion-app status` and the status bar say after a sync, against the real server."""

import pytest

from sync import connection
from sync.client import SyncClient
from sync.commands.status import gather
from sync.engine import run_sync
from sync.errors import SyncError
from tests.live_server import free_port
from tests.sync_helpers import connected_store, doorstep, fast_retry, open_store, sync


@pytest.fixture
def store(tmp_path, server):
    s = connected_store(tmp_path, server)
    yield s
    s.close()


def _sync_offline(store):
    """A sync against a port nobody listens on: fails as `offline`."""
    with connection.client_for(store) as connected:
        token = connected.token
    with SyncClient(f"http://127.0.0.1:{free_port()}", token) as client, \
            pytest.raises(SyncError) as failed:
        run_sync(store, client, retry=fast_retry(attempts=1))
    return failed.value


def test_a_failed_sync_is_not_the_last_sync(store):
    doorstep(store)
    error = _sync_offline(store)
    assert error.kind == "offline"
    assert store.get_state("last_sync_at") is None  # it never synced
    assert store.get_state("last_sync_ok") == "0"
    assert store.get_state("last_sync_message") == error.user_message
    done = sync(store)
    assert store.get_state("last_sync_at") == done.finished_at
    _sync_offline(store)
    assert store.get_state("last_sync_at") == done.finished_at  # still the one that worked
    info = gather(store)
    assert info["last_sync_at"] == done.finished_at and info["last_attempt_at"] >= done.finished_at
    assert info["last_sync_message"] == error.user_message


def test_status_and_sync_agree_on_what_needs_attention(tmp_path, server, coordinator):
    champion = connected_store(tmp_path / "champion", server)
    record_id = doorstep(champion, "Lift out again")
    sync(champion)
    champion.close()
    # A coordinator's laptop pulls the champion's record, edits it and sends the edit: the
    # server refuses (the record is the champion's), so it needs the coordinator's attention.
    coord = open_store(tmp_path / "coordinator")
    try:
        connection.connect(coord, server.url, username="coord", password="correct horse 42")
        sync(coord)
        coord.start_edit(record_id)
        coord.submit(record_id)
        result = sync(coord)
        assert result.rejected == 1 and "1 needs attention" in result.summary()
        assert gather(coord)["counts"]["rejected"] == result.rejected
    finally:
        coord.close()

"""Finding 6 of issue 13 (a 413): a push too large for the server, or for a proxy in front
of it, is split into smaller batches instead of stopping the sync. One record too large on
its own stays queued, says why, and does not hold up the rest."""

import pytest

from tests.body_limit_proxy import BodyLimitProxy
from tests.sync_helpers import assert_server_has_exactly, connected_store, doorstep, sync


@pytest.fixture
def proxied(tmp_path, server):
    proxy = BodyLimitProxy(server.port, max_body=12_000)
    store = connected_store(tmp_path, server)
    store.set_state("server_url", proxy.url)  # from now on through the proxy
    yield store, proxy
    store.close()
    proxy.close()


def test_a_413_splits_the_batch_and_everything_is_sent(proxied, server):
    store, proxy = proxied
    for n in range(30):  # ~1 KB each: ~30 KB in one push, over the proxy's 12 KB
        doorstep(store, f"Note {n}: " + "the stairwell light is out again " * 20)
    result = sync(store)
    assert proxy.refused >= 1
    assert result.applied == 30 and result.complete
    assert_server_has_exactly(server, store)


def test_one_record_too_large_alone_waits_and_the_rest_go(proxied, server):
    store, proxy = proxied
    big = doorstep(store, "x" * 3900 + " " + "y" * 3900 + " " + "z" * 3900 + " " + "w" * 3900)
    small = [doorstep(store, f"Small note {n}") for n in range(3)]
    result = sync(store)
    assert result.applied == 3 and result.remaining == 1
    assert store.rows_by_id([big])[big].state == "queued"
    assert {r.state for r in store.rows_by_id(small).values()} == {"sent"}
    assert "too large" in result.summary()
    assert "too large" in store.rows_by_id([big])[big].attention

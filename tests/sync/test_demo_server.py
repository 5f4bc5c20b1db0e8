"""Demo mode's local server: the demo patch, the sample records, and a second start."""

from champion_app.demo import prepare_demo
from champion_app.store import Store
from sync.demo import start_demo_server
from tests.sync_helpers import sync


def test_demo_server_serves_the_patch_and_takes_the_sample_records(tmp_path):
    server = start_demo_server(tmp_path, port=0)
    try:
        with Store.open(tmp_path / "champion.db") as store:
            prepare_demo(store)  # what demo mode does next: the sample records
            result = sync(store)
            assert result.complete and result.applied >= 10 and not result.rejected
            assert store.get_state("username") == "demo-champion"
    finally:
        server.stop()
    assert server.proc.poll() is not None
    again = start_demo_server(tmp_path, port=0)  # enrolled once; only the port moves
    try:
        with Store.open(tmp_path / "champion.db") as store:
            assert store.get_state("server_url") == again.url
            assert sync(store).sent == 0
    finally:
        again.stop()

"""Fixtures for tests against the real champion-server on loopback, with a sample patch.

tests/sync and tests/e2e import these in their conftest; tests/server has its own `server`
fixture (parametrised over SQLite and PostgreSQL).
"""

import pytest

from tests.live_server import LiveServer


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One real server per test module (SQLite), stopped afterwards."""
    live = LiveServer(tmp_path_factory.mktemp("server"))
    live.start()
    live.add_sample_patch()
    yield live
    live.close()


@pytest.fixture(scope="module")
def coordinator(server):
    """A signed-in coordinator: {"token", "device_id", "user"}."""
    server.add_coordinator("coord", "correct horse 42")
    return server.login("coord", "correct horse 42")

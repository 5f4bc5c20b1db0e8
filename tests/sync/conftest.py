"""Fixtures: the real champion-server on loopback (tests/live_server.py), with a sample patch."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.live_server import LiveServer  # noqa: E402 - needs the path above


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

"""Fixtures: the real champion-server on loopback, with a sample patch (tests/live_fixtures.py)."""

from tests.e2e.two_apps import (  # noqa: F401 - apps on one server
    champion_app,
    coordinator_app,
    other_coordinator_app,
)
from tests.live_fixtures import coordinator, server  # noqa: F401 - fixtures for this folder

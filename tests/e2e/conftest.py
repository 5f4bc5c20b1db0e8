"""Fixtures: the real champion-server on loopback, with a sample patch (tests/live_fixtures.py)."""

from tests.e2e.two_apps import champion_app, coordinator_app  # noqa: F401 - two apps, one server
from tests.live_fixtures import coordinator, server  # noqa: F401 - fixtures for this folder

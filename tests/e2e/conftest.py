"""Fixtures: the real champion-server on loopback, with a sample patch (tests/live_fixtures.py)."""

from tests.live_fixtures import coordinator, server  # noqa: F401 - fixtures for this folder

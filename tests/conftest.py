"""Shared test setup: Qt offscreen, and where the PostgreSQL tests find their server."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test touch the user's real data folder or keyring.
os.environ.setdefault("CHAMPION_DATA_DIR", "/nonexistent-set-by-fixture")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

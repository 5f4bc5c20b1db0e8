"""Shared test setup: Qt offscreen, and where the PostgreSQL tests find their server."""

import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test touch the user's real data folder or keyring: every test session gets a
# fresh, empty data folder (tests that need their own pass --data-dir / tmp_path anyway).
# Set unconditionally, so a CHAMPION_DATA_DIR in the developer's shell is never written to.
_SESSION_DATA_DIR = tempfile.mkdtemp(prefix="champion-test-data-")
os.environ["CHAMPION_DATA_DIR"] = _SESSION_DATA_DIR
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_SESSION_DATA_DIR, ignore_errors=True)

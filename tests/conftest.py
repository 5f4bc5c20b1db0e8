"""Shared test setup: Qt offscreen, and where the PostgreSQL tests find their server."""

import os
import shutil
import tempfile

import pytest
from hypothesis import settings

from champion_app.vault import set_default
from tests.keys import TEST_PASSPHRASE, UNLOCKER

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test touch the user's real data folder or keyring: every test session gets a
# fresh, empty data folder (tests that need their own pass --data-dir / tmp_path anyway).
# Set unconditionally, so a CHAMPION_DATA_DIR in the developer's shell is never written to.
_SESSION_DATA_DIR = tempfile.mkdtemp(prefix="champion-test-data-")
os.environ["CHAMPION_DATA_DIR"] = _SESSION_DATA_DIR
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
# Data folders are encrypted: tests unlock them with one known passphrase (tests/keys.py),
# in this process and in every champion-app started from it.
os.environ["CHAMPION_PASSPHRASE"] = TEST_PASSPHRASE
set_default(UNLOCKER)

# Hypothesis in CI (CI is set): the same examples on every run, derived from each test, so a
# suite that passed keeps passing and a failure is reproduced by running it again with CI=1.
# A failure prints the @reproduce_failure line that replays the exact example.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_report_header(config):
    if settings.default.derandomize:
        return ("hypothesis: ci profile, derandomized (each test's seed is a hash of the test "
                "itself; CI=1 reruns exactly these examples)")
    return None


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_SESSION_DATA_DIR, ignore_errors=True)


@pytest.fixture
def fsynced(monkeypatch) -> list[str]:
    """The paths os.fsync is called on from now on (each fsync still happens)."""
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd):
        synced.append(os.path.realpath(f"/proc/self/fd/{fd}"))
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return synced

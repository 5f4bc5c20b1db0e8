"""Server test fixtures: the real server on loopback, on SQLite and on PostgreSQL."""

import os
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.live_server import (  # noqa: E402 - needs the path above
    LiveServer,
    create_pg_database,
    drop_pg_database,
    pg_base_url,
    pg_reachable,
)

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The base PostgreSQL URL, or a skip (a failure when CHAMPION_REQUIRE_PG is set)."""
    url = pg_base_url()
    problem = pg_reachable(url)
    if problem:
        shown = make_url(url).render_as_string(hide_password=True)
        reason = (f"PostgreSQL not reachable at {shown} ({problem}): run scripts/pg-start as "
                  "root or set CHAMPION_TEST_PG_URL")
        if os.environ.get("CHAMPION_REQUIRE_PG"):
            pytest.fail(reason)
        pytest.skip(reason)
    return url


@pytest.fixture
def pg_database(pg_url):
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    url = create_pg_database(pg_url)
    yield url
    drop_pg_database(url)


@pytest.fixture(scope="module")
def module_pg_database(pg_url):
    url = create_pg_database(pg_url)
    yield url
    drop_pg_database(url)


def _db_url(request, kind: str) -> str | None:
    if kind == "sqlite":
        return None
    return request.getfixturevalue("module_pg_database")


@pytest.fixture(scope="module", params=BACKENDS)
def server(request, tmp_path_factory):
    """One running server per module and backend, with the sample patch imported.

    Tests sharing it make their own users (unique names), so they stay independent."""
    live = LiveServer(tmp_path_factory.mktemp("live"), db_url=_db_url(request, request.param))
    live.backend = request.param
    live.add_sample_patch()
    live.start()
    yield live
    live.close()


@pytest.fixture
def live_server(tmp_path):
    """A fresh server on an SQLite file in tmp_path, started; stopped after the test."""
    live = LiveServer(tmp_path)
    live.start()
    yield live
    live.close()


@pytest.fixture(params=BACKENDS)
def own_server(request, tmp_path):
    """A factory for a server of the test's own (SQLite, then PostgreSQL), with the sample
    patch: ``own_server(env={...}, trusted_proxy=...)``. For tests whose settings or counters
    (rate limits per address, quotas) must not be shared with other tests."""
    started: list[LiveServer] = []
    # Asked for before the server starts, so it is dropped only after the server has stopped.
    db_url = None if request.param == "sqlite" else request.getfixturevalue("pg_database")

    def make(env: dict[str, str] | None = None, **kwargs) -> LiveServer:
        assert not started, "one server per test: they would share the PostgreSQL database"
        live = LiveServer(tmp_path, db_url=db_url, env=env, **kwargs)
        live.backend = request.param
        live.add_sample_patch()
        started.append(live)
        return live.start()

    yield make
    for live in started:
        live.close()

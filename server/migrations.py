"""A small versioned migration scheme: `schema_version` holds each step applied.

Each step runs in its own transaction, so a failed upgrade leaves the database at the last
good version. Steps are append-only: never edit one that has shipped, add the next.
"""

import logging
import secrets
from collections.abc import Callable

from sqlalchemy import Connection, Engine, inspect, select

from . import schema as s
from .db import utcnow, writing

log = logging.getLogger(__name__)


def _v1_initial(conn: Connection) -> None:
    s.metadata.create_all(conn)
    conn.execute(s.seq_counter.insert().values(id=1, value=0))
    # The epoch names this database: a restore from backup under a new epoch makes every
    # client start again (SYNC_PROTOCOL.md "reset").
    conn.execute(s.server_meta.insert(), [
        {"key": "server_epoch", "value": secrets.token_hex(8)},
        {"key": "min_kept_seq", "value": "0"},
    ])


MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [
    (1, _v1_initial),
]
LATEST = MIGRATIONS[-1][0]


def current_version(engine: Engine) -> int:
    with engine.connect() as conn:
        if not inspect(conn).has_table("schema_version"):
            return 0
        return conn.execute(select(s.schema_version.c.version)
                            .order_by(s.schema_version.c.version.desc())).scalar() or 0


def migrate(engine: Engine) -> int:
    """Bring the schema up to date; returns the version reached. Safe to run again."""
    version = current_version(engine)
    for number, step in MIGRATIONS:
        if number <= version:
            continue
        with writing(engine) as conn:
            step(conn)
            conn.execute(s.schema_version.insert().values(version=number, applied_at=utcnow()))
        log.info("database schema upgraded to version %s", number)
        version = number
    return version


def require_current(engine: Engine) -> None:
    version = current_version(engine)
    if version != LATEST:
        raise RuntimeError(
            f"The database is at schema version {version}, this server needs {LATEST}: "
            "run `champion-server init` with the same --db first.")

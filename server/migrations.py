"""The server's schema through Alembic: `migrate` upgrades to the newest revision, and
`require_current` refuses a database that is not there yet.

Revisions live in `server/alembic/versions/` (docs/server.md says how to add one). Every
upgrade runs in one write transaction (DDL is transactional on SQLite and PostgreSQL), so a
failed upgrade leaves the database exactly as it was.

Databases made before Alembic carry a `schema_version` table at version 1, which is the same
schema as revision 0001: `migrate` stamps them at 0001 and drops that table, touching nothing
else.
"""

import argparse
import logging
import re
import sys
import tempfile
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import Script, ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from .db import make_db_engine, writing

log = logging.getLogger(__name__)

SCRIPTS = Path(__file__).resolve().parent / "alembic"
LEGACY_TABLE = "schema_version"
LEGACY_REVISION = "0001"  # what the old scheme's version 1 is, table for table
# Two `init`s at once on PostgreSQL (say, two machines starting): the second waits here for
# the first to commit, then finds nothing left to do. SQLite's BEGIN IMMEDIATE does the same.
_PG_MIGRATION_LOCK = 0x43_68_61_6D_70_69_6F_6E  # "Champion"


def _config(conn: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS).replace("%", "%%"))
    cfg.attributes["connection"] = conn
    return cfg


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head() -> str:
    """The revision this server's code needs."""
    revision = _scripts().get_current_head()
    if revision is None:
        raise RuntimeError("champion-server has no schema revisions (server/alembic/versions)")
    return revision


def _state(conn: Connection) -> tuple[str | None, int | None]:
    """(Alembic revision or None, old-scheme version or None) of the database."""
    revision = MigrationContext.configure(conn).get_current_revision()
    if revision is None and inspect(conn).has_table(LEGACY_TABLE):
        legacy = conn.execute(text(f"SELECT max(version) FROM {LEGACY_TABLE}")).scalar()
        return None, legacy or 0
    return revision, None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _state(conn)[0]


def _describe(revision: str | None, legacy: int | None) -> str:
    if legacy is not None:
        return f"schema version {legacy} (made before Alembic)"
    return f"schema revision {revision}" if revision else "empty (no schema)"


def _known(revision: str) -> bool:
    try:
        return _scripts().get_revision(revision) is not None
    except Exception:  # Alembic raises several kinds for an id it has never seen
        return False


def _newer_than_code(revision: str | None) -> RuntimeError | None:
    if revision is None or _known(revision):
        return None
    return RuntimeError(
        f"The database is at schema revision {revision}, which this champion-server does not "
        f"know (it needs {head()}): a newer champion-server upgraded it. Run that version, "
        "or restore the backup taken before the upgrade.")


def _adopt_legacy(conn: Connection, legacy: int) -> None:
    if legacy != 1:
        raise RuntimeError(
            f"The database has old-style schema version {legacy}, which this champion-server "
            "cannot upgrade (it knows version 1). Nothing was changed.")
    command.stamp(_config(conn), LEGACY_REVISION)
    # alembic_version now says what schema_version said; keeping both would leave two
    # answers to one question, and nothing reads the old table any more.
    conn.execute(text(f"DROP TABLE {LEGACY_TABLE}"))
    log.info("database from before Alembic recognised as revision %s", LEGACY_REVISION)


def migrate(engine: Engine) -> str:
    """Bring the schema up to date; returns the revision reached. Safe to run again."""
    with writing(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        revision, legacy = _state(conn)
        if problem := _newer_than_code(revision):
            raise problem
        if legacy is not None:
            _adopt_legacy(conn, legacy)
        command.upgrade(_config(conn), "head")
        reached = MigrationContext.configure(conn).get_current_revision() or head()
    if (revision, legacy) != (reached, None):
        log.info("database schema upgraded from %s to revision %s",
                 _describe(revision, legacy), reached)
    return reached


def require_current(engine: Engine) -> None:
    """Raise, in plain words, unless the database is at the revision this code needs."""
    with engine.connect() as conn:
        revision, legacy = _state(conn)
    if legacy is None and revision == head():
        return
    if problem := _newer_than_code(revision):
        raise problem
    if revision is None and legacy is None:
        raise RuntimeError("The database has no schema yet: run `champion-server init` "
                           "with the same --db first.")
    raise RuntimeError(
        f"The database is at {_describe(revision, legacy)}, this server needs schema revision "
        f"{head()}: back it up, then run `champion-server init` with the same --db.")


def _next_id() -> str:
    numbers = [int(r.revision) for r in _scripts().walk_revisions()
               if re.fullmatch(r"\d{4}", r.revision)]
    return f"{max(numbers, default=0) + 1:04d}"


def new_revision(message: str, db: str | None = None) -> Path:
    """Draft the next revision from what `server/schema.py` has and the database lacks.

    Without `db` it compares with a scratch SQLite database upgraded to head."""
    with tempfile.TemporaryDirectory() as scratch:
        engine = make_db_engine(db or str(Path(scratch) / "head.db"))
        try:
            migrate(engine)
            with writing(engine) as conn:
                script = command.revision(_config(conn), message, autogenerate=True,
                                          rev_id=_next_id())
        finally:
            engine.dispose()
    if not isinstance(script, Script):
        raise RuntimeError("Alembic drafted no single revision")
    return Path(script.path)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m server.migrations",
                                description="Developer tool: draft a schema revision.")
    sub = p.add_subparsers(dest="command", required=True)
    rev = sub.add_parser("revision", help="draft the next revision from server/schema.py")
    rev.add_argument("-m", "--message", required=True, help="what the revision does")
    rev.add_argument("--db", default=None, help="compare with this database (default: a "
                     "scratch SQLite database at head)")
    args = p.parse_args(argv)
    path = new_revision(args.message, args.db)
    print(f"Drafted {path}: read it, make it right for SQLite and PostgreSQL, test it.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

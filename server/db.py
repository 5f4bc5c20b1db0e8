"""Engines, transactions and the seq counter, for SQLite and PostgreSQL alike."""

import hashlib
import json
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import overload

from sqlalchemy import Connection, Engine, create_engine, event, select, update
from sqlalchemy.engine import make_url

from . import schema as s

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    return datetime.now(UTC)


@overload
def as_utc(value: datetime) -> datetime: ...


@overload
def as_utc(value: None) -> None: ...


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite gives back naive datetimes; every time the server handles is UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def iso(value: datetime | None) -> str | None:
    """UTC in ISO 8601 with `Z`, as the wire wants every time."""
    if value is None:
        return None
    return as_utc(value).astimezone(UTC).isoformat().replace("+00:00", "Z")


def normalise_url(db: str) -> str:
    """Accept an SQLAlchemy URL or a plain file path (taken as an SQLite file)."""
    if "://" in db:
        if db.startswith("postgresql://") or db.startswith("postgres://"):
            # psycopg 3 is the driver we ship; plain postgresql:// would look for psycopg2.
            db = "postgresql+psycopg://" + db.split("://", 1)[1]
        return db
    return "sqlite:///" + str(Path(db).expanduser().resolve())


# FastAPI runs sync endpoints on anyio's worker threads (40 by default).
REQUEST_THREADS = 40


def request_threads(engine: Engine) -> int:
    """How many requests one server process works on at once.

    SQLite: 40 (anyio's default), each with its own pooled connection; writers queue on an
    in-process lock (writing) and readers run side by side. PostgreSQL: the pool's size
    (CHAMPION_SERVER_POOL_SIZE). More threads than that only queue for a connection, and
    every extra thread competes for the GIL with the push that holds the seq lock: under
    200 laptops, 10 threads gave a p95 of 0.2-0.34 s where 40 gave 0.63 s and 20 0.9 s
    (docs/benchmarks.md, server load)."""
    if engine.dialect.name == "sqlite":
        return REQUEST_THREADS
    return engine.pool.size()  # type: ignore[attr-defined]


def make_db_engine(db: str) -> Engine:
    url = make_url(normalise_url(db))
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        # A connection for every request thread (plus room for background work), so no
        # request waits for the pool: the default 5 + 10 made 40 threads queue for 15
        # connections (docs/benchmarks.md, server load).
        on_disk = bool(url.database) and url.database != ":memory:"
        sizes = {"pool_size": REQUEST_THREADS, "max_overflow": 10} if on_disk else {}
        engine = create_engine(url, connect_args={"timeout": 30}, **sizes)
        _sqlite_transactions(engine)
        return engine
    if url.get_backend_name() != "postgresql":
        raise ValueError(f"Unsupported database {url.get_backend_name()!r}: use SQLite or PostgreSQL.")
    pool = int(os.environ.get("CHAMPION_SERVER_POOL_SIZE", "10"))
    # A database that does not answer fails a request (and /health) in 10 s, not after the
    # operating system's TCP timeout of two minutes or more; `?connect_timeout=` overrides.
    timeout = {} if "connect_timeout" in url.query else {"connect_timeout": 10}
    return create_engine(url, pool_size=pool, max_overflow=pool, pool_pre_ping=True,
                         connect_args=timeout)


# FULL: a push answered `applied` must survive a power cut (the laptop deletes its outbox
# row on that answer); NORMAL can roll the last commits back. Not a setting: only the
# benchmark (bench/serve_normal.py) changes it, to measure what FULL costs.
SQLITE_SYNCHRONOUS = "FULL"


def _sqlite_transactions(engine: Engine) -> None:
    """Let SQLAlchemy, not the sqlite3 module, say when a transaction begins.

    A writer takes the database lock at BEGIN IMMEDIATE, so two pushes cannot interleave and
    seq order is commit order; readers use plain BEGIN and read a WAL snapshot.
    """

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute(f"PRAGMA synchronous={SQLITE_SYNCHRONOUS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        mode = "BEGIN IMMEDIATE" if conn.get_execution_options().get("writer") else "BEGIN"
        conn.exec_driver_sql(mode)


_WRITERS: dict[str, threading.RLock] = {}
_WRITERS_GUARD = threading.Lock()


def _writer_lock(engine: Engine) -> AbstractContextManager:
    """SQLite: one writer at a time in this process, queued here rather than in SQLite.

    SQLite lets one writer in; the others wait in its busy handler, which polls with sleeps
    of up to 100 ms, so a waiting push often slept long past the moment the lock was free
    (52 % of request threads' time under load). Waiting on a lock here wakes at once, and a
    waiting writer holds no pooled connection. Other processes (the CLI) still meet
    SQLite's own lock and its busy timeout."""
    if engine.dialect.name != "sqlite":
        return nullcontext()
    key = str(engine.url.database)
    with _WRITERS_GUARD:
        return _WRITERS.setdefault(key, threading.RLock())


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction: committed on success, rolled back on any error."""
    with _writer_lock(engine), engine.connect() as conn:
        conn.execution_options(writer=True)
        with conn.begin():
            yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn, conn.begin():
        yield conn


def next_seq(conn: Connection) -> int:
    """Take the next seq. Must run inside the transaction that stores the change: the
    counter row stays locked until that transaction ends, which is the whole guarantee."""
    return conn.execute(
        update(s.seq_counter).where(s.seq_counter.c.id == 1)
        .values(value=s.seq_counter.c.value + 1).returning(s.seq_counter.c.value)
    ).scalar_one()


def next_seq_block(conn: Connection, n: int) -> int:
    """Take n consecutive seqs in one statement; the first of them (push_bulk)."""
    return conn.execute(
        update(s.seq_counter).where(s.seq_counter.c.id == 1)
        .values(value=s.seq_counter.c.value + n).returning(s.seq_counter.c.value)
    ).scalar_one() - n + 1


def add_change(conn: Connection, *, entity: str, entity_id: str, op: str, audience: str,
               data: dict | None = None, estate_id: str | None = None,
               owner_id: str | None = None, champion_op: str | None = None,
               seq: int | None = None) -> int:
    """Append to the change log; pass `seq` when the caller took it already (to hold the lock
    before it read what it is about to change)."""
    seq = next_seq(conn) if seq is None else seq
    conn.execute(s.changes.insert().values(
        seq=seq, entity=entity, entity_id=entity_id, op=op, audience=audience,
        estate_id=estate_id, owner_id=owner_id, champion_op=champion_op,
        data=None if data is None else dumps(data)))
    return seq


def dumps(data) -> str:
    """Canonical JSON: the same content always gives the same text (and hash)."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def content_hash(data) -> str:
    """What "the same content" means for a mutation, version, review or comment sent again."""
    return sha256_hex(dumps(data))


def sha256_hex(text: str) -> str:
    """The hash of canonical JSON text (`dumps`): `content_hash` when the text is at hand."""
    return hashlib.sha256(text.encode()).hexdigest()


def meta_value(conn: Connection, key: str, default: str = "") -> str:
    value = conn.execute(select(s.server_meta.c.value).where(s.server_meta.c.key == key)).scalar()
    return default if value is None else value

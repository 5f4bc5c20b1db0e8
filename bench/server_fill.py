"""A server database holding N record versions, for the coordinator pull, built fast and cached.

Pushing 100,000 versions through the API takes minutes (about 1.4 ms a mutation in-process
on this machine), which would eat most of `make bench`'s ten minutes on a fresh clone. So:

1. the first SAMPLE versions go through the server's own ``apply_mutation`` (the real path);
2. the bulk rows for those same versions are computed here and compared, column by column,
   with what the real path stored: any difference (a changed schema, hash or data shape)
   stops the build with a message, instead of benchmarking a database the server would
   never have written;
3. the rest are inserted with ``executemany`` in one transaction.

40 champions (one per estate) author the versions; a coordinator account ``bench-coord``
(password BENCH_PASSWORD) pulls them. The file is cached under bench/results/cache/.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

from .common import CACHE, ROOT, Timer, say
from .datagen import DEFAULT_SEED, ESTATES, GENERATOR_VERSION, RecordGenerator, new_mutation_id

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SAMPLE = 50
BENCH_PASSWORD = "bench horse battery 42"
COORDINATOR = "bench-coord"


def _server_hash() -> str:
    from server import db, push, push_apply, schema

    digest = hashlib.sha1()
    for module in (schema, push, push_apply, db):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:8]


def cache_path(n: int, seed: int = DEFAULT_SEED) -> Path:
    return CACHE / f"server-s{seed}-n{n}-g{GENERATOR_VERSION}-h{_server_hash()}.db"


def _rows(version, user_id: str, device_id: str, mutation_id: str, raw: dict, seq: int,
          received: datetime) -> dict[str, dict]:
    """The rows apply_version and apply_mutation write for one applied version."""
    from server.db import content_hash, dumps, iso

    data = version.model_dump(mode="json")
    data["author_id"] = user_id
    data["device_id"] = version.device_id or device_id
    digest = content_hash({k: v for k, v in data.items() if k not in ("author_id", "device_id")})
    data.update(received_at=iso(received), seq=seq, conflict=False, needs_reassignment=False)
    text = dumps(data)
    return {
        "record_versions": {"version_id": version.version_id, "record_id": version.record_id,
                            "author_id": user_id, "estate_id": version.estate_id,
                            "content_hash": digest, "data": text, "received_at": received,
                            "seq": seq, "conflict": False, "held": False,
                            "contact_cleared_at": None},
        "records": {"record_id": version.record_id, "owner_id": user_id,
                    "estate_id": version.estate_id, "head_version_id": version.version_id},
        "changes": {"seq": seq, "entity": "record_version", "entity_id": version.version_id,
                    "op": "put", "audience": "owner", "estate_id": version.estate_id,
                    "owner_id": user_id, "champion_op": None, "data": text},
        "mutations": {"mutation_id": mutation_id,
                      "content_hash": content_hash({"type": "record_version", "data": raw}),
                      "seq": seq, "user_id": user_id, "received_at": received},
    }


def _without_time(text: str) -> dict:
    data = json.loads(text)
    data.pop("received_at", None)
    return data


def _check(conn, expected: list[dict[str, dict]]) -> None:
    """Compare computed rows with what the real path stored (times excepted)."""
    from sqlalchemy import select

    from server import schema as s

    keys = {"record_versions": "version_id", "records": "record_id", "changes": "seq",
            "mutations": "mutation_id"}
    for rows in expected:
        for table, row in rows.items():
            t = getattr(s, table)
            stored = conn.execute(select(t).where(t.c[keys[table]] == row[keys[table]])
                                  ).mappings().first()
            if stored is None:
                raise RuntimeError(f"bench/server_fill.py is out of date: the server did not "
                                   f"store {table} {row[keys[table]]} as expected")
            for col, value in row.items():
                if col == "received_at":
                    continue
                if col == "data" and value is not None:
                    stored_value, value = _without_time(stored[col]), _without_time(value)
                else:
                    stored_value = stored[col]
                if stored_value != value:
                    raise RuntimeError(f"bench/server_fill.py is out of date: {table}.{col} "
                                       f"is {stored_value!r}, the bulk loader computes "
                                       f"{value!r}")
            if set(stored.keys()) - set(row) - {"id"}:
                raise RuntimeError(f"bench/server_fill.py is out of date: {table} has new "
                                   f"columns {sorted(set(stored.keys()) - set(row))}")


def build(path: Path, n: int, seed: int = DEFAULT_SEED) -> None:
    from sqlalchemy import update

    from champion_app.protocol import Mutation
    from champion_app.records import validate_version
    from server import accounts
    from server import schema as s
    from server.blobs import BlobStore
    from server.db import make_db_engine, next_seq, writing
    from server.migrations import migrate
    from server.push import apply_mutation

    engine = make_db_engine(f"sqlite:///{path}")
    migrate(engine)
    champions = []
    with writing(engine) as conn:
        accounts.add_user(conn, role="coordinator", username=COORDINATOR,
                          password=BENCH_PASSWORD)
        for e in range(ESTATES):
            estate = f"est-{e:02d}"
            user = accounts.add_user(conn, role="champion", username=f"champ-{estate}",
                                     estate_ids=[estate])
            champions.append(accounts.Caller(user_id=user["id"], username=user["username"],
                                              role="champion", device_id=f"dev-{estate}",
                                              estate_ids={estate}))
    gen = RecordGenerator(seed + 2)
    blobs = BlobStore(path.parent / "blobs")
    sample = []
    with writing(engine) as conn:
        for i in range(min(SAMPLE, n)):  # 1. the real path
            caller = champions[i % ESTATES]
            raw = gen.version(author_id=caller.user_id, device_id=caller.device_id,
                              estates=sorted(caller.estate_ids))
            mid = new_mutation_id(gen.rng)
            result = apply_mutation(conn, caller, Mutation(mutation_id=mid,
                                    type="record_version", data=raw), blobs)
            sample.append(_rows(validate_version(raw), caller.user_id, caller.device_id, mid,
                                raw, result["seq"], datetime.now(UTC)))
        _check(conn, sample)  # 2. the bulk rows match what the server writes
    received = datetime.now(UTC).replace(microsecond=0)
    batch: dict[str, list[dict]] = {"records": [], "record_versions": [], "changes": [],
                                    "mutations": []}
    with writing(engine) as conn:  # 3. the bulk
        seq = next_seq(conn)
        for i in range(min(SAMPLE, n), n):
            caller = champions[i % ESTATES]
            raw = gen.version(author_id=caller.user_id, device_id=caller.device_id,
                              estates=sorted(caller.estate_ids))
            rows = _rows(validate_version(raw), caller.user_id, caller.device_id,
                         new_mutation_id(gen.rng), raw, seq, received)
            for table, row in rows.items():
                batch[table].append(row)
            seq += 1
            if len(batch["records"]) >= 5_000 or i == n - 1:
                for table, rows_ in batch.items():
                    conn.execute(getattr(s, table).insert(), rows_)
                    rows_.clear()
        conn.execute(update(s.seq_counter).where(s.seq_counter.c.id == 1).values(value=seq - 1))
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


def cached(n: int, seed: int = DEFAULT_SEED) -> Path:
    target = cache_path(n, seed)
    if target.exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    work = CACHE / f"server-build-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    say(f"building {target.name} ({n:,} versions on the server; cached for next time)…")
    with Timer() as t:
        build(work / "server.db", n, seed)
    (work / "server.db").replace(target)
    shutil.rmtree(work, ignore_errors=True)
    say(f"built in {t.seconds:.1f} s")
    return target


def fresh_copy(dest_dir: Path, n: int, seed: int = DEFAULT_SEED) -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / "server.db"
    shutil.copyfile(cached(n, seed), dest)
    return dest

"""Fast bulk loading of generated records into a local store file, cached by seed and size.

Saving 100,000 records through ``Store.save_draft``/``submit`` would take minutes and measure
nothing we report, so the loader writes the rows the store would have written straight into
the file: ``Store.open`` creates the schema (the real migrations), then one transaction of
``executemany`` fills records, record_versions, outbox and reviews. The FTS5 index is kept in
step by the store's own triggers, exactly as in the app. Each record version is run through
``validate_version`` first, so every body is one the app itself would have frozen.

Built files are cached under bench/results/cache/ keyed by profile, seed, size, generator
version and a hash of the store's schema, so reruns only copy a file.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
from pathlib import Path

from champion_app.records import Draft, validate_version
from champion_app.store import Store, log_indexes, report_summary, report_triggers
from champion_app.store import migrations as store_migrations
from champion_app.store import records as store_records
from champion_app.store.records import _search_text, _summary

from .common import (
    CACHE,
    Timer,
    bench_keys,
    encrypted,
    keyed_connection,
    say,
    write_key_file,
)
from .datagen import AUTHOR_ID, DEFAULT_SEED, GENERATOR_VERSION, RecordGenerator, patch, rng_id

PROFILES = ("log", "queued")


def _schema_hash() -> str:
    """Changes when the schema or the way the store derives columns (summary, search text)
    changes, so a stale cached file is never used."""
    digest = hashlib.sha1()
    # (The report tables' SQL lives beside the migrations, in modules of its own.)
    for module in (store_migrations, store_records, report_triggers, report_summary,
                   log_indexes):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:8]


def cache_path(profile: str, n: int, seed: int = DEFAULT_SEED) -> Path:
    mode = "enc" if encrypted() else "plain"
    return CACHE / f"{profile}-s{seed}-n{n}-g{GENERATOR_VERSION}-m{_schema_hash()}-{mode}.db"


def _state(rng: random.Random, profile: str) -> str:
    if profile == "queued":
        return "queued"
    roll = rng.random()
    # A long-serving champion's log: mostly sent and reviewed, a few waiting or needing work.
    for state, upto in (("draft", 0.03), ("queued", 0.08), ("rejected", 0.09), ("sent", 0.55)):
        if roll < upto:
            return state
    return "reviewed"


def _rows(gen: RecordGenerator, profile: str, n: int):
    """Yield (record row, version row or None, outbox row or None, review row or None)."""
    pick = random.Random(gen.rng.random())
    for _ in range(n):
        version = validate_version(gen.version()).model_dump(mode="json")
        payload = version["payload"]
        state = _state(pick, profile)
        record = {
            "record_id": version["record_id"], "kind": version["kind"], "state": state,
            "estate_id": version["estate_id"], "block_id": version["block_id"],
            "home_id": version["home_id"], "job_ref": version["job_ref"],
            "hazard": payload["hazard"], "summary": _summary(payload),
            "search_text": _search_text(payload), "draft": None,
            "current_version_id": version["version_id"], "author_id": AUTHOR_ID, "mine": 1,
            "review_state": None, "attention": "", "conflict": 0,
            "created_at": version["created_at"], "updated_at": version["submitted_at"],
            "submitted_at": version["submitted_at"]}
        if state == "draft":
            record.update(current_version_id=None, submitted_at=None,
                          draft=Draft.from_version(version).model_dump_json())
            yield record, None, None, None
            continue
        body = json.dumps(version)
        status = {"queued": "queued", "rejected": "rejected"}.get(state, "sent")
        vrow = {"version_id": version["version_id"], "record_id": version["record_id"],
                "base_version_id": None, "body": body, "status": status,
                "error": "Choose one of the listed priorities." if state == "rejected" else None,
                "seq": None if status != "sent" else pick.randint(1, 10 * n),
                "received_at": version["submitted_at"] if status == "sent" else None,
                "conflict": 0, "submitted_at": version["submitted_at"],
                "mutation_id": rng_id(pick)}
        outbox = review = None
        if state == "queued":
            compact = json.dumps(version, separators=(",", ":"))
            outbox = {"mutation_id": rng_id(pick), "type": "record_version",
                      "entity_id": version["version_id"], "body": compact,
                      "bytes": len(compact.encode()), "created_at": version["submitted_at"]}
        if state == "rejected":
            record["attention"] = "rejected"
        if state == "reviewed":
            review_state = pick.choice(("received", "approved", "approved", "has_issues"))
            record["review_state"] = review_state
            review = {"review_id": rng_id(pick), "version_id": version["version_id"],
                      "record_id": version["record_id"], "state": review_state, "note": "",
                      "at": version["submitted_at"]}
        yield record, vrow, outbox, review


def _insert(conn, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    # Only the columns this version of the schema has (mutation_id arrived with m002).
    have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    cols = [c for c in rows[0] if c in have]
    sql = f"INSERT INTO {table} ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})"
    conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows])


def build(path: Path, n: int, *, profile: str = "log", seed: int = DEFAULT_SEED) -> Path:
    """Write a store file at ``path`` holding the patch and ``n`` generated records."""
    if profile not in PROFILES:
        raise ValueError(f"profile must be one of {PROFILES}")
    ref = patch(seed)
    with Store.open(path, keys=bench_keys()) as store:
        for entity, rows in ref.items():
            store.put_reference(entity, rows)
        # A second start of the app: the PIN was chosen before (never checked here).
        store.set_states({"user_id": AUTHOR_ID, "device_id": "d-bench-laptop",
                          "lock_pin_hash": "$argon2id$v=19$m=65536,t=3,p=4$bench$bench"})
    gen = RecordGenerator(seed, ref)
    conn = keyed_connection(path)
    try:
        conn.execute("BEGIN")
        batch: dict[str, list] = {"records": [], "record_versions": [], "outbox": [],
                                  "reviews": []}
        for i, rows in enumerate(_rows(gen, profile, n), 1):
            for table, row in zip(batch, rows, strict=True):
                if row is not None:
                    batch[table].append(row)
            if i % 5_000 == 0 or i == n:
                # Versions reference records (foreign key), so records go first.
                for table, rows_ in batch.items():
                    _insert(conn, table, rows_)
                    rows_.clear()
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path


def cached(n: int, *, profile: str = "log", seed: int = DEFAULT_SEED) -> Path:
    """The cached store file for (profile, n, seed), built on first use."""
    target = cache_path(profile, n, seed)
    if target.exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.part")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    say(f"building {target.name} ({n:,} records; cached for next time)…")
    with Timer() as t:
        build(partial, n, profile=profile, seed=seed)
    for side in ("-wal", "-shm"):
        Path(f"{partial}{side}").unlink(missing_ok=True)
    partial.replace(target)  # atomic: a killed build never leaves a half file under the name
    say(f"built in {t.seconds:.1f} s")
    return target


def fresh_copy(dest_dir: Path, n: int, *, profile: str = "log",
               seed: int = DEFAULT_SEED) -> Path:
    """A private copy of the cached store (benchmarks write to it) at dest_dir/champion.db."""
    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / "champion.db"
    shutil.copyfile(cached(n, profile=profile, seed=seed), dest)
    write_key_file(dest_dir)
    return dest

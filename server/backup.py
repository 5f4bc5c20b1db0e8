"""`champion-server backup` and `champion-server restore` (docs/deploy.md, "Backup and restore").

A backup is one file in a folder: ``champion-server-YYYYMMDDTHHMMSSZ.sqlite`` (SQLite's
online backup: a consistent copy while the server runs) or ``….pgdump`` (``pg_dump``'s
custom format, see server/backup_pg.py), plus ``blobs/`` beside it, a mirror of the photo
folder. Photos are named by their SHA-256 and never change, so each backup copies only the
new ones. They are copied *after* the database: a push is applied only once its photos are
stored, so every photo the database copy cites is already there.

A restore is the whole documented procedure in one command, for a server that is stopped:
it refuses while the database is in use, keeps a safety copy of the database it replaces,
loads the backup (all or nothing), upgrades its schema when the backup is older than this
server (`init`), gives the database a new server epoch (`new-epoch`: every app resends
what it has, so work the backup missed comes back) and copies back any photo the blob
folder lacks, checking each against its name.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select, update

from . import audit, backup_pg
from . import schema as s
from .db import reading, utcnow, writing
from .migrations import migrate

BACKUP_NAME = re.compile(r"champion-server-(\d{8}T\d{6}Z)\.(sqlite|pgdump)")
_BLOB = re.compile(r"[0-9a-f]{64}")
_MAGIC = {b"SQLite format 3\x00": "sqlite", b"PGDMP": "postgresql"}
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass
class BackupDone:
    path: Path
    photos_copied: int
    photos_total: int
    pruned: list[Path] = field(default_factory=list)


@dataclass
class RestoreDone:
    source: Path
    safety_copy: Path | None
    revision: str
    epoch: str
    seq: int
    records: int
    photos_copied: int
    photos_damaged: list[str] = field(default_factory=list)


def backend(engine: Engine) -> str:
    return engine.dialect.name  # "sqlite" or "postgresql"


def _sqlite_file(engine: Engine) -> Path:
    database = engine.url.database
    if not database or database == ":memory:":
        raise ValueError("An in-memory database cannot be backed up or restored.")
    return Path(database)


# --- backup --------------------------------------------------------------------------------

def _sqlite_copy(source: Path, target: Path) -> None:
    """SQLite's online backup API (consistent while others write), then a quick check."""
    src = sqlite3.connect(source, timeout=30)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        problem = dst.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise RuntimeError(f"{source} cannot be read as a database ({exc}); nothing was "
                           "changed.") from exc
    finally:
        src.close()
        dst.close()
    if problem != "ok":
        raise RuntimeError(f"The copy of {source} does not check out ({problem}).")


def dump(engine: Engine, target: Path) -> None:
    """The database into the file ``target`` (SQLite file or pg_dump archive)."""
    if backend(engine) == "sqlite":
        _sqlite_copy(_sqlite_file(engine), target)
    else:
        backup_pg.dump(engine, target)


def copy_blobs(source: Path, target: Path, *, verify: bool = False) -> tuple[int, int, list[str]]:
    """Copy the photos ``target`` lacks; (copied, total, damaged names not copied). With
    ``verify`` each copied file must hash to its name."""
    copied = total = 0
    damaged: list[str] = []
    if not source.is_dir():
        return 0, 0, []
    for folder in sorted(p for p in source.iterdir() if p.is_dir() and len(p.name) == 2):
        for blob in sorted(folder.iterdir()):
            if not (_BLOB.fullmatch(blob.name) and blob.is_file()):
                continue
            total += 1
            dest = target / folder.name / blob.name
            if dest.is_file():
                continue
            data = blob.read_bytes()
            if verify and hashlib.sha256(data).hexdigest() != blob.name:
                damaged.append(blob.name)
                continue
            dest.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            partial = dest.with_name(f".copy-{blob.name}")
            # Photos of residents' homes: readable by the owner only, as the server writes them.
            with open(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as f:
                f.write(data)
            os.replace(partial, dest)
            copied += 1
    return copied, total, damaged


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups (by the time in their names) in ``folder``.
    Only files named as `backup` names them are touched; the photo mirror stays."""
    backups = sorted((p for p in folder.iterdir() if BACKUP_NAME.fullmatch(p.name)),
                     key=lambda p: p.name[len("champion-server-"):])
    old = backups[:-keep] if keep > 0 else []
    for path in old:
        path.unlink()
    return old


def backup(engine: Engine, folder: Path, blob_dir: Path | None, keep: int | None = None,
           now: datetime | None = None, actor: str = audit.CLI_ACTOR) -> BackupDone:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or utcnow()).astimezone(UTC).strftime(_STAMP)
    extension = "sqlite" if backend(engine) == "sqlite" else "pgdump"
    target = folder / f"champion-server-{stamp}.{extension}"
    if target.exists():
        raise RuntimeError(f"{target} exists already: one backup a second is the most.")
    partial = folder / f".{target.name}.partial"
    try:
        dump(engine, partial)
        os.chmod(partial, 0o600)  # residents' words and password hashes: the owner only
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    copied, total, _ = copy_blobs(blob_dir, folder / "blobs") if blob_dir else (0, 0, [])
    pruned = prune(folder, keep) if keep else []
    with writing(engine) as conn:  # a backup is a copy of everything: the audit log says so
        if inspect(conn).has_table(s.audit_log.name):  # not before `init` made it
            audit.record(conn, actor, "backup.make", target.name,
                         {"photos_copied": copied, "pruned": [p.name for p in pruned]})
    return BackupDone(target, copied, total, pruned)


# --- restore -------------------------------------------------------------------------------

def kind_of(path: Path) -> str:
    """"sqlite" or "postgresql": what the backup file holds (by its first bytes)."""
    if not path.is_file():
        raise ValueError(f"There is no backup file {path}.")
    with open(path, "rb") as f:
        head = f.read(16)
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            return kind
    raise ValueError(f"{path} is not a champion-server backup (neither an SQLite database "
                     "nor a pg_dump archive).")


def ensure_stopped(engine: Engine, wait: float = 5.0) -> None:
    """Refuse while another program (a running champion-server) has the database open."""
    engine.dispose()
    if backend(engine) == "sqlite":
        path = _sqlite_file(engine)
        if not path.exists():
            return
        # Leaving WAL mode needs the only connection to the file: an open one refuses it.
        # (It also folds the WAL into the file, so the safety copy is one file.)
        deadline = time.monotonic() + wait
        while True:
            db = sqlite3.connect(path, timeout=0.2)
            try:
                mode = db.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            except sqlite3.OperationalError:
                mode = "busy"
            except sqlite3.DatabaseError:
                mode = "delete"  # not a database at all: nothing can be using it
            finally:
                db.close()
            if mode == "delete" or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        busy = mode != "delete"
    else:
        deadline = time.monotonic() + wait
        while (busy := backup_pg.other_connections(engine) > 0) and time.monotonic() < deadline:
            time.sleep(0.2)
        engine.dispose()
    if busy:
        raise RuntimeError("The database is in use: stop every champion-server process (on "
                           "every machine) first. Nothing was changed.")


def _has_data(engine: Engine) -> bool:
    if backend(engine) == "sqlite":
        path = _sqlite_file(engine)
        return path.exists() and path.stat().st_size > 0
    return backup_pg.has_tables(engine)


def _replace_sqlite(engine: Engine, source: Path) -> None:
    path = _sqlite_file(engine)
    path.parent.mkdir(parents=True, exist_ok=True)
    incoming = path.with_name(path.name + ".restoring")
    incoming.unlink(missing_ok=True)
    try:
        _sqlite_copy(source, incoming)  # also proves the backup is a sound database
        # A journal or WAL left beside the old file would be replayed into the new one.
        for suffix in ("-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(incoming, path)
    finally:
        incoming.unlink(missing_ok=True)


def new_epoch(engine: Engine, actor: str, restored: dict | None = None) -> str:
    """A new server epoch: every app drops what it pulled, pulls again and resends its own.
    Audited in the same transaction (with what was restored, when ``restored``)."""
    epoch = secrets.token_hex(8)
    with writing(engine) as conn:
        conn.execute(update(s.server_meta).where(s.server_meta.c.key == "server_epoch")
                     .values(value=epoch))
        if restored is not None:
            audit.record(conn, actor, "backup.restore", restored["backup"], restored)
        audit.record(conn, actor, "epoch.new", "server", {"epoch": epoch})
    return epoch


def restore(engine: Engine, source: Path, blob_dir: Path | None, *,
            blobs_from: Path | None = None, safety_copy: bool = True,
            actor: str = audit.CLI_ACTOR) -> RestoreDone:
    kind = kind_of(source)
    if kind != backend(engine):
        raise ValueError(f"{source.name} is a backup of a {kind} database, but --db is a "
                         f"{backend(engine)} database: restore it into the same kind.")
    ensure_stopped(engine)
    safety = None
    if safety_copy and _has_data(engine):
        stamp = utcnow().strftime(_STAMP)
        safety = source.parent / f"before-restore-{stamp}.{source.suffix.lstrip('.')}"
        try:
            dump(engine, safety)
            os.chmod(safety, 0o600)
        except Exception as exc:
            safety.unlink(missing_ok=True)
            raise RuntimeError(
                f"Could not keep a safety copy of the current database ({exc}); nothing was "
                "changed. If that database is beyond saving, run again with "
                "--skip-safety-copy.") from exc
    if kind == "sqlite":
        _replace_sqlite(engine, source)
    else:
        backup_pg.load(engine, source)
    engine.dispose()  # pooled connections knew the replaced database
    revision = migrate(engine)  # a backup from an older champion-server
    epoch = new_epoch(engine, actor, {"backup": source.name, "taken": taken_at(source),
                                      "safety_copy": safety.name if safety else None})
    with reading(engine) as conn:
        seq = conn.execute(select(s.seq_counter.c.value)).scalar() or 0
        records = conn.execute(select(func.count()).select_from(s.records)).scalar_one()
    copied, damaged = 0, list[str]()
    mirror = blobs_from or source.parent / "blobs"
    if blob_dir is not None:
        copied, _, damaged = copy_blobs(mirror, blob_dir, verify=True)
    return RestoreDone(source, safety, revision, epoch, seq, records, copied, damaged)


def taken_at(path: Path) -> str:
    """When a backup was taken: from its name, else the file's time."""
    match = BACKUP_NAME.fullmatch(path.name)
    when = (datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC) if match
            else datetime.fromtimestamp(path.stat().st_mtime, UTC))
    return when.strftime("%Y-%m-%d %H:%M UTC")

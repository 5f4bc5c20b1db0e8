"""`champion-server stats`: what an operator checks on a running server, from its database
and blob folder (no server process needed).

- devices seen in the last 24 hours (any authenticated request: ``devices.last_seen_at``);
- queued conflicts: records whose newest version is marked ``conflict`` (two laptops edited
  the same record; a coordinator should look), not yet superseded by a later version;
- refused pushes in the last 7 days, by reason: mutations answered ``rejected`` and whole
  pushes refused (too large, invalid, another device's id), counted by `note_rejections`;
- blob storage used (photos) and the space left on its disk;
- the app versions in use: active devices seen in the last 30 days, by version, with those
  older than this server's own version marked.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection, Engine, and_, func, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

import champion_app
from champion_app.protocol import REJECTED

from . import schema as s
from .db import as_utc, iso, reading, utcnow, writing

log = logging.getLogger(__name__)
SEEN_WINDOW = timedelta(hours=24)
VERSIONS_WINDOW = timedelta(days=30)
REJECTIONS_DAYS = 7
_BLOB_NAME = re.compile(r"[0-9a-f]{64}")


@dataclass
class Stats:
    at: str
    server_version: str
    devices_active: int
    devices_seen_24h: int
    queued_conflicts: int
    rejected_pushes_7d: int
    rejected_by_reason: dict[str, int] = field(default_factory=dict)
    blob_files: int = 0
    blob_bytes: int = 0
    blob_disk_free_bytes: int | None = None
    app_versions: list[dict] = field(default_factory=list)  # {version, devices, older}

    def as_dict(self) -> dict:
        return asdict(self)


def _version_key(version: str) -> tuple:
    """"0.10.2" after "0.9": numbers compare as numbers; anything else sorts first."""
    parts = re.findall(r"\d+", version.split("+")[0])
    return tuple(int(p) for p in parts) if parts else (-1,)


def older_than_server(version: str) -> bool:
    return bool(version) and _version_key(version) < _version_key(champion_app.__version__)


def _active_devices(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(s.devices)
                        .where(s.devices.c.revoked_at.is_(None))).scalar_one()


def _seen_since(conn: Connection, since: datetime) -> int:
    return conn.execute(select(func.count()).select_from(s.devices)
                        .where(s.devices.c.last_seen_at >= since)).scalar_one()


def _queued_conflicts(conn: Connection) -> int:
    head = s.record_versions.alias("head")
    return conn.execute(
        select(func.count()).select_from(
            s.records.join(head, and_(head.c.version_id == s.records.c.head_version_id,
                                      head.c.conflict.is_(True))))).scalar_one()


def _rejections(conn: Connection, today: datetime) -> dict[str, int]:
    first = (today - timedelta(days=REJECTIONS_DAYS - 1)).strftime("%Y-%m-%d")
    rows = conn.execute(select(s.push_rejections.c.code, func.sum(s.push_rejections.c.count))
                        .where(s.push_rejections.c.day >= first)
                        .group_by(s.push_rejections.c.code)).all()
    return {code: int(n) for code, n in sorted(rows)}


def _versions(conn: Connection, since: datetime) -> list[dict]:
    rows = conn.execute(
        select(s.devices.c.app_version, func.count())
        .where(s.devices.c.revoked_at.is_(None))
        .where(s.devices.c.last_seen_at >= since)
        .group_by(s.devices.c.app_version)).all()
    ordered = sorted(rows, key=lambda r: _version_key(r[0] or ""), reverse=True)
    return [{"version": v or "unknown", "devices": int(n), "older": older_than_server(v or "")}
            for v, n in ordered]


def blob_usage(blob_dir: str | Path) -> tuple[int, int, int | None]:
    """(files, bytes, bytes free on its disk) of the blob folder; free is None when the
    folder does not exist."""
    root = Path(blob_dir)
    if not root.is_dir():
        return 0, 0, None
    files = size = 0
    for entry in os.scandir(root):
        if entry.is_dir() and len(entry.name) == 2:
            for blob in os.scandir(entry.path):
                if _BLOB_NAME.fullmatch(blob.name) and blob.is_file():
                    files += 1
                    size += blob.stat().st_size
    return files, size, shutil.disk_usage(root).free


def gather(engine: Engine, blob_dir: str | Path, now: datetime | None = None) -> Stats:
    now = as_utc(now) if now else utcnow()
    with reading(engine) as conn:
        rejected = _rejections(conn, now)
        stats = Stats(
            at=iso(now.replace(microsecond=0)) or "", server_version=champion_app.__version__,
            devices_active=_active_devices(conn),
            devices_seen_24h=_seen_since(conn, now - SEEN_WINDOW),
            queued_conflicts=_queued_conflicts(conn),
            rejected_pushes_7d=sum(rejected.values()), rejected_by_reason=rejected,
            app_versions=_versions(conn, now - VERSIONS_WINDOW))
    stats.blob_files, stats.blob_bytes, stats.blob_disk_free_bytes = blob_usage(blob_dir)
    return stats


def _size(n: int | None) -> str:
    if n is None:
        return "unknown"
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    raise AssertionError("unreachable")


def as_text(stats: Stats) -> str:
    reasons = ", ".join(f"{code} {n}" for code, n in stats.rejected_by_reason.items())
    lines = [
        f"champion-server {stats.server_version}, {stats.at}",
        f"Devices seen in the last 24 hours: {stats.devices_seen_24h} "
        f"(of {stats.devices_active} with access)",
        f"Queued conflicts (records two laptops changed; a coordinator should look): "
        f"{stats.queued_conflicts}",
        f"Refused pushes in the last {REJECTIONS_DAYS} days: {stats.rejected_pushes_7d}"
        + (f" ({reasons})" if reasons else ""),
        f"Blob storage (photos): {stats.blob_files:,} file{'s' if stats.blob_files != 1 else ''}, "
        f"{_size(stats.blob_bytes)}; "
        f"{_size(stats.blob_disk_free_bytes)} free on its disk",
        "App versions in use (devices seen in the last 30 days):",
    ]
    lines += [f"  {v['version']}: {v['devices']} device{'s' if v['devices'] != 1 else ''}"
              + ("  (older than this server: ask them to update)" if v["older"] else "")
              for v in stats.app_versions] or ["  none yet"]
    return "\n".join(lines)


def note_rejections(engine: Engine, counts: Mapping[str, int],
                    now: datetime | None = None) -> None:
    """Add refused pushes to today's counts, by reason code. Best effort: the push has been
    answered already, so a failure here is logged, never raised."""
    counts = Counter({code[:40]: n for code, n in counts.items() if n})
    if not counts:
        return
    day = (as_utc(now) if now else utcnow()).strftime("%Y-%m-%d")
    table = s.push_rejections
    try:
        with writing(engine) as conn:
            for code, n in sorted(counts.items()):
                where = and_(table.c.day == day, table.c.code == code)
                if conn.execute(update(table).where(where)
                                .values(count=table.c.count + n)).rowcount:
                    continue
                try:
                    with conn.begin_nested():
                        conn.execute(table.insert().values(day=day, code=code, count=n))
                except IntegrityError:  # another process counted the first one of the day
                    conn.execute(update(table).where(where).values(count=table.c.count + n))
    except SQLAlchemyError as exc:
        log.warning("could not count refused pushes: %s", type(exc).__name__)


def note_rejected_results(engine: Engine, results: list[dict]) -> None:
    """Count the mutations a push answered ``rejected``, by their error code."""
    note_rejections(engine, Counter(r["error"]["code"] for r in results
                                    if r.get("status") == REJECTED and r.get("error")))

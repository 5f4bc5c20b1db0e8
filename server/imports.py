"""Reference data from CSV exports (docs/import.md): all rows or none.

Every row is checked first and every problem is reported with its line number; only a file
with no problems is written, in one transaction, so a bad export never half-imports.
"""

import csv
import io
import json
import logging
import re
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import Connection, select, update

from champion_app.protocol import Block, Estate, Home, Job, Operative, Priority, Setting

from . import schema as s
from .db import add_change, dumps
from .errors import plain_fields

log = logging.getLogger(__name__)

KINDS = ("estates", "blocks", "homes", "jobs", "operatives", "settings")
ENTITY = {"estates": "estate", "blocks": "block", "homes": "home", "jobs": "job",
          "operatives": "operative", "settings": "setting"}
MODELS: dict[str, type[BaseModel]] = {"estates": Estate, "blocks": Block, "homes": Home,
                                      "jobs": Job, "operatives": Operative, "settings": Setting}
COLUMNS = {
    "estates": (["id", "name"], ["area"]),
    "blocks": (["id", "estate_id", "name"], ["address", "has_communal_areas"]),
    "homes": (["id", "address"], ["block_id", "estate_id", "uprn"]),
    "jobs": (["ref"], ["home_id", "block_id", "estate_id", "description", "trade", "priority",
                       "delivered_by", "reported_at", "dispatched_at", "completed_at",
                       "operative_ids"]),
    "operatives": (["id", "display_name"], ["employer"]),
    "settings": (["key", "value"], []),
}
# Repair targets per priority, in hours or (as many landlords publish them) in days.
SETTING_KEYS = {"landlord_name", "emergency_repairs_phone", "complaints_phone"} | {
    f"target_{p.value}_{unit}" for p in Priority for unit in ("hours", "days")}
# HACT WorkPriorityCode, as housing systems export it.
HACT_PRIORITY = {"1": "immediate", "2": "emergency", "3": "urgent", "4": "routine",
                 "5": "inspection", "normal": "routine"}
_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0"}


class ImportFailed(ValueError):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def _known(conn: Connection, entity: str) -> dict[str, str | None]:
    rows = conn.execute(select(s.reference.c.id, s.reference.c.estate_id)
                        .where(s.reference.c.entity == entity)).all()
    return {r.id: r.estate_id for r in rows}


def _clean(kind: str, raw: dict[str, str]) -> dict:
    row: dict[str, Any] = {k: (v or "").strip() for k, v in raw.items() if v is not None and (v or "").strip()}
    row.pop("deleted", None)
    if kind == "blocks" and "has_communal_areas" in row:
        value = row["has_communal_areas"].lower()
        row["has_communal_areas"] = value in _YES if value in _YES | _NO else value
    if kind == "jobs":
        if "priority" in row:
            p = row["priority"].lower()
            row["priority"] = HACT_PRIORITY.get(p, p)
        row["operative_ids"] = [x for x in re.split(r"[;,\s]+", row.get("operative_ids", "")) if x]
    return row


def _check(conn: Connection, kind: str, rows: Iterable[tuple[int, dict]]) -> list[tuple]:
    """Validate rows; returns (line, op, id, estate_id, data) or raises ImportFailed."""
    problems: list[str] = []
    out: list[tuple] = []
    estates = _known(conn, "estate") if kind in ("blocks", "homes", "jobs") else {}
    blocks = _known(conn, "block") if kind in ("homes", "jobs") else {}
    homes = _known(conn, "home") if kind == "jobs" else {}
    seen: set[str] = set()
    current = _known(conn, ENTITY[kind])
    key_column = "ref" if kind == "jobs" else "key" if kind == "settings" else "id"
    for line, raw in rows:
        if (raw.get("deleted") or "").strip().lower() in _YES:
            # A deletion needs only the key; the estate it was in says who hears of it.
            key = (raw.get(key_column) or "").strip()
            if not key:
                problems.append(f"line {line}: {key_column}: This is required.")
            else:
                out.append((line, "delete", key, current.get(key), None))
            continue
        row = _clean(kind, raw)
        try:
            model = MODELS[kind].model_validate(row)
        except ValidationError as exc:
            problems += [f"line {line}: {f}: {m}" for f, m in plain_fields(exc.errors()).items()]
            continue
        data = model.model_dump(mode="json")
        key = data["ref"] if kind == "jobs" else data["key"] if kind == "settings" else data["id"]
        if key in seen:
            problems.append(f"line {line}: {key} appears twice in this file.")
        seen.add(key)
        estate, problem = _estate_of(kind, data, estates, blocks, homes)
        if kind == "settings" and key not in SETTING_KEYS:
            problem = f"key: {key} is not a setting; use one of {', '.join(sorted(SETTING_KEYS))}."
        if problem:
            problems.append(f"line {line}: {problem}")
            continue
        if kind in ("homes", "jobs") and estate:
            data["estate_id"] = estate
        out.append((line, "put", key, estate, data))
    if problems:
        raise ImportFailed(problems)
    return out


def _estate_of(kind, data, estates, blocks, homes) -> tuple[str | None, str | None]:
    if kind == "estates":
        return data["id"], None
    if kind == "blocks":
        if data["estate_id"] not in estates:
            return None, f"estate_id: no estate {data['estate_id']} (import estates first)."
        return data["estate_id"], None
    if kind in ("homes", "jobs"):
        if kind == "jobs" and data.get("home_id"):
            if data["home_id"] not in homes:
                return None, f"home_id: no home {data['home_id']} (import homes first)."
            return homes[data["home_id"]], None
        if data.get("block_id"):
            if data["block_id"] not in blocks:
                return None, f"block_id: no block {data['block_id']} (import blocks first)."
            return blocks[data["block_id"]], None
        if data.get("estate_id"):
            if data["estate_id"] not in estates:
                return None, f"estate_id: no estate {data['estate_id']} (import estates first)."
            return data["estate_id"], None
        where = "home_id, block_id or estate_id" if kind == "jobs" else "block_id or estate_id"
        return None, f"give a {where}."
    return None, None


def read_csv(kind: str, text: str) -> list[tuple[int, dict]]:
    if kind not in KINDS:
        raise ImportFailed([f"Unknown import {kind!r}: use one of {', '.join(KINDS)}."])
    reader = csv.DictReader(io.StringIO(text))
    required, optional = COLUMNS[kind]
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    missing = [c for c in required if c not in header]
    unknown = [c for c in header if c not in required + optional + ["deleted"]]
    problems = []
    if missing:
        problems.append(f"line 1: missing column(s): {', '.join(missing)}.")
    if unknown:
        problems.append(f"line 1: unknown column(s): {', '.join(unknown)} "
                        f"(expected {', '.join(required + optional)}).")
    if problems:
        raise ImportFailed(problems)
    rows = []
    for raw in reader:
        if None in raw:
            problems.append(f"line {reader.line_num}: more values than columns.")
            continue
        if any((v or "").strip() for v in raw.values()):
            rows.append((reader.line_num, raw))
    if problems:
        raise ImportFailed(problems)
    return rows


def import_rows(conn: Connection, kind: str, rows: list[tuple[int, dict]]) -> dict[str, int]:
    """Write checked rows; unchanged rows make no change (a re-import pulls nothing new)."""
    entity = ENTITY[kind]
    checked = _check(conn, kind, rows)
    existing = {r.id: r.data for r in conn.execute(
        select(s.reference.c.id, s.reference.c.data).where(s.reference.c.entity == entity))}
    counts = {"added": 0, "updated": 0, "deleted": 0, "unchanged": 0}
    audience = "all" if kind in ("operatives", "settings") else "estate"
    for _line, op, key, estate, data in checked:
        text = dumps(data)
        if op == "delete":
            if key not in existing:
                counts["unchanged"] += 1
                continue
            add_change(conn, entity=entity, entity_id=key, op="delete", audience=audience,
                       estate_id=estate)
            conn.execute(s.reference.delete().where(s.reference.c.entity == entity)
                         .where(s.reference.c.id == key))
            counts["deleted"] += 1
            continue
        if existing.get(key) == text:
            counts["unchanged"] += 1
            continue
        seq = add_change(conn, entity=entity, entity_id=key, op="put", audience=audience,
                         estate_id=estate, data=data)
        if key in existing:
            conn.execute(update(s.reference).where(s.reference.c.entity == entity)
                         .where(s.reference.c.id == key)
                         .values(data=text, estate_id=estate, seq=seq))
            counts["updated"] += 1
        else:
            conn.execute(s.reference.insert().values(entity=entity, id=key, estate_id=estate,
                                                     data=text, seq=seq))
            counts["added"] += 1
    log.info("imported %s: %s", kind, counts)
    return counts


def import_csv(conn: Connection, kind: str, text: str) -> dict[str, int]:
    return import_rows(conn, kind, read_csv(kind, text))


def settings(conn: Connection) -> dict[str, str]:
    rows = conn.execute(select(s.reference.c.id, s.reference.c.data)
                        .where(s.reference.c.entity == "setting")).all()
    return {r.id: json.loads(r.data)["value"] for r in rows}

"""Reference data from CSV exports (docs/import.md): all rows or none.

Every row is checked first and every problem is reported with its line number; only a file
with no problems is written, in one transaction, so a bad export never half-imports.
"""

import csv
import io
import json
import logging
from collections.abc import Iterable

from pydantic import ValidationError
from sqlalchemy import Connection, select, update

from champion_app.entities import (
    BY_TABLE,
    IMPORTABLE,
    REFERENCE,
    YES,
    ReferenceEntity,
    csv_values,
    resolve_links,
)
from champion_app.protocol import DELETE, ESTATE, PUT, SETTING, Entity
from champion_app.storable import unstorable_fields

from . import schema as s
from .db import add_change, dumps
from .errors import plain_fields

log = logging.getLogger(__name__)

# What `champion-server import` takes, and each one's (required, optional) CSV columns: both
# read off the registry, champion_app.entities.REFERENCE.
KINDS = IMPORTABLE
COLUMNS = {kind: (BY_TABLE[kind].imported.required, BY_TABLE[kind].imported.optional) for kind in KINDS}


class ImportFailed(ValueError):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def _known(conn: Connection, entity: str) -> dict[str, str | None]:
    rows = conn.execute(select(s.reference.c.id, s.reference.c.estate_id)
                        .where(s.reference.c.entity == entity)).all()
    return {r.id: r.estate_id for r in rows}


def _names(conn: Connection, entity: str) -> dict[str, str]:
    """Ids and names of an entity's imported rows (what a link may name)."""
    rows = conn.execute(select(s.reference.c.id, s.reference.c.data)
                        .where(s.reference.c.entity == entity)).all()
    return {r.id: json.loads(r.data).get("name", "") for r in rows}


def _check(conn: Connection, ref: ReferenceEntity,
           rows: Iterable[tuple[int, dict]]) -> list[tuple]:
    """Validate rows; returns (line, op, id, estate_id, data) or raises ImportFailed."""
    problems: list[str] = []
    out: list[tuple] = []
    known = {entity: _known(conn, entity) for _field, entity in ref.imported.placed_by}
    names = {link.entity: _names(conn, link.entity) for link in ref.imported.links}
    seen: set[str] = set()
    current = _known(conn, ref.name)
    for line, raw in rows:
        if (raw.get("deleted") or "").strip().lower() in YES:
            # A deletion needs only the key; the estate it was in says who hears of it.
            key = (raw.get(ref.key) or "").strip()
            if not key:
                problems.append(f"line {line}: {ref.key}: This is required.")
            else:
                out.append((line, DELETE, key, current.get(key), None))
            continue
        if bad := unstorable_fields(raw):
            problems += [f"line {line}: {f}: {m}" for f, m in bad.items()]
            continue
        try:
            model = ref.model.model_validate(csv_values(ref, raw))
        except ValidationError as exc:
            problems += [f"line {line}: {f}: {m}" for f, m in plain_fields(exc.errors()).items()]
            continue
        data = model.model_dump(mode="json")
        key = data[ref.key]
        if key in seen:
            problems.append(f"line {line}: {key} appears twice in this file.")
        seen.add(key)
        estate, problem = _estate_of(ref, data, known)
        if problem is None and ref.imported.check is not None:
            problem = ref.imported.check(data)
        if problem is None:
            problem = resolve_links(ref.imported.links, data, names)
        if problem:
            problems.append(f"line {line}: {problem}")
            continue
        if estate and "estate_id" in ref.model.model_fields:
            data["estate_id"] = estate
        out.append((line, PUT, key, estate, data))
    if problems:
        raise ImportFailed(problems)
    return out


def _estate_of(ref: ReferenceEntity, data: dict,
               known: dict[Entity, dict[str, str | None]]) -> tuple[str | None, str | None]:
    """The estate a row is in (who hears of it), from the first of its placing fields given;
    or the problem in plain words."""
    if ref.name == ESTATE:
        return data[ref.key], None
    placed_by = ref.imported.placed_by
    for field, entity in placed_by:
        if data.get(field):
            if data[field] not in known[entity]:
                return None, (f"{field}: no {entity} {data[field]} (import "
                              f"{REFERENCE[entity].table} first).")
            return known[entity][data[field]], None
    if not placed_by:
        return None, None
    fields = [field for field, _entity in placed_by]
    where = " or ".join(filter(None, [", ".join(fields[:-1]), fields[-1]]))
    return None, f"give a {where}."


def _importable(kind: str) -> ReferenceEntity:
    if kind not in KINDS:
        raise ImportFailed([f"Unknown import {kind!r}: use one of {', '.join(KINDS)}."])
    return BY_TABLE[kind]


def read_csv(kind: str, text: str) -> list[tuple[int, dict]]:
    ref = _importable(kind)
    reader = csv.DictReader(io.StringIO(text))
    required, optional = (list(columns) for columns in COLUMNS[ref.table])
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
    ref = _importable(kind)
    entity = ref.name
    checked = _check(conn, ref, rows)
    existing = {r.id: r.data for r in conn.execute(
        select(s.reference.c.id, s.reference.c.data).where(s.reference.c.entity == entity))}
    counts = {"added": 0, "updated": 0, "deleted": 0, "unchanged": 0}
    audience = ref.audience
    for _line, op, key, estate, data in checked:
        text = dumps(data)
        if op == DELETE:
            if key not in existing:
                counts["unchanged"] += 1
                continue
            add_change(conn, entity=entity, entity_id=key, op=DELETE, audience=audience,
                       estate_id=estate)
            conn.execute(s.reference.delete().where(s.reference.c.entity == entity)
                         .where(s.reference.c.id == key))
            counts["deleted"] += 1
            continue
        if existing.get(key) == text:
            counts["unchanged"] += 1
            continue
        seq = add_change(conn, entity=entity, entity_id=key, op=PUT, audience=audience,
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
                        .where(s.reference.c.entity == SETTING)).all()
    return {r.id: json.loads(r.data)["value"] for r in rows}

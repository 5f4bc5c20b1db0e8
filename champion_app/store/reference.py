"""Reference data pulled from the server (read-only for champions): places, jobs, people."""

import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from pydantic import BaseModel, ValidationError

from champion_app.entities import BY_TABLE, REFERENCE, ReferenceEntity
from champion_app.errors import ChampionError
from champion_app.protocol import Entity
from champion_app.records import describe_invalid

from .base import StoreBase
from .types import Changes


def _entity(table: str) -> ReferenceEntity:
    ref = BY_TABLE.get(table)
    if ref is None:
        raise ChampionError(f"'{table}' is not reference data this app keeps.")
    return ref


class ReferenceData(StoreBase):
    """Mixin for Store. Which tables, keys and models: `champion_app.entities.REFERENCE`."""

    def put_reference(self, table: str, rows: Iterable[BaseModel | dict]) -> Changes:
        """Write rows of one reference table (demo patch, tests); dicts are validated first."""
        ref = _entity(table)
        try:
            items = [row if isinstance(row, BaseModel) else ref.model.model_validate(row)
                     for row in rows]
        except ValidationError as exc:
            raise ChampionError(f"Reference data for {table} is not valid: "
                                f"{describe_invalid(exc)}") from exc
        with self.write():
            if items:
                self.db[table].upsert_all([self._reference_row(ref, i) for i in items],
                                          pk=ref.key)
        return Changes(reference=True)

    def delete_reference(self, table: str, keys: list[str]) -> Changes:
        ref = _entity(table)
        with self.write():
            for key in keys:
                self._delete_reference(ref, key)
        return Changes(reference=True)

    def _delete_reference(self, ref: ReferenceEntity, key: str) -> None:
        self.db.execute(f"DELETE FROM {ref.table} WHERE {ref.key} = ?", [key])

    def _upsert_reference(self, ref: ReferenceEntity, item: BaseModel) -> None:
        self.db[ref.table].upsert(self._reference_row(ref, item), pk=ref.key)

    def _reference_row(self, ref: ReferenceEntity, item: BaseModel) -> dict:
        """The model as the laptop's table keeps it: lists as JSON, unknown fields left out."""
        data = item.model_dump(mode="json")
        if ref.body_only:
            return {ref.key: data[ref.key], "body": json.dumps(data)}
        columns = self._reference_columns(ref.name)
        return {k: json.dumps(v) if isinstance(v, list) else v
                for k, v in data.items() if k in columns}

    def _reference_columns(self, name: Entity) -> set[str]:
        cache = self.__dict__.setdefault("_columns_of", {})
        if name not in cache:
            cache[name] = set(self.db[REFERENCE[name].table].columns_dict)
        return cache[name]

    def _drop_reference(self) -> None:
        """Forget every pulled reference row (a reset); called inside a write."""
        for ref in REFERENCE.values():
            self.db.execute(f"DELETE FROM {ref.table}")

    def estates(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM estates ORDER BY name"))

    def blocks(self, estate_id: str | None = None) -> list[dict]:
        if estate_id:
            return list(self.db.query("SELECT * FROM blocks WHERE estate_id = ? ORDER BY name",
                                      [estate_id]))
        return list(self.db.query("SELECT * FROM blocks ORDER BY name"))

    def homes(self, estate_id: str | None = None, block_id: str | None = None) -> list[dict]:
        sql = ("SELECT h.*, coalesce(h.estate_id, b.estate_id) AS estate_id FROM homes h "
               "LEFT JOIN blocks b ON b.id = h.block_id")
        if block_id:
            return list(self.db.query(sql + " WHERE h.block_id = ? ORDER BY h.address", [block_id]))
        if estate_id:
            return list(self.db.query(
                sql + " WHERE coalesce(h.estate_id, b.estate_id) = ? ORDER BY h.address",
                [estate_id]))
        return list(self.db.query(sql + " ORDER BY h.address"))

    def operatives(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM operatives ORDER BY display_name"))

    def settings(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self.db.query("SELECT key, value FROM settings")}

    _JOB_SQL = """
        SELECT j.*, coalesce(j.estate_id, h.estate_id, hb.estate_id, b.estate_id) AS estate_id,
               coalesce(h.address, b.name, '') AS address
        FROM jobs j
        LEFT JOIN homes h ON h.id = j.home_id
        LEFT JOIN blocks hb ON hb.id = h.block_id
        LEFT JOIN blocks b ON b.id = j.block_id
    """

    def _job(self, row: dict) -> dict:
        return {**row, "operative_ids": json.loads(row["operative_ids"] or "[]")}

    def worklist(self, days: int = 30, estate_ids=None) -> list[dict]:
        """Jobs completed in the last ``days`` days, newest first: the visits worth making."""
        since = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")
        jobs = [self._job(r) for r in self.db.query(
            self._JOB_SQL + " WHERE j.completed_at >= ? ORDER BY j.completed_at DESC", [since])]
        if estate_ids:
            jobs = [j for j in jobs if j["estate_id"] in set(estate_ids)]
        return jobs

    def job(self, ref: str) -> dict | None:
        row = next(self.db.query(self._JOB_SQL + " WHERE j.ref = ?", [ref]), None)
        return self._job(row) if row else None

    def actions(self, published_only: bool = True) -> list[dict]:
        sql = "SELECT body FROM actions"
        if published_only:
            sql += " WHERE published = 1"
        return [json.loads(r["body"]) for r in self.db.query(sql + " ORDER BY updated_at DESC")]

    def published_actions_of(self, record_id: str) -> list[dict]:
        """Published actions made from this record (its ``source_record_ids``), newest
        change first: what the champion who logged it can tell the resident was done."""
        return [json.loads(r["body"]) for r in self.db.query(
            "SELECT body FROM actions WHERE published = 1 AND EXISTS (SELECT 1 FROM "
            "json_each(body, '$.source_record_ids') WHERE value = ?) "
            "ORDER BY updated_at DESC, rowid DESC", [record_id])]

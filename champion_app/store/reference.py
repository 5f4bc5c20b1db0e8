"""Reference data pulled from the server (read-only for champions): places, jobs, people."""

import json
from datetime import UTC, datetime, timedelta

from champion_app.errors import ChampionError

from .base import StoreBase
from .types import REFERENCE_ENTITIES, Changes

_KEYS = {"estates": "id", "blocks": "id", "homes": "id", "jobs": "ref", "operatives": "id",
         "settings": "key"}


class ReferenceData(StoreBase):
    """Mixin for Store."""

    def put_reference(self, entity: str, rows: list[dict]) -> Changes:
        if entity not in REFERENCE_ENTITIES:
            raise ChampionError(f"'{entity}' is not reference data this app keeps.")
        rows = [self._reference_row(entity, row) for row in rows]
        with self.write():
            if rows:
                self.db[entity].upsert_all(rows, pk=_KEYS[entity])
        return Changes(reference=True)

    def delete_reference(self, entity: str, ids: list[str]) -> Changes:
        if entity not in REFERENCE_ENTITIES:
            raise ChampionError(f"'{entity}' is not reference data this app keeps.")
        with self.write():
            for key in ids:
                self.db.execute(f"DELETE FROM {entity} WHERE {_KEYS[entity]} = ?", [key])
        return Changes(reference=True)

    def _reference_row(self, entity: str, row: dict) -> dict:
        columns = set(self.db[entity].columns_dict)
        row = {k: v for k, v in row.items() if k in columns}
        if entity == "jobs":
            ids = row.get("operative_ids") or []
            if isinstance(ids, str):  # from CSV: "OP1;OP2"
                ids = [part for part in ids.split(";") if part]
            row["operative_ids"] = json.dumps(list(ids))
        if entity == "blocks" and isinstance(row.get("has_communal_areas"), str):
            row["has_communal_areas"] = row["has_communal_areas"].lower() in ("1", "true", "yes")
        if entity == "settings":
            row["value"] = str(row.get("value", ""))
        return row

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

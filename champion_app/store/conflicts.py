"""Two laptops changed one record (issue 13, finding 5).

The server stores both versions and flags the one that arrived second (`conflict`): it was
based on a version that was no longer the newest, so it replaced an edit its author never
saw. Here that becomes something a person can see and settle: both texts, which one was
written on this laptop, and `resolve_conflict`, which submits the text kept as a new
version on top of the newest one (so the server stores it without a flag, and every laptop
and coordinator sees the conflict settled). Order is the server's seq, never a clock.
"""

import json

from champion_app.errors import ChampionError
from champion_app.records import Draft

from .base import StoreBase
from .types import Changes, Conflict, ConflictSide

PLACE = ("estate_id", "block_id", "home_id", "job_ref")


def _differences(a: dict, b: dict) -> list[tuple[str, object, object]]:
    out: list[tuple[str, object, object]] = [
        (key, a.get(key), b.get(key)) for key in PLACE if a.get(key) != b.get(key)]
    pa, pb = a.get("payload") or {}, b.get("payload") or {}
    for key in dict.fromkeys([*pa, *pb]):
        if pa.get(key) != pb.get(key):
            out.append((f"payload.{key}", pa.get(key), pb.get(key)))
    if [x.get("sha256") for x in a.get("attachments") or []] != \
            [x.get("sha256") for x in b.get("attachments") or []]:
        out.append(("attachments", len(a.get("attachments") or []),
                    len(b.get("attachments") or [])))
    return out


class ConflictOps(StoreBase):
    """Mixin for Store."""

    def conflict_of(self, record_id: str) -> Conflict | None:
        """The open conflict on a record: its current version is flagged, and the version
        it replaced is the one the server stored just before it (by seq)."""
        record = self._record_row(record_id)
        if record is None or not record["current_version_id"]:
            return None
        current = next(self.db.query("SELECT * FROM record_versions WHERE version_id = ?",
                                     [record["current_version_id"]]), None)
        if current is None or not current["conflict"] or current["seq"] is None:
            return None
        replaced = next(self.db.query(
            "SELECT * FROM record_versions WHERE record_id = ? AND seq < ? "
            "ORDER BY seq DESC LIMIT 1", [record_id, current["seq"]]), None)
        if replaced is None:
            return None
        sides = [ConflictSide(v["version_id"], json.loads(v["body"]), v["status"] != "pulled",
                              v["received_at"], json.loads(v["body"]).get("device_id") or "")
                 for v in (current, replaced)]
        return Conflict(record_id, sides[0], sides[1],
                        _differences(sides[0].body, sides[1].body))

    def device_names(self) -> dict[str, str]:
        """Device id -> "name (username)" from the pulled champion accounts (coordinators
        pull them), so a conflict can say which laptop wrote what."""
        names: dict[str, str] = {}
        for (body,) in self.db.execute("SELECT body FROM champions"):
            account = json.loads(body)
            for device in account.get("devices") or []:
                names[device["id"]] = f"{device.get('name') or '?'} " \
                    f"({account.get('display_name') or account.get('username')})"
        return names

    def conflicted_records(self) -> list[str]:
        """Records with an open conflict (for the coordinator's queue), newest first."""
        return [r[0] for r in self.db.execute(
            "SELECT record_id FROM records WHERE conflict = 1 ORDER BY updated_at DESC")]

    def resolve_conflict(self, record_id: str, *, keep: str) -> Changes:
        """Keep one side's text: it is submitted again as a new version based on the newest
        (the current one), which the server stores without a conflict flag."""
        conflict = self.conflict_of(record_id)
        if conflict is None:
            raise ChampionError("This record has no conflict to settle any more.")
        chosen = next((s for s in (conflict.current, conflict.replaced)
                       if s.version_id == keep), None)
        if chosen is None:
            raise ChampionError("That version is not one of the two in the conflict.")
        row = self._record_row(record_id)
        if row is not None and row["draft"] is not None:
            raise ChampionError("Finish or discard the change you started on this record "
                                "first, then settle the conflict.")
        draft = Draft.from_version(chosen.body)
        with self.write():
            self.db["records"].update(record_id, {"draft": draft.model_dump_json()})
            return self.submit(record_id)

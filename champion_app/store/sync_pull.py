"""Applying pulled pages: one page, its cursor and the server's epoch in ONE transaction.

A crash half-way through a page leaves neither the page nor the cursor, so the page is
pulled again; a page applied twice changes nothing (every write here is an upsert or a
delete by id).
"""

import json
import logging
from dataclasses import dataclass
from typing import cast

from .base import StoreBase
from .records import _search_text, _summary, now_iso
from .types import Changes

logger = logging.getLogger(__name__)

# Wire entity -> (local table, key column)
REFERENCE = {"estate": ("estates", "id"), "block": ("blocks", "id"), "home": ("homes", "id"),
             "job": ("jobs", "ref"), "operative": ("operatives", "id"),
             "setting": ("settings", "key")}
SERVER_FIELDS = ("seq", "received_at", "conflict")


@dataclass(frozen=True)
class PullOutcome:
    changes: Changes
    applied: int           # changes applied from this page
    did_reset: bool        # pulled data was dropped (reset or new server epoch)
    restart: bool          # the page was not applied: pull again from cursor 0


class PullOps(StoreBase):
    """Mixin for Store (via SyncOps)."""

    def apply_pull_page(self, changes: list[dict], *, cursor: int, server_epoch: str,
                        reset: bool = False, requested_cursor: int = 0) -> PullOutcome:
        """Apply one page of validated changes, then save cursor and epoch, atomically.

        ``changes`` are dicts ``{entity, id, op, data}`` whose data the engine has already
        validated. ``reset`` (or an epoch other than the one seen last) first drops what was
        pulled (`_reset_pulled`); when the page was asked from a cursor past 0 it is then not
        applied, and the caller pulls again from 0.
        """
        with self.write():
            known_epoch = self.get_state("server_epoch")
            epoch_changed = known_epoch is not None and known_epoch != server_epoch
            # A reset answered to cursor 0 is already "from the beginning": dropping again
            # would only re-queue every sent version on every sync.
            must_reset = epoch_changed or (reset and requested_cursor > 0)
            result = Changes(sync_state=True)
            if must_reset:
                logger.warning("server asked for a reset (reset=%s, epoch %s -> %s)",
                               reset, known_epoch, server_epoch)
                result = result | self._reset_pulled()
                self.db["sync_state"].upsert({"key": "server_epoch", "value": server_epoch},
                                             pk="key")
                if requested_cursor > 0:
                    return PullOutcome(result, 0, did_reset=True, restart=True)
            for change in changes:
                result = result | self._apply_change(change)
            state: list[dict] = [{"key": "pull_cursor", "value": int(cursor)},
                                 {"key": "server_epoch", "value": server_epoch},
                                 {"key": "last_pull_at", "value": now_iso()}]
            self.db["sync_state"].upsert_all(state, pk="key")
        return PullOutcome(result, len(changes), did_reset=must_reset, restart=False)

    def adopt_server_epoch(self, server_epoch: str) -> PullOutcome:
        """Reset when the server's epoch differs from the one seen last (seen in /meta)."""
        with self.db.atomic():
            known = self.get_state("server_epoch")
            if known is None or known == server_epoch:
                return PullOutcome(Changes(), 0, did_reset=False, restart=False)
            logger.warning("server epoch changed (%s -> %s): reset", known, server_epoch)
            changes = self._reset_pulled()
            self.db["sync_state"].upsert({"key": "server_epoch", "value": server_epoch},
                                         pk="key")
        return PullOutcome(changes, 0, did_reset=True, restart=False)

    # -- one change ----------------------------------------------------------------------------
    def _apply_change(self, change: dict) -> Changes:
        entity, key, op, data = change["entity"], change["id"], change["op"], change.get("data")
        if entity in REFERENCE:
            table, pk = REFERENCE[entity]
            if op == "delete":
                self.db.execute(f"DELETE FROM {table} WHERE {pk} = ?", [key])
            else:
                data = cast(dict, data)  # every op but delete carries data
                self.db[table].upsert(self._reference_row(table, data), pk=pk)
            return Changes(reference=True)
        handler = getattr(self, f"_pull_{entity}", None)
        if handler is None:
            logger.debug("pulled %s %s: not kept on this device", entity, key)
            return Changes()
        return handler(key, op, data)

    def _pull_record_version(self, version_id: str, op: str, data: dict | None) -> Changes:
        existing = next(self.db.query("SELECT record_id, status FROM record_versions "
                                      "WHERE version_id = ?", [version_id]), None)
        if op == "delete":  # erased on the server (e.g. a subject-erasure request)
            if existing is None:
                return Changes()
            record_id = existing["record_id"]
            self.db.execute("DELETE FROM record_versions WHERE version_id = ?", [version_id])
            if not self.db.execute("SELECT 1 FROM record_versions WHERE record_id = ?",
                                   [record_id]).fetchone():
                self.db.execute("DELETE FROM records WHERE record_id = ? AND draft IS NULL",
                                [record_id])
            self._refresh_record_state(record_id)
            return Changes(record_ids=frozenset({record_id}))
        data = cast(dict, data)  # every op but delete carries data
        server = {k: data.get(k) for k in SERVER_FIELDS}
        if existing is not None:  # ours (or pulled before): the server's own fields only
            self.db.execute("UPDATE record_versions SET seq = ?, received_at = ?, conflict = ? "
                            "WHERE version_id = ?", [server["seq"], server["received_at"],
                                                     int(bool(server["conflict"])), version_id])
            self._refresh_record_state(existing["record_id"])
            return Changes(record_ids=frozenset({existing["record_id"]}))
        body = {k: v for k, v in data.items() if k not in SERVER_FIELDS}
        record_id = body["record_id"]
        record = self._record_row(record_id)
        columns = self._record_columns(body)
        if record is None:  # first, for the foreign key from record_versions
            mine = int(bool(body.get("author_id")) and
                       body.get("author_id") == self.get_state("user_id"))
            self.db["records"].insert({"record_id": record_id, "state": "sent", "mine": mine,
                                       "created_at": body["created_at"], **columns})
        self.db["record_versions"].insert({
            "version_id": version_id, "record_id": record_id,
            "base_version_id": body.get("base_version_id"), "body": json.dumps(body),
            "status": "pulled", "seq": server["seq"], "received_at": server["received_at"],
            "conflict": int(bool(server["conflict"])), "submitted_at": body["submitted_at"]})
        if record is not None and self._pulled_is_newer(record, server["seq"]):
            self.db["records"].update(record_id, columns)
        self._refresh_record_state(record_id)
        return Changes(record_ids=frozenset({record_id}))

    @staticmethod
    def _record_columns(body: dict) -> dict:
        payload = body.get("payload") or {}
        return {"kind": body["kind"], "estate_id": body["estate_id"],
                "block_id": body.get("block_id"), "home_id": body.get("home_id"),
                "job_ref": body.get("job_ref"), "hazard": payload.get("hazard") or "none",
                "summary": _summary(payload), "search_text": _search_text(payload),
                "current_version_id": body["version_id"],
                "author_id": body.get("author_id") or "",
                "submitted_at": body["submitted_at"], "updated_at": body["submitted_at"]}

    def _pulled_is_newer(self, record: dict, seq) -> bool:
        """Our own unsent edit stays the current version; otherwise the higher seq wins."""
        if not record["current_version_id"]:
            return True
        current = next(self.db.query("SELECT status, seq FROM record_versions "
                                     "WHERE version_id = ?", [record["current_version_id"]]),
                       None)
        return current is None or (current["status"] != "queued" and
                                   (current["seq"] or 0) < (seq or 0))

    def _pull_review(self, review_id: str, op: str, data: dict | None) -> Changes:
        row = next(self.db.query("SELECT version_id FROM reviews WHERE review_id = ?",
                                 [review_id]), None)
        if op == "delete":
            self.db.execute("DELETE FROM reviews WHERE review_id = ?", [review_id])
            version_id = row["version_id"] if row else None
        else:
            data = cast(dict, data)
            version_id = data["version_id"]
            self.db["reviews"].upsert({
                "review_id": review_id, "version_id": version_id,
                "record_id": self._version_record(version_id), "state": data["state"],
                "note": data.get("note") or "", "at": data["at"]}, pk="review_id")
        record_id = self._version_record(version_id) if version_id else None
        if record_id is None:
            return Changes(reviews=True)
        self._refresh_record_state(record_id)
        return Changes(record_ids=frozenset({record_id}), reviews=True)

    def _pull_comment(self, comment_id: str, op: str, data: dict | None) -> Changes:
        if op == "delete":
            self.db.execute("DELETE FROM comments WHERE comment_id = ?", [comment_id])
            return Changes(reviews=True)
        data = cast(dict, data)
        mine = self.db.execute("SELECT mine FROM comments WHERE comment_id = ?",
                               [comment_id]).fetchone()
        self.db["comments"].upsert({"comment_id": comment_id, "record_id": data["record_id"],
                                    "body": data["body"], "at": data["at"],
                                    "mine": mine[0] if mine else 0}, pk="comment_id")
        return Changes(record_ids=frozenset({data["record_id"]}), reviews=True)

    def _pull_action(self, action_id: str, op: str, data: dict | None) -> Changes:
        if op == "delete":
            self.db.execute("DELETE FROM actions WHERE action_id = ?", [action_id])
        else:
            data = cast(dict, data)
            self.db["actions"].upsert({
                "action_id": action_id, "version": data["version"],
                "estate_id": data["estate_id"], "published": int(bool(data.get("published"))),
                "status": data.get("status") or "logged", "body": json.dumps(data),
                "updated_at": now_iso()}, pk="action_id")
        return Changes(actions=True)

    def _pull_champion(self, champion_id: str, op: str, data: dict | None) -> Changes:
        if op == "delete":
            self.db.execute("DELETE FROM champions WHERE id = ?", [champion_id])
        else:
            self.db["champions"].upsert({"id": champion_id, "body": json.dumps(data)}, pk="id")
        return Changes(reference=True)

"""The coordinator's own writes and lists: "You said, we did" actions and the champions.

An action is edited like a record version is submitted: the local row and an outbox row in
one transaction. Each edit names the server version it was made on (``base_version``); the
server applies it only when that is still its current version, else answers ``conflict``
with its own copy. A conflict keeps the coordinator's edit in the quarantine and shows the
server's copy in the list, until the coordinator chooses (`resolve_action_conflict`):
nothing is silently lost on either side.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from champion_app.clock import now_iso
from champion_app.errors import ChampionError
from champion_app.protocol import ACTION, Action
from champion_app.records import RecordInvalid, errors_by_field, new_id

from .base import StoreBase
from .types import Changes

MINE, THEIRS = "mine", "theirs"


def month_start(now: datetime | None = None, tz: str = "Europe/London") -> str:
    """The first instant of this local month, as the stored times write it (UTC, ``Z``)."""
    local = (now or datetime.now(UTC)).astimezone(ZoneInfo(tz))
    first = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return first.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class OfficeOps(StoreBase):
    """Mixin for Store."""

    # -- actions ---------------------------------------------------------------------------
    def coordinator_actions(self) -> list[dict]:
        """Every action on this laptop, newest change first, each with ``pending`` (an edit
        waiting to be sent) and ``conflict`` (someone else's edit got there first)."""
        pending = {r[0] for r in self.db.execute(
            "SELECT entity_id FROM outbox WHERE type = ?", [ACTION])}
        conflicts = {r[0] for r in self.db.execute(
            "SELECT entity_id FROM quarantine WHERE type = ? AND status = 'conflict'",
            [ACTION])}
        out = []
        for row in self.db.query("SELECT * FROM actions ORDER BY updated_at DESC, rowid DESC"):
            body = json.loads(row["body"])
            out.append({**body, "version": row["version"], "updated_at": row["updated_at"],
                        "pending": row["action_id"] in pending,
                        "conflict": row["action_id"] in conflicts})
        return out

    def action(self, action_id: str) -> dict | None:
        return next((a for a in self.coordinator_actions() if a["action_id"] == action_id), None)

    def published_actions(self, estate_id: str) -> list[dict]:
        """What the estate's notice shows: its published actions, newest change first."""
        return [json.loads(r["body"]) for r in self.db.query(
            "SELECT body FROM actions WHERE published = 1 AND estate_id = ? "
            "ORDER BY updated_at DESC, rowid DESC", [estate_id])]

    def save_action(self, data: dict) -> Changes:
        """Create or change an action and queue it. Raises RecordInvalid (per field, in plain
        words) when it is not valid, storing nothing."""
        action_id = data.get("action_id") or new_id()
        with self.write():
            row = next(self.db.query("SELECT version FROM actions WHERE action_id = ?",
                                     [action_id]), None)
            queued = [json.loads(r[0]) for r in self.db.execute(
                "SELECT body FROM outbox WHERE type = ? AND entity_id = ? ORDER BY id",
                [ACTION, action_id])]
            # An edit made while an earlier one waits is made on what that one will become.
            base = queued[-1]["base_version"] + 1 if queued else (row["version"] if row else 0)
            fields = {k: v for k, v in data.items()
                      if k in Action.model_fields and k not in ("action_id", "base_version")}
            try:
                action = Action.model_validate({**fields, "action_id": action_id,
                                                "base_version": base})
            except ValidationError as exc:
                raise RecordInvalid(errors_by_field(exc)) from None
            body = action.model_dump(mode="json")
            shown = {k: v for k, v in body.items() if k != "base_version"}
            self.db["actions"].upsert({
                "action_id": action_id, "version": row["version"] if row else 0,
                "estate_id": action.estate_id, "published": int(action.published),
                "status": action.status.value, "body": json.dumps({**shown, "version": base}),
                "updated_at": now_iso()}, pk="action_id")
            self._enqueue(ACTION, action_id, body)
        return Changes(actions=True, outbox=True)

    def action_conflicts(self) -> list[dict]:
        """One entry per action with a conflict: ``mine`` (the edit the server refused) and
        ``theirs`` (the server's copy then; None when it has no such action any more)."""
        out: dict[str, dict] = {}
        for row in self.db.query("SELECT * FROM quarantine WHERE type = ? AND status = "
                                 "'conflict' ORDER BY at, rowid", [ACTION]):
            theirs = json.loads(row["detail"]) if row["detail"] else None
            out[row["entity_id"]] = {"action_id": row["entity_id"],
                                     "mine": json.loads(row["body"]), "theirs": theirs,
                                     "at": row["at"]}
        return list(out.values())

    def resolve_action_conflict(self, action_id: str, keep: str) -> Changes:
        """``keep="mine"``: send my edit again, made on the server's current version.
        ``keep="theirs"``: drop my edit and keep the server's copy. Either way the
        conflict is settled in one transaction."""
        conflict = next((c for c in self.action_conflicts() if c["action_id"] == action_id),
                        None)
        if conflict is None:
            raise ChampionError("This action has no conflict to settle any more.")
        theirs = conflict["theirs"]
        with self.write():
            self.db.execute("DELETE FROM quarantine WHERE type = ? AND entity_id = ? AND "
                            "status = 'conflict'", [ACTION, action_id])
            if theirs is None:
                self.db.execute("DELETE FROM actions WHERE action_id = ?", [action_id])
            else:
                self._put_server_action(theirs)
            if keep == MINE:
                return self.save_action(conflict["mine"]) | Changes(actions=True)
        return Changes(actions=True)

    def _put_server_action(self, data: dict) -> None:
        """The server's copy of an action as this laptop's row (a pull, or a conflict's)."""
        self.db["actions"].upsert({
            "action_id": data["action_id"], "version": int(data.get("version") or 0),
            "estate_id": data["estate_id"], "published": int(bool(data.get("published"))),
            "status": data.get("status") or "logged", "body": json.dumps(data),
            "updated_at": now_iso()}, pk="action_id")

    def _action_sent(self, body: dict) -> None:
        """The server applied an edit: its version is now base_version + 1."""
        self.db.execute("UPDATE actions SET version = max(version, ?) WHERE action_id = ?",
                        [int(body.get("base_version") or 0) + 1, body["action_id"]])

    # -- champions ---------------------------------------------------------------------------
    def champion_rows(self, now: datetime | None = None) -> list[dict]:
        """The champion accounts pulled (or fetched), each with ``last_seen_at`` (the newest
        request of any of their devices still allowed in) and ``records_this_month`` (the
        records on this laptop they started since the 1st)."""
        since = month_start(now)
        counts = dict(self.db.execute(
            "SELECT author_id, count(*) FROM records WHERE created_at >= ? GROUP BY author_id",
            [since]).fetchall())
        out = []
        for row in self.db.query("SELECT body FROM champions"):
            body = json.loads(row["body"])
            if body.get("role") != "champion":
                continue
            seen = [d.get("last_seen_at") for d in body.get("devices") or []
                    if d.get("last_seen_at") and not d.get("revoked_at")]
            out.append({**body, "last_seen_at": max(seen) if seen else None,
                        "records_this_month": counts.get(body["id"], 0)})
        return sorted(out, key=lambda c: (c.get("display_name") or c["username"]).casefold())

"""Writing records: drafts, submit (version + outbox row in one transaction), edits, deletes."""

import json

from champion_app.clock import now_iso
from champion_app.errors import ChampionError
from champion_app.i18n import translate
from champion_app.protocol import RECORD_VERSION
from champion_app.records import KINDS, Draft, RecordInvalid, new_id, validate_version

from .base import StoreBase
from .queries import searchable
from .types import Changes, RecordDetail


def _search_text(payload: dict) -> str:
    """The free text a search should find: what was said, and the other notes people type."""
    parts = [payload.get("what_was_said", ""), payload.get("hazard_details", ""),
             payload.get("outstanding_repairs", ""), payload.get("questions_raised", ""),
             payload.get("place_description", "")]
    parts += [op.get(key, "") for op in payload.get("operatives", []) or []
              for key in ("compliment", "concern")]
    parts += [r.get("comment", "") for r in payload.get("responses", []) or []]
    return searchable("\n".join(p for p in parts if isinstance(p, str) and p))


def _summary(payload: dict) -> str:
    text = " ".join(str(payload.get("what_was_said", "")).split())
    return text if len(text) <= 140 else text[:139] + "…"


def queue_columns(kind: str, payload: dict) -> dict:
    """The columns a coordinator's queue filters and sorts on, derived from the payload."""
    complaint = payload.get("complaint") or {}
    return {"satisfaction": KINDS[kind].headline(payload) if kind in KINDS else None,
            "wants_to_complain": int(bool(complaint.get("wants_to_complain")))}


def insert_row(db, table: str, row: dict) -> None:
    """A plain INSERT: sqlite-utils' Table.insert re-reads the schema on every call, which
    was 0.5 ms of a 1.2 ms submit (py-spy), so the hot paths build their SQL directly."""
    columns = ", ".join(row)
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(row))})",
               list(row.values()))


def update_row(db, table: str, key: str, key_value, values: dict) -> None:
    assignments = ", ".join(f"{column} = ?" for column in values)
    db.execute(f"UPDATE {table} SET {assignments} WHERE {key} = ?",
               [*values.values(), key_value])


class RecordWrites(StoreBase):
    """Mixin for Store: every write runs in one transaction and returns what changed."""

    def save_draft(self, draft: Draft, *, record_id: str | None = None) -> Changes:
        """Save editable content. Drafts may be incomplete, down to the kind alone: a laptop
        that has never connected has no estate to choose yet (submit asks for one)."""
        if draft.kind not in KINDS:
            raise ChampionError(f"'{draft.kind}' is not a kind of record this app knows.")
        payload = draft.payload
        stamp = now_iso()
        columns = {"kind": draft.kind, "estate_id": draft.estate_id, "block_id": draft.block_id,
                   "home_id": draft.home_id, "job_ref": draft.job_ref,
                   "hazard": payload.get("hazard") or "none", "summary": _summary(payload),
                   "search_text": _search_text(payload), "draft": draft.model_dump_json(),
                   "updated_at": stamp, **queue_columns(draft.kind, payload)}
        with self.write():
            existing = self._record_row(record_id) if record_id else None
            saved_id = record_id or new_id()
            if existing is None:
                insert_row(self.db, "records", {"record_id": saved_id, "state": "draft",
                                                "created_at": stamp, **columns})
            else:
                if existing["kind"] != draft.kind:
                    raise ChampionError("A record cannot change kind once it is saved.")
                update_row(self.db, "records", "record_id", saved_id, columns)
        return Changes(record_ids=frozenset({saved_id}))

    def submit(self, record_id: str, *, author_id: str = "", device_id: str = "") -> Changes:
        """Freeze the draft as a version and queue it. Raises RecordInvalid, storing nothing."""
        row = self._record_row(record_id)
        draft = self._draft(row)
        if row is None or draft is None:
            raise ChampionError("There is nothing to submit: this record has no unsaved changes.")
        if not draft.estate_id:  # a draft saved before the laptop had any estates to offer
            raise RecordInvalid({"estate_id": translate(
                "records", "Choose the estate this is about before submitting: your draft is "
                           "kept.")})
        stamp = now_iso()
        version = validate_version({
            **dict(draft), "record_id": record_id, "version_id": new_id(),
            "base_version_id": row["current_version_id"],
            "created_at": row["created_at"], "submitted_at": stamp,
            "tz": self.get_state("timezone", "Europe/London"),
            "author_id": author_id or self.get_state("user_id", ""),
            "device_id": device_id or self.get_state("device_id", "")})
        body = version.model_dump(mode="json")
        mutation_id = new_id()
        columns = {"state": "queued", "draft": None, "current_version_id": version.version_id,
                   "author_id": version.author_id, "submitted_at": stamp, "updated_at": stamp,
                   "summary": _summary(body["payload"]), "attention": "", "review_state": None,
                   "conflict": 0, **queue_columns(version.kind, body["payload"])}
        text = _search_text(body["payload"])
        if text != row["search_text"]:  # the index is rewritten only when its text changes
            columns["search_text"] = text
        with self.write():
            insert_row(self.db, "record_versions", {
                "version_id": version.version_id, "record_id": record_id,
                "base_version_id": version.base_version_id, "body": json.dumps(body),
                "status": "queued", "submitted_at": stamp, "mutation_id": mutation_id})
            self._enqueue(RECORD_VERSION, version.version_id, body, mutation_id)
            update_row(self.db, "records", "record_id", record_id, columns)
        return Changes(record_ids=frozenset({record_id}), outbox=True)

    def _enqueue(self, mutation_type: str, entity_id: str, data: dict,
                 mutation_id: str | None = None) -> str:
        """Write one outbox row; always called inside the transaction that made ``data``.

        A record version keeps its mutation_id, so a resend after a server reset is the
        same mutation and answers `duplicate`.
        """
        body = json.dumps(data, separators=(",", ":"))
        mutation_id = mutation_id or new_id()
        insert_row(self.db, "outbox", {"mutation_id": mutation_id, "type": mutation_type,
                                       "entity_id": entity_id, "body": body,
                                       "bytes": len(body.encode()), "created_at": now_iso()})
        return mutation_id

    def start_edit(self, record_id: str) -> Changes:
        """Open a submitted record for editing: a draft copy of its newest version."""
        row = self._record_row(record_id)
        if row is None:
            raise ChampionError("That record no longer exists.")
        if row["draft"] is not None:
            return Changes()  # already being edited: keep the edit in progress
        draft = Draft.from_version(self._version_body(row["current_version_id"]))
        with self.write():
            self.db["records"].update(record_id, {"draft": draft.model_dump_json(),
                                                  "updated_at": now_iso()})
        return Changes(record_ids=frozenset({record_id}))

    def delete_draft(self, record_id: str) -> Changes:
        """Delete a never-submitted draft, or discard the edit in progress of a submitted one."""
        row = self._record_row(record_id)
        if row is None:
            return Changes()
        with self.write():
            if row["current_version_id"] is None:
                self.db.execute("DELETE FROM records WHERE record_id = ?", [record_id])
            else:
                self.db["records"].update(record_id, {"draft": None, "updated_at": now_iso()})
        return Changes(record_ids=frozenset({record_id}))

    def get_record(self, record_id: str) -> RecordDetail:
        rows = self.rows_by_id([record_id])
        if record_id not in rows:
            raise ChampionError("That record no longer exists.")
        raw = self._record_row(record_id)
        assert raw is not None  # rows_by_id has just found it
        versions = []
        for v in self.db.query("SELECT * FROM record_versions WHERE record_id = ? "
                               "ORDER BY (seq IS NULL), seq, rowid", [record_id]):
            versions.append({**json.loads(v["body"]), "status": v["status"], "error": v["error"],
                             "seq": v["seq"], "received_at": v["received_at"],
                             "conflict": bool(v["conflict"])})
        version_ids = [v["version_id"] for v in versions]
        reviews = []
        if version_ids:
            marks = ",".join("?" * len(version_ids))
            reviews = list(self.db.query(
                f"SELECT * FROM reviews WHERE version_id IN ({marks}) "
                "ORDER BY (seq IS NULL), seq, rowid", version_ids))
        comments = list(self.db.query(  # the server's order, this laptop's unsent last
            "SELECT * FROM comments WHERE record_id = ? ORDER BY (seq IS NULL), seq, rowid",
            [record_id]))
        return RecordDetail(row=rows[record_id], draft=self._draft(raw), versions=versions,
                            reviews=reviews, comments=comments,
                            cases=self.case_events_of(record_id),
                            actions=self.published_actions_of(record_id),
                            conflict=self.conflict_of(record_id),
                            missing_photos=self.missing_photos(record_id))

    @staticmethod
    def _draft(row: dict | None) -> Draft | None:
        """The row's draft; the row's own columns fill in any place the JSON leaves out."""
        if not row or not row["draft"]:
            return None
        place = {key: row[key] for key in ("kind", "estate_id", "block_id", "home_id", "job_ref")}
        return Draft.model_validate({**place, **json.loads(row["draft"])})

    def _record_row(self, record_id: str) -> dict | None:
        return next(self.db.query("SELECT * FROM records WHERE record_id = ?", [record_id]), None)

    def _version_body(self, version_id: str) -> dict:
        row = next(self.db.query("SELECT body FROM record_versions WHERE version_id = ?",
                                 [version_id]))
        return json.loads(row["body"])

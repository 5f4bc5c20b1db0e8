"""Residents' data leaving this laptop: a record erased on the server, and what a wipe or a
disconnect would take with it (`unsent`)."""

import json
from dataclasses import dataclass

from .base import StoreBase


@dataclass(frozen=True)
class Unsent:
    """Work on this laptop the server does not have: queued items, drafts, and records the
    server refused (kept to be corrected)."""

    queued: int
    drafts: int
    refused: int

    @property
    def total(self) -> int:
        return self.queued + self.drafts + self.refused

    def describe(self) -> str:
        parts = [(self.queued, "item(s) waiting to be sent"), (self.drafts, "draft(s)"),
                 (self.refused, "record(s) the server refused")]
        return ", ".join(f"{n} {what}" for n, what in parts if n) or "nothing"


class LocalErasure(StoreBase):
    """Mixin for Store."""

    def unsent(self) -> Unsent:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return Unsent(queued=one("SELECT count(*) FROM outbox"),
                      drafts=one("SELECT count(*) FROM records WHERE draft IS NOT NULL"),
                      refused=one("SELECT count(*) FROM quarantine"))

    def erase_record_locally(self, record_id: str) -> set[str]:
        """Delete the record and everything of it: versions, reviews, comments, case events,
        a draft or queued edit of it, what of it waits in the outbox or quarantine or is
        journalled as sent (a reset would send it again). Its report rows go with the
        record (m012's triggers on `records` and `record_versions`). Call inside a write
        transaction; returns the photos it cited, for `delete_photos_not_cited` after it."""
        versions = [row[0] for row in self.db.execute(
            "SELECT version_id FROM record_versions WHERE record_id = ?", [record_id])]
        photos: set[str] = set()
        texts = [row[0] for row in self.db.execute(
            "SELECT body FROM record_versions WHERE record_id = ? UNION ALL "
            "SELECT draft FROM records WHERE record_id = ? AND draft IS NOT NULL",
            [record_id, record_id])]
        for text in texts:
            photos |= {a["sha256"] for a in json.loads(text).get("attachments") or []}
        # Queued and refused mutations about it: its versions, comments on it, reviews of
        # its versions. The ids are UUIDs, so finding them in the JSON is exact.
        for table in ("outbox", "quarantine", "sent_mutations"):
            for ident in (record_id, *versions):
                self.db.execute(f"DELETE FROM {table} WHERE instr(body, ?) > 0", [ident])
        marks = ",".join("?" * len(versions))
        if versions:
            self.db.execute(f"DELETE FROM reviews WHERE version_id IN ({marks})", versions)
        self.db.execute("DELETE FROM reviews WHERE record_id = ?", [record_id])
        self.db.execute("DELETE FROM comments WHERE record_id = ?", [record_id])
        self.db.execute("DELETE FROM case_events WHERE record_id = ?", [record_id])
        self.db.execute("DELETE FROM record_versions WHERE record_id = ?", [record_id])
        self.db.execute("DELETE FROM records WHERE record_id = ?", [record_id])
        return photos

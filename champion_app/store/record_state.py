"""A record's state (queued, sent, reviewed, rejected …), derived from its current version
and the reviews on it after every sync write that can change it."""

from champion_app.records.scales import ReviewState

from .base import StoreBase

NEWEST_FIRST = "(seq IS NULL) DESC, seq DESC"

HELD_MINE = ("This estate is no longer in your patch. The server has this record and keeps "
             "it for your coordinator to accept; nothing is lost.")
HELD_OTHERS = ("Held for a coordinator: the estate left the champion's patch before this "
               "was sent. Accept it to keep it in the estate.")


class RecordStateOps(StoreBase):
    """Mixin for Store (via SyncOps)."""

    def _version_record(self, version_id: str) -> str | None:
        row = self.db.execute("SELECT record_id FROM record_versions WHERE version_id = ?",
                              [version_id]).fetchone()
        return row[0] if row else None

    def _refresh_record_states(self, record_ids) -> None:
        for record_id in dict.fromkeys(record_ids):
            self._refresh_record_state(record_id)

    def _refresh_record_state(self, record_id: str) -> None:
        """Derive the record's state from its current version and the reviews on it.

        Plain SQL (no sqlite-utils table look-ups), and the row is written only when its
        state changed: this runs for every record a push or a pulled page touches."""
        db = self.db.conn
        record = db.execute("SELECT current_version_id, mine, state, review_state, attention, "
                            "conflict FROM records WHERE record_id = ?", [record_id]).fetchone()
        if record is None:
            return
        current, mine = record[0], record[1]
        columns = "version_id, status, error, mutation_id, held, conflict"
        version = None
        if current:
            version = db.execute(f"SELECT {columns} FROM record_versions WHERE version_id = ?",
                                 [current]).fetchone()
        if version is None:  # the current version was dropped: fall back to the newest left
            version = db.execute(
                f"SELECT {columns} FROM record_versions WHERE record_id = ? "
                f"ORDER BY {NEWEST_FIRST}, rowid DESC LIMIT 1", [record_id]).fetchone()
        if version is None:
            db.execute("UPDATE records SET state = 'draft', current_version_id = NULL, "
                       "review_state = NULL, attention = '' WHERE record_id = ?", [record_id])
            return
        version_id, status, error, mutation_id, held, conflict = version
        # The newest review is the one the server stored last (seq), never the latest `at`;
        # one not sent yet (no seq) is newer than all of them.
        review = db.execute("SELECT state, note FROM reviews WHERE version_id = ? "
                            f"ORDER BY {NEWEST_FIRST}, rowid DESC LIMIT 1",
                            [version_id]).fetchone()
        review_state, attention = None, ""
        if status == "rejected":
            state, attention = "rejected", error or ""
        elif status == "queued":
            state = "queued"
            problem = db.execute("SELECT problem FROM outbox WHERE mutation_id = ?",
                                 [mutation_id]).fetchone()
            attention = (problem[0] if problem else None) or ""
        else:
            state = "sent"
            if held:
                attention = HELD_MINE if mine else HELD_OTHERS
        if review is not None and status != "rejected":
            review_state = review[0]
            if status != "queued":
                state = "reviewed"
            if review[0] in (ReviewState.has_issues, ReviewState.rejected) and review[1]:
                attention = f"Your coordinator says: {review[1]}"
        new = (version_id, mine, state, review_state, attention, conflict)
        if tuple(record) != new:
            db.execute("UPDATE records SET current_version_id = ?, state = ?, review_state = ?, "
                       "attention = ?, conflict = ? WHERE record_id = ?",
                       [version_id, state, review_state, attention, conflict, record_id])

"""A record's state (queued, sent, reviewed, rejected …), derived from its current version
and the reviews on it after every sync write that can change it."""

from champion_app.records.scales import ReviewState

from .base import StoreBase

NEWEST_FIRST = "(seq IS NULL) DESC, seq DESC"
VERSION_COLUMNS = "version_id, status, error, mutation_id, held, conflict"
CHUNK = 500  # ids per IN (…)

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
        """`_refresh_record_state` for many records: one look-up of the records with their
        current versions and one of those versions' reviews per 500, the same derivation
        (`_derive`), and a write only where the state changed. A record whose current
        version is gone, or is queued (its outbox problem is read), goes the one-by-one way.
        A pulled page and a push batch touch hundreds of records: 3 queries each before."""
        ids = list(dict.fromkeys(record_ids))
        db = self.db.conn
        version_columns = ", ".join(f"v.{c}" for c in VERSION_COLUMNS.split(", "))
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i:i + CHUNK]
            rows = db.execute(
                f"SELECT r.record_id, r.current_version_id, r.mine, r.state, r.review_state, "
                f"r.attention, r.conflict, {version_columns} FROM records r "
                f"LEFT JOIN record_versions v ON v.version_id = r.current_version_id "
                f"WHERE r.record_id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
            simple = [row for row in rows if row[7] is not None and row[8] != "queued"]
            reviews = self._newest_reviews([row[7] for row in simple])
            changed = []
            for row in rows:
                if row[7] is None or row[8] == "queued":
                    self._refresh_record_state(row[0])
                    continue
                new = _derive(row[2], row[7:], reviews.get(row[7]), None)
                if tuple(row[1:7]) != new:
                    changed.append([new[0], new[2], new[3], new[4], new[5], row[0]])
            if changed:
                db.executemany("UPDATE records SET current_version_id = ?, state = ?, "
                               "review_state = ?, attention = ?, conflict = ? "
                               "WHERE record_id = ?", changed)

    def _newest_reviews(self, version_ids: list[str]) -> dict[str, tuple]:
        """version -> (state, note) of its newest review, as `_refresh_record_state` picks it."""
        if not version_ids:
            return {}
        newest: dict[str, tuple] = {}
        for version_id, state, note in self.db.conn.execute(
                f"SELECT version_id, state, note FROM reviews WHERE version_id IN "
                f"({','.join('?' * len(version_ids))}) ORDER BY version_id, {NEWEST_FIRST}, "
                f"rowid DESC", version_ids):
            newest.setdefault(version_id, (state, note))
        return newest

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
        version = None
        if current:
            version = db.execute(f"SELECT {VERSION_COLUMNS} FROM record_versions "
                                 "WHERE version_id = ?", [current]).fetchone()
        if version is None:  # the current version was dropped: fall back to the newest left
            version = db.execute(
                f"SELECT {VERSION_COLUMNS} FROM record_versions WHERE record_id = ? "
                f"ORDER BY {NEWEST_FIRST}, rowid DESC LIMIT 1", [record_id]).fetchone()
        if version is None:
            db.execute("UPDATE records SET state = 'draft', current_version_id = NULL, "
                       "review_state = NULL, attention = '' WHERE record_id = ?", [record_id])
            return
        # The newest review is the one the server stored last (seq), never the latest `at`;
        # one not sent yet (no seq) is newer than all of them.
        review = db.execute("SELECT state, note FROM reviews WHERE version_id = ? "
                            f"ORDER BY {NEWEST_FIRST}, rowid DESC LIMIT 1",
                            [version[0]]).fetchone()
        problem = None
        if version[1] == "queued":
            row = db.execute("SELECT problem FROM outbox WHERE mutation_id = ?",
                             [version[3]]).fetchone()
            problem = row[0] if row else None
        new = _derive(mine, version, review, problem)
        if tuple(record) != new:
            db.execute("UPDATE records SET current_version_id = ?, state = ?, review_state = ?, "
                       "attention = ?, conflict = ? WHERE record_id = ?",
                       [new[0], new[2], new[3], new[4], new[5], record_id])


def _derive(mine, version, review, problem) -> tuple:
    """(current version, mine, state, review state, attention, conflict) of a record, from its
    current version's row (VERSION_COLUMNS), its newest review (state, note) and, for a
    queued version, its outbox problem."""
    version_id, status, error, _mutation_id, held, conflict = version
    review_state, attention = None, ""
    if status == "rejected":
        state, attention = "rejected", error or ""
    elif status == "queued":
        state, attention = "queued", problem or ""
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
    return (version_id, mine, state, review_state, attention, conflict)

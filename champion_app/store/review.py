"""Coordinators' review queue, reviews and the conversation on a record (DOMAIN.md "review",
"comment"): the queries the queue pages through, and the writes that go through the outbox.

Reviews are append-only events on a version; the newest one decides the record's
``review_state`` (`SyncOps._refresh_record_state`). A record whose current version has no
review but an earlier one had is "changed since review": back in the queue. Comments form a
thread per record in the server's order (``seq``), this laptop's unsent ones last.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from champion_app.clock import now_iso
from champion_app.errors import ChampionError
from champion_app.i18n import translate
from champion_app.protocol import COMMENT, REVIEW, Comment, Review
from champion_app.records import new_id
from champion_app.records.scales import ReviewState
from champion_app.roles import is_coordinator, role_of

from .base import StoreBase
from .queries import where_clause
from .records import insert_row
from .types import Changes, RecordFilter, RecordRow

# The queue's review filter: what each choice means in SQL.
TO_DO, TO_REVIEW, CHANGED, UNREAD = "to_do", "to_review", "changed", "unread"
_UNDECIDED = "(r.review_state IS NULL OR r.review_state = 'received')"
_HAS_UNREAD = ("EXISTS (SELECT 1 FROM comments u WHERE u.record_id = r.record_id "
               "AND u.unread = 1)")
_WAS_REVIEWED = "EXISTS (SELECT 1 FROM reviews p WHERE p.record_id = r.record_id)"
REVIEW_FILTERS = {
    TO_DO: f"({_UNDECIDED} OR {_HAS_UNREAD})",
    TO_REVIEW: _UNDECIDED,
    CHANGED: f"(r.review_state IS NULL AND {_WAS_REVIEWED})",
    UNREAD: _HAS_UNREAD,
    **{state.value: f"r.review_state = '{state.value}'"
       for state in (ReviewState.has_issues, ReviewState.approved, ReviewState.rejected)},
}
# States a coordinator sets, and those that must say why (the champion has to act on them).
DECISIONS = (ReviewState.approved, ReviewState.has_issues, ReviewState.rejected)
NEEDS_NOTE = frozenset({ReviewState.has_issues, ReviewState.rejected})
_SATISFACTION_RANK = ("CASE r.satisfaction WHEN 'very_dissatisfied' THEN 1 "
                      "WHEN 'fairly_dissatisfied' THEN 2 WHEN 'neither' THEN 3 "
                      "WHEN 'fairly_satisfied' THEN 4 WHEN 'very_satisfied' THEN 5 END")
# Undecided emergencies (danger now) first, then other hazards, then complaint requests (a
# complaint adds to a hazard's weight) and replies not yet read, then everything else; newest
# first within each.
_PRIORITY = (f"((CASE WHEN {_UNDECIDED} THEN (CASE r.hazard WHEN 'none' THEN 0 "
             "WHEN 'emergency' THEN 4 ELSE 2 END) + r.wants_to_complain ELSE 0 END) "
             f"+ (CASE WHEN {_HAS_UNREAD} THEN 1 ELSE 0 END))")
QUEUE_SORTS = {
    "priority": f"{_PRIORITY} DESC, r.submitted_at DESC",
    "submitted_at": "r.submitted_at", "author_name": "author_name",
    "estate_name": "estate_name", "kind": "r.kind", "satisfaction": _SATISFACTION_RANK,
    "review_state": "coalesce(r.review_state, '')", "hazard": "r.hazard",
}
_FROM = """
    FROM records r
    LEFT JOIN estates e ON e.id = r.estate_id
    LEFT JOIN homes h ON h.id = r.home_id
    LEFT JOIN blocks b ON b.id = r.block_id
    LEFT JOIN champions c ON c.id = r.author_id
"""
_QUEUE_ROW_SQL = f"""
    SELECT r.record_id, r.kind, coalesce(e.name, r.estate_id) AS estate_name,
           coalesce(h.address, b.name, '') AS address, r.author_id,
           coalesce(json_extract(c.body, '$.display_name'), r.author_id) AS author_name,
           r.satisfaction, r.review_state, r.hazard, r.wants_to_complain, r.summary,
           r.submitted_at, r.conflict,
           (r.review_state IS NULL AND {_WAS_REVIEWED}) AS changed_since_review,
           (SELECT count(*) FROM comments u WHERE u.record_id = r.record_id
                                             AND u.unread = 1) AS unread
    {_FROM}"""
_THREAD_ORDER = "seq IS NULL, seq, at, rowid"  # the server's order; unsent ones last
_NEWEST_FIRST = "c.seq IS NULL DESC, c.seq DESC, c.at DESC, c.rowid DESC"


@dataclass(frozen=True)
class QueueFilter(RecordFilter):
    """The queue's filters: the log's (kind, estate, dates, hazard, words) and its own."""

    author_ids: tuple[str, ...] = ()
    review: str | None = TO_DO            # a key of REVIEW_FILTERS, or None for any
    complaint_only: bool = False          # the resident asked to complain
    satisfaction: tuple[str, ...] = ()    # headline ratings (Satisfaction codes)


@dataclass(frozen=True)
class QueueRow:
    record_id: str
    kind: str
    estate_name: str
    address: str
    author_id: str
    author_name: str
    satisfaction: str | None
    review_state: str | None
    hazard: str
    wants_to_complain: bool
    summary: str
    submitted_at: str | None
    conflict: bool
    changed_since_review: bool
    unread: int


def queue_where(flt: QueueFilter) -> tuple[str, list]:
    """Others' submitted records matching ``flt`` (a coordinator's own never queue)."""
    base, params = where_clause(flt)
    clauses = ["r.mine = 0", "r.current_version_id IS NOT NULL"]
    if base:
        clauses.append(base.removeprefix(" WHERE "))
    if flt.author_ids:
        clauses.append(f"r.author_id IN ({','.join('?' * len(flt.author_ids))})")
        params.extend(flt.author_ids)
    if flt.review:
        if flt.review not in REVIEW_FILTERS:
            raise ValueError(f"Unknown review filter {flt.review!r}")
        clauses.append(REVIEW_FILTERS[flt.review])
    if flt.complaint_only:
        clauses.append("r.wants_to_complain = 1")
    if flt.satisfaction:
        clauses.append(f"r.satisfaction IN ({','.join('?' * len(flt.satisfaction))})")
        params.extend(flt.satisfaction)
    return " WHERE " + " AND ".join(clauses), params


def _queue_order(sort: str, descending: bool) -> str:
    if sort not in QUEUE_SORTS:
        raise ValueError(f"Cannot sort the queue by {sort!r}; choose one of {sorted(QUEUE_SORTS)}")
    if sort == "priority":  # its own directions: most urgent, then newest
        return f" ORDER BY {QUEUE_SORTS[sort]}, r.record_id DESC"
    direction = "DESC" if descending else "ASC"
    return (f" ORDER BY {QUEUE_SORTS[sort]} {direction}, r.submitted_at DESC, "
            f"r.record_id {direction}")


def _plain(exc: ValidationError, what: str) -> str:
    first = exc.errors()[0]
    if first.get("type") == "string_too_long":
        limit = first.get("ctx", {}).get("max_length", 4000)
        return f"{what} can be at most {limit:,} characters; shorten it and try again."
    return f"{what} could not be stored: {first.get('msg', 'not valid')}."


class ReviewOps(StoreBase):
    """Mixin for Store: the review queue, reviews and comments."""

    # -- the queue ------------------------------------------------------------------------
    def queue_ids(self, flt: QueueFilter = QueueFilter(), *, sort: str = "priority",
                  descending: bool = True) -> list[str]:
        where, params = queue_where(flt)
        sql = "SELECT r.record_id" + (
            ", coalesce(e.name, r.estate_id) AS estate_name, "
            "coalesce(json_extract(c.body, '$.display_name'), r.author_id) AS author_name"
        ) + _FROM + where + _queue_order(sort, descending)
        return [row[0] for row in self.db.execute(sql, params).fetchall()]

    def queue_rows(self, ids: list[str]) -> dict[str, QueueRow]:
        out: dict[str, QueueRow] = {}
        for start in range(0, len(ids), 500):  # under SQLite's variable limit
            chunk = ids[start:start + 500]
            sql = _QUEUE_ROW_SQL + f" WHERE r.record_id IN ({','.join('?' * len(chunk))})"
            for row in self.db.query(sql, chunk):
                out[row["record_id"]] = QueueRow(**{
                    **row, "wants_to_complain": bool(row["wants_to_complain"]),
                    "conflict": bool(row["conflict"]),
                    "changed_since_review": bool(row["changed_since_review"])})
        return out

    def queue_count(self) -> int:
        """Records still to do (the navigation's "Review (N)"): undecided, or with a reply
        not yet read. Both parts are answered from indexes alone."""
        undecided = self.db.execute(
            "SELECT count(*) FROM records WHERE mine = 0 AND review_state IS NULL").fetchone()[0]
        undecided += self.db.execute(
            "SELECT count(*) FROM records WHERE mine = 0 AND review_state = 'received'"
        ).fetchone()[0]
        replied = self.db.execute(
            "SELECT count(DISTINCT u.record_id) FROM comments u JOIN records r "
            "ON r.record_id = u.record_id WHERE u.unread = 1 AND r.mine = 0 "
            "AND r.review_state IN ('has_issues', 'approved', 'rejected')").fetchone()[0]
        return undecided + replied

    def champions_by_name(self) -> list[tuple[str, str]]:
        """(id, display name) of every champion account pulled, by name (the queue's filter)."""
        return [(row[0], row[1]) for row in self.db.execute(
            "SELECT id, coalesce(json_extract(body, '$.display_name'), id) AS name "
            "FROM champions WHERE json_extract(body, '$.role') = 'champion' ORDER BY name")]

    def person_name(self, user_id: str) -> str:
        """A user's display name where this laptop knows it (coordinators pull accounts)."""
        row = self.db.execute("SELECT json_extract(body, '$.display_name') FROM champions "
                              "WHERE id = ?", [user_id]).fetchone()
        return row[0] if row and row[0] else ""

    # -- reviews ----------------------------------------------------------------------------
    def add_review(self, record_id: str, state: str, note: str = "") -> Changes:
        """A coordinator's review of the record's current version, queued to send."""
        return self.add_reviews([record_id], state, note)

    def add_reviews(self, record_ids: list[str], state: str, note: str = "") -> Changes:
        """The same review on several records, all or none (bulk approve)."""
        if not is_coordinator(role_of(self)):
            raise ChampionError("Only coordinators review records.")
        try:
            decision = ReviewState(state)
        except ValueError:
            raise ChampionError(f"'{state}' is not a review state.") from None
        note = note.strip()
        if decision in NEEDS_NOTE and not note:
            what = "rejected" if decision == ReviewState.rejected else "marked as having issues"
            raise ChampionError(f"Say why it is {what}: the champion needs to know what to put "
                                "right. Nothing was saved.")
        with self.write():
            for record_id in dict.fromkeys(record_ids):
                row = self._record_row(record_id)
                if row is None or not row["current_version_id"]:
                    raise ChampionError("That record has not been submitted, so there is "
                                        "nothing to review yet. Nothing was saved.")
                try:
                    review = Review(review_id=new_id(), version_id=row["current_version_id"],
                                    state=decision, note=note, at=now_iso())
                except ValidationError as exc:
                    raise ChampionError(_plain(exc, "The note")) from None
                data = review.model_dump(mode="json")
                insert_row(self.db, "reviews", {
                    "review_id": review.review_id, "version_id": review.version_id,
                    "record_id": record_id, "state": decision.value, "note": note,
                    "at": data["at"], "author_id": self.get_state("user_id") or ""})
                self._enqueue(REVIEW, review.review_id, data)
                self._refresh_record_state(record_id)
        return Changes(record_ids=frozenset(record_ids), reviews=True, outbox=True)

    # -- comments ----------------------------------------------------------------------------
    def add_comment(self, record_id: str, body: str) -> Changes:
        """A comment on a record (a coordinator's question, a champion's reply), queued."""
        row = self._record_row(record_id)
        if row is None:
            raise ChampionError("That record no longer exists.")
        if not row["current_version_id"]:
            raise ChampionError("Submit the record first: comments go with records the "
                                "server has.")
        if not row["mine"] and not is_coordinator(role_of(self)):
            raise ChampionError("You can only comment on your own records.")
        try:
            comment = Comment(comment_id=new_id(), record_id=record_id, body=body.strip(),
                              at=now_iso())
        except ValidationError as exc:
            if not body.strip():
                raise ChampionError("Write something first: the comment is empty.") from None
            raise ChampionError(_plain(exc, "A comment")) from None
        data = comment.model_dump(mode="json")
        with self.write():
            insert_row(self.db, "comments", {
                "comment_id": comment.comment_id, "record_id": record_id, "body": comment.body,
                "at": data["at"], "mine": 1, "author_id": self.get_state("user_id") or "",
                "unread": 0})
            self._enqueue(COMMENT, comment.comment_id, data)
        return Changes(record_ids=frozenset({record_id}), reviews=True, outbox=True)

    def comments_on(self, record_id: str) -> list[dict]:
        """The record's thread, oldest first in the server's order, unsent ones last."""
        return list(self.db.query(f"SELECT * FROM comments WHERE record_id = ? "
                                  f"ORDER BY {_THREAD_ORDER}", [record_id]))

    def mark_read(self, record_id: str) -> Changes:
        """The thread was opened: its comments are no longer unread."""
        if not self.db.execute("SELECT 1 FROM comments WHERE record_id = ? AND unread = 1",
                               [record_id]).fetchone():
            return Changes()
        with self.write():
            self.db.execute("UPDATE comments SET unread = 0 WHERE record_id = ? AND unread = 1",
                            [record_id])
        return Changes(record_ids=frozenset({record_id}), reviews=True)

    def awaiting_reply(self) -> dict[str, str]:
        """My records whose newest comment is someone else's (a coordinator's question):
        record id -> that comment."""
        return {row[0]: row[1] for row in self.db.execute(f"""
            SELECT record_id, body FROM (
                SELECT c.record_id, c.body, c.mine, row_number() OVER (
                    PARTITION BY c.record_id ORDER BY {_NEWEST_FIRST}) AS n
                FROM comments c JOIN records r ON r.record_id = c.record_id AND r.mine = 1)
            WHERE n = 1 AND mine = 0""")}

    def attention_rows(self, limit: int = 50) -> list[tuple[RecordRow, str]]:
        """What a champion must look at (Today's "Needs attention"), with why: records the
        server refused or a coordinator sent back, questions waiting for a reply, and changes
        not yet submitted."""
        questions = self.awaiting_reply()
        ids = [row[0] for row in self.db.execute(
            "SELECT record_id FROM records WHERE mine = 1 AND (attention != '' "
            "OR state = 'rejected' OR (draft IS NOT NULL AND state != 'draft')) "
            "ORDER BY updated_at DESC LIMIT ?", [limit])]
        ids += [rid for rid in questions if rid not in ids]
        rows = self.rows_by_id(ids)
        out = []
        for record_id in ids:
            row = rows.get(record_id)
            if row is None:
                continue
            reasons = [row.attention] if row.attention else []
            if record_id in questions:
                reasons.append(translate("records", "Your coordinator asks: {question}").format(
                    question=questions[record_id]))
            if not reasons and row.has_draft:
                reasons.append(translate("records", "changes not yet submitted"))
            out.append((row, " · ".join(reasons)))
        return out[:limit]

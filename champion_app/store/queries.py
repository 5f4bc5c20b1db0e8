"""Reading the log: filters, FTS5 search, sorting and paging, all done in SQL."""

import json
import re
import unicodedata
from datetime import datetime, timedelta

from champion_app.records import visit_time
from champion_app.records.rules import tsm_answers

from .base import StoreBase
from .log_indexes import IDS_BY_CHANGE
from .types import RecordFilter, RecordRow

_SORTS = {
    "updated_at": "r.updated_at", "created_at": "r.created_at", "submitted_at": "r.submitted_at",
    "kind": "r.kind", "state": "r.state", "estate_name": "e.name", "hazard": "r.hazard",
    "address": "address",
}
# Where a record is: its home or block; for a draft saved before the laptop had any places to
# choose from, the place as the champion typed it.
_ADDRESS_SQL = """coalesce(h.address, b.name, CASE WHEN r.estate_id IS NULL THEN
    json_extract(r.draft, '$.payload.place_description') END, '')"""
_ROW_SQL = f"""
    SELECT r.record_id, r.kind, r.state, r.estate_id,
           coalesce(e.name, r.estate_id, '') AS estate_name,
           r.block_id, r.home_id, {_ADDRESS_SQL} AS address, r.job_ref, r.hazard,
           r.summary, r.created_at, r.updated_at, r.submitted_at,
           (r.draft IS NOT NULL AND r.state != 'draft') AS has_draft, r.review_state, r.attention,
           r.mine, r.author_id, r.conflict
    FROM records r
    LEFT JOIN estates e ON e.id = r.estate_id
    LEFT JOIN homes h ON h.id = r.home_id
    LEFT JOIN blocks b ON b.id = r.block_id
"""
EVERYTHING = RecordFilter()
_SEPARATOR = 31  # ASCII "unit separator": never typed, never in an id we make


_WORD_CATEGORIES = {"Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No", "Mn", "Mc"}


def is_word_char(ch: str) -> bool:
    """Letters, digits and the marks written on them (UAX #29: a mark never breaks a word,
    so Hindi or Bengali words stay whole). Enclosing marks (the keycap in "1️⃣") do not."""
    return unicodedata.category(ch) in _WORD_CATEGORIES


def searchable(text: str) -> str:
    """Words as the index and a query both see them, separated by spaces.

    This is the search's only tokenizer: the FTS5 table uses SQLite's ``ascii`` tokenizer,
    which splits on nothing but the spaces left here, so index and query agree for every code
    point. (SQLite's ``unicode61`` has its own, older Unicode tables, so it and Python split
    "0𐍶" or "🙂thanks" differently, and words went unfound.) Compatibility forms are folded
    (NFKC), case is folded, and accents dropped: "CAFÉ", "café" and "cafe" are one word.
    """
    if text.isascii():  # most notes: one C-level pass gives what the steps below would
        return text.encode("ascii").translate(_ASCII_WORDS).decode("ascii")
    return _searchable_unicode(text)


def _searchable_unicode(text: str) -> str:
    text = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text).casefold())
    text = unicodedata.normalize("NFC", _DROPPED.sub("", text))
    # Word characters stay, everything else becomes a space: ASCII by one regex, and each
    # distinct other character once (a note has a handful: dashes, quotes, accented letters).
    text = _ASCII_NOT_WORD.sub(" ", text)
    for ch in set(_BEYOND_ASCII.findall(text)):
        if not is_word_char(ch):
            text = text.replace(ch, " ")
    return text


# Dropped: accents of Latin, Greek and Cyrillic (U+0300 to U+036F, once decomposed), and the
# variation selectors, which are invisible: nobody types them into a search.
_DROPPED = re.compile(r"[\u0300-\u036f\ufe00-\ufe0f\U000e0100-\U000e01ef\u180b-\u180f]")
_ASCII_NOT_WORD = re.compile(r"[^0-9A-Za-z\x80-\U0010ffff]")
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")
# `searchable` of each ASCII character, as a bytes table (ASCII is its own NFKC and NFD form,
# and casefolds to itself in lower case; no accent to drop).
_ASCII_WORDS = bytes(ord(chr(c).lower()) if is_word_char(chr(c)) else 32
                     for c in range(128)) + bytes(128)


PREFIX_MIN = 3


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must match.

    Words of three letters or more match as prefixes (search as you type); shorter ones match
    whole ("TV", "no"), since a one- or two-letter prefix matches nearly every record.
    """
    return " ".join(f'"{word}"*' if len(word) >= PREFIX_MIN else f'"{word}"'
                    for word in searchable(text).split())


def where_clause(flt: RecordFilter) -> tuple[str, list]:
    clauses, params = [], []

    def among(column: str, values) -> None:
        clauses.append(f"{column} IN ({','.join('?' * len(values))})")
        params.extend(values)

    if flt.kinds:
        among("r.kind", flt.kinds)
    if flt.estate_ids:
        among("r.estate_id", flt.estate_ids)
    # A unary + keeps SQLite off the narrow state and hazard indexes, which would read each
    # match's wide row for the rest: the covering log indexes test these in their entries.
    if flt.states:
        among("+r.state", flt.states)
    if flt.date_from:
        clauses.append("r.created_at >= ?")
        params.append(flt.date_from.isoformat())
    if flt.date_to:  # inclusive: everything before the next day
        clauses.append("r.created_at < ?")
        params.append((flt.date_to + timedelta(days=1)).isoformat())
    if flt.hazard_only:
        clauses.append("+r.hazard != 'none'")
    if flt.mine_only:
        clauses.append("+r.mine = 1")
    query = fts_query(flt.text)
    if query:
        clauses.append("r.rowid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)")
        params.append(query)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order(sort: str, descending: bool) -> str:
    column = _SORTS.get(sort)
    if column is None:
        raise ValueError(f"Cannot sort by {sort!r}; choose one of {sorted(_SORTS)}")
    direction = "DESC" if descending else "ASC"
    # record_id breaks ties: the covering indexes end in it, so SQLite needs no table rows.
    return f" ORDER BY {column} {direction}, r.record_id {direction}"


def _row(values: dict) -> RecordRow:
    return RecordRow(**{**values, "has_draft": bool(values["has_draft"]),
                        "mine": bool(values["mine"]),
                        "conflict": bool(values["conflict"])})


class RecordQueries(StoreBase):
    """Mixin for Store."""

    def list_records(self, flt: RecordFilter = EVERYTHING, *, sort="updated_at",
                     descending=True, offset=0, limit=100) -> list[RecordRow]:
        where, params = where_clause(flt)
        sql = _ROW_SQL + where + _order(sort, descending) + " LIMIT ? OFFSET ?"
        return [_row(r) for r in self.db.query(sql, [*params, limit, offset])]

    def record_ids(self, flt: RecordFilter = EVERYTHING, *, sort="updated_at",
                   descending=True) -> list[str]:
        where, params = where_clause(flt)
        join = " LEFT JOIN estates e ON e.id = r.estate_id" if sort == "estate_name" else ""
        if sort == "address":
            join += (" LEFT JOIN homes h ON h.id = r.home_id"
                     " LEFT JOIN blocks b ON b.id = r.block_id")
            select = f"SELECT r.record_id, {_ADDRESS_SQL} AS address FROM records r"
        else:
            select = "SELECT r.record_id FROM records r"
        if not join and self._broad_words_only(flt, sort):
            # Many hits: walk the narrow (updated_at, record_id) index, whose entries carry
            # the rowid the FTS hits are checked against, instead of reading each hit's wide
            # row (draft, search text) for its sort key: 2.5-3x faster for a common word.
            select += f" INDEXED BY {IDS_BY_CHANGE}"
        sql = select + join + where + _order(sort, descending)
        return self._ids_in_order(sql, params)

    def _ids_in_order(self, sql: str, params: list) -> list[str]:
        """The first column of ``sql``'s rows, in order, as one string SQLite joins.

        Fetching 100,000 rows one by one costs a Python tuple and string each (26 ms for the
        whole log); one joined string split in C costs about half. The subquery keeps its
        ORDER BY (SQLite never flattens an ordered subquery into an aggregate), and the
        count guards the split: an id holding the separator falls back to fetching rows.
        """
        count, joined = self.db.execute(
            f"SELECT count(*), group_concat(record_id, char({_SEPARATOR})) FROM ({sql})",
            params).fetchone()
        ids = joined.split(chr(_SEPARATOR)) if joined is not None else []
        if len(ids) != count:
            ids = [row[0] for row in self.db.execute(sql, params).fetchall()]
        return ids

    def _broad_words_only(self, flt: RecordFilter, sort: str) -> bool:
        """A text-only filter, sorted by last change, matching over one record in eight."""
        query = fts_query(flt.text)
        if not query or sort != "updated_at" or flt != RecordFilter(text=flt.text):
            return False
        hits = self.db.execute("SELECT count(*) FROM records_fts WHERE records_fts MATCH ?",
                               [query]).fetchone()[0]
        total = self.db.execute("SELECT max(rowid) FROM records").fetchone()[0] or 0
        return hits * 8 > total

    def rows_by_id(self, ids: list[str]) -> dict[str, RecordRow]:
        out: dict[str, RecordRow] = {}
        ids = list(ids)
        for start in range(0, len(ids), 500):  # stay under SQLite's variable limit
            chunk = ids[start:start + 500]
            sql = _ROW_SQL + f" WHERE r.record_id IN ({','.join('?' * len(chunk))})"
            out.update((r["record_id"], _row(r)) for r in self.db.query(sql, chunk))
        return out

    def count_records(self, flt: RecordFilter = EVERYTHING) -> int:
        where, params = where_clause(flt)
        return self.db.execute("SELECT count(*) FROM records r" + where, params).fetchone()[0]

    def counts_by_state(self) -> dict[str, int]:
        """Records by state: this laptop's own, and any it sent that the server refused.

        A record is `queued` or `rejected` only through a submit on this laptop, so those count
        whoever first wrote the record (a coordinator's edit of a champion's record): the
        "needs attention" here is the same as the one `champion-app sync` reports.
        """
        counts = dict.fromkeys(("draft", "queued", "sent", "reviewed", "rejected"), 0)
        # Every record by state from the narrow state index, less the other people's records
        # (mine = 0, found through idx_records_queue): a champion's laptop has next to none
        # of those, so no wide row is read (a scan of them took 0.08-0.11 s at start-up).
        for state, n in self.db.execute(
                "SELECT state, count(*) FROM records GROUP BY state").fetchall():
            counts[state] = counts.get(state, 0) + n
        for state, n in self.db.execute(
                "SELECT state, count(*) FROM records WHERE mine = 0 "
                "AND state NOT IN ('queued', 'rejected') GROUP BY state").fetchall():
            counts[state] -= n
        return counts

    def outbox_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM outbox").fetchone()[0]

    def visited_job_refs(self) -> set[str]:
        """Jobs a submitted visit names, of any kind: a saved draft does not count as a visit."""
        return {row[0] for row in self.db.execute(
            "SELECT DISTINCT job_ref FROM records WHERE job_ref IS NOT NULL "
            "AND current_version_id IS NOT NULL").fetchall()}

    def last_asked(self, home_id: str, code: str, *, exclude: str | None = None
                   ) -> tuple[datetime, str] | None:
        """When the TSM question ``code`` was last asked at ``home_id`` (by visit time), and in
        which kind of record: what this laptop knows (its own records; a coordinator's, all).
        A draft counts (the question was asked); ``exclude`` leaves out the record being edited.
        """
        latest: tuple[datetime, str] | None = None
        for row in self.db.query(
                "SELECT r.record_id, r.kind, r.draft, r.created_at, v.body FROM records r "
                "LEFT JOIN record_versions v ON v.version_id = r.current_version_id "
                "WHERE r.home_id = ?", [home_id]):
            if row["record_id"] == exclude:
                continue
            for text in (row["draft"], row["body"]):
                data = json.loads(text) if text else None
                if not data or code not in tsm_answers(row["kind"], data.get("payload") or {}):
                    continue
                moment = visit_time({"created_at": row["created_at"], **data,
                                     "kind": row["kind"]})
                if latest is None or moment > latest[0]:
                    latest = (moment, row["kind"])
        return latest

    def still_queued(self, mutation_ids: list[str]) -> set[str]:
        """Which of these mutations are still in the outbox."""
        found: set[str] = set()
        for start in range(0, len(mutation_ids), 500):
            chunk = mutation_ids[start:start + 500]
            found.update(r[0] for r in self.db.execute(
                f"SELECT mutation_id FROM outbox WHERE mutation_id IN "
                f"({','.join('?' * len(chunk))})", chunk))
        return found

    def records_needing_reassignment(self) -> list[str]:
        """Records whose current version the server holds for a coordinator (its estate
        left the champion's patch while it was queued), oldest first."""
        return [r[0] for r in self.db.execute(
            "SELECT r.record_id FROM records r JOIN record_versions v "
            "ON v.version_id = r.current_version_id WHERE v.held = 1 ORDER BY v.seq")]

    def needing_attention(self) -> dict[str, int]:
        """This laptop's records the server refused, and those held for the coordinator:
        while any are left, `champion-app sync` does not say all is well."""
        refused = self.db.execute("SELECT count(*) FROM records WHERE state = 'rejected'"
                                  ).fetchone()[0]
        held = self.db.execute(
            "SELECT count(*) FROM records r JOIN record_versions v "
            "ON v.version_id = r.current_version_id WHERE v.held = 1 AND r.mine = 1"
        ).fetchone()[0]
        return {"refused": refused, "held": held}

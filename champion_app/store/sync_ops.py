"""The store's side of sync: the outbox in batches, blobs, push results, resets.

Every method here is one SQLite transaction and returns `Changes`. The rule that makes sync
lose nothing and send nothing twice lives here: an outbox row is removed only in the
transaction that records the server's answer for it, and a version keeps its original
mutation_id, so sending it again (after a crash, a lost answer or a reset) is a `duplicate`.

Typed on the wire models (`champion_app.protocol`): push results come in as
`MutationResult`s, outbox rows go out as `Mutation`s.
"""

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from champion_app.clock import now_iso
from champion_app.protocol import (
    ACTION,
    APPLIED,
    CASE_EVENT,
    COMMENT,
    CONFLICT,
    DUPLICATE,
    NEEDS_BLOBS,
    RECORD_VERSION,
    REJECTED,
    REVIEW,
    ErrorDetail,
    Mutation,
    MutationResult,
    MutationType,
    ResultStatus,
)

from .record_state import RecordStateOps
from .resend import ResendOps
from .sync_pull import CURSOR_KEY, EPOCH_KEY, PullOps
from .types import Changes

logger = logging.getLogger(__name__)

MAX_BATCH = 500
MAX_BATCH_BYTES = 5 * 1024 * 1024
# Room for the push envelope and each mutation's wrapper, so the request stays under 5 MB.
ENVELOPE_BYTES = 4096
PER_MUTATION_BYTES = 128

@dataclass(frozen=True)
class OutboxItem:
    id: int
    mutation_id: str
    type: MutationType
    entity_id: str
    data: dict
    bytes: int

    def as_mutation(self) -> Mutation:
        return Mutation(mutation_id=self.mutation_id, type=self.type, data=self.data)


@dataclass(frozen=True)
class PendingBlob:
    """A photo a queued record version cites; ``bytes`` is None when this laptop lacks it."""

    sha256: str
    bytes: int | None
    mime: str
    path: Path


def plain_reason(error: ErrorDetail | None) -> str:
    """The server's rejection in words a champion can act on."""
    if error is None:
        return "The server did not accept this record."
    message = (error.message or "The server did not accept this record.").strip()
    if error.fields:
        details = "; ".join(f"{path}: {text}" for path, text in error.fields.items())
        message = f"{message} ({details})"
    return message


# Server order (PHASE2 decision 2): by seq, rows the server has not ordered yet (no seq)
# after every one it has.
SERVER_ORDER = "(seq IS NULL), seq"
NOT_FOUND = "not_found"
WAITS_FOR_ITS_RECORD = frozenset({COMMENT, REVIEW, CASE_EVENT})
WAITING_FOR_RECORD = ("Waiting: the record this is about is not on the server (after a "
                      "restore it comes back when its champion's laptop syncs).")

CONFLICT_REASON = ("Someone changed this action on the server first. Look at their version "
                   "and make your change again.")


class SyncOps(ResendOps, PullOps, RecordStateOps):
    """Mixin for Store: outbox batches, blob bookkeeping, push results and resets."""

    # -- the outbox ----------------------------------------------------------------------
    def outbox_batch(self, max_items: int = MAX_BATCH, max_bytes: int = MAX_BATCH_BYTES,
                     skip: frozenset[str] | set[str] = frozenset()) -> list[OutboxItem]:
        """The oldest queued mutations, in send order, within the push limits, leaving out
        the mutation ids in ``skip`` (those this sync has given up on for now).

        Always at least one item when the outbox is not empty, so a large one is still sent
        (the server answers 413 only past 5 MB, which one record version never reaches).
        """
        budget = max_bytes - ENVELOPE_BYTES
        items: list[OutboxItem] = []
        for row in self.db.execute(
                "SELECT id, mutation_id, type, entity_id, body, bytes FROM outbox "
                "ORDER BY id LIMIT ?", [max_items + len(skip)]).fetchall():
            if row[1] in skip:
                continue
            if len(items) == max_items:
                break
            size = row[5] + PER_MUTATION_BYTES
            if items and size > budget:
                break
            budget -= size
            items.append(OutboxItem(row[0], row[1], row[2], row[3], json.loads(row[4]), row[5]))
        return items

    def outbox_items(self) -> list[OutboxItem]:
        """Every queued mutation (for status and tests)."""
        return self.outbox_batch(max_items=1_000_000, max_bytes=1 << 62)

    def note_problem(self, mutation_ids: list[str], problem: str | None) -> Changes:
        """Say (or, with None, stop saying) why these queued items cannot go without a
        person; their records show it. The items stay queued."""
        records = set()
        with self.write():
            for mutation_id in mutation_ids:
                self.db.execute("UPDATE outbox SET problem = ? WHERE mutation_id = ?",
                                [problem, mutation_id])
                row = self.db.execute("SELECT record_id FROM record_versions "
                                      "WHERE mutation_id = ?", [mutation_id]).fetchone()
                if row:
                    self._refresh_record_state(row[0])
                    records.add(row[0])
        return Changes(record_ids=frozenset(records), outbox=True)

    def note_push_failure(self, mutation_ids: list[str], error: str) -> Changes:
        """Count a failed attempt on each row; the rows themselves stay queued."""
        with self.write():
            for mutation_id in mutation_ids:
                self.db.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ? "
                                "WHERE mutation_id = ?", [error[:500], mutation_id])
        return Changes(outbox=True)

    # -- blobs ---------------------------------------------------------------------------
    def blobs_for_batch(self, batch: list[OutboxItem], *,
                        only_pending: bool = True) -> list[PendingBlob]:
        """Attachments cited by the batch's record versions (by default: not yet uploaded).

        A cited photo missing from the attachments table is still listed (with the path it
        would have), so the engine can say so.
        """
        shas: list[str] = []
        for item in batch:
            if item.type != RECORD_VERSION:
                continue
            for att in item.data.get("attachments") or []:
                if att.get("sha256") and att["sha256"] not in shas:
                    shas.append(att["sha256"])
        out = []
        for sha in shas:
            row = next(self.db.query("SELECT * FROM attachments WHERE sha256 = ?", [sha]), None)
            if row is not None and only_pending and row["uploaded"]:
                continue
            path = self.attachments_dir / (row["file_name"] if row else f"{sha}.photo")
            out.append(PendingBlob(sha, row["bytes"] if row else None,
                                   row["mime"] if row else "image/jpeg", path))
        return out

    def mark_blobs_uploaded(self, shas: list[str], uploaded: bool = True) -> Changes:
        with self.write():
            for sha in shas:
                self.db.execute("UPDATE attachments SET uploaded = ? WHERE sha256 = ?",
                                [int(uploaded), sha])
        return Changes()

    # -- push results --------------------------------------------------------------------
    def apply_push_results(self, results: list[MutationResult]) -> Changes:
        """Record the server's answer for each mutation with the removal of its row: one
        batch's answers in ONE transaction, so all of them or none survive a crash (none:
        the batch is sent again and answered `duplicate`), at one fsync per batch
        (synchronous=FULL) instead of one per record.

        Versions sent (the common answer) are recorded set-based: one statement per table
        for the batch; every other answer goes through its handler.
        A result for a mutation no longer in the outbox (answered twice) changes nothing.
        """
        changes = Changes(outbox=True)
        handlers = self._result_handlers()
        with self.write():
            rows = self._outbox_rows([r.mutation_id for r in results])
            sent: list[tuple[dict, MutationResult]] = []
            for result in results:
                row = rows.pop(result.mutation_id, None)
                if row is None:
                    logger.debug("result for %s: no longer queued", result.mutation_id)
                elif row["type"] == RECORD_VERSION and result.status in (APPLIED, DUPLICATE):
                    sent.append((row, result))
                else:
                    changes = changes | handlers[result.status](row, result)
            if sent:
                changes = changes | self._versions_sent(sent)
        return changes

    def _outbox_rows(self, mutation_ids: list[str]) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for i in range(0, len(mutation_ids), 500):
            chunk = mutation_ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(f"SELECT * FROM outbox WHERE mutation_id IN ({marks})",
                                     chunk):
                out[row["mutation_id"]] = row
        return out

    def _versions_sent(self, sent: list[tuple[dict, MutationResult]]) -> Changes:
        """What _mark_sent does for a version, for many at once."""
        conn = self.db.conn
        conn.executemany("DELETE FROM outbox WHERE id = ?", [(row["id"],) for row, _ in sent])
        conn.executemany(
            "UPDATE record_versions SET status = 'sent', error = NULL, "
            "seq = coalesce(?, seq), mutation_id = coalesce(mutation_id, ?), held = ? "
            "WHERE version_id = ?",
            [(result.seq, row["mutation_id"], int(bool(result.needs_reassignment)),
              row["entity_id"]) for row, result in sent])
        record_ids = self._records_of_versions([row["entity_id"] for row, _ in sent])
        self._refresh_record_states(record_ids)
        return Changes(record_ids=frozenset(record_ids))

    def _records_of_versions(self, version_ids: list[str]) -> list[str]:
        out: dict[str, None] = {}
        for i in range(0, len(version_ids), 500):
            chunk = version_ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for (record_id,) in self.db.execute(
                    f"SELECT record_id FROM record_versions WHERE version_id IN ({marks})",
                    chunk):
                out[record_id] = None
        return list(out)

    def _result_handlers(self) -> dict[ResultStatus, Callable[[dict, MutationResult], Changes]]:
        return {APPLIED: self._mark_sent, DUPLICATE: self._mark_sent,
                REJECTED: self._rejected, CONFLICT: self._quarantine,
                NEEDS_BLOBS: self._await_blobs}

    def _rejected(self, row: dict, result: MutationResult) -> Changes:
        """Final, except a comment or review whose record is not on the server (yet): after
        a restore the coordinator's laptop may resend a review before the champion's laptop
        has resent the version. It waits in the outbox for the record to come back."""
        if (row["type"] in WAITS_FOR_ITS_RECORD and result.error is not None
                and result.error.code == NOT_FOUND):
            self.db.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ? "
                            "WHERE id = ?", [WAITING_FOR_RECORD, row["id"]])
            logger.info("%s %s waits: its record is not on the server", row["type"],
                        row["entity_id"])
            return Changes()
        return self._quarantine(row, result)

    def _await_blobs(self, row: dict, result: MutationResult) -> Changes:
        """Nothing applied: the row stays, and the photos named go up again next round."""
        missing = list(result.missing or [])
        self.mark_blobs_uploaded(missing, uploaded=False)
        self.db.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ? "
                        "WHERE id = ?", [f"server needs {len(missing)} photo(s)", row["id"]])
        return Changes()

    def _quarantine(self, row: dict, result: MutationResult) -> Changes:
        """Final: out of the outbox, kept with the reason to show (and, for actions, redo)."""
        self.db.execute("DELETE FROM outbox WHERE id = ?", [row["id"]])
        rejected = result.status == REJECTED
        detail = (result.error.model_dump() if result.error else None) if rejected \
            else result.current
        reason = plain_reason(result.error) if rejected else CONFLICT_REASON
        self.db["quarantine"].upsert({
            "mutation_id": row["mutation_id"], "type": row["type"],
            "entity_id": row["entity_id"], "body": row["body"], "status": result.status,
            "reason": reason, "detail": json.dumps(detail) if detail is not None else None,
            "at": now_iso()}, pk="mutation_id")
        logger.info("mutation %s (%s) %s: %s", row["mutation_id"], row["type"], result.status,
                    reason)
        if row["type"] == ACTION and not rejected and result.current:
            # The list shows the server's copy; mine waits in the quarantine to be chosen.
            self._put_server_action(result.current)
        if row["type"] == CASE_EVENT:
            self.db.execute("UPDATE case_events SET status = 'rejected', error = ? "
                            "WHERE event_id = ?", [reason, row["entity_id"]])
            return Changes(cases=True)
        if row["type"] == RECORD_VERSION and rejected:
            record_id = self._version_record(row["entity_id"])
            self.db.execute("UPDATE record_versions SET status = 'rejected', error = ? "
                            "WHERE version_id = ?", [reason, row["entity_id"]])
            if record_id:
                self._refresh_record_state(record_id)
                return Changes(record_ids=frozenset({record_id}))
        return Changes(actions=row["type"] == ACTION, reviews=row["type"] == REVIEW)

    def _mark_sent(self, row: dict, result: MutationResult) -> Changes:
        self.db.execute("DELETE FROM outbox WHERE id = ?", [row["id"]])
        if row["type"] != RECORD_VERSION:  # kept to resend after a restore, like versions
            self._journal_sent(row, result)
        if row["type"] == CASE_EVENT:
            self.db.execute("UPDATE case_events SET status = 'sent', seq = coalesce(?, seq) "
                            "WHERE event_id = ?", [result.seq, row["entity_id"]])
            return Changes(cases=True)
        if row["type"] == ACTION:
            self._action_sent(json.loads(row["body"]))
        if row["type"] != RECORD_VERSION:
            if row["type"] == COMMENT:
                self.db.execute("UPDATE comments SET mine = 1, seq = coalesce(?, seq) "
                                "WHERE comment_id = ?", [result.seq, row["entity_id"]])
            elif row["type"] == REVIEW:
                self.db.execute("UPDATE reviews SET seq = coalesce(?, seq) WHERE review_id = ?",
                                [result.seq, row["entity_id"]])
            return Changes(reviews=row["type"] == REVIEW, actions=row["type"] == ACTION)
        self.db.execute("UPDATE record_versions SET status = 'sent', error = NULL, "
                        "seq = coalesce(?, seq), mutation_id = coalesce(mutation_id, ?), "
                        "held = ? WHERE version_id = ?",
                        [result.seq, row["mutation_id"], int(bool(result.needs_reassignment)),
                         row["entity_id"]])
        record_id = self._version_record(row["entity_id"])
        if record_id is None:
            return Changes()
        self._refresh_record_state(record_id)
        return Changes(record_ids=frozenset({record_id}))

    def quarantined(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM quarantine ORDER BY at"))

    # -- sync state ------------------------------------------------------------------------
    def pull_cursor(self) -> int:
        return int(self.get_state(CURSOR_KEY, 0) or 0)

    def server_epoch(self) -> str | None:
        return self.get_state(EPOCH_KEY)

    def reset_pulled(self) -> Changes:
        """Forget what was pulled and queue our sent versions again (one transaction)."""
        with self.write():
            return self._reset_pulled()

    def _reset_pulled(self) -> Changes:
        """Drop pulled data, keep everything authored here, cursor back to 0.

        Own sent versions go back in the outbox under their ORIGINAL mutation_id: the server
        answers `duplicate` for those it has, and stores those a restore from backup lost.
        """
        touched = {r[0] for r in self.db.execute(
            "SELECT DISTINCT record_id FROM record_versions WHERE status IN ('pulled', 'sent')")}
        self._drop_reference()
        # What this laptop wrote (queued or sent) stays; it is all queued again below.
        self.db.execute(f"DELETE FROM reviews WHERE review_id NOT IN {self._own_ids(REVIEW)}")
        self.db.execute(f"DELETE FROM actions WHERE action_id NOT IN {self._own_ids(ACTION)}")
        self.db.execute("DELETE FROM comments WHERE mine = 0 AND comment_id NOT IN "
                        f"{self._own_ids(COMMENT)}")
        self.db.execute("DELETE FROM case_events WHERE event_id NOT IN "
                        f"{self._own_ids(CASE_EVENT)}")
        self.db.execute("DELETE FROM record_versions WHERE status = 'pulled'")
        # A record left with no version and no draft came only from the server.
        self.db.execute("""DELETE FROM records WHERE current_version_id IS NOT NULL
                           AND draft IS NULL AND NOT EXISTS (SELECT 1 FROM record_versions v
                               WHERE v.record_id = records.record_id)""")
        requeued = self._requeue_everything_sent()
        # A restored server may have lost photos too: ask it again before the next push.
        self.db.execute("UPDATE attachments SET uploaded = 0")
        existing = set()
        for record_id in touched:
            if self._record_row(record_id) is not None:
                self._refresh_record_state(record_id)
                existing.add(record_id)
        self.db["sync_state"].upsert({"key": CURSOR_KEY, "value": 0}, pk="key")
        logger.info("reset: pulled data dropped, %d sent item(s) queued again", requeued)
        return Changes(record_ids=frozenset(existing), reference=True, outbox=True,
                       sync_state=True, reviews=True, actions=True, cases=True)

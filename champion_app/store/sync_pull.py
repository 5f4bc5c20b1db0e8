"""Applying pulled pages: one page, its cursor and the server's epoch in ONE transaction.

A crash half-way through a page leaves neither the page nor the cursor, so the page is
pulled again; a page applied twice changes nothing (every write here is an upsert or a
delete by id).
"""

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from pydantic import BaseModel

from champion_app.clock import now_iso
from champion_app.entities import REFERENCE, PulledChange
from champion_app.protocol import (
    ACTION,
    CASE_EVENT,
    COMMENT,
    DELETE,
    RECORD,
    RECORD_VERSION,
    REVIEW,
    Entity,
    ServerAction,
    ServerCaseEvent,
    ServerComment,
    ServerRecordVersion,
    ServerReview,
)

from .base import StoreBase
from .sync_pull_bulk import apply_versions, record_columns
from .types import Changes

logger = logging.getLogger(__name__)

SERVER_FIELDS = frozenset({"seq", "received_at", "conflict", "needs_reassignment",
                           "contact_cleared_at"})
CURSOR_KEY = "pull_cursor"
EPOCH_KEY = "server_epoch"


@dataclass(frozen=True)
class PullOutcome:
    changes: Changes
    applied: int           # changes applied from this page
    did_reset: bool        # pulled data was dropped (reset or new server epoch)
    restart: bool          # the page was not applied: pull again from cursor 0


class PullOps(StoreBase):
    """Mixin for Store (via SyncOps)."""

    _erased_photos: set[str]

    def apply_pull_page(self, changes: list[PulledChange], *, cursor: int, server_epoch: str,
                        reset: bool = False, requested_cursor: int = 0) -> PullOutcome:
        """Apply one page of validated changes, then save cursor and epoch, atomically.

        ``changes`` carry their entity's model (`champion_app.entities.parse_change`).
        ``reset`` (or an epoch other than the one seen last) first drops what was pulled
        (`_reset_pulled`); when the page was asked from a cursor past 0 it is then not
        applied, and the caller pulls again from 0.
        """
        self._erased_photos: set[str] = set()
        with self.write():
            known_epoch = self.get_state(EPOCH_KEY)
            epoch_changed = known_epoch is not None and known_epoch != server_epoch
            # A reset answered to cursor 0 is already "from the beginning": dropping again
            # would only re-queue every sent version on every sync.
            must_reset = epoch_changed or (reset and requested_cursor > 0)
            result = Changes(sync_state=True)
            if must_reset:
                logger.warning("server asked for a reset (reset=%s, epoch %s -> %s)",
                               reset, known_epoch, server_epoch)
                result = result | self._reset_pulled()
                self.db["sync_state"].upsert({"key": EPOCH_KEY, "value": server_epoch},
                                             pk="key")
                if requested_cursor > 0:
                    return PullOutcome(result, 0, did_reset=True, restart=True)
            handlers = self._pull_handlers()
            run: list[PulledChange] = []
            for change in [*changes, None]:  # None: the end of the page ends the last run
                if change is not None and change.entity == RECORD_VERSION \
                        and change.op != DELETE:
                    run.append(change)  # record versions go in sets (sync_pull_bulk)
                    continue
                if run:
                    result = result | Changes(record_ids=frozenset(apply_versions(self, run)))
                    run = []
                if change is not None:
                    result = result | handlers[change.entity](change)
            state: list[dict[str, object]] = [
                {"key": CURSOR_KEY, "value": int(cursor)}, {"key": EPOCH_KEY, "value": server_epoch},
                {"key": "last_pull_at", "value": now_iso()}]
            self.db["sync_state"].upsert_all(state, pk="key")
        if self._erased_photos:  # files go once the rows that cited them are gone for good
            self.delete_photos_not_cited(self._erased_photos)
        return PullOutcome(result, len(changes), did_reset=must_reset, restart=False)

    def adopt_server_epoch(self, server_epoch: str) -> PullOutcome:
        """Reset when the server's epoch differs from the one seen last (seen in /meta)."""
        with self.write():
            known = self.get_state(EPOCH_KEY)
            if known is None or known == server_epoch:
                return PullOutcome(Changes(), 0, did_reset=False, restart=False)
            logger.warning("server epoch changed (%s -> %s): reset", known, server_epoch)
            changes = self._reset_pulled()
            self.db["sync_state"].upsert({"key": EPOCH_KEY, "value": server_epoch},
                                         pk="key")
        return PullOutcome(changes, 0, did_reset=True, restart=False)

    # -- one change ----------------------------------------------------------------------------
    def _pull_handlers(self) -> dict[Entity, Callable[[PulledChange], Changes]]:
        """Entity -> what applying its change does: every reference entity one way, the rest
        each its own (a test checks that every wire entity has one)."""
        handlers: dict[Entity, Callable[[PulledChange], Changes]] = dict.fromkeys(
            REFERENCE, self._pull_reference)
        handlers.update({RECORD_VERSION: self._pull_record_version, REVIEW: self._pull_review,
                         COMMENT: self._pull_comment, ACTION: self._pull_action,
                         CASE_EVENT: self._pull_case_event, RECORD: self._pull_record_erased})
        return handlers

    def _pull_reference(self, change: PulledChange) -> Changes:
        ref = REFERENCE[change.entity]
        if change.op == DELETE:
            self._delete_reference(ref, change.id)
        else:
            self._upsert_reference(ref, cast(BaseModel, change.data))
        return Changes(reference=True)

    def _pull_record_version(self, change: PulledChange) -> Changes:
        version_id = change.id
        existing = next(self.db.query("SELECT record_id, status FROM record_versions "
                                      "WHERE version_id = ?", [version_id]), None)
        if change.op == DELETE:  # erased on the server (e.g. a subject-erasure request)
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
        version = cast(ServerRecordVersion, change.data)
        body = version.model_dump(mode="json")
        server = {k: body.pop(k) for k in SERVER_FIELDS}  # the rest is the version as sent
        if existing is not None:  # ours (or pulled before): the server's own fields only
            self.db.execute("UPDATE record_versions SET seq = ?, received_at = ?, conflict = ?, "
                            "held = ? WHERE version_id = ?",
                            [server["seq"], server["received_at"], int(server["conflict"]),
                             int(server["needs_reassignment"]), version_id])
            if server["contact_cleared_at"] is not None:
                # Retention removed the contact details on the server: not kept here either.
                self.db.execute("UPDATE record_versions SET body = ? WHERE version_id = ?",
                                [json.dumps(body), version_id])
            self._refresh_record_state(existing["record_id"])
            return Changes(record_ids=frozenset({existing["record_id"]}))
        record_id = version.record_id
        record = self._record_row(record_id)
        columns = self._record_columns(body)
        if record is None:  # first, for the foreign key from record_versions
            mine = int(bool(version.author_id) and version.author_id == self.get_state("user_id"))
            self.db["records"].insert({"record_id": record_id, "state": "sent", "mine": mine,
                                       "created_at": body["created_at"], **columns})
        self.db["record_versions"].insert({
            "version_id": version_id, "record_id": record_id,
            "base_version_id": version.base_version_id, "body": json.dumps(body),
            "status": "pulled", "seq": server["seq"], "received_at": server["received_at"],
            "conflict": int(server["conflict"]), "held": int(server["needs_reassignment"]),
            "submitted_at": body["submitted_at"]})
        if record is not None and self._pulled_is_newer(record, server["seq"]):
            self.db["records"].update(record_id, columns)
        self._refresh_record_state(record_id)
        return Changes(record_ids=frozenset({record_id}))

    @staticmethod
    def _record_columns(body: dict) -> dict:
        return record_columns(body)

    def _pulled_is_newer(self, record: dict, seq) -> bool:
        """Our own unsent edit stays the current version; otherwise the higher seq wins."""
        if not record["current_version_id"]:
            return True
        current = next(self.db.query("SELECT status, seq FROM record_versions "
                                     "WHERE version_id = ?", [record["current_version_id"]]),
                       None)
        return current is None or (current["status"] != "queued" and
                                   (current["seq"] or 0) < (seq or 0))

    def _pull_review(self, change: PulledChange) -> Changes:
        row = next(self.db.query("SELECT version_id FROM reviews WHERE review_id = ?",
                                 [change.id]), None)
        if change.op == DELETE:
            self.db.execute("DELETE FROM reviews WHERE review_id = ?", [change.id])
            version_id = row["version_id"] if row else None
        else:
            review = cast(ServerReview, change.data)
            at = review.model_dump(mode="json")["at"]
            version_id = review.version_id
            self.db["reviews"].upsert({
                "review_id": change.id, "version_id": version_id,
                "record_id": self._version_record(version_id), "state": review.state.value,
                "note": review.note, "at": at, "author_id": review.author_id,
                "seq": change.seq}, pk="review_id")
        record_id = self._version_record(version_id) if version_id else None
        if record_id is None:
            return Changes(reviews=True)
        self._refresh_record_state(record_id)
        return Changes(record_ids=frozenset({record_id}), reviews=True)

    def _pull_comment(self, change: PulledChange) -> Changes:
        if change.op == DELETE:
            self.db.execute("DELETE FROM comments WHERE comment_id = ?", [change.id])
            return Changes(reviews=True)
        comment = cast(ServerComment, change.data)
        known = self.db.execute("SELECT mine, unread FROM comments WHERE comment_id = ?",
                                [change.id]).fetchone()
        me = self.get_state("user_id") or ""
        by_me = bool(known[0]) if known else bool(me) and comment.author_id == me
        self.db["comments"].upsert({
            "comment_id": change.id, "record_id": comment.record_id, "body": comment.body,
            "at": comment.model_dump(mode="json")["at"], "mine": int(by_me),
            "author_id": comment.author_id or (me if by_me else ""), "seq": change.seq,
            # Someone else's comment arriving for the first time is unread until opened.
            "unread": known[1] if known else int(not by_me)}, pk="comment_id")
        return Changes(record_ids=frozenset({comment.record_id}), reviews=True)

    def _pull_action(self, change: PulledChange) -> Changes:
        if self.db.execute("SELECT 1 FROM outbox WHERE type = ? AND entity_id = ?",
                           [ACTION, change.id]).fetchone():
            # This laptop's edit waits to be sent: it stays what the coordinator sees. The
            # server applies it or answers `conflict` with its copy (nothing is lost).
            return Changes(actions=True)
        if change.op == DELETE:
            self.db.execute("DELETE FROM actions WHERE action_id = ?", [change.id])
        else:
            action = cast(ServerAction, change.data)
            self.db["actions"].upsert({
                "action_id": change.id, "version": action.version,
                "estate_id": action.estate_id, "published": int(action.published),
                "status": action.status.value,
                "body": json.dumps(action.model_dump(mode="json")),
                "updated_at": now_iso()}, pk="action_id")
        return Changes(actions=True)

    def _pull_case_event(self, change: PulledChange) -> Changes:
        row = self.db.execute("SELECT record_id FROM case_events WHERE event_id = ?",
                              [change.id]).fetchone()
        if change.op == DELETE:
            self.db.execute("DELETE FROM case_events WHERE event_id = ?", [change.id])
            return Changes(record_ids=frozenset({row[0]}) if row else frozenset(), cases=True)
        event = cast(ServerCaseEvent, change.data)
        data = event.model_dump(mode="json")
        if row is not None:  # ours, sent before: the server's order and author only
            self.db.execute("UPDATE case_events SET seq = ?, author_id = ?, status = 'sent', "
                            "error = NULL WHERE event_id = ?",
                            [change.seq, event.author_id, change.id])
        else:
            self.db["case_events"].insert({
                "event_id": change.id, "record_id": event.record_id,
                "case_kind": event.case.value, "state": event.state.value,
                "reference": event.reference, "note": event.note, "at": data["at"],
                "author_id": event.author_id, "seq": change.seq, "status": "pulled"})
        return Changes(record_ids=frozenset({event.record_id}), cases=True)

    def _pull_record_erased(self, change: PulledChange) -> Changes:
        """A record erased on the server (an erasure request, or past its retention period):
        everything of it goes from this laptop too, including an edit not yet sent and the
        photos nothing else cites (the caller deletes their files after the commit)."""
        self._erased_photos |= self.erase_record_locally(change.id)
        return Changes(record_ids=frozenset({change.id}), outbox=True, reviews=True)

"""Sending again what this laptop wrote, after a reset (a restored server, a patch change).

Everything acknowledged is kept with its original mutation_id: record versions in
`record_versions` (as always), everything else (comments, reviews, actions, any later
mutation type) in `sent_mutations`. A reset queues them all again, in the order the server
first stored them (its seq, never a client clock), so the server answers `duplicate` for
what it kept and stores again what a restore lost.
"""

import json
import logging

from champion_app.clock import now_iso
from champion_app.protocol import RECORD_VERSION, MutationResult

from .base import StoreBase
from .records import insert_row

logger = logging.getLogger(__name__)


class ResendOps(StoreBase):
    """Mixin for Store (via SyncOps)."""

    def _journal_sent(self, row: dict, result: MutationResult) -> None:
        """Keep an acknowledged mutation (other than a version) to send again after a reset.
        Called in the transaction that removes its outbox row."""
        self.db.execute(
            "INSERT INTO sent_mutations (mutation_id, type, entity_id, body, seq, sent_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (mutation_id) DO UPDATE SET "
            "seq = coalesce(excluded.seq, seq)",
            [row["mutation_id"], row["type"], row["entity_id"], row["body"], result.seq,
             now_iso()])

    def _requeue_everything_sent(self) -> int:
        """Queue every acknowledged mutation again (not those already queued), in server
        order; returns how many. Runs inside the reset's transaction."""
        queued = {r[0] for r in self.db.execute("SELECT mutation_id FROM outbox")}
        todo = []
        for v in self.db.query("SELECT version_id, body, mutation_id, seq, rowid "
                               "FROM record_versions WHERE status = 'sent' "
                               "AND mutation_id IS NOT NULL"):
            body = json.dumps(json.loads(v["body"]), separators=(",", ":"))
            todo.append((v["seq"], 0, v["rowid"], v["mutation_id"], RECORD_VERSION,
                         v["version_id"], body))
        for m in self.db.query("SELECT mutation_id, type, entity_id, body, seq, rowid "
                               "FROM sent_mutations"):
            todo.append((m["seq"], 1, m["rowid"], m["mutation_id"], m["type"], m["entity_id"],
                         m["body"]))
        # The server's order (seq); anything it never ordered after, in local order.
        todo.sort(key=lambda t: (t[0] is None, t[0] or 0, t[1], t[2]))
        requeued = 0
        for _seq, _src, _rowid, mutation_id, kind, entity_id, body in todo:
            if mutation_id in queued:
                continue
            insert_row(self.db, "outbox", {"mutation_id": mutation_id, "type": kind,
                                           "entity_id": entity_id, "body": body,
                                           "bytes": len(body.encode()),
                                           "created_at": now_iso()})
            requeued += 1
        self.db.execute("UPDATE record_versions SET status = 'queued' WHERE status = 'sent' "
                        "AND mutation_id IN (SELECT mutation_id FROM outbox)")
        return requeued

    def _own_ids(self, kind: str) -> str:
        """SQL for the ids of ``kind`` this laptop wrote: queued, or sent and journalled."""
        return (f"(SELECT entity_id FROM outbox WHERE type = '{kind}' UNION "
                f"SELECT entity_id FROM sent_mutations WHERE type = '{kind}')")

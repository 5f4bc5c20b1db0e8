"""Hazard cases and complaint referrals on the laptop: the queues, and recording a step.

A step is written as a local `case_events` row and an outbox row in one transaction, like a
submitted version; the server's answer sets its ``seq`` (`SyncOps._mark_sent`) and a pull
brings everyone else's (`PullOps._pull_case_event`). Deadlines and the current state are
`champion_app.cases`: this module only gathers the rows.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import ValidationError

from champion_app.cases import CaseStatus, Event, case_status, parse_time, visit_start
from champion_app.errors import ChampionError
from champion_app.protocol import CASE_EVENT, CaseEvent
from champion_app.records import errors_by_field, new_id
from champion_app.records.scales import CaseKind, CaseState

from .base import StoreBase
from .types import Changes

_QUEUE_SQL = """
    SELECT r.record_id, r.kind, r.estate_id, coalesce(e.name, r.estate_id) AS estate_name,
           coalesce(h.address, b.name, '') AS address, r.job_ref, r.author_id, v.body
    FROM records r
    JOIN record_versions v ON v.version_id = r.current_version_id
    LEFT JOIN estates e ON e.id = r.estate_id
    LEFT JOIN homes h ON h.id = r.home_id
    LEFT JOIN blocks b ON b.id = r.block_id
"""
# Records that have (or had: a case with steps stays) a hazard, or a wish to complain.
_WHERE = {
    CaseKind.hazard.value: "r.hazard != 'none'",
    # The same expression as idx_versions_wants_complaint, so SQLite uses that index.
    CaseKind.complaint.value: ("r.current_version_id IN (SELECT version_id FROM "
                               "record_versions WHERE json_extract(body, "
                               "'$.payload.complaint.wants_to_complain') = 1)"),
}


@dataclass(frozen=True)
class CaseRow:
    """One record's case, with what a coordinator needs to follow it up."""

    record_id: str
    case: str
    kind: str
    estate_id: str
    estate_name: str
    address: str
    job_ref: str | None
    hazard: str
    what_was_said: str
    hazard_details: str
    author_id: str
    author_name: str
    contact: dict | None            # only when the resident consented to be contacted
    contact_consent_at: str | None
    status: CaseStatus
    names: dict[str, str]           # author ids of the steps -> display names

    def author_of(self, event: Event) -> str:
        return self.names.get(event.author_id, event.author_id or "")


class CaseOps(StoreBase):
    """Mixin for Store."""

    def people(self) -> dict[str, str]:
        """User id -> display name: every account pulled, and this laptop's own user."""
        names = {row[0]: row[1] for row in self.db.execute(
            "SELECT id, json_extract(body, '$.display_name') FROM champions")}
        me = self.get_state("user_id")
        if me:
            names[me] = self.get_state("display_name") or self.get_state("username") or me
        return names

    def case_queue(self, case: str, *, include_closed: bool = False,
                   now: datetime | None = None, record_ids: list[str] | None = None
                   ) -> list[CaseRow]:
        """Every record with a case of this kind, most urgent first."""
        now = now or datetime.now(UTC)
        where = (f"({_WHERE[case]} OR r.record_id IN (SELECT record_id FROM case_events "
                 "WHERE case_kind = ?))")
        params: list = [case]
        if record_ids is not None:
            where += f" AND r.record_id IN ({','.join('?' * len(record_ids))})"
            params += record_ids
        rows = list(self.db.query(_QUEUE_SQL + " WHERE " + where, params))
        events: dict[str, list[Event]] = defaultdict(list)
        for e in self.db.query("SELECT * FROM case_events WHERE case_kind = ? ORDER BY rowid",
                               [case]):
            events[e["record_id"]].append(_event(e))
        names = self.people()
        out = [self._case_row(case, row, events.get(row["record_id"], []), names)
               for row in rows]
        if not include_closed:
            out = [r for r in out if not r.status.closed]
        return sorted(out, key=lambda r: r.status.sort_key(now))

    def case_row(self, record_id: str, case: str) -> CaseRow | None:
        rows = self.case_queue(case, include_closed=True, record_ids=[record_id])
        return rows[0] if rows else None

    def case_counts(self, now: datetime | None = None) -> dict[str, tuple[int, int]]:
        """Case kind -> (overdue, open) for the navigation."""
        now = now or datetime.now(UTC)
        counts = {}
        for case in (CaseKind.hazard.value, CaseKind.complaint.value):
            rows = self.case_queue(case, now=now)
            counts[case] = (sum(r.status.urgency(now) == "overdue" for r in rows), len(rows))
        return counts

    def record_case_event(self, record_id: str, case: str, state: str, *, reference: str = "",
                          note: str = "", at: datetime | None = None) -> Changes:
        """Record one step (this laptop's coordinator), queued to send. Raises ChampionError
        in plain words when the step is not valid; stores nothing then."""
        if self._record_row(record_id) is None:
            raise ChampionError("That record is not on this laptop.")
        try:
            event = CaseEvent(event_id=new_id(), record_id=record_id, case=CaseKind(case),
                              state=CaseState(state), reference=reference.strip(),
                              note=note.strip(), at=at or datetime.now(UTC))
        except (ValidationError, ValueError) as exc:
            fields = errors_by_field(exc) if isinstance(exc, ValidationError) else {}
            raise ChampionError("This step cannot be recorded: " + (
                "; ".join(fields.values()) or str(exc))) from None
        data = event.model_dump(mode="json")
        with self.write():
            self.db["case_events"].insert({
                "event_id": event.event_id, "record_id": record_id, "case_kind": case,
                "state": event.state.value, "reference": event.reference, "note": event.note,
                "at": data["at"], "author_id": self.get_state("user_id") or "",
                "seq": None, "status": "queued"})
            self._enqueue(CASE_EVENT, event.event_id, data)
        return Changes(record_ids=frozenset({record_id}), cases=True, outbox=True)

    def case_events_of(self, record_id: str) -> list[dict]:
        """Every step on one record, both kinds, in server order (for the record's detail)."""
        rows = list(self.db.query("SELECT * FROM case_events WHERE record_id = ? "
                                  "AND status != 'rejected' ORDER BY coalesce(seq, 9e18), "
                                  "rowid", [record_id]))
        return rows

    # -- helpers -------------------------------------------------------------------------------
    def _case_row(self, case: str, row: dict, events: list[Event],
                  names: dict[str, str]) -> CaseRow:
        body = json.loads(row["body"])
        payload = body.get("payload") or {}
        consent = ((payload.get("consent") or {}).get("contact") or {})
        contact = payload.get("contact") if consent.get("given") else None
        status = case_status(case, payload.get("hazard") or "none", visit_start(body), events,
                             body.get("tz") or "Europe/London")
        return CaseRow(
            record_id=row["record_id"], case=case, kind=row["kind"], estate_id=row["estate_id"],
            estate_name=row["estate_name"], address=row["address"], job_ref=row["job_ref"],
            hazard=payload.get("hazard") or "none",
            what_was_said=payload.get("what_was_said") or "",
            hazard_details=payload.get("hazard_details") or "", author_id=row["author_id"],
            author_name=names.get(row["author_id"], row["author_id"]),
            contact=contact, contact_consent_at=consent.get("at") if contact else None,
            status=status, names=names)


def _event(row: dict) -> Event:
    at = parse_time(row["at"])
    assert at is not None  # NOT NULL column
    return Event(event_id=row["event_id"], state=CaseState(row["state"]), at=at,
                 reference=row["reference"] or "", note=row["note"] or "",
                 author_id=row["author_id"] or "", seq=row["seq"], status=row["status"])

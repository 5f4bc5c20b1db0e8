"""Plain data the store hands out: what changed, how to filter, and a row of the log."""

from dataclasses import dataclass, field, replace
from datetime import date

from champion_app.records import Draft

STATES = ("draft", "queued", "sent", "reviewed", "rejected")


@dataclass(frozen=True)
class Changes:
    """What a write changed, announced after commit so views refresh from it (Anki's OpChanges).

    ``initiator`` is who started the write (Anki's ``initiator``): the task runner sets it on
    the announcement, so a listener tells its own changes from others' (the sync controller
    syncs after a submit, and not after a sync's own outbox changes). The store leaves it None.
    """

    record_ids: frozenset[str] = frozenset()
    reference: bool = False
    outbox: bool = False
    sync_state: bool = False
    reviews: bool = False
    actions: bool = False
    cases: bool = False         # hazard cases and complaint referrals (case events)
    initiator: object | None = field(default=None, compare=False)

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(
            record_ids=self.record_ids | other.record_ids,
            reference=self.reference or other.reference,
            outbox=self.outbox or other.outbox,
            sync_state=self.sync_state or other.sync_state,
            reviews=self.reviews or other.reviews,
            actions=self.actions or other.actions,
            cases=self.cases or other.cases,
            initiator=self.initiator if self.initiator is not None else other.initiator,
        )

    def started_by(self, initiator: object | None) -> "Changes":
        return replace(self, initiator=initiator)

    @property
    def record_id(self) -> str | None:
        """The one record a single-record write touched (None when it was not exactly one)."""
        return next(iter(self.record_ids)) if len(self.record_ids) == 1 else None


@dataclass(frozen=True)
class RecordFilter:
    kinds: tuple[str, ...] = ()
    estate_ids: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    hazard_only: bool = False
    text: str = ""
    mine_only: bool = False


@dataclass(frozen=True)
class RecordRow:
    record_id: str
    kind: str
    state: str
    estate_id: str | None  # None only for a draft saved before any estate could be chosen
    estate_name: str
    block_id: str | None
    home_id: str | None
    address: str
    job_ref: str | None
    hazard: str
    summary: str
    created_at: str
    updated_at: str
    submitted_at: str | None
    has_draft: bool
    review_state: str | None
    attention: str
    mine: bool = True      # written on this laptop's account (False: pulled from a champion)
    author_id: str = ""
    conflict: bool = False  # changed on two laptops; not settled yet


@dataclass(frozen=True)
class ConflictSide:
    version_id: str
    body: dict
    mine: bool                  # written on this laptop (not pulled from the server)
    received_at: str | None
    device_id: str

    @property
    def said(self) -> str:
        return str((self.body.get("payload") or {}).get("what_was_said") or "")


@dataclass(frozen=True)
class Conflict:
    record_id: str
    current: ConflictSide       # the server's newest version, flagged `conflict`
    replaced: ConflictSide      # the version it replaced without having seen it
    # (field, value in current, value in replaced) for every answer that differs
    differences: list[tuple[str, object, object]] = field(default_factory=list)

    @property
    def mine(self) -> ConflictSide | None:
        """The side written on this laptop (None on a coordinator's laptop)."""
        return next((s for s in (self.current, self.replaced) if s.mine), None)

    @property
    def theirs(self) -> ConflictSide | None:
        mine = self.mine
        if mine is None:
            return None
        return self.replaced if mine is self.current else self.current


@dataclass
class RecordDetail:
    row: RecordRow
    draft: Draft | None
    versions: list[dict] = field(default_factory=list)
    reviews: list[dict] = field(default_factory=list)
    comments: list[dict] = field(default_factory=list)
    cases: list[dict] = field(default_factory=list)   # steps of its hazard/complaint cases
    actions: list[dict] = field(default_factory=list)  # published actions made from it
    conflict: Conflict | None = None  # both texts, when changed on two laptops
    missing_photos: list[str] = field(default_factory=list)  # cited, not on this laptop

"""The sync engine: push the outbox, pull the changes, against one local Store. Qt-free.

Order and why:
1. ``/meta``: is the server there, is our clock right, is this app new enough, is it still
   the same database (``server_epoch``)?
2. A first pull when we have pulled before: it notices a server restored from a backup.
3. Push, oldest first, in batches of at most 500 mutations or 5 MB. Photos a batch cites go
   up first (the server would answer ``needs_blobs`` otherwise). Each result is recorded in
   the transaction that removes its outbox row, so a crash between any two steps loses
   nothing, and the repeat of an answered mutation is a ``duplicate`` (success).
4. Pull pages from our cursor; each page and its cursor land in one transaction.
   A ``reset`` or a new ``server_epoch`` drops what was pulled and queues our sent versions
   again under their original ids; then we push and pull once more.

Failures: timeouts, dropped connections, 5xx and 429 are retried with exponential backoff and
full jitter (honouring ``Retry-After``); anything else stops the sync with a `SyncError`.
A 401 stops at once and touches nothing: every queued item stays queued.
"""

from __future__ import annotations

import logging
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import champion_app
from champion_app.clock import now_iso
from champion_app.errors import ChampionError
from champion_app.i18n import QT_TRANSLATE_NOOP, translate
from champion_app.protocol import (
    API_VERSION,
    APPLIED,
    CONFLICT,
    DUPLICATE,
    NEEDS_BLOBS,
    RECORD_VERSION,
    REJECTED,
    MutationResult,
)
from champion_app.store import Changes, Store
from champion_app.store.missing_photos import PHOTO_MISSING
from champion_app.store.sync_ops import ENVELOPE_BYTES, MAX_BATCH, MAX_BATCH_BYTES, OutboxItem

from . import errors
from .client import SyncClient
from .errors import SyncError
from .incoming import checked_page

log = logging.getLogger(__name__)

TOO_LARGE = ("This record is too large for the server to accept, so it is still waiting "
             "on this laptop. Ask your coordinator: the server (or what is in front of it) "
             "must accept larger uploads.")
PHOTO_TOO_LARGE = ("A photo in this record is larger than the server accepts, so the record "
                   "is still waiting on this laptop. Ask your coordinator: the server (or what "
                   "is in front of it) must accept larger uploads.")
PULL_LIMIT = 500
CLOCK_TOLERANCE_S = 300
MAX_ROUNDS = 3            # push/pull rounds: a second and third only after a reset
MAX_RETRY_AFTER_S = 120   # longer waits end this sync; the next one will try again

Progress = Callable[[str, int, int], None]
ShouldAbort = Callable[[], bool]


@dataclass
class RetryPolicy:
    attempts: int = 5
    base: float = 1.0
    cap: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int) -> float:
        """Full jitter (AWS's "exponential backoff and jitter"): spreads many laptops out."""
        return self.rng.uniform(0, min(self.cap, self.base * 2 ** attempt))


@dataclass
class SyncResult:
    applied: int = 0
    duplicates: int = 0
    rejected: int = 0
    conflicts: int = 0
    needs_blobs: int = 0
    blobs_uploaded: int = 0
    pulled: int = 0
    remaining: int = 0
    reset: bool = False
    stuck: bool = False
    too_large: int = 0
    photo_problems: int = 0
    clock_skew_s: float = 0.0
    clock_warning: str | None = None
    changes: Changes = field(default_factory=Changes)
    finished_at: str = ""

    @property
    def sent(self) -> int:
        return self.applied + self.duplicates

    @property
    def complete(self) -> bool:
        """Everything queued was acknowledged (applied, duplicate, rejected or conflict)."""
        return self.remaining == 0

    def summary(self) -> str:
        """What the sync did, in plain words (translated: ``champion_app.i18n``)."""
        sent = (translate("sync", "Sent {count}").format(count=self.sent) if self.sent
                else translate("sync", "Nothing new to send"))
        received = (translate("sync", "received {count} update") if self.pulled == 1
                    else translate("sync", "received {count} updates")).format(count=self.pulled)
        parts = [translate("sync", "{sent}; {received}.").format(sent=sent, received=received)]
        if self.rejected:
            parts.append((translate("sync", "{count} needs attention.") if self.rejected == 1
                          else translate("sync", "{count} need attention.")
                          ).format(count=self.rejected))
        if self.conflicts:
            parts.append(translate("sync", "{count} changed by someone else first.").format(
                count=self.conflicts))
        if self.remaining:
            parts.append(translate("sync", "{count} still waiting to be sent.").format(
                count=self.remaining))
        if self.photo_problems:
            parts.append((translate("sync", "{count} cannot be sent until a photo in it is found "
                                    "or removed (open My log).") if self.photo_problems == 1
                          else translate("sync", "{count} cannot be sent until a photo in them "
                                         "is found or removed (open My log).")
                          ).format(count=self.photo_problems))
        if self.too_large:
            parts.append((translate("sync", "{count} is too large for the server: ask your "
                                    "coordinator.") if self.too_large == 1
                          else translate("sync", "{count} are too large for the server: ask "
                                         "your coordinator.")).format(count=self.too_large))
        if self.clock_warning:
            parts.append(self.clock_warning)
        return " ".join(parts)


class _Run:
    def __init__(self, store: Store, client: SyncClient, progress: Progress | None,
                 should_abort: ShouldAbort | None, retry: RetryPolicy) -> None:
        self.store, self.client, self.retry = store, client, retry
        self.progress = progress or (lambda stage, done, total: None)
        self.should_abort = should_abort or (lambda: False)
        self.result = SyncResult()

    def check(self) -> None:
        if self.should_abort():
            raise errors.cancelled()

    def call(self, fn: Callable, *args):
        """``fn(*args)``, again after a backoff when the failure is worth retrying."""
        for attempt in range(self.retry.attempts):
            self.check()
            try:
                return fn(*args)
            except SyncError as exc:
                if not exc.retryable or attempt == self.retry.attempts - 1:
                    raise
                wait = exc.retry_after if exc.retry_after is not None else \
                    self.retry.delay(attempt)
                if wait > MAX_RETRY_AFTER_S:
                    raise
                log.info("%s failed (%s); retrying in %.1fs", getattr(fn, "__name__", fn),
                         exc.detail or exc.kind, wait)
                self._sleep(wait)
        raise AssertionError("unreachable")

    def _sleep(self, seconds: float) -> None:
        """Wait in short slices so a cancel is noticed within a quarter second."""
        while seconds > 0:
            self.check()
            step = min(seconds, 0.25)
            self.retry.sleep(step)
            seconds -= step

    # -- steps -----------------------------------------------------------------------------
    def meta(self) -> None:
        meta = self.call(self.client.meta)
        if meta.api_version != API_VERSION:
            raise errors.protocol(f"server speaks protocol {meta.api_version}")
        if _version(champion_app.__version__) < _version(meta.min_client_version):
            raise SyncError(errors.SERVER, "The server needs a newer version of Estate "
                            f"Champion (at least {meta.min_client_version}). Install the "
                            "update; your records are safe and will be sent after it.",
                            detail=f"min_client_version {meta.min_client_version}")
        server_time = meta.server_time
        if server_time.tzinfo is None:
            server_time = server_time.replace(tzinfo=UTC)
        skew = (datetime.now(UTC) - server_time).total_seconds()
        self.result.clock_skew_s = skew
        self.store.set_state("clock_skew_seconds", round(skew, 1))
        # A new epoch (the server was rebuilt or restored) is a reset: noticed here, before
        # anything is pushed, so our sent versions are queued again first.
        outcome = self.store.adopt_server_epoch(meta.server_epoch)
        self.result.changes |= outcome.changes
        self.result.reset |= outcome.did_reset
        self.store.set_state("landlord_name", meta.landlord_name)
        if abs(skew) > CLOCK_TOLERANCE_S:
            self.result.clock_warning = errors.SyncError(errors.CLOCK).user_message
            log.warning("clock differs from the server's by %.0f s", skew)

    def push_all(self, device_id: str) -> None:
        """Send the outbox, batch by batch. A mutation the server cannot take yet (its
        record is not there, a photo it cites is missing here, it alone is too large) stays
        queued and is left out for the rest of this sync, so it never holds up the others."""
        total = self.store.outbox_count()
        skip: set[str] = set()
        blob_rounds: Counter[str] = Counter()
        max_items, max_bytes = MAX_BATCH, MAX_BATCH_BYTES
        while (batch := self.store.outbox_batch(max_items, max_bytes, skip=skip)):
            self.check()
            held = self.upload_blobs(batch)
            if held:
                skip |= held
                batch = [i for i in batch if i.mutation_id not in held]
                if not batch:
                    continue
            self.progress(QT_TRANSLATE_NOOP("sync", "Sending records"),
                          total - self.store.outbox_count(), total)
            try:
                answer = self.call(self.client.push, device_id,
                                   [i.as_mutation() for i in batch])
            except SyncError as exc:
                if exc.status != 413:
                    raise
                # Too large for the server or a proxy in front of it (which may allow less
                # than the protocol's 5 MB): halve the batches for the rest of this sync.
                if len(batch) > 1:
                    max_items = max(1, len(batch) // 2)
                    max_bytes = ENVELOPE_BYTES + sum(i.bytes for i in batch) // 2
                    log.info("push of %d items answered 413: batches of %d from now on",
                             len(batch), max_items)
                    continue
                self.result.changes |= self.store.note_problem([batch[0].mutation_id],
                                                               TOO_LARGE)
                self.result.too_large += 1
                skip.add(batch[0].mutation_id)
                continue
            self.result.changes |= self.store.apply_push_results(answer.results)
            left = self.store.still_queued([i.mutation_id for i in batch])
            self.tally(answer.results, left)
            status = {r.mutation_id: r.status for r in answer.results}
            for mutation_id in left:
                # needs_blobs: the photos went up this round; once more, then give up.
                if status.get(mutation_id) == NEEDS_BLOBS:
                    blob_rounds[mutation_id] += 1
                    if blob_rounds[mutation_id] < 2:
                        continue
                skip.add(mutation_id)
        if skip:
            log.warning("%d item(s) left queued for a later sync", len(skip))
        self.result.stuck = bool(skip)
        self.progress(QT_TRANSLATE_NOOP("sync", "Sending records"), total, total)

    def tally(self, results: list[MutationResult], left: set[str]) -> None:
        """Count the answers; a refusal the store kept queued (``left``: its record is not
        on the server yet) is waiting, not refused."""
        counts = Counter(r.status for r in results
                         if r.status != REJECTED or r.mutation_id not in left)
        self.result.applied += counts[APPLIED]
        self.result.duplicates += counts[DUPLICATE]
        self.result.rejected += counts[REJECTED]
        self.result.conflicts += counts[CONFLICT]
        self.result.needs_blobs += counts[NEEDS_BLOBS]

    def upload_blobs(self, batch: list[OutboxItem]) -> set[str]:
        """Upload the photos the batch cites that the server lacks. Returns the mutations
        that cannot go this sync: a photo missing from this laptop, or one the server will
        not take; each record says why, and stays queued."""
        pending = self.store.blobs_for_batch(batch)
        if not pending:
            return set()
        missing = set(self.call(self.client.blobs_missing, [b.sha256 for b in pending]))
        self.store.mark_blobs_uploaded([b.sha256 for b in pending if b.sha256 not in missing])
        todo = [b for b in pending if b.sha256 in missing]
        problems: dict[str, str] = {}
        for n, blob in enumerate(todo):
            self.check()
            self.progress(QT_TRANSLATE_NOOP("sync", "Sending photos"), n, len(todo))
            try:
                data = self.store.read_photo(blob.sha256)  # decrypted on the DB worker
            except (OSError, ChampionError) as exc:
                # Missing, or damaged so it no longer decrypts to its photo: either way this
                # laptop cannot send it, and the record says so.
                log.error("photo %s cited by a queued record cannot be read: %s", blob.sha256,
                          exc)
                problems[blob.sha256] = PHOTO_MISSING
                continue
            try:
                self.call(self.client.put_blob, blob.sha256, data, blob.mime)
            except SyncError as exc:
                if exc.status != 413:
                    raise
                problems[blob.sha256] = PHOTO_TOO_LARGE
                continue
            self.store.mark_blobs_uploaded([blob.sha256])
            self.result.blobs_uploaded += 1
        held: set[str] = set()
        for problem in dict.fromkeys(problems.values()):
            shas = {sha for sha, p in problems.items() if p == problem}
            ids = [i.mutation_id for i in batch if shas & _cited(i)]
            self.result.changes |= self.store.note_problem(ids, problem)
            held.update(ids)
        self.result.photo_problems += len(held)
        return held

    def pull_all(self) -> bool:
        """Pull until the server has nothing more; True when a reset happened."""
        cursor = self.store.pull_cursor()
        did_reset, restarts = False, 0
        while True:
            self.check()
            self.progress(QT_TRANSLATE_NOOP("sync", "Receiving updates"), self.result.pulled, 0)
            page = self.call(self.client.pull, cursor, PULL_LIMIT)
            outcome = self.store.apply_pull_page(
                checked_page(page.changes), cursor=page.cursor, server_epoch=page.server_epoch,
                reset=page.reset, requested_cursor=cursor)
            self.result.changes |= outcome.changes
            self.result.pulled += outcome.applied
            did_reset |= outcome.did_reset
            if outcome.restart:
                restarts += 1
                if restarts > 2:
                    raise errors.protocol("server asked to start again more than twice")
                cursor = 0
                continue
            if not page.has_more:
                return did_reset
            if page.cursor <= cursor:
                raise errors.protocol(f"pull cursor did not move on from {cursor}")
            cursor = page.cursor


def _cited(item: OutboxItem) -> set[str]:
    return {a.get("sha256") for a in item.data.get("attachments") or []} \
        if item.type == RECORD_VERSION else set()


def _version(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in text.split(".")[:3])
    except ValueError:
        return (0,)


def run_sync(store: Store, client: SyncClient, *, progress: Progress | None = None,
             should_abort: ShouldAbort | None = None,
             retry: RetryPolicy | None = None) -> SyncResult:
    """Push everything queued, pull everything new. Raises SyncError; partial work is kept.

    ``progress(stage, done, total)`` is called from this thread; ``should_abort()`` is polled
    between requests (a request in flight finishes or times out first).
    """
    run = _Run(store, client, progress, should_abort, retry or RetryPolicy())
    device_id = store.get_state("device_id")
    if not device_id or not client.token:
        raise errors.not_connected("no device id or token")
    try:
        run.meta()
        if store.pull_cursor() > 0:
            # Pull first: a server restored from a backup is noticed by our cursor being past
            # its newest change, which our own pushes would otherwise hide (the fault tests'
            # restore_backup trials lose versions without this).
            run.result.reset |= run.pull_all()
        for round_no in range(MAX_ROUNDS):
            run.push_all(device_id)
            if not run.pull_all():
                break
            run.result.reset = True
            log.info("reset in round %d: pushing again", round_no + 1)
    except SyncError as exc:
        _remember(store, run.result, exc)
        exc.result = run.result
        raise
    _remember(store, run.result, None)
    return run.result


def _remember(store: Store, result: SyncResult, error: SyncError | None) -> None:
    """What `status` and the status bar show: when it last worked, how the last try went.

    ``last_sync_at`` is the last sync that finished: a failed one leaves it alone (it is the
    "Last sync" people read), and says what went wrong in ``last_sync_message``.
    """
    result.remaining = store.outbox_count()
    result.finished_at = now_iso()
    state: dict[str, object] = {
        "last_attempt_at": result.finished_at,
        "last_sync_ok": 0 if error else int(result.complete),
        "last_sync_message": error.user_message if error else result.summary()}
    if error is None:
        state.update(last_sync_at=result.finished_at, needs_reconnect=0)
    elif error.kind == errors.AUTH:
        state["needs_reconnect"] = 1
    store.set_states(state)
    log.info("sync %s: %s", "failed" if error else "done",
             repr(error) if error else result.summary())

"""Fetching the next pull page while the last one is applied (issue 15).

A pull is request → wait for the server → validate → apply, page after page; the server's
work and the transfer of page N+1 can happen while page N is written locally (SQLite lets
go of the GIL while it works). `PagesAhead` keeps at most one page in flight on one
background thread. It only fetches: pages are still applied by the engine's thread, in
order, each with its cursor in one transaction, and a page fetched ahead that is not taken
is dropped without a row of it written.

While a pull runs the background thread is the only user of the client (its
requests.Session is not thread-safe): every page, the first included, is fetched there, and
the engine's thread waits for it (`take`, `close`) before anything else uses the client.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

T = TypeVar("T")


class PagesAhead(Generic[T]):
    """``fetch(cursor)`` on one background thread, at most one page ahead.

    ``stopping`` is set while a page fetched ahead is being dropped: ``fetch`` should treat
    it as a cancel (the engine's retry loop does), so a drop does not sit out its backoff.
    """

    def __init__(self, fetch: Callable[[int], T], stopping: threading.Event) -> None:
        self._fetch = fetch
        self._stopping = stopping
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull-ahead")
        self._ahead: tuple[int, Future[T]] | None = None

    def fetch(self, cursor: int) -> None:
        """Start fetching the page after ``cursor`` (one at a time: drops any other)."""
        self._drop()
        self._ahead = (cursor, self._pool.submit(self._fetch, cursor))

    def take(self, cursor: int) -> T:
        """The page after ``cursor``: the one fetched ahead if it is that one, else fetched
        now. Raises what ``fetch`` raised, as a call made here would have."""
        if self._ahead is None or self._ahead[0] != cursor:
            self.fetch(cursor)
        assert self._ahead is not None
        future, self._ahead = self._ahead[1], None
        return future.result()

    def close(self) -> None:
        """Drop any page fetched ahead and wait for the thread: the client is free after."""
        try:
            self._drop()
        finally:
            self._pool.shutdown(wait=True)

    def __enter__(self) -> PagesAhead[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _drop(self) -> None:
        """Forget the page fetched ahead; wait for a request in flight to end (it finishes
        or times out, as a sequential pull's would) so no one else uses the session meanwhile.
        Its answer or error is not used: the pull that wanted it has moved on or stopped."""
        ahead, self._ahead = self._ahead, None
        if ahead is None or ahead[1].cancel():
            return
        self._stopping.set()
        try:
            ahead[1].exception()  # waits; whatever it raised belongs to no one now
        finally:
            self._stopping.clear()

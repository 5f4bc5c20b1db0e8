"""When to sync, and telling the window how it went (after Anki's aqt/sync.py). Thin: the
work is `sync.engine.run_sync`, run on the task runner's network pool against the DB
worker's store (`TaskRunner.worker_store`), so the app keeps one writer while it syncs.

Syncs start: at start-up, every few minutes, right after a submit, when the network comes
back (QNetworkInformation where the platform has a backend, confirmed by a cheap ``/meta``
probe), and on *Sync now*. Never two at once: a request during a sync is remembered and
runs once, after it.

The controller is the one source of "online" and of the sync status: it sends the whole
`SyncStatus` on ``status_changed`` whenever any part of it changes.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QWidget

from champion_app.store import Changes, Store
from sync.status import SyncStatus
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
FIRST_SYNC_DELAY_MS = 500

ENV_SYNC_MINUTES = "CHAMPION_SYNC_MINUTES"
DEFAULT_MINUTES = 5.0


def interval_ms() -> int:
    try:
        minutes = float(os.environ.get(ENV_SYNC_MINUTES, DEFAULT_MINUTES))
    except ValueError:
        minutes = DEFAULT_MINUTES
    return max(10_000, int(minutes * 60_000))


class SyncController(QObject):
    """Signals for the window; slots `sync_now`, `request_sync`, `on_submitted`."""

    status_changed = Signal(SyncStatus)      # the whole status, after any change to it
    sync_started = Signal()
    sync_finished = Signal(object)           # SyncResult, or the SyncError it ended with
    needs_reconnect = Signal(str)            # plain words: why and what to do
    wipe_requested = Signal()                # the landlord asked for this laptop's data to go
    progress = Signal(str, int, int)         # stage, done, total (emitted from the pool)

    def __init__(self, runner: TaskRunner, parent_widget: QWidget | None = None, *,
                 interval: int | None = None, watch_network: bool = True) -> None:
        super().__init__(parent_widget)
        self.runner = runner
        self.parent_widget = parent_widget
        self.status = SyncStatus()
        self.running = False
        self._again = False
        self._user_asked = False
        self._abort = threading.Event()
        self._server_url: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval or interval_ms())
        self._timer.timeout.connect(self.request_sync)
        self._first_sync = QTimer(self)
        self._first_sync.setSingleShot(True)
        self._first_sync.setInterval(FIRST_SYNC_DELAY_MS)
        self._first_sync.timeout.connect(self.request_sync)
        # A submit announces Changes(outbox=True) started by someone else: that is the "sync
        # right after a submit". A sync's own changes carry this controller as initiator.
        runner.changes_applied.connect(self._changes_applied)
        self._network = self._watch_network() if watch_network else None

    @property
    def online(self) -> bool:
        return self.status.online

    def _set(self, **fields) -> None:
        self.status = replace(self.status, **fields)
        self.status_changed.emit(self.status)

    # -- life ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Begin the timer, show what the last session left, and sync once now (quietly)."""
        self._timer.start()

        def read(store: Store):
            return (store.outbox_count(), store.get_state("last_sync_at"),
                    store.get_state("server_url"))

        def show(values) -> None:
            queued, last, self._server_url = values
            # What a sync that already ended found is newer than this read.
            self._set(queued=queued if self.status.queued is None else self.status.queued,
                      last_sync_at=self.status.last_sync_at or last)

        self.runner.op("sync state", read).success(show).run()
        # The first sync a moment after start-up: its imports (requests, ~0.15 s of CPU on a
        # network thread) would otherwise hold the GIL while the window paints first.
        self._first_sync.start()

    def shutdown(self) -> None:
        """Stop the timer; a sync in flight stops at its next request (nothing is lost)."""
        self._timer.stop()
        self._first_sync.stop()
        self._abort.set()

    # -- slots --------------------------------------------------------------------------------
    @Slot()
    def sync_now(self) -> None:
        """The person asked: a failure opens a dialog, not just a status-bar line."""
        self._user_asked = True
        self._begin()

    @Slot()
    def request_sync(self) -> None:
        self._begin()

    @Slot(object)
    def on_submitted(self, _changes=None) -> None:
        """Right after a submit: send it now when we believe we are online."""
        if self.online:
            self.request_sync()

    @Slot(object)
    def _changes_applied(self, changes) -> None:
        if isinstance(changes, Changes) and changes.outbox and changes.initiator is not self:
            self.on_submitted()

    # -- connecting -----------------------------------------------------------------------------
    def open_connect_dialog(self, parent: QWidget | None = None, message: str = ""):
        """*Connect to your landlord*; a success turns the timer back on and syncs."""
        from ui.sync.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.runner, parent or self.parent_widget,
                               server_url=self._server_url or "")
        if message:
            dialog.show_message(message)
        dialog.connected.connect(lambda _conn: self.reconnected())
        dialog.open()
        return dialog

    def disconnect(self, on_done=None) -> None:
        """*Disconnect*: revoke the token (records stay); the timer stops until reconnected."""
        from ui.sync.connect_dialog import disconnect

        self._timer.stop()

        def done(message: str) -> None:
            self._set(online=False, message=message, error="")
            if on_done is not None:
                on_done(message)

        disconnect(self.runner, done, initiator=self)

    def stop_timer(self) -> None:
        self._timer.stop()

    def disconnected(self, message: str) -> None:
        """After a disconnect that kept the data: offline until connected again."""
        self._timer.stop()
        self._set(online=False, message=message, error="")

    # -- running ------------------------------------------------------------------------------
    def _begin(self) -> None:
        if self.running:
            self._again = True  # never two at once: one more after this one
            return
        self.running = True
        self._again = False
        self._abort.clear()
        self.sync_started.emit()
        self._set(busy=True, message=self.tr("Syncing…"), error="")
        self.runner.network_op("sync", self._work).success(self._done) \
            .failure(self._failed).run()

    def _work(self):
        """On a network pool thread: the DB worker's store, a client, the engine."""
        from sync import connection
        from sync.engine import run_sync

        store = self.runner.worker_store()
        with connection.client_for(store) as client:
            self._server_url = client.base_url
            return run_sync(store, client, progress=self.progress.emit,
                            should_abort=self._abort.is_set)

    def _done(self, result) -> None:
        user, self._user_asked = self._user_asked, False
        self.running = False
        self.runner.announce(result.changes, self)
        # Everything the window shows comes with the result: no second read of the database.
        self._set(online=True, busy=False, queued=result.remaining,
                  last_sync_at=result.finished_at, message=result.summary(), error="")
        self.sync_finished.emit(result)
        if user and result.clock_warning and self.parent_widget is not None:
            from sync.errors import CLOCK, SyncError
            from ui.errors import show_error

            show_error(self.parent_widget, SyncError(CLOCK))
        self._maybe_again()

    def _failed(self, error: BaseException) -> None:
        from sync import errors
        from ui.errors import show_error, user_message

        user, self._user_asked = self._user_asked, False
        self.running = False
        kind = getattr(error, "kind", None)
        result = getattr(error, "result", None)  # what the sync did before it stopped
        if result is not None:
            self.runner.announce(result.changes, self)
        text = user_message(error)
        online = False if kind in (errors.OFFLINE, errors.NETWORK) else self.online
        # A failed sync is not the "last sync": last_sync_at stays the one that worked.
        self._set(online=online, busy=False, message="", error=text,
                  queued=result.remaining if result is not None else self.status.queued)
        self.sync_finished.emit(error)
        if kind == errors.WIPED:
            self.shutdown()  # nothing more to sync: the data is about to go
            self.wipe_requested.emit()
        elif kind in (errors.AUTH, errors.NOT_CONNECTED):
            self._timer.stop()  # no point retrying until the person (re)connects
            if kind == errors.AUTH:
                self.needs_reconnect.emit(text)
        elif user and kind != errors.CANCELLED and self.parent_widget is not None:
            show_error(self.parent_widget, error)
        self._maybe_again()

    def _maybe_again(self) -> None:
        if self._again and not self._abort.is_set():
            self._again = False
            QTimer.singleShot(0, self.request_sync)

    def reconnected(self) -> None:
        """After the connect dialog succeeded: timer back on, sync at once."""
        self._timer.start()
        self.sync_now()

    # -- network ------------------------------------------------------------------------------
    def _watch_network(self) -> QNetworkInformation | None:
        try:
            if not QNetworkInformation.loadBackendByFeatures(
                    QNetworkInformation.Feature.Reachability):
                return None
            info = QNetworkInformation.instance()
        except Exception:  # no backend on this platform: the timer and probe still work
            log.info("no network information backend; relying on the timer")
            return None
        if info is not None:
            info.reachabilityChanged.connect(self._reachability_changed)
        return info

    @Slot(QNetworkInformation.Reachability)
    def _reachability_changed(self, reachability) -> None:
        if reachability == QNetworkInformation.Reachability.Online:
            self.probe()
        elif reachability == QNetworkInformation.Reachability.Disconnected:
            self._set(online=False)

    def probe(self) -> None:
        """A cheap GET /meta: when the server answers, sync (the network may be back)."""
        url = self._server_url
        if not url or self.running:
            return

        def meta() -> bool:
            from sync.client import SyncClient

            with SyncClient(url, timeout=(3.0, 5.0)) as client:
                client.meta()
            return True

        def answered(_ok) -> None:
            self._set(online=True)
            self.request_sync()

        def silent(_error) -> None:
            self._set(online=False)

        self.runner.network_op("probe", meta).success(answered).failure(silent).run()

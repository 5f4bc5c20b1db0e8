"""All blocking work runs here, never on the UI thread (after Anki's aqt/taskman.py + operations).

* Database work goes to ONE worker thread that opens its own `Store`: sqlite connections
  belong to the thread that made them, and one writer means no "database is locked".
* Network work goes to a small pool and gets no store of its own. Work there that needs the
  store (sync, connect, disconnect) uses `worker_store()`: each call runs on the DB worker
  and the pool thread waits for it, so the app has one writer even while it syncs.
* Results come back to the main thread through a queued Qt signal carrying a closure.

Callers build a named operation and run it::

    runner.op("save draft", lambda store: store.save_draft(...)).success(cb).failure(eb).run()

An operation function must never touch a widget. A function that returns `Changes` is a
write: after its success callback the runner emits ``changes_applied(changes)`` once, with
``changes.initiator`` set to the operation's ``.initiated_by(...)`` (Anki's initiator).
Progress is shown only when the work takes longer than ~600 ms, so quick work never flashes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from champion_app.errors import ChampionError
from champion_app.store import Changes, Store
from champion_app.vault import Keys

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 600
DB_THREAD = "champion-db"


class _Bridge(QObject):
    """Lives on the main thread; a closure emitted from a worker runs here (queued connection)."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, closure: Callable[[], None]) -> None:
        closure()


class Op:
    """One named piece of background work. Fluent: ``.success()``, ``.failure()``, ``.run()``."""

    def __init__(self, runner: TaskRunner, name: str, fn: Callable[..., Any], *, network: bool):
        self.runner = runner
        self.name = name
        self.fn = fn
        self.network = network
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress_label: str | None = None
        self._parent: QWidget | None = None
        self._initiator: object | None = None
        self.raw = False

    def initiated_by(self, initiator: object) -> Op:
        """Who started it: its `Changes` are announced with this ``initiator``."""
        self._initiator = initiator
        return self

    def success(self, cb: Callable[[Any], None]) -> Op:
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op:
        self._failure = cb
        return self

    def with_progress(self, label: str, parent: QWidget | None = None) -> Op:
        self._progress_label = label
        self._parent = parent
        return self

    def run(self) -> None:
        self.runner._submit(self)


class TaskRunner(QObject):
    """The DB worker, the network pool, and the ``changes_applied`` announcement."""

    changes_applied = Signal(object)  # Changes
    busy_changed = Signal(bool)
    # Unhandled failures of operations without their own failure callback.
    failed = Signal(str, object)  # operation name, exception

    def __init__(self, db_path: Path, attachments_dir: Path | None = None,
                 parent: QObject | None = None, *, locked: bool = False) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.attachments_dir = attachments_dir
        # ``locked``: the window is still asking for the key (the lock screen); database work
        # queued meanwhile waits on the DB worker, in order, until `unlock` hands it over.
        self._keys: Keys | None = None
        self._unlocked = threading.Event()
        if not locked:
            self._unlocked.set()
        self.wiped = False
        self._local = threading.local()
        self._bridge = _Bridge()
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix=DB_THREAD)
        self._net = ThreadPoolExecutor(max_workers=3, thread_name_prefix="champion-net")
        self._pending = 0
        self._closed = False

    # -- building operations -------------------------------------------------------------
    def op(self, name: str, fn: Callable[[Store], Any]) -> Op:
        """Database work: ``fn(store)`` runs on the DB worker with that thread's own Store."""
        return Op(self, name, fn, network=False)

    def network_op(self, name: str, fn: Callable[[], Any]) -> Op:
        """Network work: ``fn()`` runs on the pool, with no store."""
        return Op(self, name, fn, network=True)

    def worker_store(self) -> Store:
        """The DB worker's Store, for code on a network pool thread (the sync engine, connect,
        disconnect): every method call runs on the DB worker, which the caller waits for.

        So sync never opens a second connection that writes beside the worker's: a submit and
        a pulled page queue one behind the other instead of racing for SQLite's lock.
        """
        return cast(Store, _WorkerStore(self))

    def announce(self, changes: Changes, initiator: object | None = None) -> None:
        """Tell every view what a write made elsewhere changed (e.g. a sync), once."""
        self.changes_applied.emit(changes.started_by(initiator))

    def _call_on_worker(self, fn: Callable[[Store], Any]) -> Any:
        if threading.current_thread() is threading.main_thread():
            raise RuntimeError("waiting for the DB worker would freeze the window")
        if threading.current_thread().name.startswith(DB_THREAD):
            return fn(self._store())  # already on the worker: waiting would deadlock
        try:
            if self._closed:
                raise RuntimeError("the task runner is shut down")
            future = self._db.submit(lambda: fn(self._store()))
        except RuntimeError as exc:  # closing: the worker takes no more work
            raise ChampionError(QCoreApplication.translate(
                "TaskRunner", "Estate Champion is closing, so this stopped part-way. Nothing "
                "has been lost; it carries on next time."), detail=str(exc)) from exc
        return future.result()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    # -- machinery -----------------------------------------------------------------------
    def unlock(self, keys: Keys) -> None:
        """The data's keys, from the lock screen: queued database work goes ahead."""
        self._keys = keys
        self._unlocked.set()

    def _store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            self._unlocked.wait()
            if self.wiped or (self._closed and self._keys is None):
                raise ChampionError(QCoreApplication.translate(
                    "TaskRunner", "The data on this laptop has been deleted, or Estate "
                    "Champion is closing: there is nothing to open."))
            store = Store.open(self.db_path, self.attachments_dir, keys=self._keys)
            self._local.store = store
            log.debug("DB worker opened %s", self.db_path)
        return store

    def wipe(self) -> Op:
        """An operation that deletes the residents' data (`sync.wipe`) on the DB worker, where
        the store is open, and closes it for good; its result is a `sync.wipe.Wiped`."""
        from sync.wipe import wipe_folder, wipe_store

        def work() -> Any:
            store = getattr(self._local, "store", None)
            self.wiped = True
            self._local.store = None
            if store is not None:
                return wipe_store(store)
            from champion_app.store.erase import Unsent
            from sync.wipe import Wiped

            folder = self.attachments_dir or self.db_path.parent / "attachments"
            return Wiped(Unsent(0, 0, 0), wipe_folder(self.db_path, Path(folder)))

        op = Op(self, "wipe", work, network=False)
        op.raw = True  # on the DB worker, without opening the store it is about to delete
        return op

    def _submit(self, op: Op) -> None:
        if self._closed:
            log.warning("Operation %r refused: the task runner is shut down", op.name)
            return
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        progress = _DelayedProgress(op._progress_label, op._parent) if op._progress_label else None

        def work() -> None:
            try:
                result = op.fn() if op.network or op.raw else op.fn(self._store())
            except BaseException as exc:  # delivered to the main thread, never swallowed
                # Bound as a default: Python unbinds ``exc`` when the except block ends.
                self._bridge.deliver.emit(
                    lambda error=exc: self._finish(op, progress, None, error))
                return
            self._bridge.deliver.emit(lambda: self._finish(op, progress, result, None))

        (self._net if op.network else self._db).submit(work)

    def _finish(self, op: Op, progress: _DelayedProgress | None, result: Any,
                error: BaseException | None) -> None:
        if progress is not None:
            progress.done()
        self._pending -= 1
        try:
            if error is not None:
                log.info("Operation %r failed: %s", op.name, error,
                         exc_info=not _is_expected(error))
                if op._failure is not None:
                    op._failure(error)
                else:
                    self.failed.emit(op.name, error)
            else:
                if op._success is not None:
                    op._success(result)
                if isinstance(result, Changes):
                    self.announce(result, op._initiator)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Finish queued work, close the worker's Store on its own thread, join both pools."""
        if self._closed:
            return
        self._closed = True
        self._unlocked.set()  # work waiting for a key that never came stops now

        def close_store() -> None:
            store = getattr(self._local, "store", None)
            if store is not None:
                store.close()
                self._local.store = None

        self._db.submit(close_store)
        self._db.shutdown(wait=True)
        self._net.shutdown(wait=True, cancel_futures=True)
        log.debug("Task runner shut down")


_NOT_SHARED = frozenset({"open", "close", "write"})  # the worker's own to open and close


class _WorkerStore:
    """Stands in for a Store on a network thread (see `TaskRunner.worker_store`)."""

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self.path = runner.db_path
        self.attachments_dir = runner.attachments_dir or runner.db_path.parent / "attachments"

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_") or name in _NOT_SHARED or not callable(getattr(Store, name, None)):
            raise AttributeError(f"Store.{name} is not shared with other threads")

        def call(*args: Any, **kwargs: Any) -> Any:
            return self._runner._call_on_worker(lambda store: getattr(store, name)(*args, **kwargs))

        call.__name__ = name
        return call


def _is_expected(error: BaseException) -> bool:
    """Errors a person can act on are logged without a traceback."""
    from champion_app.errors import ChampionError
    from champion_app.records import RecordInvalid

    return isinstance(error, (ChampionError, RecordInvalid))


class _DelayedProgress:
    """A busy dialog that appears only if the work is still running after ~600 ms."""

    def __init__(self, label: str, parent: QWidget | None) -> None:
        self._dialog: QProgressDialog | None = None
        self._label = label
        self._parent = parent
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(PROGRESS_DELAY_MS)

    def _show(self) -> None:
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        dialog.setObjectName("progressDialog")
        dialog.setAccessibleName(self._label)
        dialog.setCancelButton(None)  # background work is not cancellable half-way
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self._dialog = dialog

    def done(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

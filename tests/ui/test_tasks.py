"""The task runner: work off the UI thread, results on it, one announcement per write."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget

from champion_app.errors import ChampionError
from champion_app.records import Draft
from champion_app.store import Changes

from .conftest import wait_idle


def test_db_work_runs_on_the_worker_and_results_come_back_on_main(qtbot, patch, runner):
    main = threading.get_ident()
    seen = {}

    def work(store):
        seen["worker"] = threading.get_ident()
        return store.estates()

    with qtbot.waitCallback() as done:
        runner.op("estates", work).success(done).run()
    assert seen["worker"] != main
    assert [e["id"] for e in done.args[0]] == ["est-alder", "est-brook", "est-castle"]


def test_a_write_announces_its_changes_once(qtbot, patch, runner):
    announced = []
    runner.changes_applied.connect(announced.append)
    with qtbot.waitSignal(runner.changes_applied):
        runner.op("save", lambda s: s.save_draft(Draft(kind="walkabout",
                                                       estate_id="est-alder"))).run()
    wait_idle(qtbot, runner)
    assert len(announced) == 1 and isinstance(announced[0], Changes)
    assert len(announced[0].record_ids) == 1


def test_failures_go_to_the_failure_callback_or_the_failed_signal(qtbot, patch, runner):
    def boom(_store):
        raise ChampionError("The estate is missing.")

    with qtbot.waitCallback() as failed:
        runner.op("boom", boom).failure(failed).run()
    assert failed.args[0].user_message == "The estate is missing."

    with qtbot.waitSignal(runner.failed) as unhandled:
        runner.op("boom again", boom).run()
    assert unhandled.args[0] == "boom again"


def test_network_work_gets_no_store(qtbot, runner):
    with qtbot.waitCallback() as done:
        runner.network_op("ping", lambda: "pong").success(done).run()
    assert done.args == ["pong"]


def test_progress_appears_only_for_slow_work(qtbot, patch, runner):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()

    with qtbot.waitCallback() as quick:
        runner.op("quick", lambda s: 1).with_progress("Working…", parent).success(quick).run()
    assert parent.findChildren(QProgressDialog) == []

    runner.op("slow", lambda s: release.wait(10)).with_progress("Working…", parent).run()

    def dialog_shown():  # held on the worker until the dialog is up: no race on timing
        assert any(d.isVisible() for d in parent.findChildren(QProgressDialog))

    qtbot.waitUntil(dialog_shown)
    release.set()
    wait_idle(qtbot, runner)

    def dialog_gone():
        assert not any(d.isVisible() for d in parent.findChildren(QProgressDialog))

    qtbot.waitUntil(dialog_gone)


def test_an_announcement_names_who_started_the_write(qtbot, patch, runner):
    announced = []
    runner.changes_applied.connect(announced.append)
    form = object()
    with qtbot.waitSignal(runner.changes_applied):
        runner.op("save", lambda s: s.save_draft(Draft(kind="walkabout", estate_id="est-alder"))
                  ).initiated_by(form).run()
    with qtbot.waitSignal(runner.changes_applied):
        runner.announce(Changes(outbox=True), runner)
    assert announced[0].initiator is form and announced[1].initiator is runner
    assert announced[0] == announced[0].started_by(None)  # who started it is not what changed


def test_the_worker_store_runs_store_calls_on_the_db_worker(qtbot, patch, runner):
    """Sync, connect and disconnect run on the network pool but write through this: one
    writer, the DB worker, whose thread does every store call."""
    worker = runner.worker_store()
    seen = {}

    def on_pool():
        seen["pool"] = threading.current_thread().name
        changes = worker.set_states({"a": 1, "b": 2})
        return changes, worker.get_state("b"), worker.path, worker.attachments_dir

    def where(store):
        return threading.current_thread().name, store.get_state("a")

    with qtbot.waitCallback() as done:
        runner.network_op("like a sync", on_pool).success(done).run()
    changes, b, path, attachments = done.args[0]
    assert changes.sync_state and b == "2" and seen["pool"].startswith("champion-net")
    assert path == runner.db_path and attachments == runner.attachments_dir
    with qtbot.waitCallback() as checked:
        runner.op("where", where).success(checked).run()
    assert checked.args[0][0].startswith("champion-db") and checked.args[0][1] == "1"


def test_the_worker_store_never_blocks_the_window_and_stops_when_closed(qtbot, db_path, tmp_path):
    from ui.tasks import TaskRunner

    runner = TaskRunner(db_path, tmp_path / "attachments")
    worker = runner.worker_store()
    with pytest.raises(RuntimeError, match="freeze the window"):
        worker.outbox_count()  # on the main thread
    with pytest.raises(AttributeError):
        worker.close  # noqa: B018 - the worker's own store is not the caller's to close
    runner.shutdown()
    outcome = []
    thread = threading.Thread(target=lambda: outcome.append(_try(worker.outbox_count)))
    thread.start()
    thread.join()
    assert isinstance(outcome[0], ChampionError) and "closing" in outcome[0].user_message


def _try(fn):
    try:
        return fn()
    except Exception as exc:  # the test inspects what was raised
        return exc

"""The task runner: work off the UI thread, results on it, one announcement per write."""

from __future__ import annotations

import threading

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

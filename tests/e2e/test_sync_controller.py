"""The Qt sync controller and connect dialog, with real widgets and the real server."""

import pytest

from champion_app.records import Draft
from tests.sync_helpers import assert_server_has_exactly, connected_store, doorstep, open_store
from ui.sync.connect_dialog import ConnectDialog, disconnect
from ui.sync.controller import SyncController
from ui.tasks import TaskRunner
from ui.timefmt import when


@pytest.fixture
def laptop(tmp_path, server):
    store = connected_store(tmp_path, server)
    yield store
    store.close()


@pytest.fixture
def runner(laptop):
    runner = TaskRunner(laptop.path, laptop.attachments_dir)
    yield runner
    runner.shutdown()


@pytest.fixture
def controller(runner):
    controller = SyncController(runner, watch_network=False, interval=3_600_000)
    yield controller
    controller.shutdown()


def test_sync_now_sends_everything_and_reports(qtbot, laptop, controller):
    doorstep(laptop, "from the window")
    states = []
    controller.status_changed.connect(
        lambda status: states.append((status.online, status.queued, when(status.last_sync_at))))
    with qtbot.waitSignal(controller.sync_finished, timeout=30_000) as finished:
        controller.sync_now()
    result = finished.args[0]
    assert result.complete and result.applied == 1
    qtbot.waitUntil(lambda: bool(states), timeout=10_000)
    online, queued, last = states[-1]
    assert online and queued == 0 and last != "never"


def test_never_two_syncs_at_once(qtbot, laptop, controller):
    doorstep(laptop)
    events = []
    controller.sync_started.connect(lambda: events.append("start"))
    controller.sync_finished.connect(lambda _r: events.append("end"))
    controller.request_sync()
    controller.sync_now()          # while the first runs: remembered, run after it
    controller.on_submitted()      # offline as far as it knows yet: ignored or merged
    qtbot.waitUntil(lambda: events.count("end") == 2, timeout=30_000)
    assert events == ["start", "end", "start", "end"]
    assert not controller.running


def test_a_revoked_laptop_is_asked_to_reconnect(qtbot, laptop, server, controller):
    doorstep(laptop)
    server.revoke_device(laptop.get_state("device_id"))
    with qtbot.waitSignal(controller.needs_reconnect, timeout=30_000) as asked:
        controller.request_sync()
    assert "Connect again" in asked.args[0]
    assert laptop.outbox_count() == 1


def test_the_connect_dialog_enrols_and_disconnect_revokes(qtbot, tmp_path, server):
    folder = tmp_path / "fresh"
    store = open_store(folder)
    runner = TaskRunner(store.path, store.attachments_dir)
    try:
        dialog = ConnectDialog(runner, server_url=server.url)
        qtbot.addWidget(dialog)
        dialog.code.setText("WRONG-CODE-0000")
        dialog.connect_button.click()
        qtbot.waitUntil(lambda: "not accepted" in dialog.message.text(), timeout=30_000)
        champion = server.add_champion("dialog-dee", ["E1"])
        dialog.code.setText(champion["code"])
        with qtbot.waitSignal(dialog.connected, timeout=30_000) as done:
            dialog.connect_button.click()
        assert done.args[0].username == "dialog-dee"
        assert "only your user account can read" in dialog.message.text()
        assert store.get_state("device_id")
        messages = []
        disconnect(runner, messages.append)
        qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
        assert "withdrawn" in messages[0]
        assert store.get_state("device_id") is None
    finally:
        runner.shutdown()
        store.close()


def test_a_submit_syncs_at_once_and_a_sync_does_not_trigger_another(qtbot, laptop, runner,
                                                                    controller):
    finished = []
    controller.sync_finished.connect(finished.append)
    with qtbot.waitSignal(controller.sync_finished, timeout=30_000):
        controller.request_sync()  # now it knows it is online
    assert controller.online

    def submit(store):
        record_id = store.save_draft(Draft(kind="doorstep", estate_id="E1", payload={
            "topics": ["repairs"], "what_was_said": "submitted in the window"})).record_id
        return store.submit(record_id)

    runner.op("submit", submit).run()
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=30_000)
    qtbot.waitUntil(lambda: not runner.busy and not controller.running, timeout=30_000)
    assert len(finished) == 2 and finished[1].applied == 1
    assert laptop.outbox_count() == 0


def test_sync_connect_and_disconnect_write_only_through_the_db_worker(
        qtbot, tmp_path, server, monkeypatch):
    """One writer: no store is opened on the network pool, and submits made while a sync runs
    queue behind its store work instead of racing it for SQLite's lock; nothing is lost."""
    import threading

    from champion_app.store import store as store_module

    opened_on = []
    real_open = store_module.open_database

    def recording_open(path, *args, **kwargs):
        opened_on.append(threading.current_thread().name)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(store_module, "open_database", recording_open)
    folder = tmp_path / "one-writer"
    laptop = open_store(folder)
    runner = TaskRunner(laptop.path, laptop.attachments_dir)
    controller = SyncController(runner, watch_network=False, interval=3_600_000)
    try:
        champion = server.add_champion("one-writer-wyn", ["E1"])
        dialog = ConnectDialog(runner, server_url=server.url)
        qtbot.addWidget(dialog)
        dialog.code.setText(champion["code"])
        with qtbot.waitSignal(dialog.connected, timeout=30_000):
            dialog.connect_button.click()
        for n in range(3):
            doorstep(laptop, f"before the sync {n}")
        finished = []
        controller.sync_finished.connect(finished.append)
        controller.sync_now()
        for n in range(10):  # submitted while the sync runs, through the DB worker
            runner.op("submit", lambda store, n=n: doorstep(store, f"during {n}")).run()
        qtbot.waitUntil(lambda: bool(finished) and not runner.busy, timeout=60_000)
        with qtbot.waitSignal(controller.sync_finished, timeout=60_000) as again:
            controller.request_sync()
        assert again.args[0].complete
        assert_server_has_exactly(server, laptop)
        messages = []
        disconnect(runner, messages.append)
        qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
        assert "withdrawn" in messages[0] and laptop.get_state("device_id") is None
        assert opened_on and all(name.startswith("champion-db") for name in opened_on[1:]), \
            opened_on  # the first is this test's own store, on the main thread
    finally:
        controller.shutdown()
        runner.shutdown()
        laptop.close()


def test_the_status_after_a_sync_needs_no_database_read(qtbot, laptop, runner, controller):
    """The result carries what the window shows: the controller reads nothing after it."""
    doorstep(laptop, "counted")
    ops = []
    real_op = runner.op
    runner.op = lambda name, fn: ops.append(name) or real_op(name, fn)
    with qtbot.waitSignal(controller.status_changed, timeout=30_000,
                          check_params_cb=lambda status: not status.busy) as shown:
        controller.sync_now()
    status = shown.args[0]
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert status.online and status.queued == 0 and status.last_sync_at
    assert status.last_sync_at == laptop.get_state("last_sync_at")
    assert "Sent 1" in status.message and not status.error
    assert ops == []


def test_the_last_sync_of_an_earlier_session_stays_shown_when_this_one_fails(
        qtbot, laptop, server, runner):
    from tests.sync_helpers import sync

    earlier = sync(laptop)
    server.revoke_device(laptop.get_state("device_id"))
    controller = SyncController(runner, watch_network=False, interval=3_600_000)
    try:
        with qtbot.waitSignal(controller.sync_finished, timeout=30_000):
            controller.start()
        status = controller.status
        assert status.last_sync_at == earlier.finished_at  # the failed one does not count
        assert "Connect again" in status.error and not status.busy and status.queued == 0
    finally:
        controller.shutdown()

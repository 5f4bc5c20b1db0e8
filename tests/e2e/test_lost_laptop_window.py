"""The lost-laptop drill and a disconnect in the window: real widgets, the real server."""

from __future__ import annotations

import pytest

from champion_app.vault import unlock
from tests.keys import UNLOCKER
from tests.sync_helpers import connected_store, doorstep
from ui.main_window import MainWindow
from ui.security import lock_screen as pages
from ui.security.disconnect import DELETE, KEEP, SEND, DisconnectFlow
from ui.security.session import PIN_KEY, SecuritySession
from ui.sync.controller import SyncController
from ui.tasks import TaskRunner


@pytest.fixture
def app(qtbot, tmp_path, server):
    laptop = connected_store(tmp_path / "data", server)
    laptop.set_state(PIN_KEY, "$argon2id$set-already")  # the PIN was chosen earlier
    runner = TaskRunner(laptop.path, laptop.attachments_dir, locked=True)
    window = MainWindow(runner)
    qtbot.addWidget(window)
    session = SecuritySession(window, runner, laptop.path, UNLOCKER)
    window.security = session
    window.load()
    window.show()
    session.start()  # the test unlocker's passphrase comes from CHAMPION_PASSPHRASE
    qtbot.waitUntil(lambda: not window.is_locked, timeout=20_000)
    controller = SyncController(runner, window, watch_network=False, interval=3_600_000)
    window.set_sync_controller(controller)
    controller.wipe_requested.connect(lambda: session.wipe(remote=True))
    yield laptop, runner, window, session, controller
    controller.shutdown()
    runner.shutdown()
    laptop.close()


def test_the_next_sync_of_a_revoked_and_wiped_laptop_deletes_its_data_and_says_so(
        qtbot, app, server, coordinator, tmp_path):
    laptop, runner, window, session, controller = app
    doorstep(laptop, "Never sent: the laptop was lost first")
    status, _ = server.request("POST", f"/devices/{laptop.get_state('device_id')}/revoke"
                               "?wipe=true", token=coordinator["token"])
    assert status == 204
    controller.sync_now()
    qtbot.waitUntil(lambda: window.lock_screen.page == pages.WIPED, timeout=30_000)
    text = window.lock_screen.wiped_text.text()
    assert "withdrawn this laptop's access" in text and "1 item(s)" in text
    assert window.is_locked and not window.menuBar().isEnabled()
    assert not (tmp_path / "data" / "champion.db").exists()
    assert not (tmp_path / "data" / "key.json").exists()
    assert not (tmp_path / "data" / "attachments").exists()


def test_disconnect_with_nothing_unsent_deletes_the_data(qtbot, app, tmp_path, monkeypatch):
    laptop, runner, window, session, controller = app
    asked = []
    monkeypatch.setattr(DisconnectFlow, "ask_choice", classmethod(
        lambda cls, parent, text, choices: asked.append((text, choices)) or DELETE))
    window.disconnect_from_landlord()
    qtbot.waitUntil(lambda: window.lock_screen.page == pages.WIPED, timeout=30_000)
    assert [key for key, _label in asked[0][1]] == [DELETE]
    assert "no longer connected" in window.lock_screen.wiped_text.text()
    assert not (tmp_path / "data" / "champion.db").exists()


def test_disconnect_with_unsent_work_offers_to_send_it_first(qtbot, app, server, tmp_path,
                                                             monkeypatch):
    laptop, runner, window, session, controller = app
    doorstep(laptop, "Queued before leaving")
    asked = []
    monkeypatch.setattr(DisconnectFlow, "ask_choice", classmethod(
        lambda cls, parent, text, choices: asked.append((text, choices)) or SEND))
    window.disconnect_from_landlord()
    qtbot.waitUntil(lambda: window.lock_screen.page == pages.WIPED, timeout=30_000)
    text, choices = asked[0]
    assert "1 item(s) waiting to be sent" in text
    assert [key for key, _label in choices] == [SEND, KEEP]
    from tests.sync_helpers import server_versions
    assert any(v["payload"]["what_was_said"] == "Queued before leaving"
               for vs in server_versions(server).values() for v in vs)


def test_disconnect_keeping_the_data_withdraws_access_only(qtbot, app, monkeypatch, tmp_path):
    laptop, runner, window, session, controller = app
    doorstep(laptop, "Kept on the laptop")
    monkeypatch.setattr(DisconnectFlow, "ask_choice", classmethod(
        lambda cls, parent, text, choices: KEEP))
    window.disconnect_from_landlord()
    qtbot.waitUntil(lambda: laptop.get_state("device_id") is None, timeout=30_000)
    assert not window.is_locked and (tmp_path / "data" / "champion.db").exists()
    assert laptop.outbox_count() == 1
    assert unlock.default() is UNLOCKER

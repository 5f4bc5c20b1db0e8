"""A champion's app and a coordinator's app, each with its own data folder, on one live server.

Real windows offscreen, real task runners and sync controllers, the real server on loopback.
Reusable by any end-to-end test of the loop between champions and coordinators::

    # tests/e2e/conftest.py makes champion_app and coordinator_app fixtures of that folder

    def test_something(qtbot, champion_app, coordinator_app):
        record_id = champion_app.submit_doorstep(qtbot, "Lift broken again")
        coordinator_app.sync(qtbot)
        ...

Each test gets fresh accounts and folders (unique usernames) on the module's server. A
coordinator sees every record of the landlord, so a test narrows the queue to its own
champion (`App.user_id`) where other tests' records would get in the way.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit

from champion_app.store import Store
from sync import connection
from sync.errors import SyncError
from ui.main_window import MainWindow
from ui.sync.controller import SyncController
from ui.tasks import TaskRunner


@dataclass
class App:
    """One laptop: its folder, runner, window and sync controller."""

    folder: Path
    runner: TaskRunner
    window: MainWindow
    controller: SyncController
    user_id: str

    def store(self) -> Store:
        """A second connection for the test to read what the app wrote (close it)."""
        return Store.open(self.folder / "champion.db")

    def idle(self, qtbot) -> None:
        qtbot.waitUntil(lambda: not self.runner.busy and not self.controller.running,
                        timeout=30_000)

    def sync(self, qtbot):
        """Sync now (as F5 does) and wait for it, and for the views it refreshes."""
        self.idle(qtbot)
        with qtbot.waitSignal(self.controller.sync_finished, timeout=60_000) as done:
            self.controller.sync_now()
        result = done.args[0]
        assert not isinstance(result, SyncError), result
        self.idle(qtbot)
        return result

    def submit_doorstep(self, qtbot, said: str, *, hazard: str = "none", complain=False,
                        estate: str = "E1") -> str:
        """Fill a doorstep form through its widgets and submit it; the record id."""
        window = self.window
        window.show_page("visit")
        form = window.visit.new_record("doorstep")
        combo = form.field("estate_id")
        combo.setCurrentIndex(combo.findData(estate))
        form.findChild(QCheckBox, "topics_repairs").click()
        form.findChild(QPlainTextEdit, "what_was_said").setPlainText(said)
        if hazard != "none":
            hazard_combo = form.field("payload.hazard")
            hazard_combo.setCurrentIndex(hazard_combo.findData(hazard))
            form.findChild(QPlainTextEdit, "hazard_details").setPlainText(
                "Black mould across the bedroom ceiling.")
        if complain:
            form.findChild(QCheckBox, "complaint_offered").click()
            form.findChild(QCheckBox, "complaint_wants").click()
        with qtbot.waitSignal(window.visit.submitted, timeout=10_000) as submitted:
            window.visit.submit_button.click()
        self.idle(qtbot)
        return submitted.args[0]


def _open(qtbot, folder: Path, server, **credentials) -> App:
    folder.mkdir(parents=True, exist_ok=True)
    with Store.open(folder / "champion.db") as store:
        connection.connect(store, server.url, **credentials)
        user_id = store.get_state("user_id")
    runner = TaskRunner(folder / "champion.db", folder / "attachments")
    window = MainWindow(runner)
    qtbot.addWidget(window)
    controller = SyncController(runner, window, watch_network=False, interval=3_600_000)
    window.set_sync_controller(controller)
    window.load()
    window.resize(1366, 768)
    window.show()
    app = App(folder, runner, window, controller, user_id)
    app.sync(qtbot)  # the patch, the worklist, and (for coordinators) everyone's records
    qtbot.waitUntil(lambda: bool(window.ref.estates), timeout=30_000)
    return app


def _close(app: App) -> None:
    app.controller.shutdown()
    app.window.close()
    app.runner.shutdown()


@pytest.fixture
def champion_app(qtbot, tmp_path, server):
    """A champion (patch E1 and E2) enrolled with a one-time code, window open."""
    name = f"champ-{uuid.uuid4().hex[:6]}"
    champion = server.add_champion(name, ["E1", "E2"], display_name="Amir Khan")
    app = _open(qtbot, tmp_path / "champion", server, code=champion["code"])
    yield app
    _close(app)


def _coordinator(qtbot, folder: Path, server, display_name: str):
    name = f"coord-{uuid.uuid4().hex[:6]}"
    server.add_coordinator(name, "correct horse 42", display_name=display_name)
    app = _open(qtbot, folder, server, username=name, password="correct horse 42")
    yield app
    _close(app)


@pytest.fixture
def coordinator_app(qtbot, tmp_path, server):
    """A coordinator signed in with a password, window open."""
    yield from _coordinator(qtbot, tmp_path / "coordinator", server, "Cora Evans")


@pytest.fixture
def other_coordinator_app(qtbot, tmp_path, server):
    """A second coordinator on another laptop (two people editing one action)."""
    yield from _coordinator(qtbot, tmp_path / "coordinator2", server, "Bob Adeyemi")

"""UI test fixtures: a real SQLite file in tmp_path, a task runner joined at teardown."""

from __future__ import annotations

import pytest

from champion_app.demo import load_patch
from champion_app.store import Store
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "champion.db"


@pytest.fixture
def patch(db_path):
    """The demo patch's reference data (no sample records), written before the UI starts."""
    with Store.open(db_path) as store:
        load_patch(store)
    return db_path


@pytest.fixture
def runner(db_path, tmp_path):
    runner = TaskRunner(db_path, tmp_path / "attachments")
    yield runner
    runner.shutdown()  # finishes queued work and joins the DB worker and the pool


@pytest.fixture
def read_store(db_path):
    """A Store for the test's own thread, to read back what the UI wrote."""
    stores = []

    def opener() -> Store:
        store = Store.open(db_path)
        stores.append(store)
        return store

    yield opener
    for store in stores:
        store.close()


def wait_idle(qtbot, runner) -> None:
    def idle():
        assert not runner.busy

    qtbot.waitUntil(idle, timeout=10_000)


@pytest.fixture
def window(qtbot, patch, runner):
    window = MainWindow(runner)
    qtbot.addWidget(window)
    window.load()
    window.show()

    def loaded():
        assert window.ref.estates

    qtbot.waitUntil(loaded)
    wait_idle(qtbot, runner)
    return window


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """A modal question would block a headless test for ever: answer them in advance."""
    from PySide6.QtWidgets import QMessageBox

    from ui.forms.page import VisitPage
    from ui.log.view import LogPage

    monkeypatch.setattr(VisitPage, "ask_unsaved",
                        classmethod(lambda cls, parent: QMessageBox.StandardButton.Discard))
    monkeypatch.setattr(LogPage, "confirm_delete", classmethod(lambda cls, parent, d: True))

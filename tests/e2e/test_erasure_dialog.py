"""A coordinator erases a home's records from the app: the dialog, the real server, and the
coordinator's own laptop afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from sync import connection
from tests.sync.test_erasure_on_the_laptop import with_photo
from tests.sync_helpers import connected_store, open_store, sync
from ui.refdata import RefData
from ui.security.erasure import ErasureDialog
from ui.tasks import TaskRunner


def test_the_coordinator_finds_then_erases_a_homes_records(qtbot, tmp_path, server,
                                                           monkeypatch):
    server.add_coordinator("dialog-coord", "correct horse 42")
    champion = connected_store(tmp_path / "champion", server)
    erased, photo = with_photo(champion, tmp_path, "About flat H1", "h1", home_id="H1")
    with_photo(champion, tmp_path, "Elsewhere", "elsewhere")
    assert sync(champion).complete
    office = open_store(tmp_path / "office")
    connection.connect(office, server.url, username="dialog-coord", password="correct horse 42")
    sync(office)
    ref = RefData.load(office)
    runner = TaskRunner(office.path, office.attachments_dir)
    try:
        from ui.main_window import MainWindow

        window = MainWindow(runner)
        qtbot.addWidget(window)
        window.refresh_status()  # reads the role the server gave this laptop's account
        action = window.erase_action
        qtbot.waitUntil(action.isVisible, timeout=10_000)  # a coordinator's laptop
        assert action.isEnabled() and action in window.findChild(QMenu, "menuSync").actions()
        dialog = ErasureDialog(runner, ref)
        qtbot.addWidget(dialog)
        dialog.home.setCurrentIndex(dialog.home.findData("H1"))
        dialog.find_button.click()
        qtbot.waitUntil(lambda: dialog.records.count() == 1, timeout=30_000)
        assert "1 record(s)" in dialog.summary.text() and "1 photo(s)" in dialog.summary.text()
        assert "1 Ash House" in dialog.records.item(0).text()
        asked = []
        monkeypatch.setattr(ErasureDialog, "confirm",
                            classmethod(lambda cls, parent, n: asked.append(n) or True))
        with qtbot.waitSignal(dialog.erased, timeout=30_000) as done:
            dialog.erase_button.click()
        assert asked == [1] and [r.record_id for r in done.args[0].records] == [erased]
    finally:
        runner.shutdown()
    sync(office)
    sync(champion)
    for store in (office, champion):
        assert erased not in {r.record_id for r in store.list_records()}
    assert not champion.attachment_path(photo).exists()
    office.close()
    champion.close()


def test_the_erasure_action_is_hidden_from_champions(qtbot, tmp_path, server):
    champion = connected_store(tmp_path / "champion", server)
    runner = TaskRunner(champion.path, champion.attachments_dir)
    try:
        from ui.main_window import MainWindow

        window = MainWindow(runner)
        qtbot.addWidget(window)
        window.refresh_status()
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        assert not window.erase_action.isVisible()
    finally:
        runner.shutdown()
        champion.close()

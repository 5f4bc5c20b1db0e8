"""The lock screen: opening the data with a keyring or a passphrase, the PIN, the idle lock
and the wipe notice, with real widgets offscreen and a real encrypted store."""

from __future__ import annotations

import pytest

from champion_app.records import Draft
from champion_app.vault import PASSPHRASE, Unlocker, Vault
from tests.core.test_vault import DictKeyring
from tests.keys import CHEAP_KDF
from ui.main_window import MainWindow
from ui.security import lock_screen as pages
from ui.security.session import PIN_KEY, SecuritySession
from ui.tasks import TaskRunner

PASS = "a long enough passphrase"


class App:
    """One start of the app on a data folder: window, locked runner, lock screen session."""

    def __init__(self, qtbot, folder, unlocker: Unlocker) -> None:
        self.runner = TaskRunner(folder / "champion.db", folder / "attachments", locked=True)
        self.window = MainWindow(self.runner)
        qtbot.addWidget(self.window)
        self.quit = []
        self.session = SecuritySession(self.window, self.runner, folder / "champion.db",
                                       unlocker, quit_app=lambda: self.quit.append(1))
        self.window.security = self.session
        self.window.load()  # queued now: waits on the DB worker for the key
        self.window.show()
        self.screen = self.window.lock_screen
        self.session.start()

    def page(self) -> int:
        return self.screen.page

    def close(self) -> None:
        self.runner.shutdown()


@pytest.fixture(autouse=True)
def nobody_set_a_passphrase_for_us(monkeypatch):
    monkeypatch.delenv("CHAMPION_PASSPHRASE", raising=False)  # conftest sets it for the rest


@pytest.fixture
def start(qtbot, tmp_path):
    apps = []

    def starter(unlocker: Unlocker) -> App:
        app = App(qtbot, tmp_path / "data", unlocker)
        apps.append(app)
        return app

    yield starter
    for app in apps:
        app.close()


def no_keyring() -> Unlocker:
    return Unlocker(None, kdf=CHEAP_KDF)


def set_pin(qtbot, app: App, pin: str = "2468") -> None:
    qtbot.waitUntil(lambda: app.page() == pages.PIN_SETUP, timeout=10_000)
    assert "15 minutes" in app.screen.pin_setup_note.text()
    app.screen.new_pin.setText(pin)
    app.screen.new_pin_again.setText(pin[::-1])
    app.screen.findChild(type(app.screen.unlock_button), "lockSetPin").click()
    assert "not the same" in app.screen.pin_setup_error.text()
    app.screen.new_pin.setText(pin)
    app.screen.new_pin_again.setText(pin)
    app.screen.findChild(type(app.screen.unlock_button), "lockSetPin").click()
    qtbot.waitUntil(lambda: not app.window.is_locked, timeout=10_000)


def test_without_a_keyring_the_app_says_so_and_a_passphrase_protects_the_data(
        qtbot, start, tmp_path):
    app = start(no_keyring())
    assert app.window.is_locked and not app.window.menuBar().isEnabled()
    qtbot.waitUntil(lambda: app.page() == pages.NEW_PASSPHRASE, timeout=10_000)
    shown = app.screen.findChild(type(app.screen.message), "lockNewPassphraseNote").text()
    assert "no system keyring" in shown
    app.screen.new_passphrase.setText("short")
    app.screen.new_passphrase_again.setText("short")
    app.screen.findChild(type(app.screen.unlock_button), "lockChoosePassphrase").click()
    assert "at least 8" in app.screen.new_passphrase_error.text()
    app.screen.new_passphrase.setText(PASS)
    app.screen.new_passphrase_again.setText(PASS)
    app.screen.findChild(type(app.screen.unlock_button), "lockChoosePassphrase").click()
    set_pin(qtbot, app)
    assert app.window.findChild(type(app.window.new_action), "actionGo_log").isEnabled()
    assert Vault(tmp_path / "data").kind() == PASSPHRASE
    # The window's first loads, queued before the key was known, ran after it.
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=10_000)
    app.runner.op("note", lambda store: store.save_draft(Draft(
        kind="doorstep", estate_id="e1", payload={"what_was_said": "private"}))).run()
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=10_000)
    app.close()

    again = start(no_keyring())  # a restart: the passphrase is asked for
    qtbot.waitUntil(lambda: again.page() == pages.PASSPHRASE, timeout=10_000)
    again.screen.passphrase.setText("not the passphrase")
    again.screen.unlock_button.click()
    qtbot.waitUntil(lambda: "not right" in again.screen.passphrase_error.text(),
                    timeout=10_000)
    assert again.window.is_locked
    again.screen.passphrase.setText(PASS)
    again.screen.unlock_button.click()
    qtbot.waitUntil(lambda: not again.window.is_locked, timeout=10_000)  # PIN set: no setup


def test_with_a_keyring_a_restart_opens_without_asking(qtbot, start):
    ring = DictKeyring()
    app = start(Unlocker(lambda: ring))
    set_pin(qtbot, app)
    assert ring.items  # the key is in the keyring, not in a file
    app.close()
    again = start(Unlocker(lambda: ring))
    qtbot.waitUntil(lambda: not again.window.is_locked, timeout=10_000)
    assert again.page() == pages.OPENING  # it went straight through: nothing was asked


def test_the_idle_lock_hides_everything_and_the_pin_opens_it(qtbot, start):
    app = start(no_keyring())
    qtbot.waitUntil(lambda: app.page() == pages.NEW_PASSPHRASE, timeout=10_000)
    app.screen.new_passphrase.setText(PASS)
    app.screen.new_passphrase_again.setText(PASS)
    app.screen.findChild(type(app.screen.unlock_button), "lockChoosePassphrase").click()
    set_pin(qtbot, app, "13579")
    app.window.show_page("log")
    from PySide6.QtWidgets import QDialog
    dialog = QDialog(app.window)  # e.g. a record's details, left open
    dialog.open()
    app.session._idle.start(50)  # the landlord's minutes, shortened
    qtbot.waitUntil(lambda: app.window.is_locked, timeout=5_000)
    assert not dialog.isVisible()
    assert app.page() == pages.LOCKED
    assert app.window.shell.currentWidget() is app.screen  # no page of data is shown
    go_log = app.window.findChild(type(app.window.new_action), "actionGo_log")
    assert not go_log.isEnabled() and not app.window.menuBar().isEnabled()
    for _attempt in range(4):
        app.screen.pin.setText("0000")
        app.screen.pin_button.click()
        qtbot.waitUntil(lambda: "not right" in app.screen.pin_error.text(), timeout=10_000)
        app.screen.pin_error.setText("")
    app.screen.pin.setText("13579")
    app.screen.pin_button.click()
    qtbot.waitUntil(lambda: not app.window.is_locked, timeout=10_000)
    assert go_log.isEnabled()
    # Five wrong PINs: the passphrase is needed instead.
    app.session.lock()
    for _attempt in range(5):
        app.screen.pin.setText("1111")
        app.screen.pin_button.click()
        qtbot.waitUntil(lambda: not app.runner.busy and app.screen.pin_button.isEnabled()
                        or app.page() == pages.PASSPHRASE, timeout=10_000)
    assert app.page() == pages.PASSPHRASE and "Too many wrong PINs" in \
        app.screen.passphrase_note.text()
    app.screen.passphrase.setText(PASS)
    app.screen.unlock_button.click()
    qtbot.waitUntil(lambda: not app.window.is_locked, timeout=10_000)


def test_the_pin_is_kept_hashed_inside_the_encrypted_database(qtbot, start, tmp_path):
    app = start(no_keyring())
    qtbot.waitUntil(lambda: app.page() == pages.NEW_PASSPHRASE, timeout=10_000)
    app.screen.new_passphrase.setText(PASS)
    app.screen.new_passphrase_again.setText(PASS)
    app.screen.findChild(type(app.screen.unlock_button), "lockChoosePassphrase").click()
    set_pin(qtbot, app, "97531")
    stored = []
    app.runner.op("read", lambda store: stored.append(store.get_state(PIN_KEY))).run()
    qtbot.waitUntil(lambda: bool(stored), timeout=10_000)
    assert stored[0].startswith("$argon2id$") and "97531" not in stored[0]
    assert b"97531" not in (tmp_path / "data" / "champion.db").read_bytes()


def test_a_wipe_deletes_the_data_and_says_what_was_unsent(qtbot, start, tmp_path,
                                                         monkeypatch):
    from champion_app.vault import unlock

    ring = DictKeyring()
    unlocker = Unlocker(lambda: ring)
    monkeypatch.setattr(unlock, "_default", unlocker)  # as ui/app.py installs it
    app = start(unlocker)
    set_pin(qtbot, app)
    app.runner.op("note", lambda store: store.save_draft(Draft(
        kind="doorstep", estate_id="e1", payload={"what_was_said": "never sent"}))).run()
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=10_000)
    app.session.wipe(remote=True)
    qtbot.waitUntil(lambda: app.page() == pages.WIPED, timeout=10_000)
    text = app.screen.wiped_text.text()
    assert "asked for its data to be deleted" in text and "1 item(s)" in text
    assert app.window.is_locked and not ring.items
    assert not (tmp_path / "data" / "champion.db").exists()
    assert not (tmp_path / "data" / "key.json").exists()
    app.screen.findChild(type(app.screen.unlock_button), "lockWipedQuit").click()
    assert app.quit == [1]


def test_a_coordinators_photo_opens_inside_the_app_from_the_encrypted_file(qtbot, tmp_path):
    # The record pane used to hand the photo's file to the system's viewer: with the file
    # encrypted that shows nothing, and a decrypted copy would leave the photo on disk.
    from tests.core.test_encryption import jpeg
    from tests.sync_helpers import open_store
    from ui.photo_view import PhotoDialog

    store = open_store(tmp_path / "office")
    picture = tmp_path / "mould.jpg"
    picture.write_bytes(jpeg("mould"))
    sha = store.add_photo(picture)["sha256"]
    assert store.read_photo(sha) not in store.attachment_path(sha).read_bytes()
    dialog = PhotoDialog(store.read_photo(sha))
    qtbot.addWidget(dialog)
    assert dialog.picture.pixmap() is not None and not dialog.picture.pixmap().isNull()
    damaged = PhotoDialog(b"not a photo")
    qtbot.addWidget(damaged)
    assert "cannot be shown" in damaged.picture.text()
    store.close()

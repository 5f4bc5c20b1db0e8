"""Opening the data at start, the idle lock, and a wipe: what the lock screen's answers do.

At start the window shows the lock screen while the key is found off the UI thread (the
keyring lookup costs tens of milliseconds, a passphrase 0.45 s of argon2); database work the
window queued meanwhile waits on the DB worker (`TaskRunner(locked=True)`). With a keyring
nothing is asked. Without one, the person types (or, the first time, chooses) a passphrase,
and the screen says plainly why.

After the first opening the person chooses a PIN: the app locks itself after the landlord's
idle time (setting ``idle_lock_minutes``, 15 by default) and the PIN opens it again. The PIN
is a gate over a key still in memory, not a key: its argon2 hash is kept inside the
encrypted database, and five wrong tries end it (the passphrase, or closing the app, then).
It protects against someone at an unlocked laptop, not against memory forensics; with a
keyring, restarting the app opens it as the desktop login does (docs/security.md).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from champion_app.entities import IDLE_LOCK_DEFAULT, IDLE_LOCK_KEY, idle_lock_minutes
from champion_app.vault import PASSPHRASE, BadPassphrase, Keys, NeedsPassphrase, Unlocker
from champion_app.vault.prompt import ENV_PASSPHRASE
from ui.errors import user_message
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

PIN_KEY = "lock_pin_hash"
MAX_PIN_TRIES = 5
_USER_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                         QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def pin_matches(store, pin: str) -> bool:
    """On the DB worker: the PIN against its hash in the (encrypted) database."""
    from argon2.exceptions import InvalidHashError, VerificationError

    stored = store.get_state(PIN_KEY)
    try:
        return bool(stored) and _hasher().verify(stored, pin)
    except (VerificationError, InvalidHashError):
        return False


class SecuritySession(QObject):
    keys_ready = Signal()      # the key was found: database work goes ahead (once)
    opened = Signal()          # the data is open and shown (after the first unlock, each unlock)
    locked = Signal()

    def __init__(self, window, runner: TaskRunner, db_path: Path, unlocker: Unlocker, *,
                 quit_app: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.db_path = Path(db_path)
        self.unlocker = unlocker
        self.screen = window.lock_screen
        self.quit_app = quit_app or QApplication.quit
        self.kind: str | None = None
        self.minutes = IDLE_LOCK_DEFAULT
        self.is_open = False
        self.wiped = False
        self._state = "start"          # start | relock: what a passphrase typed now is for
        self._tries = 0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lock)
        screen = self.screen
        screen.passphrase_entered.connect(self._passphrase_entered)
        screen.passphrase_chosen.connect(self._passphrase_chosen)
        screen.pin_chosen.connect(self._pin_chosen)
        screen.pin_entered.connect(self._pin_entered)
        screen.use_passphrase.connect(self._use_passphrase)
        screen.quit_requested.connect(lambda: self.quit_app())
        runner.changes_applied.connect(self._changes)

    # -- opening -------------------------------------------------------------------------------
    def start(self) -> None:
        self.window.set_locked(True)
        self.screen.show_opening()
        self.runner.network_op("find the key", self._find_key).success(self._key_found) \
            .failure(self._not_opened).run()

    def _vault(self):
        from champion_app.vault import Vault

        return Vault(self.db_path.parent, self.unlocker.secrets, demo=self.unlocker.demo,
                     db_path=self.db_path, kdf=self.unlocker.kdf)

    def _find_key(self):
        """On a pool thread: the keys, or ("ask", new) when a passphrase is needed."""
        vault = self._vault()
        self.kind = vault.kind()
        if vault.needs_passphrase():
            from_env = os.environ.get(ENV_PASSPHRASE)
            if from_env:  # unattended use (docs/security.md): as the headless commands do
                return self._ready(vault, vault.unlock(from_env))
            return ("ask", self.kind is None)
        return self._ready(vault, vault.unlock())

    def _ready(self, vault, keys: Keys) -> Keys:
        """On the pool thread, with the keys: note where they live, remember them."""
        self.kind = vault.kind()
        self.unlocker.remember(self.db_path.parent, keys)
        return keys

    def _key_found(self, found) -> None:
        if isinstance(found, Keys):
            self._unlocked(found)
        elif found[1]:
            self.screen.show_new_passphrase()
        else:
            self.screen.show_passphrase()

    def _not_opened(self, error: BaseException) -> None:
        if isinstance(error, NeedsPassphrase):
            (self.screen.show_new_passphrase if error.new else self.screen.show_passphrase)(
                user_message(error) if error.new else "")
            return
        log.error("cannot open the data: %s", error)
        self.screen.show_message(user_message(error))

    def _passphrase_entered(self, passphrase: str) -> None:
        if self._state == "relock":
            vault = self._vault()
            self.runner.network_op("check the passphrase",
                                   lambda: vault.check_passphrase(passphrase)) \
                .success(lambda ok: self.open_window() if ok else self.screen.show_passphrase(
                    self.tr("That passphrase is not right. Try again."))) \
                .failure(self._not_opened).run()
            return
        vault = self._vault()
        self.runner.network_op("unlock", lambda: self._ready(vault, vault.unlock(passphrase))) \
            .success(self._unlocked).failure(self._passphrase_refused).run()

    def _passphrase_chosen(self, passphrase: str) -> None:
        vault = self._vault()
        self.runner.network_op("protect the data",
                               lambda: self._ready(vault, vault.create(passphrase))) \
            .success(self._unlocked).failure(self._passphrase_refused).run()

    def _passphrase_refused(self, error: BaseException) -> None:
        if isinstance(error, BadPassphrase):
            self.screen.show_passphrase(self.tr("That passphrase is not right. Nothing has "
                                                "been changed; try again."))
        else:
            self._not_opened(error)

    def _unlocked(self, keys: Keys) -> None:
        self.runner.unlock(keys)
        self.keys_ready.emit()

        def read(store):
            return store.get_state(PIN_KEY), idle_lock_minutes(store.settings())

        self.runner.op("lock settings", read).success(self._lock_settings) \
            .failure(self._not_opened).run()

    def _lock_settings(self, values) -> None:
        pin_hash, self.minutes = values
        if pin_hash:
            self.open_window()
        else:
            self.screen.show_pin_setup(self.minutes)

    def _pin_chosen(self, pin: str) -> None:
        self.runner.op("set the PIN", lambda store: store.set_state(PIN_KEY, _hasher().hash(pin))) \
            .success(lambda _changes: self.open_window()).failure(self._not_opened).run()

    def open_window(self) -> None:
        self._state, self._tries = "open", 0
        self.is_open = True
        self.window.set_locked(False)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._restart_idle()
        self.opened.emit()
        log.info("data open; locks after %d idle minute(s)", self.minutes)

    # -- the idle lock -------------------------------------------------------------------------
    def _restart_idle(self) -> None:
        if self.is_open and not self.wiped:
            self._idle.start(self.minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _USER_INPUT and self.is_open and self._state == "open":
            self._restart_idle()
        return False

    def _changes(self, changes) -> None:
        if getattr(changes, "reference", False) and self.is_open:
            self.runner.op("lock settings", lambda store: idle_lock_minutes(store.settings())) \
                .success(self._set_minutes).run()

    def _set_minutes(self, minutes: int) -> None:
        if minutes != self.minutes:
            self.minutes = minutes
            self._restart_idle()

    def lock(self) -> None:
        """Hide everything behind the lock screen until the PIN (or passphrase) is typed."""
        if not self.is_open or self._state != "open" or self.wiped:
            return
        self._state, self._tries = "locked", 0
        self._idle.stop()
        for widget in QApplication.topLevelWidgets():  # a dialog may show residents' data
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.window.set_locked(True)
        self.screen.show_locked(can_use_passphrase=self.kind == PASSPHRASE)
        self.locked.emit()
        log.info("locked after %d idle minute(s)", self.minutes)

    def _pin_entered(self, pin: str) -> None:
        self.screen.pin_button.setEnabled(False)
        self.runner.op("check the PIN", lambda store: pin_matches(store, pin)) \
            .success(self._pin_checked).failure(self._not_opened).run()

    def _pin_checked(self, ok: bool) -> None:
        if ok:
            self.open_window()
            return
        self._tries += 1
        left = MAX_PIN_TRIES - self._tries
        if left > 0:
            self.screen.show_locked(can_use_passphrase=self.kind == PASSPHRASE, error=self.tr(
                "That PIN is not right. Tries left before it stops working: %1.").replace(
                "%1", str(left)))
        elif self.kind == PASSPHRASE:
            self._use_passphrase(self.tr("Too many wrong PINs: type your passphrase instead."))
        else:
            self.screen.show_message(self.tr(
                "Too many wrong PINs, so Estate Champion is staying locked. Close it; opening "
                "it again needs you to be signed in to this computer as yourself."))

    def _use_passphrase(self, note: str = "") -> None:
        self._state = "relock"
        self.screen.show_passphrase(note=note or self.tr(
            "Type the passphrase you chose when Estate Champion was set up on this laptop."))

    # -- a wipe --------------------------------------------------------------------------------
    def wipe(self, *, remote: bool) -> None:
        """Delete the residents' data (the landlord asked, or a disconnect) and say so."""
        self.wiped = True
        self.is_open = False
        self._idle.stop()
        self.window.set_locked(True)
        self.screen.show_opening()

        def done(wiped) -> None:
            self.unlocker.forget(self.db_path.parent)
            self.screen.show_wiped(wipe_message(wiped.unsent, remote=remote))

        self.runner.wipe().success(done).failure(
            lambda error: self.screen.show_message(user_message(error))).run()


class Wipe(QObject):
    """The wipe notice's words: a QObject so that lupdate reads its plural through self.tr
    (it reads one from QCoreApplication.translate only with a literal count)."""

    def message(self, unsent, *, remote: bool) -> str:
        parts = []
        if remote:
            parts.append(self.tr(
                "Your landlord has withdrawn this laptop's access and asked for its data to "
                "be deleted (for example because it was reported lost)."))
        parts.append(self.tr("The residents' data on this laptop has been deleted: records, "
                             "photos and reference data."))
        if unsent.total:
            parts.append(self.tr(
                "What had not been sent was deleted with it: %n item(s). If you are the "
                "champion who used this laptop, tell your coordinator, because the server "
                "cannot know what that was.", "", unsent.total))
        if not remote:
            parts.append(self.tr(
                "This laptop is no longer connected. You can close Estate Champion."))
        return " ".join(parts)


def wipe_message(unsent, *, remote: bool) -> str:
    """What the wipe notice says (the same facts as `sync.wipe.Wiped.message`, translatable)."""
    return Wipe().message(unsent, remote=remote)


__all__ = ["IDLE_LOCK_KEY", "PIN_KEY", "SecuritySession", "pin_matches", "wipe_message"]

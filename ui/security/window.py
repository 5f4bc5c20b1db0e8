"""The window's side of security (a part of `ui.main_window.MainWindow`): the lock screen in
place of every page, menus and shortcuts off while it shows, and the coordinators' erasure.

`ui.security.session.SecuritySession` decides when to lock (opening the data, the idle lock,
a wipe); this only shows and hides.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStackedWidget, QWidget

from .lock_screen import LockScreen


class LockableWindow:
    """Mixin for MainWindow."""

    def _build_shell(self, central: QWidget) -> None:
        """The lock screen takes the place of everything that shows residents' data
        (opening the data, the idle lock, the notice after a wipe)."""
        self.lock_screen = LockScreen()
        self.shell = QStackedWidget()
        self.shell.setObjectName("shell")
        self.shell.addWidget(central)
        self.shell.addWidget(self.lock_screen)
        self.setCentralWidget(self.shell)
        self._enabled_before_lock: dict[QAction, bool] | None = None

    def set_locked(self, locked: bool) -> None:
        """Show the lock screen instead of the pages (and switch the menus and shortcuts off),
        or the pages again as they were."""
        if locked == self.is_locked:
            return
        actions = self._menu_actions()
        if locked:
            self._enabled_before_lock = {a: a.isEnabled() for a in actions}
            for action in actions:
                action.setEnabled(False)
        else:
            for action, enabled in (self._enabled_before_lock or {}).items():
                action.setEnabled(enabled)
            self._enabled_before_lock = None
        self.menuBar().setEnabled(not locked)
        self.shell.setCurrentIndex(1 if locked else 0)

    def _menu_actions(self) -> list[QAction]:
        """The menus' actions: each is the window's own too (`WindowMenus._action`), so
        this needs no walk over every widget (a few ms before the first paint)."""
        return [a for a in self.actions() if a.objectName().startswith("action")]

    def _lock_new_actions(self) -> None:
        """Actions built while the window is locked: off until it is unlocked, then as they
        were built (or as `_set_enabled` has asked since)."""
        if self._enabled_before_lock is None:
            return
        for action in self._menu_actions():
            if action not in self._enabled_before_lock:
                self._enabled_before_lock[action] = action.isEnabled()
                action.setEnabled(False)

    def _set_enabled(self, action: QAction, enabled: bool) -> None:
        """Enable an action now, or, while locked, once the window is unlocked."""
        if self._enabled_before_lock is not None:
            self._enabled_before_lock[action] = enabled
        else:
            action.setEnabled(enabled)

    @property
    def is_locked(self) -> bool:
        return self.shell.currentIndex() == 1

    def erase_residents_data(self) -> None:
        """*Sync ▸ Erase a resident's data…* (coordinators only: `MainWindow.set_role`)."""
        from .erasure import ErasureDialog

        dialog = ErasureDialog(self.runner, self.ref, self)
        if self.sync_controller is not None:  # pull the deletions now, here too
            dialog.erased.connect(lambda _answer: self.sync_controller.sync_now())
        dialog.open()

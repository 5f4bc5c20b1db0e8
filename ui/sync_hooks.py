"""Where the sync controller plugs into the window (a part of `ui.main_window.MainWindow`).

The controller (`ui.sync.controller`) is attached after the window is shown (`ui.app`); until
then, Connect and Sync now go to the Sync page, which says why nothing happens yet. Nothing
here has words of its own: the window's status bar and dialogs say what happened.
"""

from __future__ import annotations

from sync.status import SyncStatus


class SyncHooks:
    """Mixin for MainWindow: ``sync_controller``, the status it reports, and the actions
    that go to it."""

    def set_sync_controller(self, controller) -> None:
        """Plug in the sync controller (see ui/pages/sync.py for what it provides)."""
        self.sync_controller = controller
        self.sync_page.set_controller_present(controller is not None)
        for action in (self.connect_action, self.disconnect_action):
            self._set_enabled(action, controller is not None)  # never while locked
        if controller is not None:
            controller.status_changed.connect(self.set_sync_status)
            controller.needs_reconnect.connect(self._needs_reconnect)
            controller.progress.connect(self._sync_progress)
            self.sync_page.connect_requested.connect(self.connect_to_landlord)

    def set_sync_status(self, status: SyncStatus) -> None:
        """The controller's whole status; drawn at once, without reading the database."""
        if status.text and status.text != self._sync_status.text:
            self.sync_page.add_event(status.text)
        self._sync_status = status
        if status.queued is not None:
            self._queued = status.queued
        self._show_status()

    def _needs_reconnect(self, message: str) -> None:
        # Queued work is kept; the person is asked to reconnect, with the reason in the dialog.
        self.statusBar().showMessage(message, 15000)
        self.sync_page.add_event(message)
        self.sync_page.connect_button.setFocus()
        self.sync_controller.open_connect_dialog(self, message)

    def connect_to_landlord(self) -> None:
        if self.sync_controller is not None:
            self.sync_controller.open_connect_dialog(self)
        else:  # sync not started yet (demo server still starting): the Sync page explains
            self.show_page("sync")

    def sync_now(self) -> None:
        if self.sync_controller is None:
            self.show_page("sync")
            return
        self.sync_controller.sync_now()
